"""Gold-span resolution (``geomap eval --mode resolution``): classes of spans whose
readings were all far or missing, with sentences of our own in several regions.

Each row is a span a reader would place at once: a county named without its unit word
in a story on its state, a people named after the article's city, a country called by
the head of its formal name, a state abbreviation whose full stop the span leaves out.
"""

from __future__ import annotations

import pytest

from geomap.evaluation import resolve_spans
from geomap.text import read_text


def _resolve(gaz, text: str, phrase: str, lang: str = "en"):
    i = text.index(phrase)
    (p,) = resolve_spans(read_text(text, lang=lang), [(i, i + len(phrase))], gaz)
    return p


@pytest.mark.parametrize(
    ("text", "phrase", "unit"),
    [
        (
            "Deputies in Evansville, Indiana, said the Vanderburgh jail was full.",
            "Vanderburgh",
            "Vanderburgh County",
        ),
        (
            "Flooding hit Morgantown, West Virginia, on Friday; Monongalia schools closed.",
            "Monongalia",
            "Monongalia County",
        ),
        (
            "The levee near New Roads, Louisiana, held, and Pointe Coupee officials were relieved.",
            "Pointe Coupee",
            "Pointe Coupee Parish",
        ),
        ("Omaha, Nebraska police said a Sarpy deputy was hurt.", "Sarpy", "Sarpy County"),
        # "Kern" is also another name of Boron, a town of the county: the county's own
        # name wins over a small town's other name
        (
            "A Kern official in Bakersfield, California, said the roads were shut.",
            "Kern",
            "Kern County",
        ),
    ],
)
def test_a_county_named_without_its_unit_word_is_the_county_of_the_story(gaz, text, phrase, unit):
    p = _resolve(gaz, text, phrase)
    assert p is not None and p.name == unit and p.kind == "admin2"


def test_a_capital_or_a_big_city_keeps_its_name_beside_a_county_of_it(gaz):
    text = (
        "Officials in Hagerstown, Maryland, flew to Washington on Monday to ask for "
        "money for the Washington jail."
    )
    p = _resolve(gaz, text, "Washington")
    assert p is not None and p.kind == "city" and p.name and "Washington" in p.name


@pytest.mark.parametrize(
    ("text", "phrase", "place"),
    [
        (
            "Many Richmondites went to Richmond, Virginia, for the parade.",
            "Richmondites",
            "Richmond",
        ),
        ("Tourists in Havana saw how Havanese families live.", "Havanese", "Havana"),
        ("Residents of Hamburg said Hamburger fans were loud.", "Hamburger", "Hamburg"),
    ],
)
def test_the_people_of_a_city_the_article_names_are_that_city(gaz, text, phrase, place):
    p = _resolve(gaz, text, phrase)
    assert p is not None and p.name == place


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Tehran, Iran: the Islamic Republic rejected the offer.", "Islamic Republic", "IR"),
        ("Riyadh said Saudi Arabia would invest; the Kingdom plans more.", "Kingdom", "SA"),
    ],
)
def test_a_country_called_by_the_head_of_its_formal_name(gaz, text, phrase, code):
    p = _resolve(gaz, text, phrase)
    assert p is not None and p.kind == "country" and p.country_code == code


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("The Fresno, Calif. police chief spoke.", "Calif", "California"),
        ("He grew up in Buffalo, N.Y. and moved away.", "N.Y", "New York"),
    ],
)
def test_an_abbreviation_without_its_full_stop(gaz, text, phrase, name):
    p = _resolve(gaz, text, phrase)
    assert p is not None and p.name == name


@pytest.mark.parametrize(
    ("text", "phrase", "town"),
    [
        # an organisation named for a compass word that is also a province of Malawi or
        # Sri Lanka: the story's town, not that province
        (
            "Reservoirs near Brighton, England, were low, Southern Water said on Monday.",
            "Southern Water",
            "Brighton",
        ),
        (
            "In Cardiff, Wales, the Western Power Distribution crews restored lines.",
            "Western Power Distribution",
            "Cardiff",
        ),
    ],
)
def test_a_region_of_another_continent_named_inside_an_organisation_is_not_it(
    gaz, text, phrase, town
):
    p = _resolve(gaz, text, phrase)
    assert p is not None and p.name == town and p.source == "context"


