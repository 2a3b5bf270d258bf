# ruff: noqa: E501  (the tables are data: one headline a row)
"""Session 24 (round 2): English headlines written in title case.

A headline in title case capitalises every word, so a capital says nothing of a name
there. This file's own headlines (none taken from a probe or a corpus), each above a
short body line as a news page prints it, in several regions:

- towns and islands after a capitalised preposition ("Storm Floods Streets In X",
  "Ferry Delayed Off X"): a capitalised preposition is no given name, and a headline's
  verb in ``-s`` ("Injures") is a common word, not a surname after the town;
- regions with a compass word ("In Northern Serbia"): the compass word is the part of
  the place after it, no province called "Northern"; a name the gazetteer holds whole
  ("Western Cape", "Northern Ireland") stays itself;
- capitalised phrases of common words ("Debate On Dual Citizenship", "Hope Fades For
  ...") that must stay no place, though a town or another name of a city bears a word;
- controls: the same towns in running text, and a city by its own name in a headline.

The expectations were written from the text before geomap was run on the headlines.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (headline and body, the places read as names: (mention, country code)). Towns,
#: islands and countries after a capitalised preposition.
TOWNS = (
    (
        "Storm Floods Streets In Tapa\nResidents of the Estonian town cleared water on Monday.",
        {("Tapa", "EE")},
    ),
    (
        "Ferry Delayed Off Gotland As Winds Rise\nThe ferry to the Swedish island waited for hours.",
        {("Gotland", "SE")},
    ),
    (
        "Factory Fire In Jelgava Injures Two\nFirefighters worked through the night in Latvia.",
        {("Jelgava", "LV"), ("Latvia", "LV")},
    ),
    (
        "Port Workers Strike In Kotka\nDockers in the Finnish port walked out on Tuesday.",
        {("Kotka", "FI")},
    ),
    (
        "Bus Crash Near Kisumu Kills Six\nThe bus left the road at night, police said.",
        {("Kisumu", "KE")},
    ),
    ("Protesters Gather In Bamenda Again\nShops stayed closed on Monday.", {("Bamenda", "CM")}),
    ("Floods Cut Roads Around Ipoh\nHeavy rain fell for two days.", {("Ipoh", "MY")}),
    ("Landslide Buries Homes In Kalimpong\nRescuers dug through the mud.", {("Kalimpong", "IN")}),
    (
        "Fishermen Stranded At Visby After Storm\nThe harbour was closed for a day.",
        {("Visby", "SE")},
    ),
    ("New Bridge Opens In Daugavpils\nThe city council cut the ribbon.", {("Daugavpils", "LV")}),
    ("Hospital Workers Walk Out In Tartu\nThe strike lasted six hours.", {("Tartu", "EE")}),
    ("Tram Line Extended To Oulu Suburbs\nWork began in spring.", {("Oulu", "FI")}),
    (
        "Gas Leak Forces Evacuation In Kaunas\nAbout 200 people left their homes.",
        {("Kaunas", "LT")},
    ),
    ("Lawmakers In Douala Debate Budget\nThe city council met on Monday.", {("Douala", "CM")}),
    (
        "Talks Stall In Geneva Over Syria\nDiplomats left without a deal.",
        {("Geneva", "CH"), ("Syria", "SY")},
    ),
    ("Voters In Georgia Head To Polls\nTurnout was high.", {("Georgia", "GE")}),
    pytest.param(
        "Wildfire Near Visby Contained\nCrews fought the blaze.",
        {("Visby", "SE")},
        marks=pytest.mark.xfail(
            strict=True,
            reason="a headline of four words has two common words, fewer than the three "
            "that make a line title-cased; 'Contained' is then read as a longer name's",
        ),
    ),
)

#: Regions with a compass word before them, and names the gazetteer holds whole.
COMPASS = (
    (
        "Floods Hit Villages In Northern Serbia\nRivers burst their banks after days of rain.",
        {("Serbia", "RS")},
    ),
    (
        "Wildfires Spread In Southern Portugal\nCrews fought the flames near the coast.",
        {("Portugal", "PT")},
    ),
    ("Drought Grips Eastern Kenya\nHerders lost cattle as rains failed.", {("Kenya", "KE")}),
    (
        "Heavy Snow Closes Roads In Western Norway\nDrivers were stranded overnight.",
        {("Norway", "NO")},
    ),
    (
        "Militants Attack Army Post In Northern Mozambique\nSoldiers returned fire.",
        {("Mozambique", "MZ")},
    ),
    ("Quake Shakes Southern Chile\nNo damage was reported.", {("Chile", "CL")}),
    ("Fighting Flares In Northwestern Syria\nShelling continued overnight.", {("Syria", "SY")}),
    ("Storms Batter Eastern Australia\nThousands lost power.", {("Australia", "AU")}),
    ("Fresh Clashes In Eastern Congo\nThousands fled their homes.", {("Congo", "CD")}),
    ("Heavy Rain Floods Southern England\nTrains were cancelled.", {("England", "GB")}),
    ("Snowstorm Hits Northern Japan\nFlights were grounded.", {("Japan", "JP")}),
    (
        "Police Hunt Gunman In Southern Sweden Town\nThe attack happened at night.",
        {("Sweden", "SE")},
    ),
    ("Ferry Sinks Off Northern Coast Of Java\nRescuers searched the sea.", {("Java", "ID")}),
    ("Storm Damage Reported In Eastern Townships\nCrews cleared roads.", set()),
    # names the gazetteer holds whole stay themselves
    (
        "Bushfires Threaten Homes In Western Australia\nResidents were told to leave.",
        {("Western Australia", "AU")},
    ),
    (
        "Unrest Grows In Northern Ireland\nPolice made arrests overnight.",
        {("Northern Ireland", "GB")},
    ),
    ("Drought Hits Farmers In Western Cape\nDams are at a record low.", {("Western Cape", "ZA")}),
    ("Floods Hit South Sudan Again\nAid agencies warned of disease.", {("South Sudan", "SS")}),
    (
        "Rio Grande do Sul Floods Leave Thousands Homeless\nThe Brazilian state declared an emergency.",
        {("Rio Grande do Sul", "BR")},
    ),
    pytest.param(
        "Cyclone Nears Northern Territory Coast\nResidents stocked up on supplies.",
        {("Northern Territory", "AU")},
        marks=pytest.mark.xfail(
            strict=True,
            reason="the line is not found title-cased (its feature words 'Territory' and "
            "'Coast' end the run of common words), so 'Cyclone' reads the name after it "
            "as a storm's",
        ),
    ),
)

#: Capitalised phrases of common words: no place, though towns bear some of the words.
COMMON = (
    "Debate On Dual Citizenship Heats Up\nLawmakers argued for hours on Tuesday.",
    "Hope Fades For Missing Climbers\nThe search was called off on Sunday.",
    "Mixed Reaction To New Budget\nUnions and employers disagreed.",
    "Bright Future Seen For Solar Power\nPrices have fallen sharply.",
    "Police Seek Driver After Crash\nThe car did not stop.",
    "Rising Prices Hit Poorest Families\nFood costs rose by a tenth.",
    "Long Queues At Petrol Stations\nDrivers waited for hours.",
    "Freedom Of Speech Under Pressure\nJournalists protested on Monday.",
    "Unity Talks Collapse Again\nThe parties walked out.",
    "Independence Day Parade Cancelled\nOrganisers cited the weather.",
    "Record Heat Wave Grips Region\nTemperatures passed 40 degrees.",
    "Troubled Waters For Fishing Fleet\nCatches fell again this year.",
    "Golden Years For Local Theatre\nAudiences grew.",
    "Liberty Bell Replica Unveiled\nThe crowd cheered.",
    "Strong Winds Topple Trees\nSeveral roads were blocked.",
    "Power Cut Leaves Thousands In Dark\nEngineers worked overnight.",
    "Council Backs Plan For New Homes\nThe vote was close.",
    "Mayor Jane Doe Backs Transit Plan\nThe council will vote next week.",
    "Debate on dual citizenship heats up in parliament.",
)

#: Controls in running text: the same towns after a preposition stay places.
CONTROLS = (
    ("Dockers in Kotka walked out on Tuesday.", {("Kotka", "FI")}),
    ("Firefighters in Jelgava worked through the night.", {("Jelgava", "LV")}),
    ("Heavy rain hit Rio Grande do Sul on Monday.", {("Rio Grande do Sul", "BR")}),
    ("Rivers rose in northern Serbia on Monday.", {("Serbia", "RS")}),
)


def _read(gaz, text: str) -> set[tuple[str, str | None]]:
    return {(p.mention, p.country_code) for p in name_places(text, "en", gaz)}


@pytest.mark.parametrize(("text", "expected"), TOWNS + COMPASS + CONTROLS)
def test_title_case_headline_reads_its_places(gaz, text, expected) -> None:
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text", COMMON)
def test_title_case_phrase_of_common_words_is_no_place(gaz, text) -> None:
    assert _read(gaz, text) == set()


#: (language, text, written name, kind, country code). A state's full name is the state,
#: not a city GeoNames also lists under it ("Rio Grande do Sul" is no port Rio Grande),
#: and "the capital of X" names X's seat, not X. Guards: the city by its own name stays.
STATES = (
    (
        "de",
        "Von Porto Alegre in Rio Grande do Sul bis Florianópolis sind es rund 470 Kilometer.",
        "Rio Grande do Sul",
        "admin1",
        "BR",
    ),
    (
        "en",
        "Porto Alegre, the capital of Rio Grande do Sul, is about 470 km from Florianópolis.",
        "Rio Grande do Sul",
        "admin1",
        "BR",
    ),
    (
        "de",
        "Porto Alegre, die Hauptstadt von Rio Grande do Sul, liegt rund 470 Kilometer von Florianópolis entfernt.",
        "Rio Grande do Sul",
        "admin1",
        "BR",
    ),
    (
        "en",
        "Officials in the capital of Paraná said the roads were closed.",
        "Paraná",
        "admin1",
        "BR",
    ),
    ("en", "The capital of Georgia, Atlanta, hosted the game.", "Georgia", "admin1", "US"),
    (
        "en",
        "Floods in Rio Grande do Norte left Natal without water.",
        "Rio Grande do Norte",
        "admin1",
        "BR",
    ),
    # guards
    ("en", "In the city of Rio Grande, dockers struck.", "Rio Grande", "city", "BR"),
    ("en", "The port of Rio Grande shipped soy.", "Rio Grande", "city", "BR"),
    ("en", "Traffic in New York was slow.", "New York", "city", "US"),
    ("de", "In der Stadt Rio Grande streikten die Hafenarbeiter.", "Rio Grande", "city", "BR"),
)


@pytest.mark.parametrize(("lang", "text", "name", "kind", "cc"), STATES)
def test_a_states_full_name_is_the_state(gaz, lang, text, name, kind, cc) -> None:
    got = [(p.kind, p.country_code) for p in name_places(text, lang, gaz) if p.mention == name]
    assert got == [(kind, cc)]
