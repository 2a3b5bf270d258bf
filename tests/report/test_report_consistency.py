"""The reports as a fact-checker reads them (issue 17): the same facts, worded the same way,
in every format: bearings from the subject to the reference (checked with geographiclib),
one count of places, the subject in the claim column, country names, readable intervals and
dates, JUnit a CI shows well, CSV with coordinates, and the data's attribution."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from geographiclib.geodesic import Geodesic

import geomap
from geomap.model import Claim, PlaceRef, Stated
from geomap.report import (
    ATTRIBUTION,
    accepted_phrase,
    date_phrase,
    named_countries,
    place_counts,
    render,
    subject_bearing,
)

# Broad material: Ukraine and Spain, English; no sentence of the sample or of an issue.
ARTICLE_EN = (
    "KYIV (Reuters) - Lviv lies about 470 kilometres west of Kyiv, officials said. "
    "Odesa is more than 900 km from Kyiv. Kharkiv is roughly 30 km from the Russian border. "
    "Later Sevilla was said to be 390 km from Madrid.\n"
)


@pytest.fixture(scope="module")
def analysis(gaz):
    return geomap.analyze(ARTICLE_EN, path="news/2022/ukraine.en.txt", lang="en", gazetteer=gaz)


def _claim(a, subject: str) -> Claim:
    return next(c for c in a.claims if c.subject is not None and c.subject.name == subject)


def test_bearing_points_from_the_subject_to_the_reference(analysis):
    c = _claim(analysis, "Lviv")
    assert c.subject is not None and c.reference is not None
    geo = Geodesic.WGS84.Inverse(c.subject.lat, c.subject.lon, c.reference.lat, c.reference.lon)
    want = geo["azi1"] % 360
    b = subject_bearing(c)
    assert b is not None and abs(b - want) < 0.1
    assert 70 < b < 90  # Lviv to Kyiv is east-north-east, not the 264° of Kyiv to Lviv
    text = render("text", [analysis], what="check")
    assert f"bearing {want:.0f}° from Lviv to Kyiv" in text
    md = render("markdown", [analysis], what="check")
    assert f"{want:.0f}° (from subject)" in md
    rows = list(csv.DictReader(io.StringIO(render("csv", [analysis], what="check"))))
    row = next(r for r in rows if r["subject"] == "Lviv")
    assert abs(float(row["bearing_from_subject_deg"]) - want) < 0.1


def test_one_count_of_places_in_every_format(analysis):
    mentions, distinct = place_counts(analysis)
    assert mentions == len(analysis.places) and 0 < distinct < mentions
    phrase = f"{mentions} place mentions of {distinct} places"
    text = render("text", [analysis], what="check")
    assert f"places ({phrase}):" in text
    place_lines = [ln for ln in text.splitlines() if re.match(r"\s+\d+-\d+\s", ln)]
    assert len(place_lines) == mentions
    md = render("markdown", [analysis], what="check")
    assert phrase in md
    table = md.split("### Places", 1)[1].split("\n\n", 2)[1]
    rows = [r.split(" | ") for r in table.splitlines()[2:]]
    assert len(rows) == distinct
    assert sum(int(r[1]) for r in rows) == mentions
    doc = json.loads(render("json", [analysis], what="check"))["documents"][0]
    assert doc["counts"]["place_mentions"] == mentions == len(doc["places"])
    assert doc["counts"]["places"] == distinct
    places_csv = list(csv.DictReader(io.StringIO(render("csv", [analysis], what="places"))))
    assert len(places_csv) == mentions


def test_markdown_claim_column_names_subject_and_reference(analysis):
    md = render("markdown", [analysis], what="check")
    claim_rows = [r for r in md.splitlines() if r.startswith(("| ✅", "| ❌", "| ❔"))]
    assert claim_rows
    assert any("**Odesa → Kyiv**:" in r for r in claim_rows)
    assert any("at least" in r for r in claim_rows)  # "more than 900 km" has no upper end


def test_readable_intervals_dates_and_country_names():
    assert accepted_phrase((1420.0, 20004.0)) == "at least 1,420 km"
    assert accepted_phrase((0.0, 57.5)) == "at most 58 km"
    assert accepted_phrase((855.0, 945.0)) == "855 km to 945 km"
    assert accepted_phrase((1420.0, 20004.0), "de") == "mindestens 1.420 km"
    assert date_phrase("2022-03-14") == "14 March 2022"
    assert date_phrase("2022-03-01", "month") == "March 2022"
    assert date_phrase("2022-03-14", lang="de") == "14. März 2022"
    assert named_countries("370 km from ES's coast; FR's") == "370 km from Spain's coast; France's"
    assert named_countries("XQ's coast") == "XQ's coast"  # not a code CLDR knows: kept


def _unverifiable() -> Claim:
    return Claim(
        text="some 80 km inland",
        sentence=0,
        start=0,
        end=17,
        stated=Stated(80.0, "km", "approx", "some 80 km"),
        stated_km=80.0,
        form="coast",
        subject=PlaceRef("Somewhere", "city", None, None, None),
        verdict="unverifiable",
        explanation="Somewhere could not be located, so the distance cannot be checked.",
    )


def _junit(analysis, **kw) -> ET.Element:
    out = render("junit", [analysis], what="check", **kw)
    assert ATTRIBUTION in out
    return ET.fromstring(out.split("\n", 1)[1])


def test_junit_skips_unverifiable_claims_and_names_cases_readably(analysis):
    import dataclasses

    a = dataclasses.replace(analysis, claims=(*analysis.claims, _unverifiable()))
    root = _junit(a)
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert len(cases) == len(a.claims)
    assert all(c.get("time") == "0" for c in cases) and suite.get("time") == "0"
    assert {c.get("classname") for c in cases} == {"geomap.ukraine_en"}
    n_unverifiable = sum(c.verdict == "unverifiable" for c in a.claims)
    skipped = [c.find("skipped") for c in cases if c.find("skipped") is not None]
    assert len(skipped) == n_unverifiable
    assert any("could not be located" in s.get("message") for s in skipped)
    assert suite.get("skipped") == root.get("skipped") == str(n_unverifiable)
    failed = [c for c in cases if c.find("failure") is not None]
    assert [c.get("name").split(": ", 2)[1] for c in failed] == ["Odesa → Kyiv"]
    # configurable: the old behaviour, an unverifiable claim passes
    root = _junit(a, unverifiable_as="passed")
    assert root.get("skipped") == "0" and not root.findall(".//skipped")
    # and with --fail-on unverifiable it fails instead of being skipped
    root = _junit(a, fail_on="unverifiable")
    assert root.get("skipped") == "0" and root.get("failures") == str(1 + n_unverifiable)


def test_csv_claims_carry_coordinates_and_the_accepted_interval(analysis):
    rows = list(csv.DictReader(io.StringIO(render("csv", [analysis], what="check"))))
    odesa = next(r for r in rows if r["subject"] == "Odesa")
    c = _claim(analysis, "Odesa")
    assert c.subject is not None and c.reference is not None and c.accepted_km is not None
    assert float(odesa["subject_lat"]) == pytest.approx(c.subject.lat, abs=1e-5)
    assert float(odesa["reference_lon"]) == pytest.approx(c.reference.lon, abs=1e-5)
    assert float(odesa["accepted_min_km"]) == pytest.approx(c.accepted_km[0], abs=0.1)
    border = next(r for r in rows if r["subject"] == "Kharkiv")
    k = _claim(analysis, "Kharkiv")
    assert k.nearest is not None  # measured to the nearest point of the border: that point
    assert float(border["reference_lat"]) == pytest.approx(k.nearest[0], abs=1e-5)


def test_attribution_in_every_report_footer(analysis):
    for fmt in ("text", "markdown", "json", "junit"):
        assert "GeoNames (CC BY 4.0" in render(fmt, [analysis], what="check"), fmt
    assert json.loads(render("json", [analysis], what="places"))["attribution"] == ATTRIBUTION


def test_cli_unverifiable_as_flag(tmp_path, capsys):
    from geomap.cli import main

    art = tmp_path / "a.txt"
    art.write_text(ARTICLE_EN, encoding="utf-8")
    code = main(
        ["check", str(art), "--offline", "--format", "junit", "--unverifiable-as", "passed"]
    )
    out = capsys.readouterr().out
    assert code == 1 and 'skipped="0"' in out
