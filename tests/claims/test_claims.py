"""Distance-claim extraction (geomap.claims._extract): forms, ends, and robustness."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.claims import extract_claims, find_landing
from geomap.model import Document, Place, Sentence
from tests.support.claims_builders import P, document, place, places
from tests.support.claims_builders import claims_of as _claims


def test_claim_span_reads_like_the_claim() -> None:
    text = "Das Zentrum Wostotschny liegt mehr als 1500 Kilometer nördlich von Wladiwostok."
    (c,) = _claims(
        text, "de", P("Wostotschny", 51.9, 128.3, kind="facility"), P("Wladiwostok", 43.1, 131.9)
    )
    assert c.text == "mehr als 1500 Kilometer nördlich von Wladiwostok"
    assert text[c.start : c.end] == c.text
    assert c.subject.mention_start == text.index("Wostotschny")
    assert c.reference.mention_start == text.index("Wladiwostok")


def test_reference_after_designator_and_comma() -> None:
    (c,) = _claims(
        "Irpin is about 25 km from the Ukrainian capital, Kyiv.",
        "en",
        P("Irpin", 50.52, 30.25),
        P("Ukrainian", 49.0, 32.0, kind="country", cc="UA", role="adjective"),
        P("Kyiv", 50.45, 30.52),
    )
    assert (c.subject.name, c.reference.name) == ("Irpin", "Kyiv")


def test_genitive_after_direction_with_designator() -> None:
    (c,) = _claims(
        "Butscha liegt rund 25 Kilometer nordwestlich der ukrainischen Hauptstadt Kiew.",
        "de",
        P("Butscha", 50.54, 30.22),
        P("ukrainischen", 49.0, 32.0, kind="country", cc="UA", role="adjective"),
        P("Kiew", 50.45, 30.52),
    )
    assert (c.subject.name, c.reference.name, c.direction) == ("Butscha", "Kiew", "NW")


def test_close_to_is_no_route() -> None:
    (c,) = _claims(
        "Police found the car about 50 miles away close to Yuba City.",
        "en",
        P("Yuba City", 39.14, -121.62),
    )
    assert c.form == "point" and c.reference.name == "Yuba City" and c.subject is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Hauptstädte Seoul und Pjöngjang trennen nur knapp 200 Kilometer.", "de"),
        ("Nur knapp 200 Kilometer trennen Seoul und Pjöngjang.", "de"),
        ("Just 120 miles separate Seoul and Pjöngjang.", "en"),
        ("Seoul and Pjöngjang are separated by 195 km.", "en"),
    ],
)
def test_pair_verbs_on_either_side(text: str, lang: str) -> None:
    (c,) = _claims(text, lang, P("Seoul", 37.57, 126.98), P("Pjöngjang", 39.03, 125.75))
    assert (c.form, c.subject.name, c.reference.name) == ("pair", "Seoul", "Pjöngjang")


def test_apposition_after_a_verb_final_clause() -> None:
    (c,) = _claims(
        "Kim will das Werk in Komsomolsk am Amur besichtigen, knapp 280 Kilometer nordöstlich "
        "von Chabarowsk.",
        "de",
        P("Komsomolsk am Amur", 50.55, 137.0),
        P("Chabarowsk", 48.48, 135.08),
    )
    assert (c.subject.name, c.reference.name, c.direction) == (
        "Komsomolsk am Amur",
        "Chabarowsk",
        "NE",
    )


def test_inverted_german_word_order() -> None:
    (c,) = _claims(
        "Rund 30 Kilometer von Berlin entfernt liegt Potsdam.",
        "de",
        P("Berlin", 52.52, 13.405),
        P("Potsdam", 52.39, 13.06),
    )
    assert (c.subject.name, c.reference.name, c.form) == ("Potsdam", "Berlin", "point")


def test_country_after_a_city_is_its_container() -> None:
    (c,) = _claims(
        "Daegu in South Korea is about 240 km from Seoul.",
        "en",
        P("Daegu", 35.87, 128.6, cc="KR"),
        P("South Korea", 36.5, 127.9, kind="country", cc="KR"),
        P("Seoul", 37.57, 126.98, cc="KR"),
    )
    assert c.subject.name == "Daegu"


def test_relative_clause_english() -> None:
    cs = _claims(
        "The plant is 10 km from Enerhodar, which is about 50 km from Nikopol.",
        "en",
        P("plant", 47.51, 34.58, kind="facility"),
        P("Enerhodar", 47.5, 34.65),
        P("Nikopol", 47.57, 34.4),
    )
    assert [(c.subject.name, c.reference.name) for c in cs] == [
        ("plant", "Enerhodar"),
        ("Enerhodar", "Nikopol"),
    ]


def test_pair_from_previous_sentence() -> None:
    (c,) = _claims(
        "Putin traf Kim in Wladiwostok, nicht in Moskau. "
        "Die beiden Städte liegen 6400 Kilometer voneinander entfernt.",
        "de",
        P("Wladiwostok", 43.1, 131.9),
        P("Moskau", 55.75, 37.62),
    )
    assert c.form == "pair" and {c.subject.name, c.reference.name} == {"Wladiwostok", "Moskau"}


def test_coast_reference() -> None:
    (c,) = _claims(
        "The ship sank 40 km off the east coast of Japan.",
        "en",
        P("ship", 40.0, 142.5, kind="vessel"),
        P(
            "east coast of Japan",
            kind="coast",
            relation="coast",
            related=("JP",),
            facing="E",
            cc="JP",
        ),
    )
    assert c.form == "coast" and c.reference.geometry == "coast"


def test_range_claim_english_from_origin_in_sentence() -> None:
    (c,) = _claims(
        "The missile, fired from Wonsan, flew about 600 km.",
        "en",
        P("Wonsan", 39.15, 127.44, cc="KP"),
    )
    assert c.form == "range" and c.subject.name == "Wonsan" and c.reference is None


def test_range_of_a_weapon_is_a_capability_not_a_claim() -> None:
    # what a weapon can reach states no distance between two places (issue 15: a
    # non-claim); a flight it made does ("flew about 600 km", above)
    cs = _claims(
        "Russland testete eine Rakete mit einer Reichweite von bis zu 5500 Kilometern.",
        "de",
        P("Russland", 61.5, 105.3, kind="country", cc="RU"),
    )
    assert cs == ()


def test_unit_conversion_in_parentheses_is_one_claim() -> None:
    cs = _claims(
        "Dover is about 21 miles (34 km) northwest of Calais.",
        "en",
        P("Dover", 51.13, 1.31),
        P("Calais", 50.95, 1.86),
    )
    assert len(cs) == 1 and cs[0].direction == "NW" and cs[0].reference.name == "Calais"


def test_unresolved_places_still_make_a_claim() -> None:
    (c,) = _claims(
        "Xyzville liegt 20 Kilometer von Berlin entfernt.",
        "de",
        P("Xyzville"),
        P("Berlin", 52.52, 13.405),
    )
    assert c.subject.name == "Xyzville" and c.subject.lat is None


def test_no_places_no_claim() -> None:
    # A distance with no place at either end cannot be checked or drawn: it is no claim.
    assert _claims("Es sind 20 Kilometer.", "de") == ()
    assert _claims("He can do 50 miles on a good day.", "en") == ()


def test_distance_travelled_is_no_claim() -> None:
    cs = _claims(
        "Alan, from Barton, swam 26 miles in the pool at Cambridge.",
        "en",
        P("Barton", 52.2, 0.1),
        P("Cambridge", 52.2, 0.12),
    )
    assert cs == ()


def test_implicit_other_end_with_away() -> None:
    (c,) = _claims(
        "Dulles International Airport is 22 miles away.",
        "en",
        P("Dulles International Airport", 38.95, -77.45, kind="airport"),
    )
    assert (
        c.subject.name == "Dulles International Airport" and c.reference is None and c.explanation
    )


def test_adjectives_are_not_claim_ends() -> None:
    (c,) = _claims(
        "Die russische Stadt liegt 20 Kilometer von Berlin entfernt.",
        "de",
        P("russische", 61.5, 105.3, kind="country", cc="RU", role="adjective"),
        P("Berlin", 52.52, 13.405),
    )
    assert c.subject is None or c.subject.name != "russische"


def test_landing_outside_eez() -> None:
    text = (
        "Nordkorea feuerte eine Rakete ab. Sie flog rund 650 Kilometer weit. "
        "Sie fiel außerhalb der ausschließlichen Wirtschaftszone Japans ins Meer."
    )
    doc = document(text, "de")
    ps = places(
        doc,
        P("Nordkorea", 40, 127, kind="country", cc="KP"),
        P("Japans", 36, 138, kind="country", cc="JP"),
    )
    (c,) = extract_claims(doc, ps)
    landing = find_landing(doc, c, ps)
    assert landing is not None and landing.kind == "outside_eez" and landing.country_code == "JP"


# --- properties ------------------------------------------------------------------------

WORDS = [
    "Berlin",
    "liegt",
    "rund",
    "mehr als",
    "130",
    "1.500",
    "Kilometer",
    "km",
    "von",
    "der",
    "Grenze",
    "nördlich",
    "und",
    ",",
    ".",
    "das",
    "wiederum",
    "zwischen",
    "bis",
    "nach",
    "flog",
    "weit",
    "apart",
    "miles",
    "from",
    "to",
    "north-east",
    "of",
    "(",
    ")",
    "about",
    "it",
    "is",
    "Reichweite",
    "voneinander",
    "außerhalb",
    "AWZ",
    "ins Meer",
    "5",
    "km/h",
    "langer",
    "zwei",
]


@st.composite
def docs_with_places(draw):
    lang = draw(st.sampled_from(["de", "en"]))
    tokens = draw(st.lists(st.sampled_from(WORDS + ["Paris", "Rom"]), min_size=0, max_size=40))
    text = " ".join(tokens)
    sentences = []
    start = 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part)
        sentences.append(Sentence(i, start, min(len(text), end + 1), text[start : end + 1]))
        start = end + 2
    doc = Document(
        text=text,
        language=lang,
        sentences=tuple(s for s in sentences if s.start < len(text))
        or (Sentence(0, 0, len(text), text),),
    )
    ps = []
    for name in ("Berlin", "Paris", "Rom"):
        idx = text.find(name)
        while idx >= 0:
            s = doc.sentence_at(idx)
            resolved = draw(st.booleans())
            ps.append(
                Place(
                    mention=name,
                    start=idx,
                    end=idx + len(name),
                    sentence=s.index if s else 0,
                    name=name,
                    kind=draw(st.sampled_from(["city", "country"])),
                    country_code="XX",
                    lat=1.0 if resolved else None,
                    lon=2.0 if resolved else None,
                    id=f"t:{name}" if resolved else None,
                    source="gazetteer",
                    confidence=1.0,
                )
            )
            idx = text.find(name, idx + 1)
    return doc, tuple(sorted(ps, key=lambda p: p.start))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs_with_places())
def test_extract_claims_never_raises_and_is_well_formed(dp) -> None:
    doc, ps = dp
    for c in extract_claims(doc, ps):
        assert 0 <= c.start < c.end <= len(doc.text)
        assert doc.text[c.start : c.end] == c.text
        assert c.stated_km > 0
        assert c.form in ("point", "border", "coast", "pair", "route", "range")
        for end in (c.subject, c.reference):
            if end is not None and end.mention_start is not None:
                assert 0 <= end.mention_start < len(doc.text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["de", "en", "fr"]))
def test_extract_claims_on_arbitrary_text(text: str, lang: str) -> None:
    doc = Document(text=text, language=lang, sentences=(Sentence(0, 0, len(text), text),))
    for c in extract_claims(doc, ()):
        assert c.stated_km > 0 and 0 <= c.start < c.end <= len(text)


# --- through the whole pipeline (needs the geoparser and the gazetteer) ------------------


@pytest.fixture(scope="module")
def seed_analysis(seed_text):
    pipeline = pytest.importorskip("geomap.pipeline")
    return pipeline.analyze(seed_text)


def _by_stated(analysis, stated: str):
    found = [c for c in analysis.claims if c.stated.text == stated]
    assert found, [c.stated.text for c in analysis.claims]
    return found[0]


@pytest.mark.shared
def test_seed_more_than_1500_north_is_inconsistent(seed_analysis) -> None:
    c = _by_stated(seed_analysis, "mehr als 1500 Kilometer")
    assert c.form == "point" and c.direction == "N" and c.stated.qualifier == "lower"
    assert c.verdict == "inconsistent"
    assert c.computed_km == pytest.approx(1011, abs=5)
    assert c.direction_ok is True


@pytest.mark.shared
def test_seed_130_km_from_the_border_is_consistent(seed_analysis) -> None:
    c = _by_stated(seed_analysis, "rund 130 Kilometer")
    assert c.form == "border" and c.reference.geometry == "border"
    assert c.verdict == "consistent"
    assert 124 <= c.computed_km <= 131


@pytest.mark.shared
def test_seed_650_km_flight_is_a_range_from_the_east_coast(seed_analysis, gaz) -> None:
    from geomap.claims import verify_claims

    c = _by_stated(seed_analysis, "rund 650 Kilometer")
    assert c.form == "range" and c.reference is None
    assert (
        c.subject is not None and c.subject.geometry == "coast" and c.subject.country_code == "KP"
    )
    assert c.verdict != "inconsistent" and c.ring is not None
    # With the document, the landing "outside Japan's EEZ, in the sea" is checked.
    (checked,) = verify_claims([c], seed_analysis.places, gaz, document=seed_analysis.document)
    assert checked.verdict == "consistent" and "approximation" in checked.explanation
    # the claim itself names the country (every format shows the same words)
    assert "Japan's coast" in checked.explanation and "JP's" not in checked.explanation


def test_builder_finds_mentions_and_sentences() -> None:
    doc = document("Berlin liegt an der Spree. Berlin ist groß.", "de")
    assert [s.text for s in doc.sentences] == ["Berlin liegt an der Spree.", "Berlin ist groß."]
    p = place(doc, P("Berlin", 52.52, 13.405, nth=1))
    assert doc.text[p.start : p.end] == "Berlin" and p.sentence == 1 and p.resolved
