"""Issue 20, session 29 (h29-dateline): a capital phrase whose owner is a region, or a
country past a word of its own, took the capital of the dateline's country (the dateline
class of the held-out counts: "the dateline", picked by a descriptive phrase, while the
event's own sentence named the place). ``der Hauptstadt der (russischen) Teilrepublik B``,
``the capital of Russia's B region``, ``the capital of the republic of B`` are B's seat,
not Moscow (``_place._region_owns_capital`` now reads past a rank word, a country's
adjective or possessive); ``the capital of neighbouring B``, ``der Hauptstadt des
benachbarten B`` are B's capital (``_place._capital_of`` reads the owner past lower-case
words, and after a German genitive article). Guards: ``der Hauptstadt des Landes``, a bare
``the capital`` and ``the Polish capital`` keep their readings.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("GEOMAP_OFFLINE", "1")

import geomap  # noqa: E402
from geomap.geometry import geodesic_km  # noqa: E402

KAZAN = (55.79, 49.12)
MAKHACHKALA = (42.98, 47.50)
KAMPALA = (0.35, 32.58)
NAIROBI = (-1.29, 36.82)
WARSAW = (52.23, 21.01)

ROWS = [
    # (text, lang, trigger word, where, km)
    (
        "MOSKAU, 3. Mai (dpa) - In der Hauptstadt der Teilrepublik Tatarstan ist am Dienstag "
        "ein fünfstöckiges Wohnhaus eingestürzt. Mindestens vier Menschen kamen ums Leben.",
        "de",
        "eingestürzt",
        KAZAN,
        200,  # the republic (its seat when the gazetteer gives one), not Moscow
    ),
    (
        "MOSKAU, 3. Mai (dpa) - In der Hauptstadt der russischen Teilrepublik Dagestan ist am "
        "Dienstag eine Tankstelle explodiert. Elf Menschen wurden verletzt.",
        "de",
        "explodiert",
        MAKHACHKALA,
        200,
    ),
    (
        "MOSCOW, May 3 (Reuters) - A residential building collapsed on Tuesday in the capital "
        "of Russia's Tatarstan region, killing four people, emergency officials said.",
        "en",
        "collapsed",
        KAZAN,
        200,
    ),
    (
        "MOSCOW, May 3 (Reuters) - A residential building collapsed on Tuesday in the capital "
        "of the republic of Tatarstan. Rescuers pulled two survivors from the rubble.",
        "en",
        "collapsed",
        KAZAN,
        200,
    ),
    (
        "NAIROBI, May 3 (Reuters) - A four-storey building collapsed on Tuesday in the capital "
        "of neighbouring Uganda, trapping dozens of workers, police said.",
        "en",
        "collapsed",
        KAMPALA,
        50,
    ),
    (
        "NAIROBI, 3. Mai (dpa) - In der Hauptstadt des benachbarten Uganda ist am Dienstag ein "
        "vierstöckiges Gebäude eingestürzt. Dutzende Arbeiter wurden verschüttet.",
        "de",
        "eingestürzt",
        KAMPALA,
        50,
    ),
    # guards
    (
        "NAIROBI, 3. Mai (dpa) - In der Hauptstadt des Landes ist am Dienstag ein Wohnhaus "
        "eingestürzt. Drei Menschen starben.",
        "de",
        "eingestürzt",
        NAIROBI,
        50,
    ),
    (
        "NAIROBI, May 3 (Reuters) - A building collapsed in the capital on Tuesday, killing "
        "three people.",
        "en",
        "collapsed",
        NAIROBI,
        50,
    ),
    (
        "BERLIN, May 3 (Reuters) - Thousands of farmers marched on Tuesday in the Polish "
        "capital against cheap grain imports.",
        "en",
        "marched",
        WARSAW,
        50,
    ),
]


@pytest.mark.parametrize(("text", "lang", "word", "where", "km"), ROWS)
def test_a_capital_phrase_names_its_owners_capital(text, lang, word, where, km):
    a = geomap.analyze(text, lang=lang, date="2025-05-03")
    ev = next(e for e in a.events if word in (e.trigger or "").split())
    assert ev.lat is not None and ev.lon is not None
    assert geodesic_km(ev.lat, ev.lon, *where) <= km
