"""Which place of its sentence an event happened at, session 27 (h27-evsites; issue 20,
docs/events.md, "The place of an event inside its own sentence, session 27"): the
mechanisms of the place chooser this session widened or added, each with look-alikes in
other wording and regions than the event-site probe
(benchmarks/material/probe_event_sites18.csv) and near-misses it must not touch."""

from __future__ import annotations

import pytest

from tests.support.event_table import plain, trigger_place

DAY = "2025-05-06"


def _place_of(lang: str, text: str, trigger: str) -> str | None:
    return trigger_place(lang, text, trigger, DAY)


def _at(lang: str, text: str, trigger: str, place: str) -> None:
    """The event of ``trigger`` is at a place bearing one of ``place``'s ``|``-separated
    names."""
    got = _place_of(lang, text, trigger)
    assert got is not None and any(plain(n) in plain(got) for n in place.split("|")), (got, text)


# A route's far end told by its heading: "from A toward B", "von A Richtung B" (`[places]
# route_to_preps`); both ends yield to the site the clause names with its own preposition.
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        (
            "en",
            "A minibus heading from Kandahar toward Mashhad overturned outside Herat.",
            "overturned",
            "Herat",
        ),
        (
            "en",
            "A train travelling from Gdansk towards Warsaw derailed near Olsztyn on Monday.",
            "derailed",
            "Olsztyn",
        ),
        (
            "en",
            "A lorry driving from Fulda toward Hanover crashed into a bridge outside Kassel.",
            "crashed",
            "Kassel",
        ),
        (
            "de",
            "Ein Reisebus von Trabzon Richtung Ankara verunglückte am Samstag bei Samsun.",
            "verunglückte",
            "Samsun",
        ),
        (
            "de",
            "Ein Zug von Danzig Richtung Warschau entgleiste am Montag nahe Olsztyn.",
            "entgleiste",
            "Olsztyn",
        ),
        # near-misses: with no other place the route still places the event; a heading
        # after the trigger is where people went, no route of the subject
        ("en", "A lorry driving from Fulda toward Hanover crashed.", "crashed", "Hannover"),
        (
            "de",
            "Ein Reisebus von Trabzon Richtung Ankara verunglückte am Samstag.",
            "verunglückte",
            "Ankara",
        ),
    ],
)
def test_a_routes_heading_yields_to_the_site(lang, text, trigger, place):
    _at(lang, text, trigger, place)


# A preposition before the trigger verb governs its own phrase, never a place after the verb:
# "Jets from A bombed the city of B" is at B (before: the walk back from B to a cue crossed
# the verb and the other town, read B as an origin and left the event with no place).
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        ("en", "Jets from Latakia bombed the city of Homs on Monday.", "bombed", "Homs"),
        (
            "en",
            "Militants from Kandahar attacked the town of Herat on Monday.",
            "attacked",
            "Herat",
        ),
        (
            "en",
            "A delegation from Yerevan visited the port city of Batumi on Thursday.",
            "visited",
            "Batumi",
        ),
        (
            "en",
            "Gunmen from Zinder stormed the town of Maradi before dawn on Friday.",
            "stormed",
            "Maradi",
        ),
        # German puts the finite verb second or last: the walk met a preposition first
        ("de", "Milizen aus Kandahar griffen am Montag die Stadt Herat an.", "griffen", "Herat"),
        (
            "de",
            "Kampfjets aus Latakia haben am Montag die Stadt Homs bombardiert.",
            "bombardiert",
            "Homs",
        ),
        # near-misses: a preposition after the verb is the verb's own
        ("en", "Troops withdrew from the town of Herat on Monday.", "withdrew", "Herat"),
        ("en", "Militants in Kandahar attacked a convoy on Monday.", "attacked", "Kandahar"),
    ],
)
def test_a_preposition_before_the_verb_is_not_the_objects(lang, text, trigger, place):
    _at(lang, text, trigger, place)


