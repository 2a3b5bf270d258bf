"""The place of an event, session 17 (issue 20): two shapes of wrong places on fresh text.

- **A part of a hyphenated name the gazetteer lacks** (``the village of Lyon-Kanda``): the
  geoparser matches the first part alone, a town of that name on another continent, and
  the event was placed there. Such a part is no place of the event: the region the clause
  names, else the dateline, places it. Compounds of a name keep it (``Gaza-Stadt``,
  ``the Nairobi-Mombasa highway``).
- **Talks with another state's people** (``met Togolese officials``, ``held talks with his
  Zimbabwean counterpart``, ``empfing eine Delegation aus Burkina Faso``) with no place of
  their own are held where the host state sits (the dateline), not at the scene of the
  disaster told before; after a journey they are where the journey went.
- **A named site of a town the gazetteer lacks** (``in Liberty Square``, ``auf dem
  Maidan-Platz``) opening a new paragraph: in the dateline's town, not in the town of the
  paragraph before; in the same paragraph the scene is still carried.

Each row is written for this table, with places and wording the events dev articles do
not use; the place is the name the event's place must hold, ``#precision`` also asks for
the precision.
"""

from __future__ import annotations

import pytest

from tests.events.test_place_probe15 import MON, TUE, _check

FRAGMENT_ROWS = [
    pytest.param(
        "CONAKRY, June 10 (Reuters) - Gunmen killed nine people in the village of Lyon-Kanda "
        "in Guinea's Kindia region on Monday, local officials said.",
        "en",
        "violence_against_civilians",
        MON,
        "Kindia#region",
        id="en-fragment-region-possessive",
    ),
    pytest.param(
        "ACCRA, June 10 (Reuters) - Floods swept through the town of Toronto-Nkwanta in "
        "Ghana's Ashanti region on Tuesday, killing four people.",
        "en",
        "disaster",
        TUE,
        "Ashanti#region",
        id="en-fragment-hazard-region",
    ),
    pytest.param(
        "LA PAZ, June 10 (AP) - Miners clashed with police in the town of Sevilla-Chico in "
        "Bolivia's Potosi department on Tuesday.",
        "en",
        "riot|protest|battle",
        TUE,
        "Potos#region",
        id="en-fragment-both-parts-places",
    ),
    pytest.param(
        "ACCRA, June 10 (Reuters) - Floods swept through the town of Toronto-Nkwanta on "
        "Tuesday, killing four people.",
        "en",
        "disaster",
        TUE,
        "Accra",
        id="en-fragment-dateline",
    ),
    pytest.param(
        "Dakar (dpa) - Bewaffnete haben am Montag im Dorf Lyon-Kanda in der guineischen "
        "Region Kindia neun Menschen getötet.",
        "de",
        "violence_against_civilians",
        MON,
        "Kindia#region",
        id="de-fragment-region-adjective",
    ),
    pytest.param(
        "Lima (dpa) - Ein Erdrutsch hat am Montag das Dorf Sevilla-Chico in der Region "
        "Ancash verschüttet.",
        "de",
        "disaster",
        MON,
        "Ancash#region",
        id="de-fragment-both-parts-places",
    ),
    # guards: compounds of a name keep the name
    pytest.param(
        "Jerusalem (dpa) - Bei einem Luftangriff in Gaza-Stadt sind am Montag fünf Menschen "
        "getötet worden.",
        "de",
        "explosion_remote_violence",
        MON,
        "Gaza",
        id="de-guard-compound-noun",
    ),
    pytest.param(
        "Houston (dpa) - Im US-Bundesstaat Texas hat am Montag ein Tornado mehrere Häuser "
        "zerstört.",
        "de",
        "disaster",
        MON,
        "Texas#region",
        id="de-guard-hyphenated-admin-word",
    ),
]

