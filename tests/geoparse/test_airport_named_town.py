"""``Flughafen X``, ``the airport of X``, ``X airport``: the phrase names a town an
airport serves (session 20, issues 15 and 20; ``_rank._airport_named`` with the IATA
airports of ``airportsdata``). A country named like a town of the article's country, or a
village sharing a port city's name, had been read. Places other than the corpus rows that
showed the class."""

from __future__ import annotations

import pytest

from geomap import analyze
from geomap.geoparse._airports import served_by_airport


def _read(text: str, lang: str, mention: str) -> list[tuple[str, str | None]]:
    a = analyze(text, lang=lang, events=False)
    return [(p.kind, p.country_code) for p in a.places if p.mention == mention]


@pytest.mark.parametrize(
    ("lang", "text", "mention", "kind", "country"),
    [
        # a Colombian town named like a Caucasus country
        (
            "de",
            "In Kolumbien musste am Montag eine Maschine auf dem Flughafen von Armenia notlanden.",
            "Armenia",
            "city",
            "CO",
        ),
        (
            "en",
            "In Colombia, a plane made an emergency landing at Armenia airport on Monday.",
            "Armenia",
            "city",
            "CO",
        ),
        # a Brazilian town named like a Balkan country
        (
            "en",
            "In Brazil, a small plane crashed at Montenegro airport.",
            "Montenegro",
            "city",
            "BR",
        ),
        # guards: a country's own name before "airport", with no town of the article's
        # country to read (a Montana town of the name has an airport too)
        ("en", "The plane landed at Malta International Airport.", "Malta", "country", "MT"),
        ("en", "Armenia closed its airport on Monday.", "Armenia", "country", "AM"),
        ("en", "Fighting closed Lebanon's only airport.", "Lebanon", "country", "LB"),
        # a capital named like its country: the airport's town
        ("de", "Die Maschine landete auf dem Flughafen Dschibuti.", "Dschibuti", "city", "DJ"),
    ],
)
def test_an_airport_phrase_names_a_town_with_an_airport(lang, text, mention, kind, country):
    assert _read(text, lang, mention) == [(kind, country)]


def test_the_town_an_airport_names_is_served_and_the_country_not(gaz):
    """What the rule reads of the airports: the Colombian town, 20 km from the airport
    named after it, is served; the country of the name, whose airports name their own
    towns, is not."""
    towns = [c for c in gaz.lookup("Armenia", limit=15) if c.kind == "city"]
    served = {c.country_code for c in towns if served_by_airport(c)}
    assert "CO" in served
    assert not any(
        served_by_airport(c) for c in gaz.lookup("Armenia", limit=15) if c.kind == "country"
    )
