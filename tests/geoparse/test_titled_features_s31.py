"""Exonyms and other names the mention finder lost (issue 21, session 31 second round).

Features named after a titled person: a name of
several words that goes on past the person ("Queen Charlotte Islands",
"König-Wilhelm-Insel", "Prinz-William-Sund") and that the gazetteer holds, as written,
as a water, mountain or island is that feature; the title and the given name inside it
do not make it a person. A title before a person, a town or a building keeps its reading
(``geomap/geoparse/_accept.py``, ``_titled_feature``). German names with a contracted
"St." inside a hyphened name ("St.-Georgs-Kanal") are joined across ".-"
(``geomap/geoparse/_mentions.py``, ``_JOINERS``).
"""

from __future__ import annotations

import pytest

import geomap


def _places(text: str, lang: str) -> list[geomap.Place]:
    return list(geomap.analyze(text, lang=lang, claims=False, events=False).places)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "name"),
    [
        (
            "OTTAWA (dpa) - Auf der König-Wilhelm-Insel im kanadischen Nunavut ist das "
            "Meereis so dünn wie nie. Jäger berichteten am Dienstag von offenen Rinnen. "
            '"So früh war das noch nie", sagte der Bürgermeister.',
            "de",
            "König-Wilhelm-Insel",
            "King William Island",
        ),
        (
            "OTTAWA (dpa) - Forscher haben auf der Prinz-Patrick-Insel in der kanadischen "
            "Arktis Fossilien gefunden. Die Expedition dauerte drei Wochen.",
            "de",
            "Prinz-Patrick-Insel",
            "Prince Patrick Island",
        ),
        (
            "ANCHORAGE (dpa) - Im Prinz-William-Sund in Alaska ist ein Tanker "
            "leckgeschlagen. Die Küstenwache sprach am Montag von einem kleinen Ölfilm.",
            "de",
            "Prinz-William-Sund",
            "Prince William Sound",
        ),
        (
            "Fischer auf den Königin-Charlotte-Inseln protestierten am Montag gegen den "
            "Holzeinschlag.",
            "de",
            "Königin-Charlotte-Inseln",
            "Haida Gwaii",
        ),
        (
            "VANCOUVER (CP) - Logging on the Queen Charlotte Islands was halted on Monday "
            "after protests, the Haida Nation said. Police made no arrests.",
            "en",
            "Queen Charlotte Islands",
            "Haida Gwaii",
        ),
    ],
)
def test_a_feature_named_after_a_titled_person_is_the_feature(text, lang, mention, name) -> None:
    got = [p for p in _places(text, lang) if p.mention == mention]
    assert got, f"{mention!r} not read as a place in {text!r}"
    assert got[0].name == name


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "LONDON (Reuters) - Queen Charlotte was the wife of King George III, a new "
            "exhibition in London recalls. The show opens on Friday.",
            "en",
            "Queen Charlotte",
        ),
        (
            "BERLIN (dpa) - König Wilhelm II. besuchte 1890 die Insel Helgoland, erinnert "
            "eine Ausstellung in Berlin. Die Schau öffnet am Freitag.",
            "de",
            "König Wilhelm",
        ),
        (
            "LONDON (Reuters) - Lord Howe said on Tuesday the island's airport would reopen "
            "next week.",
            "en",
            "Lord Howe",
        ),
        ("Prince William visited the island on Monday.", "en", "Prince William"),
    ],
)
def test_a_titled_person_stays_a_person(text, lang, words) -> None:
    start = text.index(words)
    assert not [p for p in _places(text, lang) if start <= p.start < start + len(words)]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "DUBLIN (dpa) - Wegen eines Sturms sind im St.-Georgs-Kanal zwischen Irland und "
            "Wales alle Fähren ausgefallen. Die Reederei kündigte an, den Betrieb am Dienstag "
            "wieder aufzunehmen.",
            "St.-Georgs-Kanal",
            "St George's Channel",
        ),
        (
            "MONTREAL (dpa) - Auf dem St.-Lorenz-Strom stauen sich nach einem Streik der "
            '"Lotsen" Dutzende Frachter. Die Hafenbehörde sprach am Montag von Verlusten.',
            "St.-Lorenz-Strom",
            "Saint Lawrence River",
        ),
        (
            "Die Regatta im St.-Lorenz-Golf wurde wegen Nebels abgesagt.",
            "St.-Lorenz-Golf",
            "Gulf of Saint Lawrence",
        ),
        (
            "NOME (dpa) - Auf der St.-Lorenz-Insel in der Beringstraße musste ein "
            "Kleinflugzeug notlanden. Verletzt wurde niemand.",
            "St.-Lorenz-Insel",
            "St. Lawrence Island",
        ),
    ],
)
def test_a_contracted_word_in_a_hyphened_german_name_joins_it(text, mention, name) -> None:
    """German writes "St." inside a hyphened name ("St.-Lorenz-Strom"): the full stop
    before the hyphen joins the name's words as the hyphen alone does."""
    got = [p for p in _places(text, "de") if p.mention == mention]
    assert got, f"{mention!r} not read as a place in {text!r}"
    assert got[0].name == name


def test_a_full_stop_before_a_dash_ending_a_sentence_joins_nothing() -> None:
    text = "Der Zug hielt zuletzt in Berlin.-Danach fuhr er ohne Halt weiter."
    got = [(p.mention, p.name) for p in _places(text, "de")]
    assert got == [("Berlin", "Berlin")]