TALKS_ROWS = [
    pytest.param(
        "ACCRA, June 10 (Reuters) - Floods killed six people in the northern town of Tamale "
        "on Monday. President Kofi Mensah met Togolese officials on Tuesday to discuss the "
        "border.",
        "en",
        "meeting",
        TUE,
        "Accra",
        id="en-talks-foreign-officials",
    ),
    pytest.param(
        "LUSAKA, June 10 (AP) - A mine shaft collapsed in Kitwe on Monday, trapping 11 "
        "workers. Zambia's foreign minister held talks with his Zimbabwean counterpart on "
        "Tuesday on cross-border trade.",
        "en",
        "meeting",
        TUE,
        "Lusaka",
        id="en-talks-counterpart",
    ),
    pytest.param(
        "Lusaka (dpa) - In der Bergbaustadt Kitwe ist am Montag ein Schacht eingestürzt. Der "
        "Außenminister traf sich am Dienstag mit seinem simbabwischen Amtskollegen.",
        "de",
        "meeting",
        TUE,
        "Lusaka",
        id="de-talks-counterpart-adjective",
    ),
    # guards: after a journey the talks are where it went; talks with no other state's
    # people still take the scene before them
    pytest.param(
        "ACCRA, June 10 (Reuters) - President Kofi Mensah flew to Tamale on Tuesday. He met "
        "the Togolese ambassador in the afternoon.",
        "en",
        "meeting",
        TUE,
        "Tamale",
        id="en-guard-talks-after-journey",
    ),
    pytest.param(
        "ACCRA, June 10 (Reuters) - Floods killed six people in the northern town of Tamale "
        "on Monday. Rescue teams met local chiefs on Tuesday.",
        "en",
        "meeting",
        TUE,
        "Tamale",
        id="en-guard-talks-no-foreign-party",
    ),
]


SITE_ROWS = [
    pytest.param(
        "TBILISI, June 10 (Reuters) - Floods damaged dozens of homes in the western town of "
        "Zugdidi on Monday.\n\nAbout 2,000 people rallied in Tavisupleba Square on Tuesday "
        "against a new media law.",
        "en",
        "protest",
        TUE,
        "Tbilisi",
        id="en-site-square-new-paragraph",
    ),
    pytest.param(
        "ASUNCION, June 10 (AP) - A bus overturned near the town of Concepcion on Monday, "
        "injuring 14 people.\n\nRiot police clashed with students on Mariscal Lopez Avenue "
        "on Tuesday.",
        "en",
        "riot|protest|battle",
        TUE,
        "Asunci",
        id="en-site-avenue-new-paragraph",
    ),
    pytest.param(
        "Kiew (dpa) - In der ostukrainischen Stadt Charkiw ist am Montag ein Wohnhaus "
        "eingestürzt.\n\nAm Dienstag demonstrierten Tausende Menschen auf dem "
        "Maidanek-Platz gegen die Regierung.",
        "de",
        "protest",
        TUE,
        "Kyiv|Kiew",
        id="de-site-platz-new-paragraph",
    ),
    # guards: in the same paragraph the scene is carried; a site after a town is there
    pytest.param(
        "TBILISI, June 10 (Reuters) - Floods damaged dozens of homes in the western town of "
        "Zugdidi on Monday. On Tuesday, residents rallied in Tavisupleba Square to demand "
        "help.",
        "en",
        "protest",
        TUE,
        "Zugdidi",
        id="en-guard-site-same-paragraph",
    ),
    pytest.param(
        "TBILISI, June 10 (Reuters) - Floods damaged dozens of homes in the western town of "
        "Zugdidi on Monday.\n\nAbout 2,000 people rallied in Batumi's Europe Square on "
        "Tuesday.",
        "en",
        "protest",
        TUE,
        "Batumi",
        id="en-guard-site-with-town",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), FRAGMENT_ROWS)
def test_hyphenated_name_fragment(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    _check(text, lang, kinds, day, place)


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), TALKS_ROWS)
def test_talks_with_another_state(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    _check(text, lang, kinds, day, place)


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), SITE_ROWS)
def test_town_site_new_paragraph(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    _check(text, lang, kinds, day, place)
