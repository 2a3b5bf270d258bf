"""English wire copy on unseen wording, session 26 (docs/events.md, "English wire copy: place
shapes and look-alikes of events (session 26, h26-even)"): a district owned by its province
(``in Assam's Dhemaji district``), a product that hit the market, a match told in the words
of war. Sentences of our own, in other regions and wording than the dev articles that showed
the classes; the look-alikes that must stay as they were were written with them."""

from __future__ import annotations

import pytest

import geomap
from tests.support.events import kinds_of

_DAY = "2026-07-16"


def _places(text: str) -> list[str | None]:
    return [e.place_name for e in geomap.analyze(text, lang="en", date=_DAY).events]


# --- a district owned by its province or country: the district is the place -------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed five people in Punjab's Kasur district on Monday.", "Kasur"),
        ("Gunmen killed five people in Borno's Gwoza district on Monday.", "Gwoza"),
        ("A bridge collapsed in Kerala's Idukki district on Sunday.", "Idukki"),
        ("Floods swept through villages in Sindh's Larkana district on Wednesday.", "Larkana"),
        ("A bus plunged into a gorge in Nepal's remote Mugu district on Friday.", "Mugu"),
    ],
)
def test_possessive_owner_yields_to_its_district(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the possessive owns a person, not the place: the town keeps the event
        ("Punjab's chief minister visited Lahore on Monday.", "Lahore"),
        ("Protesters marched in Lahore, Punjab's capital, on Monday.", "Lahore"),
        # no town after the possessive: the province stays
        ("Gunmen killed five people in Punjab on Monday.", "Punjab"),
    ],
)
def test_possessive_guards(text: str, place: str) -> None:
    assert _places(text) == [place]


# --- a product that hit the market: no crash --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The new car hit the market on Tuesday.",
        "A new electric car built in Nnewi hit the market on Tuesday.",
        "The carmaker's latest pickup truck hits showrooms in Durban next month.",
        "The new minibus hit the shelves of toy shops in Osaka on Friday.",
    ],
)
def test_product_that_hit_the_market_is_no_accident(text: str) -> None:
    assert kinds_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A truck hit a market in Kabul on Tuesday, killing five.",
        "A car hit a pedestrian near the market in Mombasa on Friday.",
        "A bus hit a crowd outside the stadium in Lima on Sunday.",
    ],
)
def test_vehicle_that_hit_a_place_or_people_stays_a_crash(text: str) -> None:
    assert kinds_of(text) == ["accident"]


# --- a match told in the words of war ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Liverpool conquered Madrid on Tuesday night.",
        "Porto routed Lisbon on Sunday.",
        "Nigeria conquered Kigali in the first leg last week.",
        "Boca Juniors stormed Montevideo with a 3-0 win in the semi-final on Sunday.",
        "The home side crushed Accra 4-0 in the league on Sunday.",
        "The striker launched a shot from 30 metres in Lagos on Saturday.",
        "The winger fired a volley past the goalkeeper in Dakar on Saturday.",
    ],
)
def test_match_in_words_of_war_is_no_event(text: str) -> None:
    assert kinds_of(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Rebels conquered the town of Kidal on Tuesday.", ["battle"]),
        ("Islamist fighters conquered Palmyra on Sunday.", ["battle"]),
        ("Rebels stormed Bukavu on Sunday.", ["explosion_remote_violence"]),
        # a town after a preposition is no team: "from A" says where the troops came from
        ("Troops from Goma stormed Bukavu on Sunday.", ["explosion_remote_violence"]),
        ("North Korea launched a missile from Sohae on Monday.", ["launch"]),
        (
            "Gunmen opened fire at a football match in Kumasi on Saturday, killing two fans.",
            ["explosion_remote_violence"],
        ),
        ("Police fired tear gas at fans outside the stadium in Kigali on Sunday.", ["protest"]),
        ("Soldiers fired shots in the air to disperse protesters in Dhaka on Monday.", ["protest"]),
    ],
)
def test_war_words_of_real_events_stay(text: str, kinds: list[str]) -> None:
    assert kinds_of(text) == kinds


