"""Regressions found by the hardening work (fuzzer, pathological inputs), one test each,
reduced to the smallest input that shows them. See docs/hardening.md for the fixes."""

from __future__ import annotations

import math

import pytest

from geomap.claims import parse_number
from geomap.pipeline import analyze

TEXT_A = "Kim flew from Pyongyang to Vladivostok, about 600 km north-east of the capital.\n"
TEXT_B = "Chile and Israel signed a deal in Khartum; Washington said Chile would pay.\n"


def test_names_known_to_an_earlier_analysis_are_found_again(gaz):
    """Found by benchmarks/fuzz_pipeline.py (KeyError: 'Chile' in resolve._LookupCache).

    The look-up memo was kept per gazetteer across analyses and, when it passed its
    bound, cleared *after* the missing names were computed, so a name cached before the
    call was gone when the answer was assembled. The memo now lives in one analysis's
    context (issue 14): nothing is carried over, nothing is evicted mid-call.
    """
    analyze(TEXT_B, lang="en", gazetteer=gaz)  # 'Chile' & co. asked once already
    a = analyze(TEXT_A + TEXT_B, lang="en", gazetteer=gaz)
    assert "Chile" in {p.mention for p in a.places}


@pytest.mark.parametrize("token", ["1e999", "9e9999", "1E400"])
def test_parse_number_is_never_infinite(token):
    """babel's parse_decimal reads scientific notation, so ``1e999`` became ``inf``."""
    value = parse_number(token, "en")
    assert value is None or math.isfinite(value)


@pytest.mark.parametrize("token", ["1e5", "1,5e3", "1_000"])
def test_parse_number_reads_only_digits_and_separators(token):
    """News text writes distances with digits and group/decimal separators only;
    ``1e5`` or ``1_000`` are not how a distance is written (babel/Decimal accept them)."""
    assert parse_number(token, "de") is None


def test_place_running_past_a_clause_end_does_not_break_events():
    """Found by the fuzzer (seed 1, input 3134): a place mention that ends beyond its
    clause's last token made the actor search index past the clause."""
    from geomap.events import extract_events
    from geomap.model import Place
    from geomap.text import read_text

    doc = read_text("Am Montag verhandelten Moskau und Warschau.", lang="de")
    text = doc.text
    start = text.index("Moskau")
    # a mention that runs across the clause break (as a mutated article can produce)
    place = Place(
        mention=text[start:],
        start=start,
        end=len(text),
        sentence=0,
        name="Moscow",
        kind="city",
        country_code="RU",
        lat=55.75,
        lon=37.62,
        id="geonames:524901",
        source="gazetteer",
        confidence=0.9,
    )
    extract_events(doc, [place])  # must not raise
