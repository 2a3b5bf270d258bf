"""No confident ``inconsistent`` on a pair read from weak evidence (docs/claims.md, "How
sure the pair is"), and the extraction rules found by the batch-J articles.

The verification tests build places and claims by hand (no geoparser), so they say exactly
which reading is weak; the pipeline tests read whole sentences as a user would. Places and
wording are not the benchmark's.
"""

from __future__ import annotations

import dataclasses

import pytest
from geographiclib.geodesic import Geodesic

from geomap.claims import verify_claims
from geomap.model import Alternative, Claim, Evidence, Place, PlaceRef, Stated
from tests.support.claims_builders import P, document, place

G = Geodesic.WGS84

ACCRA = (5.6037, -0.1870)
KUMASI = (6.6885, -1.6244)
TAMALE = (9.4008, -0.8393)
GEORGETOWN_GY = (6.8013, -58.1551)
GEORGETOWN_TX = (30.6327, -97.6772)
PARAMARIBO = (5.8520, -55.2038)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return G.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


def ref_of(p: Place) -> PlaceRef:
    return PlaceRef(
        name=p.name or p.mention,
        kind=p.kind,
        id=p.id,
        lat=p.lat,
        lon=p.lon,
        country_code=p.country_code,
        mention_start=p.start,
    )


def claim_between(
    doc, subject: Place, reference: Place, stated_km: float, *, how: str = "named", at: str
) -> Claim:
    """A point claim on the quantity text ``at`` (``"200 km"``), its subject read ``how``."""
    start = doc.text.index(at)
    return Claim(
        text=at,
        sentence=doc.sentence_at(start).index,
        start=start,
        end=start + len(at),
        stated=Stated(value=stated_km, unit="km", qualifier="approx", text=at),
        stated_km=stated_km,
        form="point",
        subject=ref_of(subject),
        reference=ref_of(reference),
        subject_evidence=Evidence(subject.start, subject.end, subject.mention, how),  # type: ignore[arg-type]
        reference_evidence=Evidence(
            reference.start, reference.end, reference.mention, "preposition"
        ),
    )


class SmallPlaces:
    """A gazetteer that knows only how many people live in a place."""

    def __init__(self, population: int) -> None:
        self.population = population

    def get(self, id):
        return type("E", (), {"kind": "city", "population": self.population, "name": "Land"})()

    def country_geometry(self, cc):
        return None

    def geometry(self, id):
        return None


# --- a namesake the geoparser kept


def _georgetown(alt_score: float):
    text = "Georgetown lies about 350 km west of Paramaribo."
    doc = document(text, "en")
    g = place(doc, P("Georgetown", *GEORGETOWN_TX, cc="US"))
    g = dataclasses.replace(
        g,
        confidence=0.7,
        alternatives=(Alternative("gy", "Georgetown", "city", "GY", *GEORGETOWN_GY, alt_score),),
    )
    p = place(doc, P("Paramaribo", *PARAMARIBO, cc="SR"))
    stated = round(km(GEORGETOWN_GY, PARAMARIBO))
    return doc, [g, p], claim_between(doc, g, p, stated, at="about 350 km")


def test_a_close_namesake_that_fits_makes_the_claim_unverifiable() -> None:
    doc, places, c = _georgetown(alt_score=0.9)
    (checked,) = verify_claims([c], places, None, document=doc)
    assert checked.verdict == "unverifiable"
    assert "namesake" in checked.explanation and "Georgetown (GY)" in checked.explanation


def test_a_far_weaker_namesake_leaves_the_verdict_alone() -> None:
    doc, places, c = _georgetown(alt_score=0.3)
    (checked,) = verify_claims([c], places, None, document=doc)
    assert checked.verdict == "inconsistent", checked.explanation


# --- a reading that is no evidence for a place


