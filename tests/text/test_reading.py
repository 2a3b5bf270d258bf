"""Reading input: encodings, binary refusal, HTML, header/dateline, language."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from geomap.errors import InputError, InputNotFoundError, UsageError
from geomap.text import (
    MAX_INPUT_BYTES,
    looks_like_html,
    parse_header,
    read_bytes,
    read_path,
    read_stdin,
    read_text,
)

DE = (
    "Die Bundesregierung hat am Mittwoch neue Hilfen für die Ukraine beschlossen. "
    "Der Kanzler sagte in Berlin, man werde die Unterstützung fortsetzen. Größere Städte "
    "im Osten würden weiter beschossen."
)
EN = (
    "The government said on Wednesday it would send more aid to Ukraine. The prime "
    "minister told reporters in London that support would continue for as long as needed."
)
UMLAUTS = "Grüße aus Köln: die Straße kostet 5 € und ist schön groß. Übermorgen fährt er."


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --- encodings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", UMLAUTS.encode("utf-8")),
        ("utf-8", b"\xef\xbb\xbf" + UMLAUTS.encode("utf-8")),
        ("utf-16-le", b"\xff\xfe" + UMLAUTS.encode("utf-16-le")),
        ("utf-16-be", b"\xfe\xff" + UMLAUTS.encode("utf-16-be")),
        ("utf-32-le", b"\xff\xfe\x00\x00" + UMLAUTS.encode("utf-32-le")),
        ("cp1252", UMLAUTS.encode("cp1252")),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "cp1252"],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoding, data):
    doc = read_path(_write(tmp_path, "a.txt", data))
    assert doc.text == UMLAUTS
    assert doc.encoding == encoding
    assert not doc.text.startswith("\ufeff")


def test_latin1_text_with_umlauts(tmp_path):
    text = DE + " Österreich grüßt."
    doc = read_path(_write(tmp_path, "l1.txt", text.encode("latin-1")))
    assert doc.text == text


def test_cp1252_euro_and_quotes(tmp_path):
    text = "„Das kostet 1.500 €“, sagte der Händler in München – ohne Rabatt."
    doc = read_path(_write(tmp_path, "w.txt", text.encode("cp1252")))
    assert doc.text == text
    assert doc.encoding == "cp1252"


def test_utf8_with_stray_cp1252_bytes(tmp_path):
    data = "Grüße aus Köln. ".encode() + "Preis: 5 € in München.".encode("cp1252")
    doc = read_path(_write(tmp_path, "mixed.txt", data))
    assert doc.text == "Grüße aus Köln. Preis: 5 € in München."
    assert doc.encoding == "utf-8+cp1252"


def test_bomless_utf16_is_read(tmp_path):
    doc = read_path(_write(tmp_path, "u16.txt", EN.encode("utf-16-le")))
    assert doc.text == EN


def test_other_line_separators_are_kept():
    # U+0085 is usually a mis-decoded cp1252 ellipsis; the text (and offsets) stay as given.
    text = "Er wartete\x85 dann kam er nach Berlin."
    assert read_text(text).text == text


def test_newlines_are_normalised_and_offsets_refer_to_text(tmp_path):
    raw = "Erste Zeile.\r\nZweite Zeile.\rDritte Zeile.\n"
    doc = read_path(_write(tmp_path, "nl.txt", raw.encode()))
    assert doc.text == "Erste Zeile.\nZweite Zeile.\nDritte Zeile.\n"
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


# --- refusing what is not text --------------------------------------------------------


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", EN)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("img.png", _png(), "PNG"),
        ("a.zip", _zip(), "ZIP"),
        ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        ("nul.txt", b"Hello\x00world, this is not text\x00\x01\x02", "NUL"),
        ("ctrl.txt", bytes(range(1, 9)) * 200 + b"some text", "control"),
        (
            "rand.bin",
            bytes((i * 7919 + 13) % 256 for i in range(1, 4000) if (i * 7919 + 13) % 256),
            "control",
        ),
    ],
)
def test_binary_input_is_refused_with_one_line(tmp_path, name, data, says):
    p = _write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_path(p)
    msg = str(info.value)
    assert "\n" not in msg
    assert name in msg
    assert says.lower() in msg.lower()


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf  \n"])
def test_empty_or_blank_input_is_refused(tmp_path, data):
    with pytest.raises(InputError, match="empty"):
        read_path(_write(tmp_path, "e.txt", data))


def test_missing_file(tmp_path):
    with pytest.raises(InputNotFoundError, match="no such file") as info:
        read_path(tmp_path / "nope.txt")
    assert isinstance(info.value, FileNotFoundError)
    assert "nope.txt" in str(info.value)


def test_directory_is_refused(tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


def test_oversized_input_is_refused(tmp_path):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 1)  # sparse: cheap to create
    with pytest.raises(InputError, match="limit"):
        read_path(p)
    with pytest.raises(InputError, match="limit"):
        read_bytes(b"a" * (MAX_INPUT_BYTES + 1))


def test_unknown_language_override_is_a_usage_error():
    with pytest.raises(UsageError, match="fr"):
        read_text(EN, lang="fr")


# --- HTML -----------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><title>Seitentitel</title><style>p { color: red }</style>
<script>var x = "Moskau";</script></head>
<body><nav><a href="/">Start</a></nav>
<article><h1>Raketen über dem Meer</h1>
<p>BERLIN (dpa) - Die   Regierung
hat am Montag &uuml;ber neue Hilfen beraten.</p>
<p>Der Kanzler sagte, man werde<br>weiter helfen.</p>
<noscript>Bitte JavaScript aktivieren</noscript>
<!-- ein Kommentar -->
</article></body></html>
"""


