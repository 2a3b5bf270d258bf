"""Areas, camps and sites a newspaper names that the layer lacked after session 10 (issues
16 and 21): plateaus, basins, plains, deltas and valleys as areas, refugee camps and a
Karachi town, national parks, a dam, ports and an airport, in both languages.

``gazetteer/data/curated/news_gaps15.csv`` holds the rows (rules (aa), (ac), (ah) and (ai)
in ``gazetteer/data/curated/SOURCES.md``). Every English and German name of each row must
find it first, so a row added later to the file is checked too; the sentences below are
this test's own wording with the point an atlas gives the feature and a tolerance its size
allows, and none comes from an evaluation corpus. A bare town or country that a longer
name contains (Banff, Kakadu, Jordan, Kabul, Mosul) must stay that town or country.
"""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze
from tests.support.feature_claims import (
    assert_checked_against,
    assert_row_found_first,
    curated_rows,
)
from tests.support.feature_claims import km as _km


def _rows() -> tuple[dict[str, str], ...]:
    return curated_rows("news_gaps15.csv")


def test_every_row_states_its_rule_and_source():
    for row in _rows():
        assert row["note"].startswith(("rule (aa)", "rule (ac)", "rule (ah)", "rule (ai)")), row
        assert "Wikipedia" in row["source"], row["id"]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["id"])
def test_every_name_of_a_row_finds_it_first(gaz, row):
    assert_row_found_first(gaz, row, kind=True)


# (class, language, sentence, the name as written, lat, lon, km)
TABLE = [
    ("plateau", "en", "Drought has hit farmers on the Altiplano.", "Altiplano", -18.0, -67.5, 400),
    ("plateau", "de", "Auf dem Altiplano fiel kaum Regen.", "Altiplano", -18.0, -67.5, 400),
    (
        "plateau",
        "en",
        "Glaciers on the Tibetan Plateau are shrinking.",
        "Tibetan Plateau",
        33,
        88,
        900,
    ),
    (
        "plateau",
        "de",
        "Das Hochland von Tibet erwärmt sich schnell.",
        "Hochland von Tibet",
        33,
        88,
        900,
    ),
    ("plain", "en", "The train crossed the Nullarbor Plain.", "Nullarbor Plain", -31, 129, 400),
    ("basin", "en", "Logging is spreading in the Congo Basin.", "Congo Basin", 0, 22, 1000),
    ("basin", "de", "Im Kongobecken wird weiter gerodet.", "Kongobecken", 0, 22, 1000),
    ("delta", "en", "Cyclones batter the Ganges Delta.", "Ganges Delta", 22.8, 89.5, 200),
    ("delta", "de", "Im Gangesdelta steigt der Meeresspiegel.", "Gangesdelta", 22.8, 89.5, 200),
    ("valley", "en", "Airstrikes hit the Bekaa Valley.", "Bekaa Valley", 33.85, 36.0, 60),
    ("valley", "en", "Settlers moved into the Jordan Valley.", "Jordan Valley", 32.0, 35.55, 80),
    ("valley", "de", "Im Jordantal ist es heiß.", "Jordantal", 32.0, 35.55, 80),
    ("valley", "en", "Smog covered the Kathmandu Valley.", "Kathmandu Valley", 27.7, 85.33, 25),
    ("valley", "de", "Das Kathmandutal liegt im Smog.", "Kathmandutal", 27.7, 85.33, 25),
    ("valley", "en", "Floods swept through the Swat Valley.", "Swat Valley", 35.0, 72.4, 80),
    (
        "valley",
        "en",
        "Fighters held out in the Panjshir Valley.",
        "Panjshir Valley",
        35.4,
        69.7,
        60,
    ),
    ("suburb", "en", "Water ran short in Orangi Town.", "Orangi Town", 24.95, 66.99, 15),
    ("camp", "en", "Cholera broke out in Nyarugusu.", "Nyarugusu", -4.22, 30.38, 25),
    ("camp", "en", "Women and children are held at Al-Hol.", "Al-Hol", 36.37, 41.15, 15),
    ("park", "en", "Wildfires closed Banff National Park.", "Banff National Park", 51.5, -116, 100),
    (
        "park",
        "de",
        "Im Nationalpark Bayerischer Wald stirbt die Fichte.",
        "Nationalpark Bayerischer Wald",
        48.95,
        13.42,
        30,
    ),
    (
        "park",
        "en",
        "Rangers patrol Kakadu National Park.",
        "Kakadu National Park",
        -12.9,
        132.5,
        120,
    ),
    ("dam", "en", "Engineers warned that Mosul Dam could fail.", "Mosul Dam", 36.63, 42.82, 10),
    ("dam", "de", "Der Mossul-Staudamm gilt als marode.", "Mossul-Staudamm", 36.63, 42.82, 10),
    (
        "port",
        "en",
        "Ships queued outside the Port of Rotterdam.",
        "Port of Rotterdam",
        51.95,
        4.1,
        30,
    ),
    ("port", "de", "Der Rotterdamer Hafen meldet Rekorde.", "Rotterdamer Hafen", 51.95, 4.1, 30),
    ("port", "en", "The blast destroyed the Port of Beirut.", "Port of Beirut", 33.9, 35.52, 5),
    ("airport", "en", "Crowds gathered at Kabul airport.", "Kabul airport", 34.565, 69.212, 5),
    ("airport", "de", "Am Flughafen Kabul warten Tausende.", "Flughafen Kabul", 34.565, 69.212, 5),
]


@pytest.mark.parametrize(
    ("cls", "lang", "text", "name", "lat", "lon", "km"),
    TABLE,
    ids=[f"{t[0]}-{t[1]}-{t[3]}" for t in TABLE],
)
def test_a_name_in_the_news_resolves_near_its_feature(cls, lang, text, name, lat, lon, km):
    a = analyze(text, lang=lang, claims=False, events=False)
    found = [p for p in a.places if p.mention == name]
    assert found, (cls, name, [(p.mention, p.id) for p in a.places])
    place = found[0]
    assert place.lat is not None and place.lon is not None, place.id
    off = _km(lat, lon, place.lat, place.lon)
    assert off <= km, (name, place.id, round(off))


@pytest.mark.parametrize(
    ("lang", "text", "fid", "verdict"),
    [
        ("en", "Mosul lies about 40 km from the Mosul Dam.", "mosul-dam", "consistent"),
        (
            "de",
            "Dohuk liegt 300 Kilometer vom Mossul-Staudamm entfernt.",
            "mosul-dam",
            "inconsistent",
        ),
        ("en", "Jalalabad lies about 120 km east of Kabul airport.", "kabul-airport", "consistent"),
    ],
)
def test_a_distance_to_a_dam_or_airport_is_checked(lang, text, fid, verdict):
    assert_checked_against("", lang, text, fid, verdict)


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("en", "The bus reached Banff at noon.", "Banff", "city"),
        ("en", "Rain fell in Mosul overnight.", "Mosul", "city"),
        ("de", "In Kabul wurde gestern gekämpft.", "Kabul", "city"),
        ("en", "Jordan closed its border.", "Jordan", "country"),
    ],
)
def test_a_bare_town_or_country_stays_itself(lang, text, name, kind):
    a = analyze(text, lang=lang, claims=False, events=False)
    found = [p for p in a.places if p.mention == name]
    assert found and found[0].kind == kind, [(p.mention, p.id) for p in a.places]