def test_a_name_cut_out_of_a_hyphenated_word_is_no_evidence() -> None:
    text = "Port-Gentil lies about 150 km south-west of Libreville."
    doc = document(text, "en")
    fragment = place(doc, P("Gentil", 48.0, 2.0, cc="FR"))  # some inland "Gentil"
    lib = place(doc, P("Libreville", 0.4162, 9.4673, cc="GA"))
    c = claim_between(doc, fragment, lib, 150.0, at="about 150 km")
    (checked,) = verify_claims([c], [fragment, lib], None, document=doc)
    assert checked.verdict == "unverifiable"
    assert "part of a longer word" in checked.explanation


@pytest.mark.parametrize(
    ("population", "verdict"), [(800, "unverifiable"), (80_000, "inconsistent")]
)
def test_a_common_noun_read_as_a_small_village_is_no_evidence(population, verdict) -> None:
    text = "Das Land liegt rund 40 Kilometer von Oslo entfernt."
    doc = document(text, "de")
    land = place(doc, P("Land", 60.77, 10.22, cc="NO"))  # far more than 40 km from Oslo
    oslo = place(doc, P("Oslo", 59.9139, 10.7522, cc="NO"))
    c = claim_between(doc, land, oslo, 40.0, at="rund 40 Kilometer")
    (checked,) = verify_claims([c], [land, oslo], SmallPlaces(population), document=doc)
    assert checked.verdict == verdict, checked.explanation


# --- an end read by recency


def _ghana(how: str):
    text = (
        "Kumasi lies about 200 km north-west of Accra. Tamale reported heavy rain. "
        "The city lies about 205 km north-west of Accra."
    )
    doc = document(text, "en")
    kumasi = place(doc, P("Kumasi", *KUMASI, cc="GH"))
    accra0 = place(doc, P("Accra", *ACCRA, cc="GH"))
    tamale = place(doc, P("Tamale", *TAMALE, cc="GH"))
    accra = place(doc, P("Accra", *ACCRA, cc="GH", nth=1))
    accra = dataclasses.replace(accra, id=accra0.id)
    c = claim_between(doc, tamale, accra, 205.0, how=how, at="about 205 km")
    return doc, [kumasi, accra0, tamale, accra], c


def test_a_described_subject_whose_previous_topic_fits_is_not_called_false() -> None:
    doc, places, c = _ghana("description")
    (checked,) = verify_claims([c], places, None, document=doc)
    assert checked.verdict == "unverifiable"
    assert "recency" in checked.explanation and "Kumasi" in checked.explanation


def test_a_subject_named_in_the_clause_stays_inconsistent() -> None:
    doc, places, c = _ghana("named")
    (checked,) = verify_claims([c], places, None, document=doc)
    assert checked.verdict == "inconsistent", checked.explanation


# --- extraction through the pipeline (own sentences)


def _claim(a, stated: str) -> Claim:
    found = [c for c in a.claims if c.stated.text == stated]
    assert found, [c.stated.text for c in a.claims]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "stated", "reference"),
    [
        (
            "en",
            "Vinh lies about 290 km south of Hanoi, and buses bound for Hue, "
            "some 320 km further south, were full.",
            "some 320 km",
            "Vinh",
        ),
        (
            "de",
            "Graz liegt rund 150 Kilometer südlich von Wien, und Maribor, "
            "etwa 55 Kilometer weiter südlich, meldete Hochwasser.",
            "etwa 55 Kilometer",
            "Graz",
        ),
    ],
)
def test_further_in_a_direction_is_onward_from_the_place_last_reached(
    analyze, lang, text, stated, reference
) -> None:
    c = _claim(analyze(text, lang=lang), stated)
    assert c.reference is not None and reference in c.reference.name
    assert c.verdict == "consistent", c.explanation


@pytest.mark.parametrize(
    ("lang", "text", "stated"),
    [
        ("en", "Kisangani is about 1,700 km upstream of Kinshasa on the Congo.", "about 1,700 km"),
        (
            "de",
            "Kisangani liegt rund 1.700 Kilometer flussaufwärts von Kinshasa.",
            "rund 1.700 Kilometer",
        ),
    ],
)
def test_upstream_is_a_route_along_the_river(analyze, lang, text, stated) -> None:
    c = _claim(analyze(text, lang=lang), stated)
    assert c.form == "route"
    assert c.verdict == "consistent", c.explanation  # 1,222 km in a straight line


