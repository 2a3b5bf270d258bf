"""Places a distance claim is measured to, in the forms papers write them (issues 15, 16,
21): lines of latitude in German genitives and English variants, and a country,
territory or region written with a leading article ("La Réunion", "El Chaco"). The
sentences are of their own, with other places than the ones that showed each class.
"""

from __future__ import annotations

import pytest

from geomap import pipeline
from geomap.geoparse import resolve_document
from geomap.text import read_text


def _ids(text: str, gaz, lang: str) -> dict[str, str]:
    ps = resolve_document(read_text(text, lang=lang), gaz)
    return {p.mention: p.id for p in ps if p.role == "name"}


def _resolved(text: str, mention: str, gaz, lang: str) -> str:
    got = _ids(text, gaz, lang)
    assert mention in got, f"{mention!r} not found in {text!r}: {got}"
    return got[mention]


# Lines of latitude: German genitives, the bare "Wendekreis" after its adjective, and the
# English names papers use beside the atlas names
@pytest.mark.parametrize(
    ("lang", "text", "mention", "ident"),
    [
        (
            "de",
            "Taipeh liegt knapp 180 Kilometer nördlich des Wendekreises des Krebses.",
            "Wendekreises des Krebses",
            "curated:tropic-of-cancer",
        ),
        (
            "de",
            "Die Farm liegt südlich des Wendekreises des Steinbocks in Namibia.",
            "Wendekreises des Steinbocks",
            "curated:tropic-of-capricorn",
        ),
        (
            "de",
            "Maskat liegt nur wenig südlich des nördlichen Wendekreises.",
            "nördlichen Wendekreises",
            "curated:tropic-of-cancer",
        ),
        (
            "de",
            "Rockhampton liegt fast genau auf dem südlichen Wendekreis.",
            "südlichen Wendekreis",
            "curated:tropic-of-capricorn",
        ),
        (
            "de",
            "Bodø liegt rund 80 Kilometer nördlich des Polarkreises.",
            "Polarkreises",
            "curated:arctic-circle",
        ),
        (
            "de",
            "Das Dorf liegt jenseits des nördlichen Polarkreises in Lappland.",
            "nördlichen Polarkreises",
            "curated:arctic-circle",
        ),
        (
            "en",
            "Reindeer herds graze north of the Polar Circle in Finnish Lapland.",
            "Polar Circle",
            "curated:arctic-circle",
        ),
        (
            "en",
            "Macapá is a city that lies on the Equator Line in Brazil.",
            "Equator Line",
            "curated:equator",
        ),
    ],
)
def test_a_line_of_latitude_in_the_form_a_paper_writes(gaz, lang, text, mention, ident):
    assert _resolved(text, mention, gaz, lang) == ident


@pytest.mark.parametrize(
    ("lang", "text", "verdict"),
    [
        # Taipei at 25.03 N: 1.6 degrees (177 km) north of the Tropic of Cancer
        ("de", "Taipeh liegt rund 180 Kilometer nördlich des Wendekreises des Krebses.", "ok"),
        # Brisbane at 27.47 S: 4.0 degrees (448 km) south of the Tropic of Capricorn
        (
            "de",
            "Brisbane liegt etwa 450 Kilometer südlich des Wendekreises des Steinbocks.",
            "ok",
        ),
        # Bodø at 67.28 N: 0.72 degrees (80 km) north of the Arctic Circle
        ("en", "Bodø lies about 80 km north of the Polar Circle.", "ok"),
        # a stated distance ten times too large is caught
        ("de", "Taipeh liegt rund 1800 Kilometer nördlich des Wendekreises des Krebses.", "bad"),
    ],
)
def test_a_distance_to_a_line_of_latitude_is_checked(lang, text, verdict):
    claims = pipeline.analyze(text, lang=lang, events=False).claims
    assert claims, text
    c = claims[0]
    assert c.reference is not None and c.reference.kind == "parallel", c
    if verdict == "ok":
        assert c.verdict == "consistent", c
    else:
        assert c.verdict == "inconsistent", c