def test_html_is_reduced_to_visible_text(tmp_path):
    doc = read_path(_write(tmp_path, "page.html", HTML.encode("utf-8")))
    assert "Moskau" not in doc.text
    assert "color" not in doc.text
    assert "JavaScript" not in doc.text
    assert "Kommentar" not in doc.text
    assert "Seitentitel" not in doc.text
    assert "<p>" not in doc.text
    assert "Raketen über dem Meer\n\nBERLIN (dpa) - Die Regierung hat am Montag über" in doc.text
    assert "man werde\nweiter helfen." in doc.text
    assert doc.header.dateline == "BERLIN"
    assert doc.header.agency == "dpa"
    assert doc.language == "de"


def test_html_detected_by_tag_density_without_doctype():
    frag = "<p>Erster Absatz in Hamburg.</p><p>Zweiter Absatz.</p>" * 5
    assert looks_like_html(frag)
    doc = read_text(frag)
    assert "<p>" not in doc.text and "Erster Absatz in Hamburg." in doc.text


def test_text_mentioning_a_tag_is_not_html():
    text = EN + " The site used a <b> tag once."
    assert not looks_like_html(text)
    assert read_text(text).text == text


# --- header and dateline --------------------------------------------------------------


def test_sample_article_header(seed_path, seed_text):
    doc = read_path(seed_path)
    h = doc.header
    assert h.date == "2023-09"
    assert h.date_precision == "month"
    assert h.source and "Thomson Reuters" in h.source
    assert h.byline == ("Guy Faulconbridge", "Soo-hyang Choi")
    assert h.agency == "Reuters"
    assert h.dateline is not None
    assert doc.text[h.dateline_start : h.dateline_end] == h.dateline
    first_body_line = seed_text.split("\n\n")[2]
    assert doc.text[h.body_start :].startswith(first_body_line)
    assert h.dateline_start == h.body_start
    assert doc.language == "de"
    assert doc.language_source == "detected"
    assert doc.encoding == "utf-8"
    # The header (byline, copyright) is not part of any sentence.
    assert doc.sentences[0].start == h.body_start


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "By Jane Doe and John Roe\n\nVILNIUS, March 3 (Reuters) - Lithuania will close "
            "two border crossings.",
            dict(byline=("Jane Doe", "John Roe"), dateline="VILNIUS", agency="Reuters", date=None),
        ),
        (
            "Source: Reuters\ndate 2024\n\nVILNIUS, March 3 (Reuters) - Lithuania said so.",
            dict(source="Reuters", dateline="VILNIUS", date="2024-03-03", date_precision="day"),
        ),
        (
            "BERLIN (dpa) - Die Bundesregierung hat am Montag beschlossen.",
            dict(dateline="BERLIN", agency="dpa", date=None, byline=()),
        ),
        (
            "Datum: 2022-03\nKyiv, 5. März (AFP) - Russische Truppen rücken vor.",
            dict(dateline="Kyiv", agency="AFP", date="2022-03-05", date_precision="day"),
        ),
        (
            "LONDON — Britain said on Tuesday it would send more troops.",
            dict(dateline="LONDON", agency=None),
        ),
        (
            "Published: 13 September 2023\nBy Jane Doe, Reuters\n\nSEOUL/TOKYO, Sept 13 "
            "(Reuters) - North Korea fired two missiles.",
            dict(
                date="2023-09-13",
                date_precision="day",
                byline=("Jane Doe",),
                dateline="SEOUL/TOKYO",
                agency="Reuters",
            ),
        ),
        (
            "Stand: 13.09.2023\n\nMoskau, 13. September - Die Regierung sagte etwas.",
            dict(date="2023-09-13", dateline="Moskau", agency=None),
        ),
        (
            # a dotted date whose day could be a month is still day first (4 March)
            "Stand: 04.03.2025\n\nBerlin (dpa) - Die Regierung sagte etwas.",
            dict(date="2025-03-04", date_precision="day", dateline="Berlin", agency="dpa"),
        ),
        (
            "Veröffentlicht am 1.2.2024, 14:05 Uhr\n\nWien (APA) - Text.",
            dict(date="2024-02-01", date_precision="day", dateline="Wien", agency="APA"),
        ),
        (
            "Veröffentlicht am 13.09.2023\nMittwoch, 13. September 2023\n\nBerlin (dpa) - Text.",
            dict(date="2023-09-13", date_precision="day", dateline="Berlin", agency="dpa"),
        ),
        (
            "Date: Sept. 13, 2023\nSource: AP\n\nWASHINGTON (AP) — The Senate voted.",
            dict(date="2023-09-13", source="AP", dateline="WASHINGTON", agency="AP"),
        ),
        (
            "2023 war ein schweres Jahr für Berlin.",
            dict(date=None, body_start=0),
        ),
        (
            "(Reuters) - Oil prices rose on Monday.",
            dict(dateline=None, agency="Reuters"),
        ),
        (
            "Die Bundeswehr (BW) - so hieß es - kam nicht.",
            dict(dateline=None, agency=None),
        ),
        (
            "Von Berlin aus fuhr der Zug nach Hamburg. Dort blieb er.",
            dict(dateline=None, byline=(), body_start=0),
        ),
        (
            "By the end of the war, Kyiv had changed.",
            dict(byline=(), body_start=0),
        ),
        (
            "By Nate Raymond. BOSTON (Reuters) - The owner of a restaurant sued.",
            dict(byline=("Nate Raymond",), dateline="BOSTON", agency="Reuters"),
        ),
        (
            "Could an award safeguard street art? By Carey L. Biron. WASHINGTON, April 5 "
            "(Thomson Reuters Foundation) - A landmark award has caught attention.",
            dict(byline=("Carey L. Biron",), dateline="WASHINGTON"),
        ),
        (
            "Aid rose sharply this year, backed by Germany. BERLIN (Reuters) - Talks went on.",
            dict(byline=(), dateline="BERLIN", agency="Reuters"),
        ),
        (
            "ST. LOUIS – St. Louis police announced an arrest.",
            dict(dateline="ST. LOUIS", agency=None),
        ),
        (
            "RALEIGH, N.C. (AP) - A new report shows more jobs.",
            dict(dateline="RALEIGH", agency="AP", date=None),
        ),
        (
            "Source: " + "word " * 80 + "\n\nBody text.",
            dict(source=None, body_start=0),
        ),
    ],
)
def test_header_variants(text, expect):
    h = parse_header(text)
    for key, value in expect.items():
        assert getattr(h, key) == value, key
    if h.dateline is not None:
        assert text[h.dateline_start : h.dateline_end] == h.dateline


