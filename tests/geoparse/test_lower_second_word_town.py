"""A town whose second word the local language writes in lower case (Slovene ``Nova
gorica``, ``Murska sobota``; GeoNames capitalises it): a capitalised word and a rare
lower-case word after it are looked up as one name, kept only where a town of 5,000
people bears exactly that name (session 20 round 2, issue 15;
``_mentions._lower_second_word_spans``). A common word after a name starts no name.
Places other than the corpus row that showed the class."""

from __future__ import annotations

import pytest

from geomap import analyze


def _read(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    a = analyze(text, lang=lang, events=False)
    return [(p.mention, p.kind, p.country_code) for p in a.places]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("en", "Fighting spread to Nova gorica on Monday.", [("Nova gorica", "city", "SI")]),
        ("de", "In Murska sobota fiel am Montag Schnee.", [("Murska sobota", "city", "SI")]),
        # guards: a common word after a name (either language's) is no second word
        (
            "en",
            "Paris hilton was seen in Berlin yesterday.",
            [("Paris", "city", "FR"), ("Berlin", "city", "DE")],
        ),
        ("de", "In Wien gestern fiel Schnee.", [("Wien", "city", "AT")]),
    ],
)
def test_a_lower_case_second_word_is_read_with_the_first(lang, text, places):
    assert _read(text, lang) == places