def test_an_apposition_naming_only_a_country_does_not_hide_the_subject(analyze) -> None:
    text = "Entebbe, home to Uganda's main airport, lies about 35 km south-west of Kampala."
    c = _claim(analyze(text, lang="en"), "about 35 km")
    assert c.subject is not None and "Entebbe" in c.subject.name
    assert c.verdict == "consistent", c.explanation


def test_a_false_claim_with_a_strong_pair_stays_caught(analyze) -> None:
    text = "Entebbe, home to Uganda's main airport, lies about 90 km south-west of Kampala."
    c = _claim(analyze(text, lang="en"), "about 90 km")
    assert c.subject is not None and "Entebbe" in c.subject.name
    assert c.verdict == "inconsistent", c.explanation


def test_a_descriptive_pronoun_phrase_takes_only_a_place_of_its_kind(analyze) -> None:
    text = (
        "WELLINGTON (geomap) - A seamount erupted on Monday. "
        "The island volcano lies about 40 km off the coast of Napier."
    )
    c = _claim(analyze(text, lang="en"), "about 40 km")
    assert c.subject is None or "Wellington" not in c.subject.name
    assert c.verdict != "inconsistent", c.explanation


def test_a_coordinated_distance_after_an_unknown_name_keeps_no_borrowed_subject(analyze) -> None:
    text = (
        "Suva lies about 1,100 nautical miles north of Auckland, and Zorvathi, "
        "about 300 km east of Nadi, reported damage."
    )
    c = _claim(analyze(text, lang="en"), "about 300 km")
    assert c.subject is None or "Suva" not in c.subject.name
    assert c.verdict != "inconsistent", c.explanation


def test_by_road_between_a_distance_and_its_reference_makes_a_route(analyze) -> None:
    c = _claim(
        analyze("Arequipa is about 1,000 km by road from Lima.", lang="en"), "about 1,000 km"
    )
    assert c.form == "route" and c.reference is not None and "Lima" in c.reference.name
    assert c.verdict == "consistent", c.explanation  # 764 km in a straight line


def test_the_name_ending_a_reported_clause_is_the_subject_over_an_apposition(analyze) -> None:
    text = "Officials in Quito said Cuenca, Ecuador's third city, is about 310 km south of Quito."
    c = _claim(analyze(text, lang="en"), "about 310 km")
    assert c.subject is not None and "Cuenca" in c.subject.name
    assert c.verdict == "consistent", c.explanation


@pytest.mark.parametrize(
    ("lang", "text", "stated"),
    [
        (
            "de",
            "Bodø liegt rund 80 Kilometer nördlich des Polarkreises, "
            "Narvik rund 210 Kilometer nördlich davon.",
            "rund 210 Kilometer",
        ),
        (
            "en",
            "Bodø lies about 80 km north of the Arctic Circle, "
            "and Narvik about 210 km north of it.",
            "about 210 km",
        ),
    ],
)
def test_of_it_and_davon_refer_to_the_reference_just_named(analyze, lang, text, stated) -> None:
    c = _claim(analyze(text, lang=lang), stated)
    assert c.subject is not None and "Narvik" in c.subject.name
    assert c.reference is not None and "Arctic Circle" in c.reference.name
    assert c.verdict == "consistent", c.explanation


# --- a name read from part of a longer capitalised name


class Holding(SmallPlaces):
    """A gazetteer of towns big enough to be no common noun that holds only ``names``."""

    def __init__(self, *names: str) -> None:
        super().__init__(500_000)
        self.names = {n.casefold() for n in names}

    def lookup(self, name, lang=None, limit=10, kinds=None):
        return [self.get(name)] if name.casefold() in self.names else []


