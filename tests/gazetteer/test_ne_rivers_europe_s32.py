"""Smaller European rivers from Natural Earth's 10m ``rivers_europe`` supplement (issue
21, session 32).

``scripts/build_ne_rivers.py`` reads the supplement after the main layer under the same
rules (a name or a course the main or the curated layer already has is left out; the
bare name only where no common word, given name or town of 1,000 people bears it), so
rivers news name that the index lacked (the Unstrut, the Aller, the Dunajec, the Hron)
are found with their river word, and by their bare name where it is safe, and a distance
to them runs to their course. The supplement's ``name_alt`` names the river system a
line drains to, so it gives no other names.
"""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze
from tests.support.feature_claims import curated_rows


def _europe() -> list[dict[str, str]]:
    return [r for r in curated_rows("ne_rivers.csv") if "rivers_europe" in r["source"]]


def test_the_supplement_adds_rivers_of_many_european_countries() -> None:
    rows = _europe()
    assert len(rows) >= 200
    codes = {r["country_code"] for r in rows}
    for cc in ("DE", "FR", "ES", "PL", "RU", "NO", "SE", "FI", "RO", "GR"):
        assert cc in codes, cc


def test_no_supplement_row_takes_the_name_of_the_river_it_drains_to() -> None:
    for row in _europe():
        assert "," not in row["aliases_en"], row["id"]
        assert "(" not in row["name_en"], row["id"]


@pytest.mark.parametrize(
    ("name", "lang", "cc"),
    [
        ("Fluss Unstrut", "de", "DE"),
        ("Unstrut River", "en", "DE"),
        ("River Aller", "en", "DE"),
        ("Dunajec", "en", "PL"),
        ("Hron", "en", "SK"),
        ("Limmat", "de", "CH"),
    ],
)
def test_a_supplement_river_is_found_with_its_course(gaz, name, lang, cc) -> None:
    got = gaz.lookup(name, lang=lang)
    assert got, f"no match for {name!r}"
    assert got[0].kind == "river" and got[0].country_code == cc
    assert gaz.geometry(got[0].id) is not None


@pytest.mark.parametrize(
    ("text", "lang", "mention", "kind"),
    [
        (
            "KRAKAU (dpa) - Nach tagelangem Regen ist der Dunajec im Süden Polens über die "
            "Ufer getreten. Die Feuerwehr evakuierte am Montag mehrere Dörfer.",
            "de",
            "Dunajec",
            "river",
        ),
        (
            "BRATISLAVA (Reuters) - Rescuers pulled two kayakers from the Hron on Sunday "
            "after their boat capsized near a weir, police said.",
            "en",
            "Hron",
            "river",
        ),
        # a town bearing the name keeps it; the river needs its river word
        (
            "Fulda meldete am Montag einen neuen Rekord bei den Übernachtungen.",
            "de",
            "Fulda",
            "city",
        ),
    ],
)
def test_a_supplement_river_in_the_news(text, lang, mention, kind) -> None:
    places = analyze(text, lang=lang, claims=False, events=False).places
    got = [p for p in places if p.mention == mention]
    assert got, f"{mention!r} not read in {text!r}"
    assert got[0].kind == kind
