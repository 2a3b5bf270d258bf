"""Guards for the session 27 headline and participle readings (h27-rev2, a review of
h27-evheads; docs/events.md, "Review of the headline present and participle readings").

A German headline's present is read as the past the lexicon lists (``Fähre sinkt vor X``),
and an English participle before a finite verb describes the verb's subject (``A drone
launched from X struck Y``). Lines and sentences of our own, in other regions and wording:
what a reader takes for no event stays none, one event stays one of the right kind."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _events(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.trigger, e.type, e.place_name) for e in geomap.analyze(text, lang=lang, date=DAY).events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Regierung plant Evakuierung der Küste",  # a plan
        "Gewerkschaft fordert Räumung des Lagers",  # a demand
        '"Wir bleiben"',  # a quote headline
        '"Wir bleiben" - Bewohner trotzen der Flut',
        "Stürzt die Regierung?",  # a question
        "Bayern schlägt Dortmund",  # a match
        "Regierung stürzt in Umfragen ab",  # a poll
        "Dax fällt um drei Prozent",  # a market
        "Aktien fallen in Frankfurt",
        "Ölpreis bricht ein",
        "Läufer bricht Weltrekord in Berlin",
        "Unwetter:",  # a tag line
        "Unwetter: Sturm trifft morgen die Küste",  # a forecast
        "Der Sturm trifft morgen die Küste.",  # running text on the future
        "Die Entscheidung fällt morgen in Brüssel.",
        "Partei stürmt an die Spitze",
        "Bayern stürmt an die Tabellenspitze",
        "Inflation sinkt auf zwei Prozent",
        "Zahl der Arbeitslosen sinkt in Sachsen",
        "Wahlbeteiligung sinkt in Hessen",
        "Stimmung kippt in Thüringen",
        "Opposition bricht Gespräche ab",
        "Aktie stürzt ab",
        "Schnee fällt in den Alpen",
        "Trainer tritt zurück",
        "Minister: Armee greift Stadt morgen an",
        "Armee will Stadt stürmen",  # an intention
        "Aktie schießt auf Rekordhoch",
        "Stürmer schießt aufs Tor",
        # a line that names no place (h27-rev2): a match, a figure of speech, a law; the
        # past with neither place nor day is no event either
        "Müller trifft doppelt",
        "Kinder töten Zeit mit Spielen",
        "Regierung kippt Gesetz",
        "Sonne trifft Meer: Urlaub in Kroatien",
    ],
)
def test_german_lines_that_tell_no_event(text: str) -> None:
    assert _events(text, "de") == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a verb that counts victims counts the participle's (h27-rev2; ``[casualty]``)
        ("A ferry capsized off Lamu killed 20.", ("capsized", "accident", "Lamu")),
        ("A train derailed near Mombasa killed 30.", ("derailed", "accident", "Mombasa")),
        ("A truck overturned near Dodoma injured nine.", ("overturned", "accident", "Dodoma")),
        # the participle describes the later verb's subject: one event, the later verb's
        ("Troops deployed in Mali clashed with rebels.", ("clashed", "battle", "Mali")),
        ("A drone launched from Crimea struck Odesa.", ("struck", "strike", "Odesa")),
        (
            # a ground attack on a police station is fought (session 30, h30-days: battle)
            "Fighters trained in Syria attacked a police station in Mosul.",
            ("attacked", "battle", "Mosul"),
        ),
        # one verb, no participle's phrase before another
        (
            "Rebels attacked villages near Beni on Friday.",
            ("attacked", "violence_against_civilians", "Beni"),
        ),
        ("A ferry capsized off Lamu.", ("capsized", "accident", "Lamu")),
    ],
)
def test_english_participle_before_a_verb_is_one_event(
    text: str, event: tuple[str, str, str]
) -> None:
    assert _events(text, "en") == [event]


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers based in Juba fled to Kampala.",
        "Supplies shipped from Mombasa reached Juba.",
    ],
)
def test_english_sentences_that_tell_no_event(text: str) -> None:
    assert _events(text, "en") == []


def test_a_placed_german_headline_is_still_read() -> None:
    """The place guard keeps a headline whose tag names the place (``X: Bus stürzt ...``)."""
    assert _events("Belgrad: Bus stürzt in Schlucht, zwölf Tote", "de") == [
        ("stürzt", "accident", "Belgrade")
    ]
