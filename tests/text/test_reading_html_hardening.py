"""HTML input under hostile shapes: size, depth, unclosed containers, tag-like plain text.

No wall-clock assertions here (timings are in ``benchmarks/bench_html.py``); these tests
check that the reduction of large and deep pages completes with the right text, that the
size limits apply before and after reduction as documented, that plain text with a few
tag-like strings stays plain text, and that nothing unclosed swallows the rest of an article.
"""

from __future__ import annotations

import pytest

import geomap.text._reading as reading
from geomap.errors import InputError
from geomap.text import (
    MAX_INPUT_BYTES,
    html_to_text,
    looks_like_html,
    read_bytes,
    read_text,
)

REST = "Der Rest des Artikels: Hamburg liegt 255 Kilometer von Berlin entfernt."


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"


# --- size and shape: linear reduction -----------------------------------------------------


def test_twenty_thousand_paragraphs_are_reduced_in_order():
    html = page("".join(f"<p>Absatz {i} in Berlin.</p>\n" for i in range(20_000)))
    paragraphs = html_to_text(html).strip().split("\n\n")
    assert paragraphs == [f"Absatz {i} in Berlin." for i in range(20_000)]


def test_fifty_thousand_nested_divs_do_not_recurse():
    html = page("<div>" * 50_000 + REST + "</div>" * 50_000)
    assert html_to_text(html) == REST + "\n"


def test_fifty_thousand_unclosed_divs_and_stray_end_tags():
    html = page("<div>" * 50_000 + REST + "</span>" * 50_000)
    assert html_to_text(html) == REST + "\n"


@pytest.mark.parametrize(
    "unit",
    ["<!-- ", '<a title="', "</", "<script>", "<style>", "<!", "<?", "<a ", "<a<"],
    ids=["comment", "quote", "endtag", "script", "style", "decl", "pi", "tag", "nested-lt"],
)
def test_many_unclosed_constructs_keep_every_word(unit):
    """Each construct repeated 20,000 times without its end: a lexer that searched for
    the end once per construct would be quadratic; the words must all survive."""
    html = "<!DOCTYPE html><html><body>" + "".join(f"{unit} w{i} " for i in range(20_000))
    words = html_to_text(html).split()
    found = [w for w in words if w.startswith("w") and w[1:].isdigit()]
    assert found == [f"w{i}" for i in range(20_000)]


