"""Numbers, units, qualifiers and directions (geomap.claims._quantities)."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.claims import (
    COMPASS_POINTS,
    QUALIFIERS,
    find_direction,
    find_quantities,
    lexicon,
    parse_direction,
    parse_number,
    to_km,
)


@pytest.mark.parametrize(
    ("token", "lang", "value"),
    [
        ("1.500", "de", 1500),
        ("1,500", "en", 1500),
        ("1,5", "de", 1.5),
        ("1.5", "en", 1.5),
        ("1500", "de", 1500),
        ("1 500", "de", 1500),
        ("1\u202f500", "en", 1500),
        ("1.234.567", "de", 1234567),
        ("1.500,5", "de", 1500.5),
        ("1,500.5", "en", 1500.5),
        ("12.5", "de", 12.5),  # English-style decimal in German text: read, not dropped
    ],
)
def test_parse_number(token: str, lang: str, value: float) -> None:
    assert parse_number(token, lang) == pytest.approx(value)


def test_parse_number_rejects_non_numbers() -> None:
    assert parse_number("", "de") is None
    assert parse_number("abc", "en") is None


def _one(text: str, lang: str):
    qs = find_quantities(text, lang)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("rund 130 Kilometer", "de", 130, "km"),
        ("130 Kilometern", "de", 130, "km"),
        ("130km", "en", 130, "km"),
        ("5 m", "de", 5, "m"),
        ("500 Meter", "de", 500, "m"),
        ("20 Meilen", "de", 20, "mi"),
        ("20 miles", "en", 20, "mi"),
        ("12 Seemeilen", "de", 12, "nmi"),
        ("12 sm", "de", 12, "nmi"),
        ("12 nautical miles", "en", 12, "nmi"),
        ("12 NM", "en", 12, "nmi"),
        ("zwei Kilometer", "de", 2, "km"),
        ("anderthalb Kilometer", "de", 1.5, "km"),
        ("zweihundertfünfzig Kilometer", "de", 250, "km"),
        ("fünfundzwanzig Kilometer", "de", 25, "km"),
        ("two hundred and fifty kilometres", "en", 250, "km"),
        ("a dozen miles", "en", 12, "mi"),
        ("the 650-km stretch", "en", 650, "km"),
    ],
)
def test_units_and_number_words(text: str, lang: str, value: float, unit: str) -> None:
    q = _one(text, lang)
    assert (q.value, q.unit) == (pytest.approx(value), unit)
    assert q.km == pytest.approx(to_km(value, unit))


def test_unit_conversions() -> None:
    assert to_km(1, "mi") == pytest.approx(1.609344)
    assert to_km(200, "nmi") == pytest.approx(370.4)
    assert to_km(1500, "m") == pytest.approx(1.5)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("100 km/h", "en"),
        ("100 km / h", "de"),
        ("100 Kilometer pro Stunde", "de"),
        ("60 miles per hour", "en"),
        ("30 km²", "de"),
        ("30 km2", "en"),
        ("30 Quadratkilometer", "de"),
        ("30 square kilometres", "en"),
        ("30 sq km", "en"),
        ("Um 5 M Dollar", "en"),
    ],
)
def test_not_distances(text: str, lang: str) -> None:
    assert [q for q in find_quantities(text, lang) if q.measure == "distance"] == []


# Issue 15 changed vague quantities from "no quantity" to a documented range of km
# (docs/claims.md, "Vague quantities"): they used to be in test_not_distances.
@pytest.mark.parametrize(
    ("text", "lang", "km"),
    [
        ("Tausende Kilometer", "de", (2000.0, 9900.0)),
        ("hundreds of miles", "en", (200 * 1.609344, 990 * 1.609344)),
        ("einige hundert Kilometer", "de", (200.0, 900.0)),
        ("several hundred kilometres", "en", (200.0, 900.0)),
        ("nur wenige Kilometer", "de", (2.0, 9.0)),
        ("dozens of kilometres", "en", (24.0, 99.0)),
    ],
)
def test_vague_quantities_are_ranges(text: str, lang: str, km: tuple[float, float]) -> None:
    (q,) = find_quantities(text, lang)
    assert q.measure == "distance"
    assert q.vague_km == pytest.approx(km)
    assert km[0] <= q.km <= km[1]


@pytest.mark.parametrize(
    ("text", "lang", "measure"),
    [
        ("ein 5 Kilometer langer Konvoi", "de", "length"),
        ("a 5-km-long convoy", "en", "length"),
        ("a 5 km long convoy", "en", "length"),
        ("in einer Höhe von 400 Kilometern", "de", "height"),
        ("at an altitude of 400 km", "en", "height"),
        ("ein 2962 Meter hoher Berg", "de", "height"),
        ("a 300-metre-high tower", "en", "height"),
        ("reported waves of 6 metres", "en", "height"),
        ("a storm surge of 4 metres", "en", "height"),
        ("meldete Wellen von 6 Metern", "de", "height"),
        ("Drohnen mit einer Reichweite von bis zu 2.500 Kilometern", "de", "capability"),
        ("a bomber with a range of 9,000 miles", "en", "capability"),
    ],
)
def test_lengths_and_heights_are_marked(text: str, lang: str, measure: str) -> None:
    assert _one(text, lang).measure == measure


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("mehr als 1500 Kilometer", "de", "lower"),
        ("über 1500 Kilometer", "de", "lower"),
        ("mindestens 10 km", "de", "lower"),
        ("more than 1,500 km", "en", "lower"),
        ("at least 10 km", "en", "lower"),
        ("10 km or more", "en", "lower"),
        ("weniger als 10 km", "de", "upper"),
        ("bis zu 10 km", "de", "upper"),
        ("höchstens 10 km", "de", "upper"),
        ("less than 10 km", "en", "upper"),
        ("up to 10 km", "en", "upper"),
        ("rund 130 Kilometer", "de", "approx"),
        ("etwa 130 km", "de", "approx"),
        ("ca. 130 km", "de", "approx"),
        ("circa 130 km", "de", "approx"),
        ("about 130 km", "en", "approx"),
        ("some 130 km", "en", "approx"),
        ("roughly 130 km", "en", "approx"),
        ("knapp 130 km", "de", "just_under"),
        ("fast 130 km", "de", "just_under"),
        ("almost 130 km", "en", "just_under"),
        ("nearly 130 km", "en", "just_under"),
        ("gut 130 km", "de", "just_over"),
        ("etwas mehr als 130 km", "de", "just_over"),
        ("just over 130 km", "en", "just_over"),
        ("130 km", "en", "exact"),
        ("130 Kilometer", "de", "exact"),
    ],
)
def test_qualifiers(text: str, lang: str, qualifier: str) -> None:
    q = _one(text, lang)
    assert q.qualifier == qualifier
    assert q.qualifier in QUALIFIERS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("zwischen 100 und 150 Kilometer", "de"),
        ("100 bis 150 km", "de"),
        ("100-150 km", "en"),
        ("between 100 and 150 km", "en"),
        ("100 to 150 km", "en"),
    ],
)
def test_number_ranges_read_as_about_the_midpoint(text: str, lang: str) -> None:
    q = _one(text, lang)
    assert (q.value, q.qualifier, q.text) == (125.0, "approx", text)


def test_a_year_before_a_distance_is_no_range() -> None:
    q = _one("Seit 2017 und 150 km weiter", "de")
    assert (q.value, q.qualifier) == (150.0, "exact")


def test_quantity_span_covers_qualifier_number_and_unit() -> None:
    text = "Es liegt etwas mehr als 1.500 Kilometer nördlich von X."
    q = _one(text, "de")
    assert text[q.start : q.end] == q.text == "etwas mehr als 1.500 Kilometer"
    assert text[q.number_start : q.number_start + 5] == "1.500"


@pytest.mark.parametrize(
    ("text", "lang", "point"),
    [
        ("10 km nördlich von X", "de", "N"),
        ("10 km nordöstlich von X", "de", "NE"),
        ("10 km östlich von X", "de", "E"),
        ("10 km südwestlich von X", "de", "SW"),
        ("10 km weiter westlich", "de", "W"),
        ("10 km north-east of X", "en", "NE"),
        ("10 km northeast of X", "en", "NE"),
        ("10 km to the south of X", "en", "S"),
        ("10 km south-west of X", "en", "SW"),
        ("10 km away to the north-west", "en", "NW"),
        ("10 km east of X", "en", "E"),
    ],
)
def test_directions(text: str, lang: str, point: str) -> None:
    assert _one(text, lang).direction == point


def test_no_direction_when_none_follows() -> None:
    assert _one("rund 650 Kilometer weit geflogen", "de").direction is None
    assert find_direction("abc", 0, "en") is None


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_lexicon_direction_parses_to_a_compass_point(lang: str) -> None:
    for point, forms in lexicon(lang)["directions"].items():
        assert point in COMPASS_POINTS
        for form in forms:
            assert parse_direction(form, lang) == point
            q = _one(f"Es sind 10 km {form} von X.", lang)
            assert q.direction == point, form


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_lexicon_qualifier_is_read(lang: str) -> None:
    quals = lexicon(lang)["qualifiers"]
    for cls in ("lower", "upper", "approx", "just_under", "just_over"):
        for phrase in quals[cls]:
            q = find_quantities(f"X {phrase} 20 km", lang)
            assert q and q[0].qualifier == cls, (phrase, q)


# --- properties ------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1, max_value=10**8), lang=st.sampled_from(["de", "en"]))
def test_integers_round_trip_in_locale_format(n: int, lang: str) -> None:
    token = format_decimal(n, locale=lang)
    assert parse_number(token, lang) == n
    q = _one(f"liegt {token} km von", lang)
    assert q.value == n and q.unit == "km"


@settings(max_examples=200, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=99999),
    frac=st.integers(min_value=1, max_value=9),
    lang=st.sampled_from(["de", "en"]),
)
def test_decimals_round_trip_in_locale_format(whole: int, frac: int, lang: str) -> None:
    value = whole + frac / 10
    token = format_decimal(value, locale=lang, format="#,##0.0")
    assert parse_number(token, lang) == pytest.approx(value)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), lang=st.sampled_from(["de", "en"]))
def test_find_quantities_never_raises_and_offsets_are_inside(text: str, lang: str) -> None:
    for q in find_quantities(text, lang):
        assert 0 <= q.start <= q.number_start < q.end <= len(text)
        assert q.value > 0 and q.km > 0
        assert text[q.start : q.end] == q.text


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.text(alphabet="abc ,.0123456789kmKilometer", max_size=60),
    qual=st.sampled_from(["", "rund ", "mehr als ", "knapp ", "about ", "more than ", "almost "]),
    n=st.integers(min_value=1, max_value=99999),
    unit=st.sampled_from(["km", "Kilometer", "Meilen", "Seemeilen", "miles", "nautical miles"]),
    lang=st.sampled_from(["de", "en"]),
)
def test_a_written_distance_is_found(prefix: str, qual: str, n: int, unit: str, lang: str) -> None:
    if lang == "de" and unit in ("miles", "nautical miles"):
        lang = "en"
    if lang == "en" and unit in ("Kilometer", "Meilen", "Seemeilen"):
        lang = "de"
    text = f"{prefix} X {qual}{n} {unit} von X"
    qs = [q for q in find_quantities(text, lang) if q.number_start == len(prefix) + 3 + len(qual)]
    assert qs and qs[0].value == n


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000 + " km",
        "1.1" * 40_000 + " km",
        "1," * 50_000 + "5 km",
        "mehr als " * 20_000 + "5 km",
        "km " * 40_000,
        "5 " * 40_000 + "km",
        "nördlich " * 20_000,
        "zwei " * 20_000 + "Kilometer",
    ],
)
def test_pathological_inputs_finish(text: str) -> None:
    # Linear-time scanners: these finish in well under a second (a quadratic regex would
    # take minutes); the numbers are not meaningful, only that nothing explodes.
    for lang in ("de", "en"):
        for q in find_quantities(text, lang):
            assert q.value > 0


def test_docstring_examples() -> None:
    import doctest

    import geomap.claims._quantities

    assert doctest.testmod(geomap.claims._quantities).failed == 0


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("It lies 70-odd km west of here.", 70.0, "just_over"),
        ("It is 200-plus km away.", 200.0, "lower"),
    ],
)
def test_qualifier_between_number_and_unit(text: str, value: float, qualifier: str) -> None:
    """``70-odd km`` is a little more than 70 km, ``200-plus km`` at least 200 km; the
    hyphen joins the number and its suffix, so the distance is no attributive length."""
    from geomap.claims._quantities import find_quantities

    (q,) = find_quantities(text, "en")
    assert (q.value, q.qualifier, q.attributive) == (value, qualifier, False)
