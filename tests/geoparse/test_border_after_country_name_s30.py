"""A border word after a name that is also a country's (``the Mexico border``, ``the Georgia
border`` after Russian troops) or a country's adjective that is also a region's name (``the
Somali border``: Somalia's adjective and Ethiopia's Somali region): the border word names no
first-level unit, so the ranking decides between the country and the region, and the border
is the country's. A region's own name before ``border`` (``the New York border``), a region
in a story of its country (``the Georgia border`` in Alabama) and the region named as one
(``the Somali region of Ethiopia``) keep the region. Session 30 (h30-left, issue 21),
``geomap/geoparse/_evidence.py`` (``head_kind``).
"""

from __future__ import annotations

import pytest

import geomap


def _places(text: str, lang: str) -> list[geomap.Place]:
    return list(geomap.analyze(text, lang=lang).places)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "cc", "border"),
    [
        (
            "Ethiopian troops crossed the Somali border on Monday.",
            "en",
            "Somali",
            "SO",
            "Somali border",
        ),
        (
            "NAIROBI, Oct 13 (Reuters) - Kenyan police said on Monday that al Shabaab "
            "fighters had crossed the Somali border overnight and attacked a police post in "
            'Mandera county. "They came from across the border," a police commander said.',
            "en",
            "Somali",
            "SO",
            "Somali border",
        ),
        (
            "Migrants gathered in Tijuana near the Mexico border on Monday.",
            "en",
            "Mexico",
            "MX",
            "Mexico border",
        ),
        (
            "Russian troops moved closer to the Georgia border on Monday.",
            "en",
            "Georgia",
            "GE",
            "Georgia border",
        ),
        (
            "Migranten sammelten sich in Tijuana nahe der Mexiko-Grenze.",
            "de",
            "Mexiko",
            "MX",
            "Mexiko-Grenze",
        ),
        (
            "Äthiopische Truppen überquerten am Montag die somalische Grenze.",
            "de",
            "somalische",
            "SO",
            "somalische Grenze",
        ),
    ],
)
def test_the_border_is_the_countrys(
    text: str, lang: str, mention: str, cc: str, border: str
) -> None:
    places = _places(text, lang)
    named = [p for p in places if p.mention == mention]
    assert named and all(p.country_code == cc for p in named), places
    assert any(p.kind == "border" and p.mention == border for p in places), places


@pytest.mark.parametrize(
    ("text", "lang", "mention", "cc", "kind"),
    [
        ("Floods hit towns along the New York border.", "en", "New York", "US", "admin1"),
        (
            "Police in Alabama closed roads near the Georgia border on Monday.",
            "en",
            "Georgia",
            "US",
            "admin1",
        ),
        (
            "Fighting spread across the Somali region of Ethiopia on Monday.",
            "en",
            "Somali",
            "ET",
            "admin1",
        ),
        ("Police closed roads near the Texas border with Mexico.", "en", "Texas", "US", "admin1"),
    ],
)
def test_a_region_stays_a_region(text: str, lang: str, mention: str, cc: str, kind: str) -> None:
    places = _places(text, lang)
    named = [p for p in places if p.mention == mention]
    assert named and all(p.country_code == cc and p.kind == kind for p in named), places
