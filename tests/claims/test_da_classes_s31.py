"""Session 31, issue 15: the classes batch DA showed (docs/claims.md, "Session 31").

Each class with look-alikes in other regions and wording than the batch (none from a
corpus article) and near-misses that must not change:

- ``<B>, a village N km to its north``: a direction a pronoun owns is read as ``N km north
  of it`` (German says ``nördlich davon``, read before);
- ``The fire broke out near <A>. <B>, N km east of the fire``, ``Das Feuer brach bei <A>
  aus. <B>, rund N km östlich des Brandherdes``: the town a fire broke out near stands for
  the fire as the other end of a distance, as an epicentre's town does; a fire as the
  subject is where it has spread to and stays no town.

Distances from the gazetteer's points (geographiclib), noted per case.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from geomap.pipeline import analyze
from tests.support.claims_builders import claim_on

os.environ.setdefault("GEOMAP_OFFLINE", "1")


def _claim(text: str, lang: str, stated: str) -> Any:
    return claim_on(analyze, lang, text, stated)


# --- a direction a pronoun owns ("N km to its north") ----------------------------------

OWNED = [
    pytest.param(
        "PERTH (Reuters) - Floods cut the coastal highway at Geraldton on Monday. Dongara, "
        "about 65 km to its south, was cut off for a second day.",
        "about 65 km",
        "Dongara",
        "Geraldton",
        "consistent",
        id="en-geraldton-dongara",  # 59 km, Dongara south-south-east of Geraldton
    ),
    pytest.param(
        "PERTH (Reuters) - Floods cut the coastal highway at Geraldton on Monday. Dongara, "
        "about 190 km to its south, was cut off for a second day.",
        "about 190 km",
        "Dongara",
        "Geraldton",
        "inconsistent",
        id="en-geraldton-dongara-false",
    ),
    pytest.param(
        "TOLEDO, Ohio (AP) - Storms toppled trees across Toledo on Sunday. Bowling Green, "
        "about 30 km to its south, lost power for 9,000 customers.",
        "about 30 km",
        "Bowling Green",
        "Toledo",
        "consistent",
        id="en-toledo-bowling-green",  # 33 km
    ),
    pytest.param(
        "LIMOGES, France (AFP) - Flooding closed roads around Brive on Friday. Tulle, some "
        "25 km to its north-east, opened two shelters.",
        "some 25 km",
        "Tulle",
        "Brive-la-Gaillarde",
        "consistent",
        id="en-brive-tulle",  # 22 km, north-east
    ),
    pytest.param(
        "LIMOGES, France (AFP) - Flooding closed roads around Brive on Friday. Tulle, some "
        "25 km to its south-west, opened two shelters.",
        "some 25 km",
        "Tulle",
        "Brive-la-Gaillarde",
        "inconsistent",
        id="en-brive-tulle-wrong-direction",
    ),
    pytest.param(
        "MATSUE, Japan (Reuters) - The quake was felt strongly in Matsue. Izumo, about 30 km "
        "to its west, reported damage to its port.",
        "about 30 km",
        "Izumo",
        "Matsue",
        "consistent",
        id="en-matsue-izumo",  # 29 km
    ),
]


@pytest.mark.parametrize(("text", "stated", "subject", "reference", "verdict"), OWNED)
def test_direction_owned_by_a_pronoun(
    text: str, stated: str, subject: str, reference: str, verdict: str
) -> None:
    c = _claim(text, "en", stated)
    assert c.subject is not None and c.subject.name == subject
    assert c.reference is not None and c.reference.name == reference
    assert c.direction is not None
    assert c.verdict == verdict


def test_to_the_north_stays_from_the_dateline() -> None:
    # no pronoun: a bare direction is seen from the dateline, as before
    c = _claim(
        "MANTEO, N.C. (AP) - Hurricane Lorena brushed the Outer Banks on Tuesday. Kitty "
        "Hawk, about 11 miles to the north, reported damage to its pier.",
        "en",
        "about 11 miles",
    )
    assert c.reference is not None and c.reference.name == "Manteo"
    assert c.verdict == "consistent"  # 18 km


def test_german_davon_unchanged() -> None:
    c = _claim(
        "COTTBUS (dpa) - Das Feuer wütete bei Spremberg. Weißwasser, rund 20 Kilometer "
        "östlich davon, bereitete die Räumung vor.",
        "de",
        "rund 20 Kilometer",
    )
    assert c.reference is not None and c.reference.name == "Spremberg"
    assert c.verdict == "consistent"


def test_its_before_a_count_is_no_direction() -> None:
    a = analyze(
        "Ocracoke lost power for its 900 residents on Tuesday. Its ferry runs 25 km to its "
        "new dock at Hatteras.",
        lang="en",
        date="2026-06-01",
        events=False,
    )
    assert all(c.direction is None for c in a.claims)


# --- the town a fire broke out near stands for the fire as the other end ---------------

FIRE_SITE = [
    pytest.param(
        "en",
        "SANTA FE, N.M. (AP) - The fire started near Pecos on Monday and has burned 9,000 "
        "acres. Las Vegas, some 30 miles east of the fire, opened a shelter.",
        "some 30 miles",
        "Las Vegas",
        "Pecos",
        "consistent",
        id="en-pecos-las-vegas",  # 41 km
    ),
    pytest.param(
        "en",
        "SANTA FE, N.M. (AP) - The fire started near Pecos on Monday and has burned 9,000 "
        "acres. Las Vegas, some 80 miles east of the fire, opened a shelter.",
        "some 80 miles",
        "Las Vegas",
        "Pecos",
        "inconsistent",
        id="en-pecos-las-vegas-false",
    ),
    pytest.param(
        "en",
        "PERTH (Reuters) - The bushfire broke out near Collie on Monday. Bunbury, some 55 km "
        "west of the blaze, sent four trucks.",
        "some 55 km",
        "Bunbury",
        "Collie",
        "consistent",
        id="en-collie-bunbury",  # 48 km
    ),
    pytest.param(
        "de",
        "COTTBUS (dpa) - Das Feuer brach am Dienstag bei Spremberg aus. Weißwasser, rund 20 "
        "Kilometer östlich des Brandherdes, bereitete die Räumung vor.",
        "rund 20 Kilometer",
        "Weißwasser",
        "Spremberg",
        "consistent",
        id="de-spremberg-weisswasser",  # 20 km
    ),
    pytest.param(
        "de",
        "DRESDEN (dpa) - Der Waldbrand war am Montag bei Königstein ausgebrochen. Pirna, "
        "rund 45 Kilometer nordwestlich des Brandes, schickte Helfer.",
        "rund 45 Kilometer",
        "Pirna",
        "Königstein",
        "inconsistent",
        id="de-koenigstein-pirna-false",  # 11 km
    ),
    pytest.param(
        "de",
        "DRESDEN (dpa) - Der Waldbrand war am Montag bei Königstein ausgebrochen. Pirna, "
        "rund 11 Kilometer nordwestlich des Brandes, schickte Helfer.",
        "rund 11 Kilometer",
        "Pirna",
        "Königstein",
        "consistent",
        id="de-koenigstein-pirna",
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated", "subject", "reference", "verdict"), FIRE_SITE)
def test_fire_site_is_the_town_it_broke_out_near(
    lang: str, text: str, stated: str, subject: str, reference: str, verdict: str
) -> None:
    c = _claim(text, lang, stated)
    assert c.subject is not None and c.subject.name == subject
    assert c.reference is not None and c.reference.name == reference
    assert c.verdict == verdict


@pytest.mark.parametrize(
    "text",
    [
        "SANTA FE, N.M. (AP) - The fire started near Pecos on Monday. By Thursday the fire "
        "was about 10 miles from Las Vegas.",
        "SANTA FE, N.M. (AP) - The fire started near Pecos on Monday. The fire, about 10 "
        "miles from Las Vegas by Thursday, forced evacuations.",
    ],
)
def test_a_fire_as_subject_is_no_town(text: str) -> None:
    # a fire moves: where it is now is not the town it started near (Pecos-Las Vegas is
    # 41 km, so reading Pecos would call a true report false)
    c = _claim(text, "en", "about 10 miles")
    assert c.subject is None or c.subject.name != "Pecos"
    assert c.verdict != "inconsistent"


def test_a_fire_placed_by_an_offset_is_not_at_the_town() -> None:
    # "at a campground N miles northwest of <A>": the fire is not at <A>; a later "east of
    # the fire" is measured from the point the offset gives (Las Vegas-Pecos is 41 km,
    # from the offset point 53 km, stated 51.5)
    c = _claim(
        "SANTA FE, N.M. (AP) - The blaze started at a campground roughly 10 miles northwest "
        "of Pecos. Las Vegas, some 32 miles east of the fire, opened a shelter.",
        "en",
        "some 32 miles",
    )
    assert c.reference is not None and c.reference.name != "Pecos"
    assert c.reference.kind == "site"
    assert c.verdict == "consistent"


# --- a weak name read far from the story, in its own country ---------------------------

MONTANA = (
    "MISSOULA, Mont. (AP) - A wildfire that broke out near Seeley Lake on Saturday had "
    "burned more than 15,000 acres by Monday, and about 800 homes were under evacuation "
    "orders. {sentence}"
)


def test_a_hamlet_read_as_a_far_namesake_is_no_false_alarm() -> None:
    # Condon, Montana is not in the gazetteer; the name is read as Condon, Oregon, 560 km
    # from Seeley Lake: the text and geomap are about different places
    c = _claim(
        MONTANA.format(
            sentence='"We can see the glow," said a rancher in Condon, about 25 miles '
            "north of the fire."
        ),
        "en",
        "about 25 miles",
    )
    assert c.verdict == "unverifiable"


def test_a_false_figure_near_the_story_stays_inconsistent() -> None:
    # both ends near the dateline: a wrong figure is a wrong figure (Seeley Lake - Missoula
    # is 60 km)
    c = _claim(
        MONTANA.format(sentence="Crews from Missoula, about 150 miles south of the fire, helped."),
        "en",
        "about 150 miles",
    )
    assert c.subject is not None and c.subject.name == "Missoula"
    assert c.verdict == "inconsistent"


# --- a length's own route noun names its start after the destination -------------------

OWN_FROM = [
    pytest.param(
        "de",
        "CUXHAVEN (dpa) - Die Fähre nach Helgoland, die für die rund 40 Seemeilen lange "
        "Überfahrt von Cuxhaven knapp drei Stunden braucht, fiel am Montag aus.",
        "rund 40 Seemeilen",
        "consistent",
        id="de-cuxhaven-helgoland",  # 62 km straight, 74 km stated: 1.2 times
    ),
    pytest.param(
        "de",
        "CUXHAVEN (dpa) - Die Fähre nach Helgoland, die für die rund 15 Seemeilen lange "
        "Überfahrt von Cuxhaven knapp drei Stunden braucht, fiel am Montag aus.",
        "rund 15 Seemeilen",
        "inconsistent",
        id="de-cuxhaven-helgoland-false",  # 28 km, less than half the straight line
    ),
    pytest.param(
        "de",
        "KIEL (dpa) - Das Schiff nach Bornholm, das für die gut 300 Kilometer lange Fahrt "
        "von Kiel eine Nacht braucht, blieb im Hafen.",
        "gut 300 Kilometer",
        "consistent",
        id="de-kiel-bornholm",
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated", "verdict"), OWN_FROM)
def test_route_noun_from_after_the_destination(
    lang: str, text: str, stated: str, verdict: str
) -> None:
    c = _claim(text, lang, stated)
    assert c.form == "route"
    assert c.verdict == verdict


def test_closed_stretch_after_a_destination_stays_no_claim() -> None:
    a = analyze(
        "EMDEN (dpa) - Die Straße nach Aurich, die auf 4 Kilometern Länge von Emden aus "
        "gesperrt wurde, blieb am Montag zu.",
        lang="de",
        date="2026-06-01",
        events=False,
    )
    assert not [c for c in a.claims if "4 Kilometern" in c.stated.text]


# --- a site the text placed by its offset from a town ----------------------------------

OFFSET_SITE = [
    pytest.param(
        "en",
        "KUMAMOTO, Japan (Reuters) - The epicentre lay about 20 km north-east of Kumamoto, "
        "the Japan Meteorological Agency said. Aso, about 60 km east of the epicentre, "
        "reported landslides.",
        "about 60 km",
        "Aso",
        "inconsistent",
        id="en-kumamoto-aso-false",  # 22 km from the point 20 km north-east of Kumamoto
    ),
    pytest.param(
        "de",
        "WERNIGERODE (dpa) - Der Brand war am Sonntag rund 5 Kilometer südwestlich von "
        "Wernigerode ausgebrochen. Braunlage, knapp 15 Kilometer südwestlich des "
        "Brandherdes, schickte 80 Feuerwehrleute.",
        "knapp 15 Kilometer",
        "Braunlage",
        "consistent",
        id="de-wernigerode-braunlage",  # 12 km
    ),
    pytest.param(
        "de",
        "WERNIGERODE (dpa) - Der Brand war am Sonntag rund 5 Kilometer südwestlich von "
        "Wernigerode ausgebrochen. Halberstadt, rund 80 Kilometer nordöstlich des "
        "Brandherdes, schickte Tanklöschfahrzeuge.",
        "rund 80 Kilometer",
        "Halberstadt",
        "inconsistent",
        id="de-wernigerode-halberstadt-false",  # 25 km
    ),
    pytest.param(
        "en",
        "BOISE, Idaho (AP) - The fire started Sunday about 15 miles northeast of Idaho City. "
        "Crews from Boise, some 120 miles southwest of the fire, were sent.",
        "some 120 miles",
        "Boise",
        "inconsistent",
        id="en-idaho-city-boise-false",  # 62 km
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated", "subject", "verdict"), OFFSET_SITE)
def test_site_placed_by_an_offset(
    lang: str, text: str, stated: str, subject: str, verdict: str
) -> None:
    c = _claim(text, lang, stated)
    assert c.subject is not None and c.subject.name == subject
    assert c.reference is not None and c.reference.kind == "site"
    assert c.verdict == verdict


def test_a_miss_within_a_fires_spread_is_no_false_alarm() -> None:
    # Boise is 62 km from the point 15 miles north-east of Idaho City; 50 miles (80 km) is
    # within what a fire's front and the text's rounding leave open
    c = _claim(
        "BOISE, Idaho (AP) - The fire started Sunday about 15 miles northeast of Idaho City. "
        "Crews from Boise, some 50 miles southwest of the fire, were sent.",
        "en",
        "some 50 miles",
    )
    assert c.verdict == "unverifiable"


@pytest.mark.parametrize(
    "text",
    [
        # an offset to a coast names no town
        "KUMAMOTO, Japan (Reuters) - The epicentre was about 20 km off the coast, the "
        "agency said. Aso, about 15 km east of the epicentre, reported landslides.",
        # "fire station": the noun modifies another, no site
        "SANTA FE, N.M. (AP) - The fire station lies 5 miles east of Pecos. Las Vegas, some "
        "30 miles east of the fire, opened a shelter.",
        "SANTA FE, N.M. (AP) - Fire crews stationed near Pecos were called out. Las Vegas, "
        "some 30 miles east of the fire, opened a shelter.",
    ],
)
def test_no_site_without_a_town_or_with_a_modifier(text: str) -> None:
    a = analyze(text, lang="en", date="2026-06-01", events=False)
    assert all(c.reference is None or c.reference.kind != "site" for c in a.claims)
    assert all(
        c.reference is None or c.reference.name != "Pecos"
        for c in a.claims
        if "30 miles" in c.stated.text
    )