#: (language, sentence, the part read as a place, its far namesake, the reference and its
#: point, the stated figure, the longer name): every stated figure is right for the longer
#: name, wrong for the namesake read from its part.
LONGER_NAMES = [
    (
        "en",
        "The Pont du Gard lies about 20 km north-east of Nîmes.",
        "Pont",
        (45.0, 5.9),
        "Nîmes",
        (43.8367, 4.3601),
        "about 20 km",
        "Pont du Gard",
    ),
    (
        "en",
        "The Cape of Good Hope lies about 50 km south of Cape Town.",
        "Good Hope",
        (34.2, -118.4),
        "Cape Town",
        (-33.9249, 18.4241),
        "about 50 km",
        "Cape of Good Hope",
    ),
    (
        "en",
        "Saint Helena Bay lies about 140 km north of Cape Town.",
        "Saint Helena",
        (-15.965, -5.7089),
        "Cape Town",
        (-33.9249, 18.4241),
        "about 140 km",
        "Saint Helena Bay",
    ),
    (
        "de",
        "Die Porta Aurea liegt rund 100 Kilometer südlich von Triest.",
        "Porta",
        (52.25, 8.92),
        "Triest",
        (45.6495, 13.7768),
        "rund 100 Kilometer",
        "Porta Aurea",
    ),
]


def _longer(lang, text, part, far, ref_name, ref_point, at):
    doc = document(text, lang)
    subject = place(doc, P(part, *far, cc="XX"))
    reference = place(doc, P(ref_name, *ref_point, cc="XX"))
    stated = float(at.split()[1])
    return doc, [subject, reference], claim_between(doc, subject, reference, stated, at=at)


@pytest.mark.parametrize(
    ("lang", "text", "part", "far", "ref_name", "ref_point", "at", "whole"), LONGER_NAMES
)
def test_a_part_of_a_longer_name_the_gazetteer_lacks_is_a_weak_reading(
    lang, text, part, far, ref_name, ref_point, at, whole
) -> None:
    doc, places, c = _longer(lang, text, part, far, ref_name, ref_point, at)
    (checked,) = verify_claims([c], places, Holding(ref_name), document=doc)
    assert checked.verdict == "unverifiable", checked.explanation
    assert repr(whole) in checked.explanation


@pytest.mark.parametrize(
    ("lang", "text", "part", "far", "ref_name", "ref_point", "at", "whole"), LONGER_NAMES
)
def test_a_longer_name_the_gazetteer_holds_leaves_the_verdict_alone(
    lang, text, part, far, ref_name, ref_point, at, whole
) -> None:
    """Had the gazetteer the whole name, the geoparser would have read it: a part read
    then is the geoparser's considered choice, and a figure that misses it is false."""
    doc, places, c = _longer(lang, text, part, far, ref_name, ref_point, at)
    (checked,) = verify_claims([c], places, Holding(ref_name, whole), document=doc)
    assert checked.verdict == "inconsistent", checked.explanation


@pytest.mark.parametrize(
    ("lang", "text", "at"),
    [
        # a title or head before the name, a calendar word or a common noun after it, a
        # second name joined by "and", a distance's "von", a sentence's first word before
        # "of": the name stands alone
        ("de", "Die Hauptstadt Bern liegt rund 300 Kilometer von Chur entfernt.", "rund 300"),
        ("en", "Bern lay about 300 km from Chur Monday, officials said.", "about 300"),
        ("de", "Bern liegt rund 300 Kilometer von Chur Richtung Osten.", "rund 300"),
        ("en", "Bern and Zug lie about 300 km from Chur.", "about 300"),
        ("de", "Bis Bern sind es rund 300 Kilometer von Chur.", "rund 300"),
        ("en", "Residents of Bern live about 300 km from Chur.", "about 300"),
    ],
)
def test_a_name_standing_alone_is_no_part_of_a_longer_one(lang, text, at) -> None:
    doc = document(text, lang)
    bern = place(doc, P("Bern", 46.948, 7.4474, cc="CH"))
    chur = place(doc, P("Chur", 46.8499, 9.5329, cc="CH"))
    c = claim_between(doc, bern, chur, 300.0, at=at)
    (checked,) = verify_claims([c], [bern, chur], Holding(), document=doc)
    assert checked.verdict == "inconsistent", checked.explanation
