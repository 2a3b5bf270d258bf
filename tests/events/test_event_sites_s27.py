"""Which place of its sentence an event happened at, session 27 (h27-evsites; issue 20,
docs/events.md, "The place of an event inside its own sentence, session 27"): the
mechanisms of the place chooser this session widened or added, each with look-alikes in
other wording and regions than the event-site probe
(benchmarks/material/probe_event_sites18.csv) and near-misses it must not touch."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2025-05-06"


def _place_of(lang: str, text: str, trigger: str) -> str | None:
    """The place name of the event whose trigger holds ``trigger`` (there must be one)."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    hits = [e for e in events if trigger.casefold() in (e.trigger or "").casefold()]
    assert hits, [(e.trigger, e.place_name) for e in events]
    return hits[0].place_name


def _at(lang: str, text: str, trigger: str, place: str) -> None:
    got = _place_of(lang, text, trigger)
    assert got is not None and plain(place) in plain(got), (got, text)


# A route's far end told by its heading: "from A toward B", "von A Richtung B" (`[places]
# route_to_preps`); both ends yield to the site the clause names with its own preposition.
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        (
            "en",
            "A minibus heading from Kandahar toward Mashhad overturned outside Herat.",
            "overturned",
            "Herat",
        ),
        (
            "en",
            "A train travelling from Gdansk towards Warsaw derailed near Olsztyn on Monday.",
            "derailed",
            "Olsztyn",
        ),
        (
            "en",
            "A lorry driving from Fulda toward Hanover crashed into a bridge outside Kassel.",
            "crashed",
            "Kassel",
        ),
        (
            "de",
            "Ein Reisebus von Trabzon Richtung Ankara verunglückte am Samstag bei Samsun.",
            "verunglückte",
            "Samsun",
        ),
        (
            "de",
            "Ein Zug von Danzig Richtung Warschau entgleiste am Montag nahe Olsztyn.",
            "entgleiste",
            "Olsztyn",
        ),
        # near-misses: with no other place the route still places the event; a heading
        # after the trigger is where people went, no route of the subject
        ("en", "A lorry driving from Fulda toward Hanover crashed.", "crashed", "Hannover"),
        (
            "de",
            "Ein Reisebus von Trabzon Richtung Ankara verunglückte am Samstag.",
            "verunglückte",
            "Ankara",
        ),
    ],
)
def test_a_routes_heading_yields_to_the_site(lang, text, trigger, place):
    _at(lang, text, trigger, place)
