"""Property tests (hypothesis): the number, unit, qualifier and direction readers, claim
extraction and the whole ``analyze`` never raise on arbitrary text, and every offset they
return points at the text it claims to.

Texts are drawn from a vocabulary of place names, numbers in both notations, units,
qualifiers, directions and noise, so the interesting code paths are hit far more often
than with random characters; a share of plain random text keeps the readers honest.
Settings are modest (tens of examples, no deadline) so the suite stays fast.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.claims import (
    COMPASS_POINTS,
    KM_PER_UNIT,
    QUALIFIERS,
    extract_claims,
    find_direction,
    find_quantities,
    parse_direction,
    parse_number,
)
from geomap.model import Analysis

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PLACES = [
    "Berlin", "Potsdam", "Köln", "Münster", "Moskau", "Kiew", "Kyiv", "Kharkiv", "Odesa",
    "Paris", "London", "Tokio", "Seoul", "Nordkorea", "North Korea", "Russland", "Russia",
    "Japan", "Taiwan", "Peking", "Beijing", "Gaza", "Israel", "Khartum", "Sudan", "Chile",
    "the Black Sea", "dem Schwarzen Meer", "der russischen Grenze", "the Russian border",
    "the village of Xyzzyville", "im Dorf Kleinhausen", "Frankfurt (Oder)", "Halle", "Zug",
]  # fmt: skip
NUMBERS = [
    "5", "30", "1.500", "1,500", "1 500", "1\u00a0500", "2,5", "2.5", "12.345,6", "0",
    "00", "007", "1.1.1", "99999999999", "zwei", "zweihundertfünfzig", "two hundred",
    "anderthalb", "a dozen", "1e5", "-40", "½", "١٢٣", "10–20", "3/4",
]  # fmt: skip
UNITS = [
    "km", "Kilometer", "Kilometern", "kilometres", "kilometers", "miles", "Meilen", "mi",
    "m", "Meter", "metres", "nautical miles", "Seemeilen", "sm", "km²", "km/h", "Quadratkilometer",
]  # fmt: skip
QUALIFIER_WORDS = [
    "rund", "etwa", "mehr als", "weniger als", "knapp", "fast", "bis zu", "gut", "about",
    "roughly", "more than", "less than", "nearly", "almost", "up to", "some", "just over",
]  # fmt: skip
DIRECTIONS = [
    "nördlich von", "südöstlich von", "östlich", "north of", "south-west of", "northeast of",
    "westlich der", "away from", "entfernt", "von", "from", "east", "weiter südlich von",
]  # fmt: skip
NOISE = [
    ".", ",", " ", "\n", "\n\n", "-", "–", "(", ")", "„", "“", '"', "'", "Die", "the", "liegt",
    "is", "lies", "flog", "flew", "said", "sagte", "am Montag", "on Monday", "2024", "Reuters",
    "(dpa) -", "BERLIN,", "Kim", "Putin", "\u00a0", "\t", "<b>", "&amp;", "\u2028", "ß", "İ",
]  # fmt: skip

token = st.one_of(
    st.sampled_from(PLACES),
    st.sampled_from(NUMBERS),
    st.sampled_from(UNITS),
    st.sampled_from(QUALIFIER_WORDS),
    st.sampled_from(DIRECTIONS),
    st.sampled_from(NOISE),
    st.text(max_size=6),
)
vocab_text = st.lists(token, max_size=60).map(lambda ts: " ".join(ts))
any_text = st.one_of(vocab_text, st.text(max_size=200))
lang = st.sampled_from(["de", "en"])


# --- quantities ----------------------------------------------------------------------------


@FAST
@given(text=any_text, lang=lang)
def test_find_quantities_spans_and_values(text, lang):
    for q in find_quantities(text, lang):
        assert math.isfinite(q.value) and q.value > 0
        assert math.isfinite(q.km) and q.km > 0
        assert q.unit in KM_PER_UNIT
        assert q.qualifier in QUALIFIERS
        assert 0 <= q.start <= q.number_start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.direction is None or q.direction in COMPASS_POINTS
        if q.direction_end is not None:
            assert q.end <= q.direction_end <= len(text)


@FAST
@given(token=st.one_of(st.sampled_from(NUMBERS), st.text(max_size=50)), lang=lang)
def test_parse_number_is_none_or_finite_and_not_negative(token, lang):
    value = parse_number(token, lang)
    assert value is None or (math.isfinite(value) and value >= 0)


@pytest.mark.parametrize("token", ["1e999", "9e9999", "1E400"])
def test_parse_number_refuses_overflowing_exponents(token):
    # babel reads scientific notation; a distance written 1e999 is not a number in news text
    value = parse_number(token, "en")
    assert value is None or math.isfinite(value)


@FAST
@given(phrase=st.one_of(st.sampled_from(DIRECTIONS), st.text(max_size=30)), lang=lang)
def test_parse_direction_is_none_or_a_compass_point(phrase, lang):
    assert parse_direction(phrase, lang) in (None, *COMPASS_POINTS)


@FAST
@given(text=any_text, lang=lang, data=st.data())
def test_find_direction_stays_in_the_text(text, lang, data):
    pos = data.draw(st.integers(0, len(text)))
    found = find_direction(text, pos, lang)
    if found is not None:
        point, end = found
        assert point in COMPASS_POINTS
        assert pos <= end <= len(text)


# --- claims and the whole pipeline ---------------------------------------------------------


def _check_offsets(a: Analysis) -> None:
    text = a.document.text
    for p in a.places:
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.mention
        if p.lat is not None:
            assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
    for c in a.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert math.isfinite(c.stated_km) and c.stated_km > 0
        assert c.verdict in ("consistent", "inconsistent", "unverifiable")
        if c.computed_km is not None:
            assert math.isfinite(c.computed_km) and c.computed_km >= 0
    for e in a.events:
        assert 0 <= e.start <= e.end <= len(text)
    for s in a.document.sentences:
        assert text[s.start : s.end] == s.text


@pytest.fixture(scope="module")
def gazetteer(gaz):
    return gaz


@SLOW
@given(text=vocab_text, lang=lang)
def test_analyze_never_raises_and_offsets_hold(gazetteer, text, lang):
    from geomap.errors import InputError
    from geomap.pipeline import analyze

    try:
        a = analyze(text, lang=lang, gazetteer=gazetteer)
    except InputError as exc:  # refusing odd input is allowed; crashing is not
        assert "\n" not in str(exc)
        return
    _check_offsets(a)
    # claim extraction again on the same places is pure: same claims, same spans
    again = extract_claims(a.document, a.places)
    assert [(c.start, c.end, c.text) for c in again] == [(c.start, c.end, c.text) for c in a.claims]


@SLOW
@given(text=st.text(max_size=300), lang=st.sampled_from([None, "de", "en"]))
def test_analyze_on_random_unicode(gazetteer, text, lang):
    from geomap.errors import InputError
    from geomap.pipeline import analyze

    try:
        a = analyze(text, lang=lang, gazetteer=gazetteer)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    _check_offsets(a)


@SLOW
@given(data=st.binary(max_size=400))
def test_analyze_bytes_is_an_input_error_or_a_result(gazetteer, data):
    from geomap.errors import InputError
    from geomap.pipeline import analyze

    try:
        a = analyze(data, gazetteer=gazetteer)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    _check_offsets(a)