def test_a_town_named_inside_a_rivers_name_is_kept(gaz):
    # a town named inside a river's name lies on it more often than the story's town
    text = "Boats on the Ashley River near Charleston, South Carolina, were moved."
    p = _resolve(gaz, text, "Ashley River")
    assert p is not None and p.country_code == "US" and p.source == "gazetteer"


@pytest.mark.parametrize(
    ("text", "phrase", "continent"),
    [
        ("Monsoon floods hit Southeast Asia again this week.", "Asia", "Asia"),
        ("Prices rose across Central Europe in May.", "Europe", "Europe"),
        ("Drought spread across East Africa and the Sahel.", "Africa", "Africa"),
    ],
)
def test_a_continent_marked_inside_a_region_of_it_is_the_continent(gaz, text, phrase, continent):
    p = _resolve(gaz, text, phrase)
    assert p is not None and p.kind == "continent" and p.name == continent


def test_a_region_marked_whole_stays_the_region(gaz):
    p = _resolve(gaz, "Drought spread across East Africa and the Sahel.", "East Africa")
    assert p is not None and p.kind == "region" and p.name == "East Africa"


def _town(mention: str, cc: str, lat: float, lon: float, start: int, sentence: int):
    from geomap.model import Place

    return Place(
        mention=mention,
        start=start,
        end=start + len(mention),
        sentence=sentence,
        name=mention,
        kind="city",
        country_code=cc,
        lat=lat,
        lon=lon,
        id=f"test:{mention}",
        source="gazetteer",
        confidence=0.9,
    )


def test_a_lone_town_of_a_country_the_story_has_nothing_else_in_is_not_its_main_place():
    from geomap.evaluation._spans import _LocalFocus

    # a word read twice as a village of another country ("Rod", "Mary") against a story
    # on one country's towns, each alone: the story's country wins the main place
    found = [
        _town("Brandon", "CA", 49.85, -99.95, 10, 0),
        _town("Grenfell", "RO", 45.0, 25.0, 40, 1),
        _town("Grenfell", "RO", 45.0, 25.0, 90, 2),
        _town("Thompson", "CA", 55.74, -97.86, 150, 3),
    ]
    focus = _LocalFocus(found)
    # a span at the start, before any place: the main place, not the foreign village
    assert (p := focus.at(0, 0)) is not None and p.country_code == "CA"


@pytest.mark.parametrize(
    ("text", "phrase", "area", "kind"),
    [
        (
            "Rangers in New South Wales closed the Marrowbone Reserve after the fires.",
            "Marrowbone Reserve",
            "New South Wales",
            "admin1",
        ),
        (
            "Divers explored the Coral Garden Reserve off Saint Lucia on Monday.",
            "Coral Garden Reserve",
            "Saint Lucia",
            "country",
        ),
    ],
)
def test_a_span_the_gazetteer_lacks_in_a_story_without_a_town_takes_its_area(
    gaz, text, phrase, area, kind
):
    p = _resolve(gaz, text, phrase)
    assert p is not None and p.source == "context" and p.name == area and p.kind == kind


@pytest.mark.parametrize(
    ("text", "phrase", "town"),
    [
        (
            "Officials in Calgary and Airdrie, Alberta, spoke on Monday. Later that week, "
            "crowds gathered again. The Starlight Lounge in Regina, near Moose Jaw, was full.",
            "Starlight Lounge",
            "Regina",
        ),
        (
            "Ministers met in Lyon and Villeurbanne on Monday. Nothing was agreed. The Hotel "
            "Bellevue in Nice, near Cannes, hosted the next round.",
            "Hotel Bellevue",
            "Nice",
        ),
    ],
)
def test_a_name_placed_before_its_town_takes_that_town(gaz, text, phrase, town):
    p = _resolve(gaz, text, phrase)
    assert p is not None and p.source == "context" and p.name == town


