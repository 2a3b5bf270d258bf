"""``X, 60 km from Y``: a short stated distance to a place the article names puts X in
Y's part of the world, so a namesake of X continents away is not meant (session 20,
issues 15, 20, 21; ``_rank._distance_anchored``, ``_resolve._anchor_namesakes``). The
stated figure is only a gate: it never picks among the namesakes near Y, because the
claims checker verifies that figure. Places other than the corpus rows that showed the
class, on several continents."""

from __future__ import annotations

import pytest

from geomap import analyze


def _read(text: str, lang: str, mention: str) -> list[tuple[str, str | None]]:
    a = analyze(text, lang=lang, events=False)
    return [(p.kind, p.country_code) for p in a.places if p.mention == mention]


@pytest.mark.parametrize(
    ("lang", "text", "mention", "country"),
    [
        # a Portuguese town of 30,000 against Africa's biggest city of its name
        (
            "en",
            "Storms lashed Portugal's Algarve. Lagos, about 80 km west of Faro, lost power.",
            "Lagos",
            "PT",
        ),
        (
            "de",
            "Stürme trafen die Algarve. Lagos, rund 80 Kilometer westlich von Faro, war "
            "ohne Strom.",
            "Lagos",
            "PT",
        ),
        # not at the sentence's start
        (
            "en",
            "Storms lashed Portugal. Residents fled Lagos, about 80 km west of Faro.",
            "Lagos",
            "PT",
        ),
        # a Philippine town against an island capital of the Indian Ocean (the town is
        # no reading of the first fifteen the gazetteer gives the name)
        (
            "en",
            "A storm hit the Philippines. Victoria, 30 km from Tarlac, lost power.",
            "Victoria",
            "PH",
        ),
        # guards: the namesake near Y was read before and stays
        (
            "en",
            "Floods hit Nigeria. Lagos, 120 km from Ibadan, was under water.",
            "Lagos",
            "NG",
        ),
        (
            "de",
            "Schnee fiel in Kanada. Victoria, etwa 100 Kilometer südwestlich von Vancouver, "
            "blieb verschont.",
            "Victoria",
            "CA",
        ),
        ("en", "Rain hit Ontario. Paris, 100 km from Toronto, flooded.", "Paris", "CA"),
        # a long distance says nothing of the continent: the usual reading
        (
            "en",
            "A storm hit the Philippines. Victoria, 11,000 km from Tarlac, lost power.",
            "Victoria",
            "SC",
        ),
    ],
)
def test_a_short_distance_keeps_the_namesake_near_its_anchor(lang, text, mention, country):
    assert _read(text, lang, mention) == [("city", country)]


@pytest.mark.parametrize(
    ("lang", "template", "mention", "figures"),
    [
        (
            "en",
            "Storms hit the US Midwest. Springfield, {} km from Chicago, lost power.",
            "Springfield",
            ("50", "300", "900"),
        ),
        (
            "de",
            "Regen traf Texas. Paris, rund {} Kilometer nordöstlich von Dallas, stand unter "
            "Wasser.",
            "Paris",
            ("20", "150", "600"),
        ),
    ],
)
def test_the_stated_figure_never_picks_among_nearby_namesakes(lang, template, mention, figures):
    """The claims checker verifies the figure: the reading must not move to the namesake
    that fits it, or a false distance would look right."""
    points = set()
    for figure in figures:
        a = analyze(template.format(figure), lang=lang, events=False)
        points |= {(p.lat, p.lon) for p in a.places if p.mention == mention}
    assert len(points) == 1, points
