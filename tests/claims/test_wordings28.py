# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 28 (docs/claims.md, "Session 28: the English wordings probe"): the class the
wordings probe ``benchmarks/material/probe_claim_wordings28.csv`` showed on its dev rows,
in other places and wording, and guards of what must not change:

- ``barely N km`` is no upper bound: it stresses how near N km is, like ``only`` and
  ``just``, so a figure far above the distance is ``inconsistent`` (before, ``barely 45
  miles`` for 22 miles read as ``at most 45 miles`` and was called consistent);
  ``barely more than N km`` / ``kaum mehr als N Kilometer`` still bound from above, and
  ``less than`` / ``within`` / ``weniger als`` stay range claims, true whenever the
  distance is inside;
- numbers that look like distances and are none (a run, a speed, road built, an area, a
  comparison) give no claim (guards: they passed before too);
- a list of places each with its own bare distance under a dateline (``TABORA - <A>, 85 km
  to the west, and <B>, 100 km to the north-east, ...``, ``<A>, N km away, and <B>, M km
  away``, ``<A>, rund N Kilometer entfernt, und <B>, etwa M Kilometer entfernt``): every
  one is measured from the dateline's place, as the first is; before, the second was
  measured from the first (a true claim called inconsistent, a false one consistent).
  Guards: ``15 miles further north`` still goes on from the place before, with no
  dateline ``<A>, N miles from <Y>, and <B>, M miles away`` is unchanged, and a place that
  is no new item of a list (``Rescuers in <A>, N miles to the south, reached <B>, M miles
  away``) is away from <A>, where the rescuers are;
- ``reached <A>, N km south of <R>, and then <B>, M km further on`` (``weitere M Kilometer
  weiter``) goes on from <A>, where the text stood, not from <R>, the place named last (as
  it already did across sentences: the guard).

Sentences written for this test (California, Tanzania, Georgia, France, Austria, Germany,
Canada, Australia), none from a corpus article or the probe. The points are hand points;
the truth is the geodesic between them computed here with geographiclib, never through
geomap's code path.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_no_claim, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Fresno": (36.7378, -119.7871), "Madera": (36.9613, -120.0607), "Hanford": (36.3275, -119.6457),
    "Tabora": (-5.0162, 32.8266), "Urambo": (-5.0667, 32.0500),
    "Savannah": (32.0809, -81.0912), "Statesboro": (32.4488, -81.7832),
    "Lyon": (45.7640, 4.8357), "Avignon": (43.9493, 4.8055),
    "Salzburg": (47.8095, 13.0550), "Linz": (48.3069, 14.2858),
    "Kassel": (51.3127, 9.4797), "Göttingen": (51.5413, 9.9158),
    "Vancouver": (49.2827, -123.1207), "Kamloops": (50.6745, -120.3273),
    "Melbourne": (-37.8136, 144.9631), "Ballarat": (-37.5622, 143.8503),
    "Nzega": (-4.2130, 33.1840), "Brunswick": (31.1499, -81.4915), "Darien": (31.3702, -81.4340),
    "Beaufort": (32.4316, -80.6698), "Visalia": (36.3302, -119.2921), "Fulda": (50.5558, 9.6808),
    "Marseille": (43.2965, 5.3698), "Merced": (37.3022, -120.4830), "Wien": (48.2082, 16.3738),
    "Northeim": (51.7066, 9.9999),
    "Eisenstadt": (47.8456, 16.5233), "Mattersburg": (47.7367, 16.3975), "Oberwart": (47.2878, 16.2031),
}
# fmt: on

# fmt: off
EN = [
    # barely: the figure it stresses, not a bound (22 miles, 86 km, 202 km)
    Row("en", "Madera is barely 45 miles from Fresno.", "45 miles", "Madera", "Fresno", "inconsistent"),
    Row("en", "Shelling hit the outskirts of Urambo overnight. The town is barely 170 km from Tabora, where the army has its headquarters.", "170 km", "Urambo", "Tabora", "inconsistent"),
    Row("en", "Avignon lies barely 350 km south of Lyon, yet the train takes three hours.", "350 km", "Avignon", "Lyon", "inconsistent"),
    Row("en", "Hanford, barely 30 miles south of Fresno, also lost power.", "30 miles", "Hanford", "Fresno", "consistent"),
    Row("en", '"We are barely 22 miles from Fresno," said a teacher in Madera.', "22 miles", "Madera", "Fresno", "consistent"),
    Row("en", "SAVANNAH, Ga., Sept. 28 (AP) - Hurricane Nadine cut power to 400,000 customers on Monday. Statesboro, barely 50 miles north-west of Savannah, opened three shelters.", "50 miles", "Statesboro", "Savannah", "consistent"),
    # guards: bounds stay bounds, true whenever the distance is inside
    Row("en", "Madera is barely more than 20 miles from Fresno.", "20 miles", "Madera", "Fresno", "consistent"),
    Row("en", "Kamloops is less than 400 km from Vancouver.", "400 km", "Kamloops", "Vancouver", "consistent"),
    Row("en", "Ballarat lies within 150 km of Melbourne.", "150 km", "Ballarat", "Melbourne", "consistent"),
]

