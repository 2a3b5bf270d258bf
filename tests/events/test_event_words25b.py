"""Event nouns with other senses, read by what their clause tells (docs/events.md, "Event
words, session 25, round 2"): a bare ``crash`` that counted victims or took place, a noun
that names an event as the subject of a verb of happening (``A vote took place``, ``A
robbery occurred``, German ``ereignete sich ein Zusammenstoß``), and ``strikes`` launched by
workers (a labour strike), by an army or on a target (an attack). Sentences of our own, in
other places and wording than the probe's rows; the look-alikes in the other sense (a
market's crash, a vote of thanks, an outbreak of violence, a clash of opinions, a strike
that is a verb) were written with them and must stay as they are."""

from __future__ import annotations

import pytest

import geomap
from tests.support.events import EVENT_WORDS_DAY, kinds_of, trigger_kinds

DAY = EVENT_WORDS_DAY
_events = trigger_kinds
_kinds = kinds_of


# --- a bare crash that counted victims or took place: a road crash ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Three people died in a crash near Tarija on Saturday.",
        "Five pilgrims died in a crash near Quetta on Tuesday.",
        "A head-on crash near Ruse injured eleven passengers on Friday.",
        "A multi-vehicle crash left four dead near Fresno on Sunday.",
        "Crash near Hermosillo leaves 12 dead",
        "A crash occurred on the N2 near Durban on Friday.",
        "A crash took place in Herat on Tuesday, local officials said.",
    ],
)
def test_bare_crash_with_victims_is_a_road_accident(text: str) -> None:
    assert _events(text) == [("crash" if "crash" in text else "Crash", "accident")]


@pytest.mark.parametrize(
    "text",
    [
        "A crash in share prices hit investors in Frankfurt on Monday.",
        "The 2008 crash left many families in Reykjavik poor.",
        "A computer crash delayed flights at Heathrow on Tuesday.",
        "A computer crash happened at the bank in Lisbon on Monday, staff said.",
        "A flash crash occurred on the exchange in Chicago on Friday.",
        "The stock market crash killed the hopes of savers in Seoul.",
        "The housing crash killed the building trade in Dublin.",
        "Officials in Lagos said the crash of the naira hurt importers on Monday.",
        "After the market crash in Shanghai on Monday, traders stayed home.",
        "Police in Leeds offered a crash course in first aid on Monday.",
        "A crash diet left the singer in hospital in Madrid.",
        "The crash barrier near Bristol was repaired on Monday.",
    ],
)
def test_crash_of_markets_and_machines_is_none(text: str) -> None:
    assert _kinds(text) == []