# A German clause opened by a conjunction ("nachdem", "weil") ends with its verb: a place
# before that verb is the clause's own event's, not a phrase of another event
# (`_in_event_phrase`).
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Im Nachbarland Bangladesch wurde am Dienstag ein Bootsführer festgenommen, "
            "nachdem am Sonntag vor der Küste von Teknaf ein Boot mit Flüchtlingen gekentert war.",
            "gekentert",
            "Teknaf",
        ),
        (
            "In Polen wurde am Montag ein Lokführer festgenommen, nachdem am Sonntag bei "
            "Olsztyn ein Zug entgleist war.",
            "entgleist",
            "Olsztyn",
        ),
        (
            "Im Süden Indiens wurden Hunderte Menschen evakuiert, weil am Morgen in Kochi ein "
            "Feuer ausgebrochen war.",
            "Feuer",
            "Kochi",
        ),
        # near-misses: a phrase that tells another event before the trigger still yields
        (
            "Nach der Sitzung in Erfurt streikten am Freitag in Leipzig die Busfahrer.",
            "streikten",
            "Leipzig",
        ),
        (
            "Nachdem bei Danzig ein Zug entgleist war, wurde am Montag in Olsztyn ein "
            "Lokführer festgenommen.",
            "festgenommen",
            "Olsztyn",
        ),
    ],
)
def test_a_german_subordinate_clause_keeps_its_own_place(text, trigger, place):
    _at("de", text, trigger, place)


def test_the_english_twin_already_held():
    _at(
        "en",
        "Police in Bangladesh arrested a boat operator on Tuesday after a boat capsized off "
        "Teknaf on Sunday.",
        "capsized",
        "Teknaf",
    )


# A road named by the towns it joins, then "near C": the near phrase says where on the road,
# not where the second town lies (`_nesting` no longer makes C yield to it).
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        (
            "en",
            "Two buses collided on the highway linking Pune and Surat near Nashik on Friday.",
            "collided",
            "Nashik",
        ),
        (
            "en",
            "A freight train derailed on the line connecting Fulda and Erfurt near Kassel.",
            "derailed",
            "Kassel",
        ),
        (
            "de",
            "Auf der Strecke, die Fulda und Erfurt verbindet, entgleiste bei Kassel ein Güterzug.",
            "entgleiste",
            "Kassel",
        ),
        # near-misses: two towns with no road, "A near B", stay at A
        ("en", "Gunmen ambushed a convoy in Herat near Kandahar on Monday.", "ambushed", "Herat"),
        ("de", "Hochwasser überflutete am Montag Olsztyn nahe Danzig.", "Hochwasser", "Olsztyn"),
    ],
)
def test_a_road_named_by_its_towns_is_placed_by_near(lang, text, trigger, place):
    _at(lang, text, trigger, place)


# A passive's subject is what was hit; where the fire came from placed the strike only for
# want of another place.
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        ("en", "Kharkiv was shelled overnight from positions near Belgorod.", "shelled", "Kharkiv"),
        ("en", "Homs was shelled on Monday from positions near Hama.", "shelled", "Homs"),
        (
            "de",
            "Charkiw ist am Dienstag von Stellungen bei Belgorod aus beschossen worden.",
            "beschossen",
            "Kharkiv",
        ),
        # near-misses: the subject is no place, or the clause names the site itself
        ("en", "Troops were shelled near Belgorod on Tuesday.", "shelled", "Belgorod"),
        (
            "en",
            "Villages near Kharkiv were shelled from positions near Belgorod on Tuesday.",
            "shelled",
            "Kharkiv",
        ),
    ],
)
def test_a_passive_subject_beats_where_the_fire_came_from(lang, text, trigger, place):
    _at(lang, text, trigger, place)


# What the event is compared with ("than", a German comparative's "als") yields.
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        (
            "en",
            "The quake that hit Sendai on Monday was stronger than the one near Sapporo last year.",
            "quake",
            "Sendai",
        ),
        (
            "en",
            "The storm struck Chiang Mai on Sunday with stronger winds than those recorded in "
            "Bangkok.",
            "storm",
            "Chiang Mai",
        ),
        (
            "de",
            "Das Beben erschütterte am Montag Sendai und war stärker als jenes bei Sapporo im "
            "Vorjahr.",
            "Beben",
            "Sendai",
        ),
        (
            "de",
            "Das Hochwasser überflutete am Montag Recife und richtete größere Schäden an als "
            "jenes in Fortaleza.",
            "Hochwasser",
            "Recife",
        ),
        (
            "de",
            "Der Sturm traf am Sonntag Chiang Mai mit stärkeren Böen als in Bangkok gemessen.",
            "Sturm",
            "Chiang Mai",
        ),
        # near-misses: a quantity after "than" is no comparison; "als" of time stays
        ("en", "A quake struck more than 100 km off Sendai on Monday.", "quake", "Sendai"),
        (
            "de",
            "Als am Montag bei Sendai ein Beben gemeldet wurde, flohen Hunderte aus Tokio.",
            "Beben",
            "Sendai",
        ),
        (
            "en",
            "More people protested in Leipzig on Monday than at any rally in Dresden since 2015.",
            "protested",
            "Leipzig",
        ),
    ],
)
def test_what_an_event_is_compared_with_yields(lang, text, trigger, place):
    _at(lang, text, trigger, place)