DE = [
    # kaum / nur: the figure they stress (40 km, 202 km)
    Row("de", "Göttingen liegt kaum 40 Kilometer von Kassel entfernt.", "40 Kilometer", "Göttingen", "Kassel", "consistent"),
    Row("de", "Göttingen liegt kaum 80 Kilometer von Kassel entfernt.", "80 Kilometer", "Göttingen", "Kassel", "inconsistent"),
    Row("de", "Avignon liegt nur 200 Kilometer südlich von Lyon.", "200 Kilometer", "Avignon", "Lyon", "consistent"),
    Row("de", "Avignon liegt nur 110 Kilometer südlich von Lyon.", "110 Kilometer", "Avignon", "Lyon", "inconsistent"),
    # guards: bounds stay bounds
    Row("de", "Linz liegt kaum mehr als 100 Kilometer von Salzburg entfernt.", "100 Kilometer", "Linz", "Salzburg", "consistent"),
    Row("de", "Die Stadt Ballarat liegt weniger als 150 Kilometer von Melbourne entfernt.", "150 Kilometer", "Ballarat", "Melbourne", "consistent"),
]

# fmt: on

ROWS = [*EN, *DE]


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=12)


@pytest.mark.parametrize("row", [row_param(i, r, {}) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


# fmt: off
@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("en", "Thousands of people took part in a 21-km charity run in Madera on Sunday, a week after a similar race in Fresno.", "21-km"),
        ("de", "Tausende nahmen am Sonntag in Linz an einem 21-Kilometer-Lauf teil, eine Woche nach einem ähnlichen Rennen in Salzburg.", "21-Kilometer"),
        ("en", "Winds of up to 120 km/h hit Tabora and Urambo on Tuesday, bringing down trees.", "120 km"),
        ("de", "Böen von bis zu 120 km/h trafen am Dienstag Kassel und Göttingen.", "120 km"),
        ("en", "The government has built 300 km of new road around Tabora since 2019, officials in Urambo said.", "300 km"),
        ("en", "The fire has burned 90 km² of forest near Ballarat, the fire service in Melbourne said.", "90 km"),
        ("de", "Das Feuer hat bei Ballarat 90 Quadratkilometer Wald zerstört, teilte die Feuerwehr in Melbourne mit.", "90 Quadratkilometer"),
        ("en", "Madera is 30 miles closer to Fresno than Merced is, so the wounded were taken there.", "30 miles"),
        ("de", "Göttingen liegt 30 Kilometer näher an Kassel als Hannover, deshalb wurden die Verletzten dorthin gebracht.", "30 Kilometer"),
    ],
)
# fmt: on
def test_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    check_no_claim(analyze, lang, text, number)