# --- a noun that names an event as the subject of a verb of happening ---------------------
@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("A vote took place in the regional assembly in Bremen on Tuesday.", "vote", "election"),
        ("A second ballot took place in Bordeaux on Sunday.", "ballot", "election"),
        (
            "A boycott of classes took place at the university in Dhaka on Monday.",
            "boycott",
            "protest",
        ),
        (
            "A robbery occurred at a jewellery shop in Antwerp on Saturday.",
            "robbery",
            "strategic_development",
        ),
        (
            "An armed robbery happened at a petrol station near Ipswich late on Friday.",
            "robbery",
            "strategic_development",
        ),
        (
            "A takeover of the port took place in Kismayo on Monday.",
            "takeover",
            "strategic_development",
        ),
        (
            "An outbreak occurred at a school in Mbale on Tuesday, health officials said.",
            "outbreak",
            "disaster",
        ),
        (
            "The signing of the truce took place in Jeddah on Saturday.",
            "signing",
            "strategic_development",
        ),
        ("The announcement took place in Brasilia on Monday.", "announcement", "statement"),
        ("A fire occurred at an apartment complex in Tucson on Monday.", "fire", "accident"),
        ("Fires occurred in three warehouses in Lagos on Monday.", "Fires", "accident"),
        ("A strike took place at the port of Durban on Monday.", "strike", "protest"),
        # a strike's or a fire's own longer word keeps it
        (
            "A drone strike took place near Marib on Sunday.",
            "drone strike",
            "explosion_remote_violence",
        ),
        (
            "A lightning strike occurred at a farm near Lamu on Monday.",
            "lightning strike",
            "disaster",
        ),
    ],
)
def test_noun_that_happened_is_an_event(text: str, trigger: str, kind: str) -> None:
    assert _events(text) == [(trigger, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "A vote of thanks took place at the club in Leeds on Monday.",
        "No vote took place in Bremen on Tuesday.",
        "The vote is expected to take place in Lusaka next month.",
        "The outbreak of war in 1914 happened after a shot in Sarajevo.",
        "A boycott of French goods took hold in Algiers in 2023.",
        "A takeover bid by the bank in Zurich happened too fast for regulators.",
        "The engagement took place in Paris on Saturday.",
        "A robbery scene was filmed in Prague on Monday for a television series.",
        "If a robbery occurred in Bristol, police would answer within minutes.",
        "A training session took place in Leeds on Monday.",
        "Nothing like the fire of 1666 has happened in London since.",
        "The strike that took place in 1984 still divides Barnsley.",
    ],
)
def test_nouns_in_another_sense_stay_none(text: str) -> None:
    assert _kinds(text) == []


def test_exchange_of_fire_is_no_blaze() -> None:
    text = "An exchange of fire occurred near the border in Kashmir on Monday."
    assert "accident" not in _kinds(text)


def test_outbreak_of_violence_is_no_epidemic() -> None:
    assert "disaster" not in _kinds(
        "An outbreak of violence occurred in Jos on Monday, police said."
    )


def test_election_word_keeps_the_election() -> None:
    # the runoff names the election; the vote after it does not make it a chamber's vote
    assert _events("The runoff vote took place in Lusaka on Sunday amid heavy rain.") == [
        ("runoff", "election")
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        (
            "Am Donnerstag ereignete sich auf der B27 bei Tübingen ein Zusammenstoß.",
            "Zusammenstoß",
            "accident",
        ),
        (
            "In der Nacht zum Sonntag ereignete sich bei Gera ein schwerer Zusammenstoß.",
            "Zusammenstoß",
            "accident",
        ),
        (
            "Am Montag ereignete sich in Mogadischu eine Autobombe.",
            "Autobombe",
            "explosion_remote_violence",
        ),
    ],
)
def test_german_noun_that_happened(text: str, trigger: str, kind: str) -> None:
    assert _events(text, "de") == [(trigger, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Zusammenstoß der Kulturen in Marseille ereignete sich vor Jahrhunderten.",
        "Ein Zusammenstoß der Meinungen ereignete sich am Montag im Stadtrat von Kiel.",
        "Am Sonntag ereignete sich in Bremen nichts Besonderes.",
    ],
)
def test_german_clash_of_opinions_is_none(text: str) -> None:
    assert _kinds(text, "de") == []


def test_german_clash_with_police_is_no_road_accident() -> None:
    text = (
        "Am Montag ereignete sich in Leipzig ein Zusammenstoß zwischen Polizei und Demonstranten."
    )
    assert "accident" not in _kinds(text, "de")