# A leading article before a territory or region whose own name matches without it; the
# article-led name is only a hamlet's other name (or a hamlet's)
@pytest.mark.parametrize(
    ("lang", "text", "mention", "cc"),
    [
        ("en", "Cyclone Belal struck La Réunion on Monday.", "La Réunion", "RE"),
        ("de", "Der Zyklon zog über La Réunion hinweg.", "La Réunion", "RE"),
        ("de", "Die Urlauber flogen nach La Guadeloupe.", "La Guadeloupe", "GP"),
        ("en", "Soy farms spread across El Chaco in recent years.", "El Chaco", "AR"),
    ],
)
def test_a_leading_article_before_a_territory_is_the_territory(gaz, lang, text, mention, cc):
    ps = resolve_document(read_text(text, lang=lang), gaz)
    got = [(p.kind, p.country_code) for p in ps if p.mention == mention]
    assert got, f"{mention!r} not found in {text!r}: {[p.mention for p in ps]}"
    assert got[0][1] == cc and got[0][0] in ("admin1", "country", "region"), got


# The article stays part of the name where a place bears the whole name itself
@pytest.mark.parametrize(
    ("lang", "text", "mention", "cc"),
    [
        ("en", "The ferry from Le Havre arrived late.", "Le Havre", "FR"),
        ("de", "Die Wahl in El Salvador verlief ruhig.", "El Salvador", "SV"),
        ("en", "Protests spread in La Paz on Friday.", "La Paz", "BO"),
        ("de", "Das Rennen in Le Mans begann am Samstag.", "Le Mans", "FR"),
    ],
)
def test_an_article_that_is_part_of_the_name_stays(gaz, lang, text, mention, cc):
    ps = resolve_document(read_text(text, lang=lang), gaz)
    got = [p.country_code for p in ps if p.mention == mention]
    assert got == [cc], (text, [(p.mention, p.name, p.country_code) for p in ps])


# A summit named alone, where a region of its country is named after it: the summit when
# the name is the summit's name in the text's language; the region with its unit word
@pytest.mark.parametrize(
    ("lang", "text", "mention", "kind"),
    [
        ("en", "Kilimanjaro is 5,895 metres high.", "Kilimanjaro", "mountain"),
        ("en", "Two climbers died on Kilimanjaro last week.", "Kilimanjaro", "mountain"),
        ("en", "Tea farmers in Kirinyaga County harvested early.", "Kirinyaga", "admin1"),
        ("en", "Tea farmers in Kirinyaga harvested early.", "Kirinyaga", "admin1"),
    ],
)
def test_a_summit_named_alone_beside_its_namesake_region(gaz, lang, text, mention, kind):
    ps = resolve_document(read_text(text, lang=lang), gaz)
    got = [p.kind for p in ps if p.mention.startswith(mention)]
    assert got and got[0] == kind, (text, [(p.mention, p.name, p.kind) for p in ps])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Quito lies about 25 km south of the equator.", "parallel"),
        ("The icebreaker reached the north pole on Monday.", "pole"),
        ("Rovaniemi sits almost exactly on the arctic circle.", "parallel"),
    ],
)
def test_a_line_or_pole_written_in_lower_case_is_found(gaz, text, kind):
    """English papers often write "the equator", "the north pole" in lower case
    (`lowercase_names`): the feature is found, and only the feature."""
    places = [p for p in resolve_document(read_text(text, lang="en"), gaz) if p.role == "name"]
    assert any(p.kind == kind for p in places), [(p.mention, p.kind) for p in places]


def test_a_distance_to_the_equator_in_lower_case_is_checked():
    a = pipeline.analyze("Quito lies about 25 km south of the equator.", lang="en")
    assert [c.verdict for c in a.claims] == ["consistent"]
