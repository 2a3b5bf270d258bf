"""Session 30, issue 15: the classes batch BW showed (docs/claims.md, "Session 30").

Each class with look-alikes in other regions and wording than the batch (none from a
corpus article) and near-misses that must not change:

- a distance carried by a verb of carrying (``brachte ... die rund N km von A nach B``,
  ``carried ... the N km from A to B``) is a way's length, a route;
- ``Zwei Männer aus <A> ... vor <B> gekentert. Der Ort ...``: the origin of people is no
  topic a later description continues, as ``from <A>`` was not;
- ``auf N Kilometern Länge unter Wasser``, ``under water for N miles``: a part of a way,
  no distance;
- an epicentre said to lie near a town after a longer aside (``Das Epizentrum lag nach
  Angaben des ... nahe <A>``, ``The epicentre was, according to ..., just outside <A>``);
- ``N km up the coast / downstream from where <the event happened>``: from the event's
  site, not from the place the text named last;
- ``more than N km inland``: a lower bound on the distance to the sea (the coast), while
  ``rund N km landeinwärts`` under a coastal dateline stays measured from the dateline;
- ``... a trawler that drifted N nautical miles off <Y>``: the relative clause locates a
  thing; no place carried over from outside the sentence is its subject.

Distances by geographiclib from hand points, noted per case.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from geomap.pipeline import analyze
from tests.support.claims_builders import claim_on
from tests.support.claims_table import check_no_claim

os.environ.setdefault("GEOMAP_OFFLINE", "1")


def _claim(text: str, lang: str, stated: str) -> Any:
    return claim_on(analyze, lang, text, stated)


def _no_claim(text: str, lang: str, stated: str) -> None:
    check_no_claim(analyze, lang, text, stated)


# --- a verb of carrying makes a from/to distance a way's length --------------------------

CARRIED = [
    pytest.param(
        "en",
        "PORTO, Portugal (Reuters) - Buses carried the evacuees the 62 km from Porto to "
        "Braga overnight, officials said.",
        "62 km",
        id="en-porto-braga-carried",  # Porto-Braga 47.4 km straight; 62 km is 1.31 times
    ),
    pytest.param(
        "en",
        "MOMBASA, Kenya (Reuters) - Army trucks hauled food and tents the 130 km from "
        "Mombasa to Malindi on Sunday.",
        "130 km",
        id="en-mombasa-malindi-hauled",  # 105 km straight
    ),
    pytest.param(
        "de",
        "MESSINA (dpa) - Ein Schiff der Küstenwache brachte am Dienstag Trinkwasser die "
        "rund 48 Kilometer von Milazzo nach Lipari.",
        "rund 48 Kilometer",
        id="de-milazzo-lipari-brachte",  # 37 km straight
    ),
    pytest.param(
        "de",
        "PASSAU (dpa) - Lastwagen des Technischen Hilfswerks transportierten Sandsäcke die "
        "rund 150 Kilometer von Regensburg nach Passau.",
        "rund 150 Kilometer",
        id="de-regensburg-passau-transportierten",  # 111 km straight
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated"), CARRIED)
def test_carried_distance_is_a_route(lang: str, text: str, stated: str) -> None:
    c = _claim(text, lang, stated)
    assert c.form == "route"
    assert c.verdict == "consistent"


def test_from_it_is_stays_a_straight_line() -> None:
    # no word of a way in the sentence: a straight line (session 15's decision)
    c = _claim(
        "PORTO, Portugal (Reuters) - From Porto it is 75 km to Braga, officials said.",
        "en",
        "75 km",
    )
    assert c.form == "point"
    assert c.verdict == "inconsistent"  # 47 km


def test_carried_to_a_place_placed_by_apposition_stays_a_point() -> None:
    c = _claim(
        "MESSINA (dpa) - Ein Schiff brachte Trinkwasser nach Lipari, rund 37 Kilometer "
        "nordwestlich von Milazzo.",
        "de",
        "rund 37 Kilometer",
    )
    assert c.form == "point"
    assert c.subject is not None and c.subject.name == "Lipari"


# --- the origin of people is no topic --------------------------------------------------


def test_origin_of_people_is_no_topic_de() -> None:
    # Wolfsberg-Klagenfurt 47.7 km at 59 deg; Graz-Klagenfurt 99.7 km
    c = _claim(
        "KLAGENFURT (APA) - Rund 60 Helfer aus Graz trafen am Abend in Wolfsberg ein. Der "
        "Ort, rund 45 Kilometer nordöstlich, war seit Sonntag ohne Strom.",
        "de",
        "rund 45 Kilometer",
    )
    assert c.subject is not None and c.subject.name == "Wolfsberg"
    assert c.verdict == "consistent"


def test_origin_alone_stays_the_topic_de() -> None:
    # no other town after it: the one named is what the description means
    c = _claim(
        "KLAGENFURT (APA) - Zwei Wanderer aus Villach werden seit Sonntag vermisst. Die "
        "Stadt liegt rund 35 Kilometer westlich.",
        "de",
        "rund 35 Kilometer",
    )
    assert c.subject is not None and c.subject.name == "Villach"


def test_from_town_in_english_unchanged() -> None:
    c = _claim(
        "KLAGENFURT, Austria (Reuters) - About 60 volunteers from Graz arrived in Wolfsberg "
        "on Monday. The town, about 45 km to the north-east, had no power.",
        "en",
        "about 45 km",
    )
    assert c.subject is not None and c.subject.name == "Wolfsberg"


# --- a part of a way ---------------------------------------------------------------------

PORTIONS = [
    pytest.param(
        "de",
        "PASSAU (dpa) - Die Bahnstrecke zwischen Passau und Plattling stand auf 3 Kilometern "
        "Länge unter Wasser.",
        "3 Kilometern",
        id="de-passau-plattling-unter-wasser",
    ),
    pytest.param(
        "de",
        "KASSEL (dpa) - Die A7 zwischen Kassel und Göttingen war nach dem Unfall auf 12 "
        "Kilometern Länge gesperrt.",
        "12 Kilometern",
        id="de-kassel-goettingen-gesperrt",
    ),
    pytest.param(
        "en",
        "EUREKA, Calif. (AP) - Highway 101 between Eureka and Arcata was under water for "
        "about 2 miles on Tuesday.",
        "about 2 miles",
        id="en-eureka-arcata-under-water",
    ),
    pytest.param(
        "en",
        "YORK, England (Reuters) - The A64 between York and Malton was submerged for 3 km "
        "after the Derwent burst its banks.",
        "3 km",
        id="en-york-malton-submerged",
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated"), PORTIONS)
def test_part_of_a_way_is_no_claim(lang: str, text: str, stated: str) -> None:
    _no_claim(text, lang, stated)


def test_whole_length_stays_a_route() -> None:
    c = _claim(
        "MOSKAU (dpa) - Die Bahn, die seit 1916 auf rund 9.300 Kilometern Moskau und "
        "Wladiwostok verbindet, braucht sieben Tage.",
        "de",
        "rund 9.300 Kilometern",
    )
    assert c.form == "route"
    c = _claim(
        "KASSEL (dpa) - Die rund 45 Kilometer lange Strecke zwischen Kassel und Göttingen "
        "ist wieder frei.",
        "de",
        "rund 45 Kilometer",
    )
    assert c.form == "route"


# --- an epicentre near a town after a longer aside ---------------------------------------


def test_epicentre_after_an_aside_de() -> None:
    # Teramo-L'Aquila 42 km at 36 deg
    c = _claim(
        "L'AQUILA (dpa) - Ein Erdbeben der Stärke 5,1 hat die Abruzzen erschüttert. Das "
        "Epizentrum lag nach Angaben des Instituts INGV nahe L'Aquila. In Teramo, rund 40 "
        "Kilometer nordöstlich des Epizentrums, stürzten Dächer ein.",
        "de",
        "rund 40 Kilometer",
    )
    assert c.reference is not None and c.reference.name == "L'Aquila"
    assert c.verdict == "consistent"


def test_epicentre_after_a_comma_aside_en() -> None:
    c = _claim(
        "KUMAMOTO, Japan (Reuters) - A magnitude 6.0 quake struck southern Japan on Friday. "
        "The epicentre was, according to the Japan Meteorological Agency, just outside "
        "Kumamoto. In Yatsushiro, about 35 km south of the epicentre, walls collapsed.",
        "en",
        "about 35 km",
    )
    assert c.reference is not None and c.reference.name == "Kumamoto"


def test_epicentre_at_a_depth_names_no_town() -> None:
    a = analyze(
        "L'AQUILA (dpa) - Ein Erdbeben hat die Abruzzen erschüttert. Das Epizentrum lag nach "
        "Angaben der Behörden in 10 Kilometern Tiefe. In Teramo, rund 40 Kilometer "
        "nordöstlich des Epizentrums, stürzten Dächer ein.",
        lang="de",
    )
    assert all(c.verdict != "inconsistent" for c in a.claims)
    assert all(c.reference is None for c in a.claims if "40 Kilometer" in c.text)


# --- onward from where the event happened ------------------------------------------------


def test_up_the_coast_from_where_the_storm_made_landfall() -> None:
    # Pebane-Quelimane 149 km; Beira, named between, is 450 km away
    c = _claim(
        "MAPUTO, Mozambique (Reuters) - Cyclone Freddy made landfall near Quelimane on "
        "Saturday. Aid was shipped in from Beira on Sunday. In Pebane, about 150 km up the "
        "coast from where the storm made landfall, roofs were torn off.",
        "en",
        "about 150 km",
    )
    assert c.reference is not None and c.reference.name == "Quelimane"
    assert c.verdict == "consistent"


def test_downstream_from_where_the_river_crested_de() -> None:
    # Leverkusen-Köln 11 km straight, about 15 km along the Rhine; Bonn, named between
    c = _claim(
        "DÜSSELDORF (dpa) - Der Rhein erreichte am Dienstag bei Köln seinen Höchststand. "
        "Frachtschiffe lagen in Bonn fest. In Leverkusen, rund 20 Kilometer flussabwärts von "
        "der Stelle, an der der Rhein seinen Höchststand erreichte, blieben die Deiche "
        "stabil.",
        "de",
        "rund 20 Kilometer",
    )
    assert c.reference is not None and c.reference.name in ("Köln", "Cologne")
    assert c.form == "route"


def test_up_the_coast_without_a_site_goes_on_from_the_town_before() -> None:
    c = _claim(
        "MAPUTO, Mozambique (Reuters) - Heavy rain hit Quelimane on Saturday. In Pebane, "
        "about 150 km up the coast, roofs were torn off.",
        "en",
        "about 150 km",
    )
    assert c.reference is not None and c.reference.name == "Quelimane"


# --- a lower bound inland is measured from the coast -------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "stated", "verdict"),
    [
        pytest.param(
            "en",
            "NAPLES, Italy (Reuters) - Benevento, more than 40 km inland, reported damage.",
            "more than 40 km",
            "consistent",
            id="en-benevento-true",  # about 50 km from the Gulf of Naples
        ),
        pytest.param(
            "de",
            "NEAPEL (dpa) - Benevento, mehr als 40 Kilometer landeinwärts, meldete Schäden.",
            "mehr als 40 Kilometer",
            "consistent",
            id="de-benevento-true",
        ),
        pytest.param(
            "en",
            "NAPLES, Italy (Reuters) - Benevento, more than 120 km inland, reported damage.",
            "more than 120 km",
            "inconsistent",
            id="en-benevento-false",
        ),
    ],
)
def test_more_than_inland_is_to_the_coast(lang: str, text: str, stated: str, verdict: str) -> None:
    c = _claim(text, lang, stated)
    assert c.form == "coast"
    assert c.verdict == verdict


def test_about_inland_under_a_coastal_dateline_stays_from_the_dateline() -> None:
    c = _claim(
        "VALENCIA (dpa) - In Requena, rund 65 Kilometer landeinwärts, stürzten Bäume um.",
        "de",
        "rund 65 Kilometer",
    )
    assert c.form == "point"
    assert c.reference is not None and c.reference.name == "Valencia"


# --- a relative clause about a thing -----------------------------------------------------


def test_relative_clause_about_a_vessel_is_no_claim() -> None:
    _no_claim(
        "MOMBASA, Kenya (Reuters) - Voi was cut off. The navy said it had towed a fishing "
        "trawler that drifted about 30 nautical miles off Malindi.",
        "en",
        "30 nautical miles",
    )


def test_relative_clause_about_a_place_stays_a_claim() -> None:
    # "It is a fishing town that lies ...": the pronoun's town, described
    c = _claim(
        "CORPUS CHRISTI, Texas (AP) - Rockport was hit hard. It is a fishing town that lies "
        "about 30 miles north-east of Corpus Christi.",
        "en",
        "about 30 miles",
    )
    assert c.subject is not None and c.subject.name == "Rockport"


# --- a seaside resort by its German word -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stated", "name"),
    [
        pytest.param(
            "KIEL (dpa) - In Westerland wurden Strandkörbe weggespült. Das Seebad liegt rund "
            "130 Kilometer nordwestlich von Kiel.",
            "rund 130 Kilometer",
            "Westerland",
            id="de-westerland-seebad",  # Westerland-Kiel 133 km at 296 deg
        ),
        pytest.param(
            "ROSTOCK (dpa) - Die Sturmflut traf Kühlungsborn hart. Das Ostseebad, rund 25 "
            "Kilometer westlich, meldete überflutete Keller.",
            "rund 25 Kilometer",
            "Kühlungsborn",
            id="de-kuehlungsborn-ostseebad",  # 26.8 km at 282 deg from Rostock
        ),
    ],
)
def test_seebad_is_a_town_description(text: str, stated: str, name: str) -> None:
    c = _claim(text, "de", stated)
    assert c.subject is not None and name in (c.subject.name or "")
    assert c.verdict == "consistent"


def test_bad_alone_is_no_town() -> None:
    a = analyze(
        "ROSTOCK (dpa) - Im Bad wurden die Fliesen erneuert. Das Bad liegt 3 Kilometer entfernt.",
        lang="de",
    )
    assert all(c.subject is None or c.verdict != "inconsistent" for c in a.claims)


# --- a journey's start described after an origin word ------------------------------------


@pytest.mark.parametrize(
    ("text", "stated", "start"),
    [
        pytest.param(
            "KLAGENFURT (APA) - In Villach stürzten Bäume um. Feuerwehrleute aus der "
            "Landeshauptstadt fuhren die rund 40 Kilometer nach Villach.",
            "rund 40 Kilometer",
            "Klagenfurt",
            id="de-landeshauptstadt-villach",  # Klagenfurt-Villach 34.5 km
        ),
        pytest.param(
            "GYŐR (dpa) - Die Donau trat bei Győr über die Ufer. Taucher aus der Hauptstadt "
            "fuhren in der Nacht die rund 125 Kilometer nach Győr.",
            "rund 125 Kilometer",
            "Budapest",
            id="de-hauptstadt-gyoer",  # Budapest-Győr 107 km
        ),
    ],
)
def test_journey_start_after_aus_is_the_description(text: str, stated: str, start: str) -> None:
    c = _claim(text, "de", stated)
    assert c.form == "route"
    ends = {(c.subject.name if c.subject else ""), (c.reference.name if c.reference else "")}
    assert any(start in e for e in ends), ends
    assert c.verdict == "consistent"


def test_journey_start_from_the_capital_en_unchanged() -> None:
    c = _claim(
        "GYOR, Hungary (Reuters) - The Danube burst its banks at Gyor. Divers from the "
        "capital drove the 125 km to Gyor overnight.",
        "en",
        "125 km",
    )
    ends = {(c.subject.name if c.subject else ""), (c.reference.name if c.reference else "")}
    assert "Budapest" in ends


# --- a lake named before, by its noun ----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "stated", "lake"),
    [
        pytest.param(
            "de",
            "KONSTANZ (dpa) - Ein Sturm tobte über dem Bodensee. Ravensburg, rund 20 "
            "Kilometer nördlich des Sees, meldete umgestürzte Bäume.",
            "rund 20 Kilometer",
            "Lake Constance",
            id="de-bodensee-des-sees",
        ),
        pytest.param(
            "en",
            "GENEVA (Reuters) - Storms swept Lake Geneva on Sunday. Fribourg, about 40 km "
            "north of the lake, lost power.",
            "about 40 km",
            "Lake Geneva",
            id="en-lake-geneva-the-lake",
        ),
    ],
)
def test_the_lake_is_the_lake_named_before(lang: str, text: str, stated: str, lake: str) -> None:
    c = _claim(text, lang, stated)
    assert c.reference is not None and c.reference.name == lake
    assert c.verdict != "inconsistent"


def test_die_offene_see_is_no_lake() -> None:
    # "die See" is the sea: the dateline stays the reference of a bare "entfernt"
    c = _claim(
        "KONSTANZ (dpa) - Die Fähre fuhr auf die offene See hinaus. Friedrichshafen liegt "
        "rund 22 Kilometer entfernt.",
        "de",
        "rund 22 Kilometer",
    )
    assert c.reference is not None and c.reference.name == "Konstanz"


# --- whole wire stories: the classes together, in regions no batch names -------------------

ODISHA = (
    "Cyclone Dana lashes India's east coast, millions without power\nBHUBANESWAR, "
    "India, Oct 25 (Reuters) - Cyclone Dana made landfall near Paradip on India's "
    "east coast early on Friday with winds of up to 120 km/h, uprooting trees and "
    "cutting power to millions, officials said. More than 600,000 people had been "
    "moved to shelters in Odisha and neighbouring West Bengal. In Balasore, about 135 "
    "km up the coast from where the cyclone made landfall, seawater flooded fishing "
    "villages. Army trucks carried food and drinking water the 70 km from Bhubaneswar "
    "to Puri overnight. Cuttack, more than 50 km inland, reported waterlogged streets "
    "but no deaths. The coast guard said it had rescued 14 fishermen from a trawler "
    'that capsized some 25 nautical miles off Gopalpur. "We have not seen rain like '
    'this since 1999," said a shopkeeper in Puri.'
)

MUERITZ = (
    "Unwetter über der Seenplatte: Segler vermisst\nNEUBRANDENBURG (dpa) - Ein "
    "schweres Unwetter mit Böen von bis zu 100 Kilometern pro Stunde hat am Sonntag "
    "die Mecklenburgische Seenplatte getroffen. Auf der Müritz kenterten drei "
    "Segelboote; die Wasserschutzpolizei holte elf Menschen aus dem Wasser. Waren, "
    "rund 40 Kilometer westlich, meldete umgestürzte Bäume in der Altstadt. Zwei "
    "Segler aus Berlin werden noch vermisst; sie waren vor Rechlin gekentert. Der "
    "Ort, rund 18 Kilometer südlich von Waren, liegt am Südufer des Sees. Die "
    "Bundesstraße 192 zwischen Waren und Malchow war auf 6 Kilometern Länge gesperrt. "
    "Taucher aus der Landeshauptstadt fuhren in der Nacht die rund 110 Kilometer nach "
    "Waren."
)


def test_odisha_cyclone_story() -> None:
    # on ac3883dd: the carried 70 km was a straight line (inconsistent), Cuttack was measured
    # from Puri, and the trawler's position was a claim from Cuttack (inconsistent)
    a = analyze(ODISHA, lang="en")
    assert all(c.verdict != "inconsistent" for c in a.claims), [
        (c.text, c.verdict) for c in a.claims
    ]
    assert _claim(ODISHA, "en", "70 km").form == "route"
    assert _claim(ODISHA, "en", "more than 50 km").form == "coast"
    _no_claim(ODISHA, "en", "25 nautical miles")


def test_mueritz_storm_story() -> None:
    # on ac3883dd: "Der Ort" was Berlin, the closed stretch of road a route, and the divers'
    # drive started at Neubrandenburg (three false alarms)
    a = analyze(MUERITZ, lang="de")
    assert all(c.verdict != "inconsistent" for c in a.claims), [
        (c.text, c.verdict) for c in a.claims
    ]
    c = _claim(MUERITZ, "de", "rund 18 Kilometer")
    assert c.subject is not None and c.subject.name == "Rechlin"
    c = _claim(MUERITZ, "de", "rund 110 Kilometer")
    assert {c.subject.name if c.subject else None, c.reference.name if c.reference else None} == {
        "Schwerin",
        "Waren",
    }
    _no_claim(MUERITZ, "de", "6 Kilometern")


# --- "further on" never goes on from where helpers came from -----------------------------

FROM_HELPERS_ORIGIN = [
    pytest.param(
        "de",
        "FRANKFURT (ODER) (dpa) - In Eisenhüttenstadt, rund 25 Kilometer flussaufwärts, "
        "sicherten Soldaten die Deiche. Helfer aus der Landeshauptstadt Potsdam fuhren die "
        "rund 130 Kilometer an die Oder. Schwedt, mehr als 80 Kilometer weiter nördlich, "
        "bereitete sich auf die Flutwelle vor.",
        "mehr als 80 Kilometer",
        "Potsdam",
        id="de-oder-potsdam",  # Schwedt-Potsdam 110 km: the false alarm at ac3883dd
    ),
    pytest.param(
        "de",
        "PASSAU (dpa) - In Vilshofen, rund 20 Kilometer flussaufwärts, liefen Keller voll. "
        "Helfer aus der Landeshauptstadt München fuhren in der Nacht an die Donau. "
        "Deggendorf, rund 30 Kilometer weiter nordwestlich, meldete Hochwasser.",
        "rund 30 Kilometer",
        "München",
        id="de-donau-muenchen",  # Deggendorf-Vilshofen 29 km, -Munich 129 km
    ),
    pytest.param(
        "en",
        "SHAWNEE, Okla. (AP) - In Tecumseh, about 5 miles to the south, roofs were torn off. "
        "Crews from Tulsa drove through the night to restore power. Ada, some 35 miles "
        "further south, reported hail.",
        "some 35 miles",
        "Tulsa",
        id="en-oklahoma-tulsa",  # Ada-Tecumseh 59 km, -Tulsa 165 km
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated", "origin"), FROM_HELPERS_ORIGIN)
def test_further_on_skips_a_journeys_origin(lang: str, text: str, stated: str, origin: str) -> None:
    c = _claim(text, lang, stated)
    assert c.reference is not None and origin not in (c.reference.name or "")
    assert c.verdict == "consistent"


def test_further_on_from_a_town_spoken_of_unchanged() -> None:
    # no journey: "In Schwedt wurden Sandsäcke gefüllt" takes the text on to Schwedt
    c = _claim(
        "FRANKFURT (ODER) (dpa) - In Eisenhüttenstadt, rund 25 Kilometer flussaufwärts, "
        "sicherten Soldaten die Deiche. In Schwedt wurden Sandsäcke gefüllt. Gartz, rund 18 "
        "Kilometer weiter nördlich, bereitete sich vor.",
        "de",
        "rund 18 Kilometer",
    )
    assert c.reference is not None and "Schwedt" in (c.reference.name or "")


def test_further_on_from_a_sending_town_unchanged() -> None:
    # "Tulsa sent 40 linemen": no from-word before it; the text stood there last
    c = _claim(
        "SHAWNEE, Okla. (AP) - In Tecumseh, about 5 miles to the south, roofs were torn off. "
        "Tulsa sent 40 linemen. Ada, some 110 miles further south, reported hail.",
        "en",
        "some 110 miles",
    )
    assert c.reference is not None and c.reference.name == "Tulsa"


# --- a river's way by its compounded name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stated", "ends"),
    [
        pytest.param(
            "PASSAU (dpa) - In Vilshofen, rund 20 Kilometer donauaufwärts, liefen Keller voll.",
            "rund 20 Kilometer",
            {"Vilshofen", "Passau"},
            id="de-donauaufwaerts",  # 18.9 km straight
        ),
        pytest.param(
            "KOBLENZ (dpa) - Bonn, rund 60 Kilometer rheinabwärts, meldete Hochwasser.",
            "rund 60 Kilometer",
            {"Bonn", "Koblenz"},
            id="de-rheinabwaerts",  # 54.5 km straight
        ),
    ],
)
def test_river_compound_is_a_way_along_the_river(text: str, stated: str, ends: set) -> None:
    c = _claim(text, "de", stated)
    assert c.form == "route"
    assert {
        c.subject.name if c.subject else None,
        c.reference.name if c.reference else None,
    } == ends
    assert c.verdict == "consistent"


def test_talaufwaerts_stays_from_the_dateline() -> None:
    # a valley's way is no river's: read from the dateline, past the town named before
    c = _claim(
        "CHUR (dpa) - In Thusis stürzten Bäume um. In Ilanz, rund 27 Kilometer talaufwärts, "
        "trat der Rhein über die Ufer.",
        "de",
        "rund 27 Kilometer",
    )
    assert c.reference is not None and c.reference.name == "Chur"