# "for nine years" tells how long, not why: the court's town after it is no crime's.
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        (
            "en",
            "A Calgary man was jailed for nine years by a court in Edmonton on Tuesday for a "
            "string of armed robberies.",
            "jailed",
            "Edmonton",
        ),
        (
            "en",
            "A Kassel man was sentenced for six months by judges in Erfurt on Tuesday.",
            "sentenced",
            "Erfurt",
        ),
        (
            "en",
            "A Toulouse man was detained for 48 hours by police in Lyon on Saturday.",
            "detained",
            "Lyon",
        ),
        # near-misses: a number of crimes after "for" is still the charge
        (
            "en",
            "A court in Leipzig sentenced him on Tuesday for two murders in Kassel.",
            "sentenced",
            "Leipzig",
        ),
        (
            "en",
            "A court in Lyon jailed a man for nine years for an arson attack in Toulouse.",
            "jailed",
            "Lyon",
        ),
    ],
)
def test_a_duration_is_no_charge(lang, text, trigger, place):
    _at(lang, text, trigger, place)


# A relative clause with no comma inside the subject ("A plane that had taken off from A
# crashed near B"): its places are its own verb's and yield to the trigger's.
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "A small plane that had taken off from Tulsa crashed near Omaha on Saturday.",
            "crashed",
            "Omaha",
        ),
        ("A ferry that sailed from Zanzibar on Monday sank off Mombasa.", "sank", "Mombasa"),
        ("A man who lives in Kassel was arrested in Leipzig on Monday.", "arrested", "Leipzig"),
        (
            "A police officer who had served in Busan was shot dead in Daegu on Wednesday.",
            "shot",
            "Daegu",
        ),
        # near-misses: alone the relative clause's place still places the event; "said that"
        # opens no relative clause
        ("A small plane that had taken off from Tulsa crashed on Saturday.", "crashed", "Tulsa"),
        (
            "Officials said that police in Leipzig arrested 20 people on Monday.",
            "arrested",
            "Leipzig",
        ),
        (
            "Officials in Kassel said that police arrested 20 people in Leipzig on Monday.",
            "arrested",
            "Leipzig",
        ),
    ],
)
def test_a_relative_clause_without_commas_keeps_its_places(text, trigger, place):
    _at("en", text, trigger, place)


def test_the_german_relative_clause_between_commas_already_held():
    _at(
        "de",
        "Ein Mann, der in Kassel lebt, wurde am Montag in Leipzig festgenommen.",
        "festgenommen",
        "Leipzig",
    )


# A place a storm passed by is not where it struck (`[places] passing_words`); the storm's
# own landfall after "before" is no other event's phrase.
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        (
            "en",
            "The typhoon brushed Hue before it made landfall near Da Nang on Sunday.",
            "typhoon",
            "Da Nang",
        ),
        ("en", "The storm bypassed Hue and hit Da Nang on Sunday.", "storm", "Da Nang"),
        (
            "en",
            "The cyclone skirted Kolkata and battered Chittagong on Monday.",
            "cyclone",
            "Chattogram|Chittagong",
        ),
        (
            "en",
            "The hurricane passed north of Veracruz before it made landfall near Tampico.",
            "hurricane",
            "Tampico",
        ),
        (
            "de",
            "Der Zyklon passierte Kalkutta und verwüstete am Montag Chittagong.",
            "Zyklon",
            "Chattogram|Chittagong",
        ),
        ("de", "Der Sturm streifte Hue und verwüstete am Sonntag Da Nang.", "Sturm", "Da Nang"),
        # near-misses: alone the passed place still places the event; a place with its own
        # preposition after "past" is the event's
        ("en", "The storm passed Hue on Sunday.", "storm", "Hue"),
        ("de", "Der Sturm streifte am Sonntag Hue.", "Sturm", "Hue"),
        (
            "en",
            "Protesters marched past the town hall in Leipzig on Monday.",
            "marched",
            "Leipzig",
        ),
    ],
)
def test_a_place_passed_by_is_not_where_it_struck(lang, text, trigger, place):
    _at(lang, text, trigger, place)
