"""A dateline's place in capitals, as the wires write it (``NUAKSCHOTT (dpa) -``): a German
exonym, a German transliteration or a romanisation the gazetteer lacks as written is read
as it is in ordinary case (session 20 round 2, issue 20; ``_mentions._in_dateline``).
Capitals outside the dateline stay an acronym or a shouted word. Places and wording other
than the corpus rows that showed the class, on several continents."""

from __future__ import annotations

import pytest

from geomap import analyze

_DE = " (dpa) - Die Regierung hat am Montag neue Wahlen angekündigt."
_EN = " (Reuters) - The government announced new elections on Monday."


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    a = analyze(text, lang=lang, events=False)
    return [(p.mention, p.country_code) for p in a.places if p.role == "name"]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # German transliterations of Arabic names, found through their English skeleton
        ("de", "NUAKSCHOTT" + _DE, [("NUAKSCHOTT", "MR")]),
        ("de", "DSCHIDDA" + _DE, [("DSCHIDDA", "SA")]),
        ("de", "CHAN JUNIS" + _DE, [("CHAN JUNIS", "PS")]),
        # the shapes of a dateline: two places after a slash, a country in brackets
        ("de", "NUAKSCHOTT/DAKAR" + _DE, [("NUAKSCHOTT", "MR"), ("DAKAR", "SN")]),
        ("de", "DSCHIDDA (Saudi-Arabien)" + _DE, [("DSCHIDDA", "SA"), ("Saudi-Arabien", "SA")]),
        # a Ukrainian city in a Russian-style romanisation
        ("en", "KHMELNITSKY" + _EN, [("KHMELNITSKY", "UA")]),
        # a German exonym GeoNames lacks (curated row), in capitals and in ordinary case
        ("de", "KISCHINAU" + _DE, [("KISCHINAU", "MD")]),
        ("de", "Kischinau" + _DE, [("Kischinau", "MD")]),
        # an umlaut written out, and the exonyms of the Americas and Asia as before
        ("de", "MEXIKO-STADT" + _DE, [("MEXIKO-STADT", "MX")]),
        ("de", "PJÖNGJANG" + _DE, [("PJÖNGJANG", "KP")]),
        ("de", "TAEBRIS" + _DE, [("TAEBRIS", "IR")]),
    ],
)
def test_a_dateline_in_capitals_is_read_like_one_in_ordinary_case(lang, text, places):
    assert _read(text, lang) == places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # capitals in the body are an acronym or a shouted word: no romanisation is sought
        ("de", "Berlin (dpa) - Die Partei sagte: NUAKSCHOTT sei kein Thema."),
        ("en", "Berlin (Reuters) - The group KHMELNITSKY said nothing on Monday."),
    ],
)
def test_capitals_outside_the_dateline_stay_unread(lang, text):
    assert [m for m, _ in _read(text, lang) if m.isupper()] == []