def test_probe_judge_unchecked_rows() -> None:
    """``benchmarks/claim_pairs.py``: a row whose gold is ``none`` (no distance) or
    ``unverifiable`` is right with no claim or an ``unverifiable`` one, wrong with a
    checked one; an ``inconsistent`` verdict on it counts as a true statement called
    inconsistent."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from claim_pairs import judge  # noqa: PLC0415

    class _C:
        def __init__(self, verdict: str) -> None:
            self.text, self.start, self.end, self.verdict = "21 km", 10, 15, verdict
            self.subject = self.reference = None
            self.stated = type("S", (), {"text": "21 km"})()

    text = "Thousands 21 km run."
    row = {
        "text": text, "quantity": "21", "nth": "0", "truth": "1", "verdict": "none",
        "subject_lat": "0", "subject_lon": "0", "reference_lat": "1", "reference_lon": "1",
    }  # fmt: skip
    assert judge(row, [])[0] == {
        "found": False,
        "pair": True,
        "verdict": True,
        "true_incons": False,
    }
    ok, _ = judge(row, [_C("unverifiable")])
    assert ok["pair"] and ok["verdict"] and not ok["true_incons"]
    bad, _ = judge(row, [_C("inconsistent")])
    assert not bad["verdict"] and bad["true_incons"]
    assert not judge(dict(row, verdict="unverifiable"), [_C("consistent")])[0]["verdict"]


#: session 28, second class: places listed around the dateline's place
# fmt: off
LIST_EN = [
    Row("en", "TABORA, Tanzania, Feb. 11 (Reuters) - Cholera has killed 37 people. Urambo, 85 km to the west, and Nzega, 100 km to the north-east, reported new cases.", "100 km", "Nzega", "Tabora", "consistent"),
    Row("en", "TABORA, Tanzania, Feb. 11 (Reuters) - Urambo, 85 km away, and Nzega, 160 km away, reported new cases.", "160 km", "Nzega", "Tabora", "inconsistent"),
    Row("en", "SAVANNAH, Ga., Sept. 28 (AP) - Brunswick, 70 miles to the south, and Beaufort, 35 miles to the north-east, ordered evacuations.", "35 miles", "Beaufort", "Savannah", "consistent"),
    Row("en", "SAVANNAH, Ga., Sept. 28 (AP) - Shelters opened in Statesboro, 50 miles to the north-west, and in Beaufort, 35 miles to the north-east.", "35 miles", "Beaufort", "Savannah", "consistent"),
    Row("en", "SAVANNAH, Ga., Sept. 28 (AP) - Brunswick, about 70 miles away, and Statesboro, some 50 miles away, opened shelters.", "50 miles", "Statesboro", "Savannah", "consistent"),
    Row("en", "FRESNO, Calif., Aug. 19 (AP) - Hanford, 30 miles to the south, sent engines, and Visalia, 20 miles to the south-east, sent a strike team.", "20 miles", "Visalia", "Fresno", "inconsistent"),
    # guards
    Row("en", "SAVANNAH, Ga., Sept. 28 (AP) - Brunswick, 70 miles south of Savannah, and Darien, 15 miles further north, were flooded.", "15 miles", "Darien", "Brunswick", "consistent"),
    Row("en", "Storms hit Madera, 22 miles from Fresno, and Hanford, 30 miles away.", "30 miles", "Hanford", "Fresno", "consistent"),
    Row("en", "SAVANNAH, Ga., Sept. 28 (AP) - Rescuers in Brunswick, 70 miles to the south, reached Darien, 15 miles away, by boat.", "15 miles", "Darien", "Brunswick", "consistent"),
]

LIST_DE = [
    Row("de", "EISENSTADT (APA) - Mattersburg, rund 15 Kilometer entfernt, und Oberwart, etwa 65 Kilometer entfernt, meldeten Sturmschäden.", "65 Kilometer", "Oberwart", "Eisenstadt", "consistent"),
    Row("de", "EISENSTADT (APA) - Mattersburg, rund 15 Kilometer entfernt, und Oberwart, etwa 50 Kilometer entfernt, meldeten Sturmschäden.", "50 Kilometer", "Oberwart", "Eisenstadt", "inconsistent"),
    Row("de", "KASSEL (dpa) - Göttingen, rund 40 Kilometer entfernt, und Fulda, etwa 130 Kilometer entfernt, meldeten Schäden.", "130 Kilometer", "Fulda", "Kassel", "inconsistent"),
    Row("de", "TABORA (dpa) - Urambo, rund 85 Kilometer entfernt, und Nzega, etwa 100 Kilometer entfernt, meldeten neue Fälle.", "100 Kilometer", "Nzega", "Tabora", "consistent"),
    # guard: with directions it was right before
    Row("de", "KASSEL (dpa) - Göttingen, rund 40 Kilometer nordöstlich, und Fulda, etwa 85 Kilometer südlich, meldeten Schäden.", "85 Kilometer", "Fulda", "Kassel", "consistent"),
    Row("de", "KASSEL (dpa) - Retter aus Göttingen, rund 40 Kilometer nordöstlich, erreichten Northeim, etwa 20 Kilometer entfernt, am Abend.", "20 Kilometer", "Northeim", "Göttingen", "consistent"),
]

# fmt: on


def test_list_table_is_balanced() -> None:
    assert_balanced(LIST_EN, LIST_DE, at_least=12)


@pytest.mark.parametrize("row", [row_param(i, r, {}) for i, r in enumerate([*LIST_EN, *LIST_DE])])
def test_list_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: session 28, third class: onward from the previous claim's subject in the same sentence
# fmt: off
ONWARD_EN = [
    Row("en", "The convoy reached Avignon, 200 km south of Lyon, and then Marseille, 85 km further on.", "85 km", "Marseille", "Avignon", "consistent"),
    Row("en", "The convoy reached Madera, 22 miles north-west of Fresno, and then Merced, 55 miles further on.", "55 miles", "Merced", "Madera", "inconsistent"),
    Row("en", "The convoy reached Madera, 22 miles north-west of Fresno, and then Merced, 33 miles further on.", "33 miles", "Merced", "Madera", "consistent"),
    # guard: across sentences it went on from the subject before
    Row("en", "The convoy reached Madera, 22 miles north-west of Fresno. Merced lies 33 miles further on.", "33 miles", "Merced", "Madera", "consistent"),
]
ONWARD_DE = [
    Row("de", "Der Zug erreichte Linz, rund 105 Kilometer von Salzburg entfernt, und dann Wien, weitere 155 Kilometer weiter.", "155 Kilometer", "Wien", "Linz", "consistent"),
    Row("de", "Der Konvoi erreichte Göttingen, rund 40 Kilometer von Kassel entfernt, und dann Northeim, weitere 20 Kilometer weiter.", "20 Kilometer", "Northeim", "Göttingen", "consistent"),
    Row("de", "Der Konvoi erreichte Göttingen, rund 40 Kilometer von Kassel entfernt, und dann Northeim, weitere 55 Kilometer weiter.", "55 Kilometer", "Northeim", "Göttingen", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", [row_param(i, r, {}) for i, r in enumerate([*ONWARD_EN, *ONWARD_DE])]
)
def test_onward_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
