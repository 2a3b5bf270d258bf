# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 21, session 24: the mechanisms behind ``test_news_names_s24.py``, each on sentences
of this file's own, with look-alikes that must not change.

* roles the courts, the police, the press and the arts write bare before a name
  (``titles.words`` of ``language_de.toml``: "Richterin Sydney Walker");
* a town in the genitive right after a role is the role's place ("Der Bürgermeister
  Hamburgs", "die Richter Karlsruhes": ``_mentions.find_person_tokens``);
* German landscapes and Bavarian Regierungsbezirke the press names
  (``gazetteer/data/curated/news_gaps24.csv``: "in der Pfalz", "in der Oberpfalz");
* a municipality its country counts as its first level is a small settlement to the
  bare-plural rules (Liechtenstein's "Eschen", "Planken": ``_accept._small_settlement``);
* a town the gazetteer lacked (``Linden bei Gießen``);
* two towns named side by side, each by its own name, across a border river
  ("zwischen Guben und Gubin": ``_resolve._namesakes_side_by_side``).
"""

from __future__ import annotations

import pytest

from geomap.geometry import haversine_km
from tests.support.names import name_places, places_on_words

#: (German sentence, the person's words, the place the sentence names)
ROLES = (
    ("Richterin Sydney Walker verkündete das Urteil in Karlsruhe.", ["Sydney", "Walker"], "Karlsruhe"),
    ("Am Montag sprach Richter Florence Walker in Köln.", ["Florence", "Walker"], "Köln"),
    ("Anwältin Victoria Walker legte in Hamburg Berufung ein.", ["Victoria", "Walker"], "Hamburg"),
    ("Kommissar Orlando Walker ermittelt in Bremen.", ["Orlando", "Walker"], "Bremen"),
    ("Reporterin Adelaide Walker berichtete aus Kiew.", ["Adelaide", "Walker"], "Kiew"),
    ("Laut Landrätin Florence Walker bleibt die Straße in Passau gesperrt.", ["Florence", "Walker"], "Passau"),
)  # fmt: skip

#: (German sentence, the town in the genitive after a role, its reading's country)
ROLE_GENITIVES = (
    ("Der Bürgermeister Hamburgs sprach am Montag vor der Presse.", "Hamburgs", "DE"),
    ("Die Richter Karlsruhes entschieden am Montag.", "Karlsruhes", "DE"),
    ("Der Präsident Frankreichs reiste nach Rom.", "Frankreichs", "FR"),
)  # fmt: skip

#: guards: a role before a given name and a surname no place bears, and a genitive of
#: a person after a role, stay people
ROLE_GUARDS = (
    ("Laut Kanzler Scholz kommt das Gesetz im Herbst.", ["Scholz"]),
    ("Richterin Anna Roth sprach in Köln.", ["Anna", "Roth"]),
    ("Wie Frau Meyers sagte, bleibt die Schule zu.", ["Meyers"]),
)  # fmt: skip

#: (German sentence, the landscape, lat, lon of its centre): read within its radius
LANDSCAPES = (
    ("Der Hagel zerstörte Reben in der Rheinpfalz.", "Rheinpfalz", 49.35, 7.9),
    ("Die Weinlese in Rheinhessen begann früh.", "Rheinhessen", 49.85, 8.1),
    ("In der Oberpfalz fiel der erste Schnee.", "Oberpfalz", 49.32, 12.1),
    ("Ein Sturm zog über Oberbayern.", "Oberbayern", 48.0, 11.6),
    ("Im Münsterland blieben die Schulen zu.", "Münsterland", 51.95, 7.5),
    ("Im Wendland demonstrierten Tausende gegen das Lager.", "Wendland", 53.0, 11.2),
    ("Die Bauern im Breisgau klagen über Trockenheit.", "Breisgau", 48.0, 7.8),
    ("In Unterfranken wurden drei Dörfer evakuiert.", "Unterfranken", 50.1, 10.0),
)  # fmt: skip

#: the bare word "Pfalz" is the common noun (a palace), not given to the landscape
PALACE = ("Die alte Pfalz wurde restauriert.", "In Aachen stand eine Pfalz Karls des Großen.")

#: a state's name that holds the landscape's word is still the state
STATE = ("Die Wahl in Rheinland-Pfalz endete knapp.", "Rheinland-Pfalz", "admin1")

#: German nouns that Liechtenstein's municipalities bear, in frames the bare-plural
#: rules read; and the municipalities named as places
MUNICIPAL_NOUNS = (
    ("Der Förster fällte Eschen und Buchen.", ["Eschen", "Buchen"]),
    ("Der Garten wurde mit Planken eingezäunt.", ["Planken"]),
)  # fmt: skip
MUNICIPALITIES = (
    ("Vaduz und Eschen liegen nahe am Rhein.", "Eschen", "LI"),
    ("Die Polizei in Eschen (Liechtenstein) nahm zwei Männer fest.", "Eschen", "LI"),
    ("Die Gemeinde Planken hat 480 Einwohner.", "Planken", "LI"),
)  # fmt: skip

#: (lang, sentence, name, country of its reading): towns across a border river named
#: side by side; and each alone
TWIN_TOWNS = (
    ("de", "Die Brücke zwischen Guben und Gubin wurde erneuert.", "Guben", "DE"),
    ("de", "Die Brücke zwischen Guben und Gubin wurde erneuert.", "Gubin", "PL"),
    ("en", "Traffic between Guben and Gubin resumed on Monday.", "Guben", "DE"),
    ("en", "Traffic between Guben and Gubin resumed on Monday.", "Gubin", "PL"),
    ("de", "In Guben wurde ein Denkmal eingeweiht.", "Guben", "DE"),
    ("de", "Görlitz und Zgorzelec feiern ein gemeinsames Fest.", "Zgorzelec", "PL"),
    # two names of one far city stay one city
    ("de", "Peking und Beijing sind zwei Namen derselben Stadt.", "Peking", "CN"),
)  # fmt: skip


def _at(text: str, lang: str, name: str, gaz):
    i = text.index(name)
    got = [p for p in name_places(text, lang, gaz) if p.start == i and p.resolved]
    assert got, f"{name} not read in {text!r}"
    return got[0]


@pytest.mark.parametrize(("text", "words", "place"), ROLES)
def test_a_role_before_a_name_makes_a_person(gaz, text, words, place) -> None:
    found = name_places(text, "de", gaz)
    assert places_on_words(found, text, words) == []
    assert any(p.start == text.index(place) for p in found), [p.mention for p in found]


@pytest.mark.parametrize(("text", "name", "cc"), ROLE_GENITIVES)
def test_a_town_in_the_genitive_after_a_role_is_the_roles_place(gaz, text, name, cc) -> None:
    assert _at(text, "de", name, gaz).country_code == cc


@pytest.mark.xfail(
    strict=True,
    reason="'Leipzigs' after a role is lost by a later stage than the person reading "
    "(seen, not traced, session 24)",
)
def test_a_genitive_after_a_role_leipzig(gaz) -> None:
    assert _at("Der Bürgermeister Leipzigs warnte vor Glätte.", "de", "Leipzigs", gaz)


@pytest.mark.parametrize(("text", "words"), ROLE_GUARDS)
def test_people_after_roles_stay_people(gaz, text, words) -> None:
    assert places_on_words(name_places(text, "de", gaz), text, words) == []


@pytest.mark.parametrize(("text", "name", "lat", "lon"), LANDSCAPES)
def test_german_landscapes_are_read(gaz, text, name, lat, lon) -> None:
    got = _at(text, "de", name, gaz)
    assert got.kind in ("region", "admin2"), (got.name, got.kind)
    assert haversine_km(got.lat, got.lon, lat, lon) <= 25, got.name


@pytest.mark.parametrize("text", PALACE)
def test_the_palace_noun_is_no_landscape(gaz, text) -> None:
    assert places_on_words(name_places(text, "de", gaz), text, ["Pfalz"]) == []


def test_the_state_keeps_its_name(gaz) -> None:
    text, name, kind = STATE
    assert _at(text, "de", name, gaz).kind == kind


@pytest.mark.parametrize(("text", "words"), MUNICIPAL_NOUNS)
def test_nouns_liechtenstein_municipalities_bear(gaz, text, words) -> None:
    assert places_on_words(name_places(text, "de", gaz), text, words) == []


@pytest.mark.parametrize(("text", "name", "cc"), MUNICIPALITIES)
def test_liechtenstein_municipalities_named_as_places(gaz, text, name, cc) -> None:
    assert _at(text, "de", name, gaz).country_code == cc


def test_linden_bei_giessen(gaz) -> None:
    for text in (
        "Der Bürgermeister von Linden bei Gießen trat zurück.",
        "In Linden bei Gießen brannte in der Nacht eine Scheune.",
    ):
        got = _at(text, "de", "Linden", gaz)
        assert haversine_km(got.lat, got.lon, 50.533, 8.650) <= 5, (got.name, got.lat)


def test_linden_as_trees_stays_a_noun(gaz) -> None:
    text = "Mehrere Linden stürzten in Gießen auf die Fahrbahn."
    found = name_places(text, "de", gaz)
    assert places_on_words(found, text, ["Linden"]) == []


@pytest.mark.parametrize(("lang", "text", "name", "cc"), TWIN_TOWNS)
def test_twin_towns_named_side_by_side(gaz, lang, text, name, cc) -> None:
    assert _at(text, lang, name, gaz).country_code == cc