def test_bytes_over_the_limit_are_refused_before_any_html_work(monkeypatch):
    def must_not_run(_text: str) -> bool:
        raise AssertionError("HTML detection or reduction ran on an oversized input")

    monkeypatch.setattr(reading, "looks_like_html", must_not_run)
    monkeypatch.setattr(reading, "html_to_text", must_not_run)
    data = b"<p>x</p>" * (MAX_INPUT_BYTES // 8 + 1)
    with pytest.raises(InputError, match="20 MB"):
        read_bytes(data)
    with pytest.raises(InputError, match="20 MB"):
        read_text(data.decode())


def test_the_character_limit_applies_to_the_reduced_text():
    """A page of a few hundred KB of markup with a short article is read; a page whose
    visible text is over the limit is refused with the per-article message."""
    boiler = "<script>var s = '" + "x" * 200_000 + "';</script>"
    small = page(boiler + "<p>" + REST + "</p>")
    assert len(small) > 200_000
    assert read_bytes(small.encode(), max_chars=100_000).text == REST + "\n"
    assert read_text(small, max_chars=100_000).text == REST + "\n"
    big = page("".join(f"<p>{REST} {i}</p>" for i in range(2_000)))
    with pytest.raises(InputError, match="characters is more than the 100,000"):
        read_bytes(big.encode(), max_chars=100_000)


# --- detection: evidence, not a stray "<" -----------------------------------------------

PLAIN = (
    "BERLIN (dpa) - Die Regierung hat am Montag beraten. Im Formular steht <Name> und "
    "<Ort>, Anfragen an <info@example.org> oder <a@b.c>. Es gilt x < y > z, und a <b "
    "bleibt stehen. Der Platzhalter <Title> und <Datum> wird ersetzt; <b> fett, <i> "
    "kursiv. Hamburg liegt 255 Kilometer von Berlin entfernt.\n"
)


def test_plain_text_with_tag_like_strings_stays_plain_text():
    assert not looks_like_html(PLAIN)
    assert read_text(PLAIN).text == PLAIN


def test_short_text_with_several_tag_mentions_stays_plain():
    text = "Use <b>, <i>, <em>, <p> or <span> for emphasis, said the editor in Berlin.\n"
    assert not looks_like_html(text)
    assert read_text(text).text == text


@pytest.mark.parametrize(
    "html",
    [
        "<!-- saved from example.org -->\n<!DOCTYPE html><p>" + REST,
        '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><p>' + REST,
        "<HTML><BODY><P>" + REST,
        "Vorspann " + "<body><p>" + REST + "</p></body>",
        "".join(f"<p>{REST} {REST}</p>\n" for _ in range(4)),
        f"{REST}<br>\n{REST}<br>\n<b>{REST}</b><br>\n<i>x</i>",
    ],
    ids=["comment-doctype", "xhtml", "upper-case", "body-pair", "long-paragraphs", "br"],
)
def test_html_is_recognised_by_its_structure(html):
    assert looks_like_html(html)
    text = read_text(html).text
    assert "<" not in text and REST in text


# --- unclosed containers never swallow the rest ------------------------------------------


@pytest.mark.parametrize(
    "opener",
    [
        '<svg width="10" height="10">',
        "<svg",
        "<script>var x = 1;",
        "<style>p { color: red }",
        "<!-- Kommentar ohne Ende",
        "<nav><a href='/'>Start</a>",
        "<footer>Impressum",
        "<iframe src='x'>",
        '<a title="nie geschlossen>',
    ],
    ids=[
        "svg",
        "svg-tag",
        "script",
        "style",
        "comment",
        "nav",
        "footer",
        "iframe",
        "quote",
    ],
)
def test_an_unclosed_container_keeps_the_rest_of_the_article(opener):
    html = page(f"<article><p>Anfang in Köln.</p>{opener}<p>{REST}</p></article>")
    text = html_to_text(html)
    assert text.startswith("Anfang in Köln.\n")
    assert REST in text


def test_an_unclosed_title_keeps_the_rest():
    html = f"<html><head><title>Schlagzeile <p>{REST}</p></body></html>"
    assert html_to_text(html) == f"Schlagzeile\n\n{REST}\n"


def test_an_unclosed_svg_closed_by_its_parent_keeps_its_text():
    html = page(f"<article><div><svg><p>{REST}</p></div><p>Ende.</p></article>")
    assert html_to_text(html) == f"{REST}\n\nEnde.\n"


def test_closed_containers_are_still_dropped():
    html = page(
        "<nav><ul><li>Start</li></ul></nav><svg><text>Grafik</text></svg>"
        "<script>var s = '</p><p>Moskau';</script><style>p{}</style><!-- Kommentar -->"
        f"<article><p>{REST}</p><aside>Werbung</aside></article><footer>Impressum</footer>"
    )
    assert html_to_text(html) == REST + "\n"


# --- the documented reduction, case by case ------------------------------------------------


def test_head_ends_where_the_body_begins_without_end_tags():
    html = f"<html><head><title>Seitentitel</title><meta charset=utf-8><p>{REST}"
    assert html_to_text(html) == REST + "\n"


def test_one_article_is_kept_two_are_not():
    one = page(f"<p>Teaser</p><article><p>{REST}</p></article><p>Mehr</p>")
    assert html_to_text(one) == REST + "\n"
    two = page("<article><p>Eins.</p></article><article><p>Zwei.</p></article>")
    assert html_to_text(two) == "Eins.\n\nZwei.\n"


def test_an_article_opening_with_a_dropped_element_is_still_the_article():
    """The article and the <aside> at its start begin at the same output position; only
    what opened inside the aside goes with it (found by comparing with the old reducer)."""
    html = page(f"<table><article><aside>Werbung</aside><p>{REST}</p></article>Rest</table>")
    assert html_to_text(html) == REST + "\n"


def test_an_article_inside_a_dropped_container_is_not_the_article():
    html = page(f"<aside><article><p>Werbung</p></article></aside><main><p>{REST}</p></main>")
    assert html_to_text(html) == REST + "\n"


def test_white_space_entities_pre_and_breaks():
    html = page(
        "<p>Die   Regierung\n  hat &uuml;ber &amp; &#x263A; beraten.</p>"
        "<pre>  a\n    b</pre><div/>eins<br/>zwei<hr>drei"
    )
    assert html_to_text(html) == (
        "Die Regierung hat über & \u263a beraten.\n\na\nb\n\neins\nzwei\n\ndrei\n"
    )


def test_raw_text_is_not_markup_and_ends_at_its_end_tag_in_any_case():
    html = page("<p>A</p><script>if (a < b) { x = '<p>Moskau</p>' }</SCRIPT ><p>B</p>")
    assert html_to_text(html) == "A\n\nB\n"


def test_lt_that_starts_no_tag_is_text_in_html():
    html = page("<p>x < y > z, 3 <4 und 5 <= 6 </ 7</p>")
    assert html_to_text(html) == "x < y > z, 3 <4 und 5 <= 6 </ 7\n"