# --- an arrest's reason: a place after "suspected", "accused", "wanted" is the crime's -----
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police in Kano arrested two men suspected of smuggling weapons to Maiduguri.", "Kano"),
        ("Officers in Cusco detained a woman accused of robbing tourists in Lima.", "Cusco"),
        (
            "Police in Nakuru said they had arrested three men wanted for a robbery in Nairobi.",
            "Nakuru",
        ),
        # alone, the crime's town still places the arrest; a town before the reason keeps it
        ("Police arrested two men suspected of theft in Kano on Monday.", "Kano"),
        (
            "Police arrested a man in Kisumu on Monday suspected of killing a man in Eldoret.",
            "Kisumu",
        ),
    ],
)
def test_arrest_reason_place_yields(text: str, place: str) -> None:
    assert _places(text) == [place]


# --- a relative clause on the object says where the people were ---------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Police fired tear gas on Monday at traders who were protesting in Lubumbashi.",
            "Lubumbashi",
        ),
        ("Police on Tuesday detained 40 miners who were marching in Rustenburg.", "Rustenburg"),
        ("Soldiers on Sunday shot dead three herders who were grazing cattle near Bama.", "Bama"),
    ],
)
def test_object_relative_clause_places_the_event(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        # an earlier act in the past perfect, an origin, an aside after a comma: no place
        "Police arrested on Monday two men who had robbed a bank in Kano.",
        "Police arrested on Monday two men who came from Kano.",
        "Police fired tear gas on Monday at traders, who live in Lubumbashi.",
    ],
)
def test_object_relative_guards(text: str) -> None:
    assert _places(text) == [None]


# --- a state that has lasted for years, a vow: no event of a day -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mine fires have burned under Jharia for more than a century.",
        "Fires have smouldered beneath the coalfield near Centralia for decades.",
        "Fighting has flared in the hills of Rakhine for years.",
        "The separatists have vowed to step up attacks on Chinese-funded projects in Gwadar.",
        "The junta pledged to hold elections in Bamako next year.",
        "The rebels swore to avenge the attack on Goma.",
    ],
)
def test_lasting_state_and_vow_are_no_events(text: str) -> None:
    assert kinds_of(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a sentence's length after the perfect, a fire of hours with its day: events
        ("Two men have been jailed for 10 years in Kano for a robbery.", ["court"]),
        (
            "A fire broke out in Jharia on Monday in a mine that has been worked for a century.",
            ["accident"],
        ),
        # a bare vow frames a fact; a vow in a clause of its own leaves the other
        (
            "The president vowed revenge after gunmen killed 12 people in Kano on Monday.",
            ["violence_against_civilians"],
        ),
        (
            "Gunmen killed 12 people in Kano on Monday, and the governor vowed to hunt them down.",
            ["violence_against_civilians"],
        ),
    ],
)
def test_lasting_and_vow_guards(text: str, kinds: list[str]) -> None:
    assert kinds_of(text) == kinds


# --- a journey's start told with a particle and its preposition ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 migrants set off on foot from Tapachula on Monday.",
        "A caravan of migrants set out from San Pedro Sula on Saturday.",
        "Thousands of pilgrims set off from Karbala on Sunday.",
    ],
)
def test_set_off_from_is_a_journey(text: str) -> None:
    assert kinds_of(text) == ["travel"]


@pytest.mark.parametrize(
    "text",
    ["The alarm was set off in Kano on Monday.", "The fans set off fireworks in Lagos on Monday."],
)
def test_set_off_without_a_journey_is_none(text: str) -> None:
    assert kinds_of(text) == []


# --- A in B, A read half a world away from B: the container places the event ---------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bus Plunges Into Ravine In Guizhou, Killing 12", "Guizhou"),
        ("Boat Sinks At Harbour In Mombasa", "Mombasa"),
        ("A bus plunged into a ravine in Guizhou on Monday.", "Guizhou"),
    ],
)
def test_namesake_abroad_yields_to_its_container(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town in its own province or country keeps the event
        ("Protesters marched in Phoenix in Arizona on Monday.", "Phoenix"),
        ("A bomb exploded in Goma in North Kivu on Monday.", "Goma"),
        ("A rocket lifted off from Kourou in French Guiana on Tuesday.", "Kourou"),
    ],
)
def test_town_in_its_container_stays(text: str, place: str) -> None:
    assert _places(text) == [place]