def test_dateline_month_disagreeing_with_header_keeps_header():
    h = parse_header("date 2023-09\n\nVILNIUS, March 3 (Reuters) - Lithuania said so.")
    assert (h.date, h.date_precision) == ("2023-09", "month")


# --- language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (DE, "de"),
        (EN, "en"),
        ("Kim war am Dienstag mit dem Zug in Russland angekommen.", "de"),
        ("Kim arrived in Russia by train on Tuesday.", "en"),
        ("Nordkorea feuerte zwei ballistische Raketen ab, teilte das Militär mit.", "de"),
        ("North Korea fired two ballistic missiles, the military said.", "en"),
    ],
)
def test_language_detection(text, lang):
    doc = read_text(text)
    assert doc.language == lang
    assert doc.language_source == "detected"


def test_language_override():
    doc = read_text(DE, lang="en")
    assert doc.language == "en"
    assert doc.language_source == "given"
    assert read_text(EN, lang="de-DE").language == "de"


def test_other_language_falls_back_to_de_or_en():
    assert read_text("Le gouvernement a annoncé mercredi de nouvelles aides.").language in {
        "de",
        "en",
    }


def test_read_stdin_detects_encoding():
    doc = read_stdin(stream=io.BytesIO(UMLAUTS.encode("cp1252")))
    assert doc.text == UMLAUTS
    assert doc.path == "<stdin>"


