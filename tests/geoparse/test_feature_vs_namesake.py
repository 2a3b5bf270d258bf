"""A physical feature read as one in the text is not lost to a town, a province or a
country of the same name (issue 16, 21): a feature noun beside the name, after it or
shared by a list of names ("the Indus and Ganges rivers", "an den Flüssen X und Y"),
makes it the feature; a city stays the city when no province word stands beside it.
Sentences of their own, other names than the ones that showed the class.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _kind_of(text: str, mention: str, gaz, lang: str) -> tuple[str, str | None]:
    ps = resolve_document(read_text(text, lang=lang), gaz)
    got = [(p.kind, p.country_code) for p in ps if p.role == "name" and p.mention == mention]
    assert got, f"{mention!r} not found in {text!r}"
    return got[0]


# A feature noun after the name, or shared by a list of names
@pytest.mark.parametrize(
    ("lang", "text", "mention", "kind", "cc"),
    [
        # a volcano against a province of its name (Ecuador) and a town (Philippines)
        ("en", "The Cotopaxi volcano spewed ash over the valley.", "Cotopaxi", "mountain", "EC"),
        ("en", "Taal volcano erupted before dawn.", "Taal", "mountain", "PH"),
        ("en", "The volcano Taal erupted before dawn.", "Taal", "mountain", "PH"),
        ("de", "Der Vulkan Cotopaxi ist wieder aktiv.", "Cotopaxi", "mountain", "EC"),
        ("de", "Der Vulkan Stromboli ist ausgebrochen.", "Stromboli", "mountain", "IT"),
        # a river named in a list before a plural feature noun, against a province or a town
        (
            "en",
            "Fishermen on the Zambezi and Limpopo rivers saw the water rise.",
            "Limpopo",
            "river",
            "ZW",
        ),
        (
            "en",
            "Irrigation from the Indus and Ganges rivers fed millions.",
            "Ganges",
            "river",
            "IN",
        ),
        ("en", "The rivers Zambezi and Limpopo flooded.", "Limpopo", "river", "ZW"),
        ("de", "An den Flüssen Sambesi und Limpopo stieg das Wasser.", "Limpopo", "river", "ZW"),
        ("de", "Die Flüsse Indus und Ganges führen Hochwasser.", "Ganges", "river", "IN"),
        # a river against the country of its name, with the noun before it
        ("de", "Der Fluss Niger trat über die Ufer.", "Niger", "river", None),
        ("de", "Die Flüsse Niger und Benue führen Hochwasser.", "Niger", "river", None),
    ],
)
def test_a_feature_noun_beside_the_name_makes_it_the_feature(gaz, lang, text, mention, kind, cc):
    assert _kind_of(text, mention, gaz, lang) == (kind, cc)


# A verb only the feature does, with the name as its subject
@pytest.mark.parametrize(
    ("lang", "text", "mention", "kind", "cc"),
    [
        (
            "en",
            "Cotopaxi erupted again on Sunday, covering farms in ash.",
            "Cotopaxi",
            "mountain",
            "EC",
        ),
        ("en", "Taal has erupted again.", "Taal", "mountain", "PH"),
        ("en", "Stromboli erupted overnight.", "Stromboli", "mountain", "IT"),
        ("de", "Der Cotopaxi spuckte Asche.", "Cotopaxi", "mountain", "EC"),
        ("de", "Der Taal ist wieder ausgebrochen.", "Taal", "mountain", "PH"),
    ],
)
def test_a_verb_only_a_feature_does_makes_the_name_the_feature(gaz, lang, text, mention, kind, cc):
    assert _kind_of(text, mention, gaz, lang) == (kind, cc)


# The article is the name's when a verb in the past follows ("the X flooded"), not a noun
@pytest.mark.parametrize(
    ("text", "mention", "kind", "cc"),
    [
        ("Fishermen on the Don reported low water.", "Don", "river", "RU"),
        ("Floods along the Amur worsened overnight.", "Amur", "river", None),
        ("The Loire flooded several villages.", "Loire", "river", "FR"),
        # controls: a noun after the name takes the article away
        ("The Ohio governor spoke on Monday.", "Ohio", "admin1", "US"),
        ("The Amur governor spoke on Monday.", "Amur", "admin1", "RU"),
    ],
)
def test_an_article_before_a_name_and_a_past_verb_is_the_names(gaz, text, mention, kind, cc):
    assert _kind_of(text, mention, gaz, "en") == (kind, cc)


# Controls: the namesake keeps its reading where the text says so
@pytest.mark.parametrize(
    ("lang", "text", "mention", "kind", "cc"),
    [
        ("en", "Schools in Cotopaxi province were closed.", "Cotopaxi", "admin1", "EC"),
        ("de", "In der Provinz Cotopaxi wurden Schulen geschlossen.", "Cotopaxi", "admin1", "EC"),
        ("en", "Washington state officials met on Monday.", "Washington", "admin1", "US"),
        ("en", "Fishermen from Ganges and Montpellier met.", "Ganges", "city", "FR"),
        (
            "en",
            "Schools in Cotopaxi reopened after the volcano erupted.",
            "Cotopaxi",
            "admin1",
            "EC",
        ),
        ("de", "In Cotopaxi ist die Cholera ausgebrochen.", "Cotopaxi", "admin1", "EC"),
    ],
)
def test_the_namesake_keeps_its_reading_without_the_feature_noun(
    gaz, lang, text, mention, kind, cc
):
    assert _kind_of(text, mention, gaz, lang) == (kind, cc)


# A city against the province or oblast of its name, with no province word beside it
@pytest.mark.parametrize(
    ("lang", "text", "mention", "cc"),
    [
        ("en", "Shelling hit Zaporizhzhia and Kherson overnight.", "Kherson", "UA"),
        ("en", "Police in Chihuahua and Oaxaca arrested ten people.", "Oaxaca", "MX"),
        ("en", "Thousands marched in Mendoza on Friday.", "Mendoza", "AR"),
        ("de", "Die Preise in Samara sind gestiegen.", "Samara", "RU"),
        ("de", "In Konya und Kayseri bebte die Erde.", "Kayseri", "TR"),
        ("de", "Bewohner von Kemerowo klagten über die Hitze.", "Kemerowo", "RU"),
        ("en", "A bomb exploded in Kunduz on Friday.", "Kunduz", "AF"),
        ("en", "Gunmen attacked a bus in Zacatecas.", "Zacatecas", "MX"),
        ("de", "Der Bürgermeister von Campeche trat zurück.", "Campeche", "MX"),
        ("de", "In Kandahar explodierte eine Bombe.", "Kandahar", "AF"),
    ],
)
def test_a_city_is_not_the_province_of_its_name(gaz, lang, text, mention, cc):
    assert _kind_of(text, mention, gaz, lang) == ("city", cc)