# --- strikes launched: by their actor, their target or their strikers ---------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an attack: what was struck, or an armed actor that launched them
        (
            "The army launched a strike on rebel positions near Goma on Monday.",
            "explosion_remote_violence",
        ),
        ("Israel launched strikes on targets in Gaza on Tuesday.", "explosion_remote_violence"),
        (
            "The army launched strikes near Kidal overnight, officials said on Monday.",
            "explosion_remote_violence",
        ),
        ("Rebels launched a strike at dawn near Bunia on Sunday.", "explosion_remote_violence"),
        ("Drones launched strikes on a convoy near Marib on Sunday.", "explosion_remote_violence"),
        (
            "The air force continued strikes on militant hideouts near Kunduz on Friday.",
            "explosion_remote_violence",
        ),
        # a labour strike: its strikers or a verb that starts one
        ("Workers launched strikes across the country on Monday, starting in Lagos.", "protest"),
        ("Nurses launched strikes at three hospitals in Nairobi on Tuesday.", "protest"),
        ("Teachers began strikes in Accra on Monday.", "protest"),
        ("Bus drivers held strikes in Marseille on Thursday.", "protest"),
        ("Dock workers launched a strike at the port of Antwerp on Monday.", "protest"),
    ],
)
def test_strikes_launched_by_actor_or_target(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Unions strike a deal with the government in Athens.",
        "The company launched a product in Austin on Monday.",
        "The team's strikes were launched in Lisbon in 2019.",
        "Police launched a search for the missing boy near Leeds on Monday.",
    ],
)
def test_strike_look_alikes_stay_none(text: str) -> None:
    assert _kinds(text) == []


# --- a headline's rampage: people riot, animals do not -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Angry youths rampage in Bydgoszcz",
        "Football fans rampage through central Marseille after defeat",
        "Rioters rampage in Nakuru as tensions rise",
        "Hooligans rampaged through the centre of Rotterdam on Sunday.",
    ],
)
def test_people_who_rampage_riot(text: str) -> None:
    assert _kinds(text) == ["riot"]


@pytest.mark.parametrize(
    "text",
    [
        "Wild elephants rampage through crops in Assam",
        "A herd of buffalo rampaged through the village near Kasane on Monday.",
        "Prices rampage higher in Buenos Aires",
        "The rampage in Leeds in 2011 is remembered.",
    ],
)
def test_rampage_look_alikes_stay_none(text: str) -> None:
    assert _kinds(text) == []


def test_airline_crash_is_an_air_accident() -> None:
    text = "Four of the 14 passengers who died in an airline crash in Montana on Sunday were kin."
    assert [
        (e.trigger, e.kind, e.sub_kind) for e in geomap.analyze(text, lang="en", date=DAY).events
    ] == [("airline crash", "accident", "air")]


def test_airline_word_alone_names_no_crash() -> None:
    assert _kinds("The airline's website crashed in Dallas on Monday.") == []


# --- a vote held: its object right after "held" or the subject of its passive -------------
@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Parliament held a vote on the budget in Nairobi on Tuesday.", "vote", "election"),
        ("The city council held a vote on the stadium in Turin on Monday.", "vote", "election"),
        ("Senators held a second vote on the bill in Canberra on Thursday.", "vote", "election"),
        ("Lawmakers in Lima held a vote to remove the president on Friday.", "vote", "election"),
        ("The opposition held a primary in Caracas on Sunday.", "primary", "election"),
        ("A second ballot was held in Bordeaux on Sunday.", "ballot", "election"),
        ("The vote was held in Lusaka on Sunday amid heavy rain.", "vote", "election"),
        # an election's own word keeps it
        ("The runoff vote was held in Lusaka on Sunday.", "runoff", "election"),
    ],
)
def test_vote_held_is_an_event(text: str, trigger: str, kind: str) -> None:
    assert _events(text) == [(trigger, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The speaker held the deciding vote in Ottawa on Monday.",
        "The ruling party held its seats in the vote in Harare.",
        "The club held a vote of thanks for its volunteers in Leeds on Monday.",
        "The vote was held up by a court challenge in Lagos on Monday.",
        "Police held a suspect over the vote rigging in Abuja on Monday.",
        "Officials in Bogota said a vote will be held next month.",
        "A vote is due to be held in Quito in June.",
        "The party held onto power after the vote in Belgrade in 2020.",
        "The ceasefire held in Idlib on Monday.",
        "Voters held placards outside the ballot station in Accra on Monday.",
    ],
)
def test_vote_held_look_alikes_stay_none(text: str) -> None:
    assert _kinds(text) == []