# --- size and time --------------------------------------------------------------------


def test_ten_megabytes_in_bounded_time(tmp_path):
    para = (DE + "\n\n").encode("utf-8")
    data = para * (10 * 1024 * 1024 // len(para))
    p = _write(tmp_path, "big.txt", data)
    t0 = time.perf_counter()
    doc = read_path(p)
    elapsed = time.perf_counter() - t0
    assert len(doc.sentences) >= 3 * (len(data) // len(para))
    assert elapsed < 30, f"reading 10 MB took {elapsed:.1f} s"


def test_single_megabyte_line_in_bounded_time(tmp_path):
    line = ("Die Stadt liegt 20 km vor Berlin, sagte er am 3. Mai " * 20000)[: 1024 * 1024]
    p = _write(tmp_path, "line.txt", line.encode("utf-8"))
    t0 = time.perf_counter()
    doc = read_path(p)
    elapsed = time.perf_counter() - t0
    assert doc.text == line
    assert elapsed < 10, f"reading a 1 MB line took {elapsed:.1f} s"


def test_a_dateline_after_a_run_in_title():
    from geomap.text import read_text

    d = read_text(
        "Richmond man hurt in Kentucky crash. LEXINGTON -- A Richmond man was hurt on "
        "Monday near Berea, police said.",
        lang="en",
    )
    assert d.header.dateline == "LEXINGTON"
    d = read_text("Police said on Monday. The US and UK agreed on Tuesday.", lang="en")
    assert d.header.dateline is None


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("NOUMEA, New Caledonia, Feb. 9 (AP) - Rain fell.", "NOUMEA", None),
        ("TAMALE, Ghana (AP) — Rain fell.", "TAMALE", None),
        ("BOISE, Idaho, Jan 12 (Reuters) - Rain fell.", "BOISE", None),
        ("Cusco, March 3, 2025 — Rain fell.", "Cusco", "2025-03-03"),
        ("QUETTA, 14 August 2022 — Rain fell.", "QUETTA", "2022-08-14"),
        ("MALMÖ, Schweden, 3. Mai 2024 (dpa) - Regen fiel.", "MALMÖ", "2024-05-03"),
    ],
)
def test_datelines_with_a_country_or_state_and_with_a_year(text, place, date):
    """Wire datelines name a state or country after the city and may carry a year; the
    city is the dateline, the date the article's when it has a year."""
    header = read_text(text).header
    assert header.dateline == place
    assert header.date == date


@pytest.mark.parametrize(
    "text", ["Bonn, Köln und Aachen: Regen fiel.", "Quito, Ecuador, is a city - and more."]
)
def test_a_list_of_places_or_a_sentence_is_no_dateline(text):
    assert read_text(text).header.dateline is None