@pytest.mark.parametrize(
    ("text", "phrase", "lang", "place"),
    [
        ("The conference met at the Kunsthaus in Zurich on Monday.", "Kunsthaus", "en", "Zürich"),
        (
            "Cyclists gathered at Sheepdrove Farm near Lambourn on Sunday.",
            "Sheepdrove Farm",
            "en",
            "Lambourn",
        ),
        (
            "Mourners gathered at St Mary's Church in Ballymena.",
            "St Mary's Church",
            "en",
            "Ballymena",
        ),
        # the place named after it, not the story's setting named before it
        (
            "The tour began in Leeds; the last show is at the Kunsthaus in Zurich.",
            "Kunsthaus",
            "en",
            "Zürich",
        ),
        # behind a comma, a county
        (
            "The race moves to Goodwood Circuit, West Sussex, next month.",
            "Goodwood Circuit",
            "en",
            "West Sussex",
        ),
        ("The rally ends at Tarn Hows, Cumbria, on Friday.", "Tarn Hows", "en", "Cumbria"),
        (
            "Das Konzert fand im Kulturhaus Eintracht in Dresden statt.",
            "Kulturhaus Eintracht",
            "de",
            "Dresden",
        ),
        ("Die Feier war im Gasthof Krone bei Rosenheim.", "Gasthof Krone", "de", "Rosenheim"),
        # a hotel named after a far city lies where the text says, not in that city
        ("Gamblers packed the Hotel Lisboa in Macau on Friday.", "Hotel Lisboa", "en", "Macau"),
    ],
)
def test_a_name_the_gazetteer_lacks_lies_in_the_place_named_after_it(
    gaz, text, phrase, lang, place
):
    p = _resolve(gaz, text, phrase, lang)
    assert p is not None and p.name == place and p.source == "context"


def test_a_country_after_a_comma_yields_to_the_story_town_inside_it(gaz):
    # the town of the story lies in the country named after the span: the town is nearer
    text = "The mayor of Killarney said Muckross Park, Ireland, stays open."
    p = _resolve(gaz, text, "Muckross Park")
    assert p is not None and p.name == "Killarney"


def test_a_list_after_a_comma_is_no_container(gaz):
    # "X, Kent, Surrey and Essex": X is listed with the counties, not in Kent
    text = "Fans came from Langley Park, Kent, Surrey and Essex to Wembley in London."
    p = _resolve(gaz, text, "Langley Park")
    assert p is None or p.name != "Kent"


def test_a_common_word_read_as_a_small_town_is_not_the_articles_main_place(gaz):
    # "Iron" (a band's name) is read as Iron Station, North Carolina, twice; the story's
    # own city, named once, is still where an unknown venue lies
    text = (
        "The festival returns to Memphis this summer. Tickets are on sale now. The lineup "
        "features Iron and Wine. Iron and Wine last played here in 2015, and Iron and Wine "
        "fans have waited since. The shows are at the Levitt Shell on two nights."
    )
    p = _resolve(gaz, text, "Levitt Shell")
    assert p is not None and p.name == "Memphis"


def test_a_small_towns_own_name_stays_the_articles_place(gaz):
    # "Paris" is a common word of a small town here too, but the town's own name
    text = (
        "Two people were hurt in a crash in Paris, Texas. Paris police said one was flown "
        "to a Dallas hospital. Paris officials and Dallas doctors praised the crews. The "
        "other went to Paris Regional Medical Center."
    )
    p = _resolve(gaz, text, "Paris Regional Medical Center")
    assert p is not None and p.name == "Paris" and p.country_code == "US"


@pytest.mark.parametrize(
    ("text", "phrase", "city"),
    [
        (
            "Floods hit Ontario and Manitoba, the Quebec Chronicle-Telegraph reported.",
            "Quebec",
            "Québec",
        ),
        ("Floods hit Ontario and Manitoba, the Quebec Times reported.", "Quebec", "Québec"),
        (
            "Farms in Mendoza and Cordoba lost crops, the Buenos Aires Herald's editor wrote.",
            "Buenos Aires",
            "Buenos Aires",
        ),
        (
            "Growers in Rio Grande do Sul and Minas Gerais sold less, the Sao Paulo Times said.",
            "Sao Paulo",
            "São Paulo",
        ),
    ],
)
def test_a_newspaper_is_named_after_its_city_not_a_state_of_the_name(gaz, text, phrase, city):
    p = _resolve(gaz, text, phrase)
    assert p is not None and p.kind == "city" and p.name == city


def test_a_province_before_an_ordinary_word_stays_the_province(gaz):
    p = _resolve(gaz, "Floods hit Ontario and Manitoba, and Quebec officials said so.", "Quebec")
    assert p is not None and p.kind == "admin1"


def test_a_body_named_for_its_region_stands_for_it_before_its_seat(gaz):
    # the town after the name lies in the region named inside it: the region stays
    text = "The Saxony Chamber of Crafts in Dresden warned of shortages."
    p = _resolve(gaz, text, "Saxony Chamber of Crafts")
    assert p is not None and p.kind == "admin1" and p.name == "Saxony"
