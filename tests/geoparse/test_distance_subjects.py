"""A small town of a country the article never names is a place when it is the subject
of a distance: a verb of position after it and a distance's unit close behind ("Jokkmokk
lies about 10 km north of the Arctic Circle" under a Berlin dateline). Without the cue
such towns fell as "small place unrelated to the article" (docs/geoparser.md, "Distance
subjects"). Sentences of our own; datelines from other countries on purpose."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

CASES = [
    (
        "de",
        "Koblenz (dpa) - Kiruna liegt etwa 145 Kilometer nördlich des Polarkreises.",
        "Kiruna",
        "SE",
    ),
    (
        "en",
        "BERLIN (geomap) - Jokkmokk lies about 10 km north of the Arctic Circle.",
        "Jokkmokk",
        "SE",
    ),
    (
        "de",
        "Wien (APA) - Hammerfest liegt rund 450 Kilometer nördlich des Polarkreises.",
        "Hammerfest",
        "NO",
    ),
    (
        "en",
        "LONDON (geomap) - Kiruna sits about 145 km north of the Arctic Circle, the mining "
        "company said.",
        "Kiruna",
        "SE",
    ),
    (
        "en",
        "OTTAWA (geomap) - Tasiilaq is about 100 km south of the Arctic Circle.",
        "Tasiilaq",
        "GL",
    ),
    (
        "de",
        "Rom (dpa) - Tozeur befindet sich rund 90 Kilometer westlich von Gafsa.",
        "Tozeur",
        "TN",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "cc"), CASES)
def test_the_subject_of_a_distance_is_a_place(gaz, lang, text, mention, cc):
    places = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    got = [p for p in places if p.mention == mention]
    assert got and got[0].country_code == cc, [(p.mention, p.name) for p in places]
