"""The article's first-level region context (docs/geoparser.md, "Region context").

A local story names its state, Land or province once, far from the namesake it then
mentions, or names only towns that lie in it; the namesake there is the one meant, not a
bigger one elsewhere in the country. Articles of our own, in several countries and both
languages: the region is named sentences before the namesake (beyond the reach of region
support), and the other towns lie far from it (beyond co-location). A famous place named
alone keeps its reading.
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from geomap.geoparse import resolve_document
from geomap.geoparse._evidence import RegionCue, RegionFocus
from geomap.text import read_text


def _reading(text: str, mention: str, gaz, lang: str) -> Candidate:
    places = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    got = [p for p in places if p.mention == mention]
    assert got, f"{mention!r} not found in {text!r}"
    c = gaz.get(got[0].id)
    assert c is not None
    return c


# (language, the namesake, its country, its GeoNames admin-1 code, the article)
CASES = [
    pytest.param(
        "de",
        "Harburg",
        "DE",
        "02",  # Bavaria, not the Hamburg borough
        "Die bayerische Staatsregierung hat am Montag neue Hilfen beschlossen. In Regensburg "
        "und Würzburg gab es Kritik. Die Opposition sprach von zu wenig Geld. Der Landrat "
        "meldete sich zu Wort. In Harburg wird nun ein neues Rathaus gebaut.",
        id="de-bavaria-adjective",
    ),
    pytest.param(
        "en",
        "Brighton",
        "AU",
        "05",  # South Australia, not Victoria
        "South Australia's premier announced new water limits. Households in Mount Gambier "
        "and Whyalla must cut use. The river is at a record low. Farmers are worried. In "
        "Brighton, beaches were closed after a storm.",
        id="en-south-australia",
    ),
    pytest.param(
        "en",
        "Gandhinagar",
        "IN",
        "16",  # Maharashtra, not Gujarat's capital
        "Maharashtra's chief minister opened a new highway on Sunday. Traffic between Pune "
        "and Aurangabad will be faster. The road cost billions of rupees. Tolls start next "
        "month. In Gandhinagar, residents asked for a bypass.",
        id="en-maharashtra",
    ),
    pytest.param(
        "de",
        "Gandhinagar",
        "IN",
        "16",
        "Der Regierungschef von Maharashtra eröffnete am Sonntag eine neue Autobahn. Zwischen "
        "Pune und Aurangabad geht es nun schneller. Die Straße kostete Milliarden Rupien. Maut "
        "wird ab nächstem Monat fällig. In Gandhinagar fordern Anwohner eine Umgehungsstraße.",
        id="de-maharashtra",
    ),
    pytest.param(
        "en",
        "Windsor",
        "CA",
        "10",  # Quebec, not Ontario
        "Quebec's premier visited flooded towns on Monday. In Gatineau and Rimouski, shelters "
        "were full. The army was called in. Rain is expected again. In Windsor, a bridge was "
        "closed.",
        id="en-quebec",
    ),
    pytest.param(
        "de",
        "Windsor",
        "CA",
        "10",
        "Die kanadische Provinz Quebec kämpft mit Hochwasser. In Gatineau und Rimouski sind "
        "die Notunterkünfte voll. Die Armee hilft. Es soll weiter regnen. In Windsor wurde "
        "eine Brücke gesperrt.",
        id="de-quebec",
    ),
    pytest.param(
        "en",
        "Trindade",
        "BR",
        "30",  # Pernambuco, not Goiás
        "Drought has hit Pernambuco hard this year. Farmers near Petrolina and Caruaru lost "
        "their crops. The state government sent water trucks. Rain is not expected before "
        "March. In Trindade, wells have run dry.",
        id="en-pernambuco",
    ),
    pytest.param(
        "de",
        "Weilheim",
        "DE",
        "01",  # Baden-Württemberg, not Upper Bavaria
        "Der Landtag in Stuttgart debattierte über Schulen in Baden-Württemberg. Eltern in Ulm "
        "und Konstanz hatten protestiert. Die Ministerin versprach mehr Lehrer. Die Opposition "
        "blieb skeptisch. In Weilheim fehlen seit Jahren Räume.",
        id="de-baden-wuerttemberg",
    ),
    pytest.param(
        "en",
        "Cambridge",
        "US",
        "MN",  # only towns of Minnesota name the state
        "Roads near Brainerd, Bemidji and Moorhead were flooded on Sunday. Crews worked "
        "through the night. Schools stayed closed on Monday. In Cambridge, the river rose two "
        "feet.",
        id="en-minnesota-towns-only",
    ),
    pytest.param(
        "en",
        "Maryborough",
        "AU",
        "07",  # Victoria, not Queensland
        "Bushfires burned across Victoria on Saturday. Residents of Mildura and Geelong were "
        "told to leave. Firefighters worked through the night. Temperatures rose again on "
        "Sunday. Near Maryborough, two homes were lost.",
        id="en-victoria",
    ),
    pytest.param(
        "en",
        "Lewistown",
        "US",
        "MT",  # the dateline's abbreviation, four sentences before
        "HELENA, Mont. - Ranchers asked the state for drought aid on Monday. Hay prices have "
        "doubled since spring. Some herds are being sold. The legislature meets in January. A "
        "rancher from Lewistown said he had sold half his cattle.",
        id="en-dateline-abbreviation",
    ),
    pytest.param(
        "en",
        "Greenville",
        "US",
        "TX",  # only Texan towns, far from it
        "Farmers near Lubbock, Amarillo and Abilene watched their cotton wilt. The drought is "
        "the worst in a decade. Insurance claims are rising. Banks are nervous. In Greenville, "
        "a gin closed for good.",
        id="en-texas-towns-only",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "code", "text"), CASES)
def test_a_namesake_in_the_articles_region_wins(lang, mention, cc, code, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.country_code, c.admin1) == (cc, code), f"{mention} read as {c.name}, {c.admin1}"


def test_a_famous_place_named_alone_keeps_its_reading(gaz):
    # the article's towns lie in one state, but the world city or a state named alone
    # is not the small namesake there
    text = (
        "Snow closed schools in Buffalo, Syracuse and Utica on Monday. Plows worked all "
        "night. More snow is expected. Flights to Boston were cancelled. Trains from "
        "London ran late."
    )
    assert _reading(text, "Boston", gaz, "en").admin1 == "MA"
    assert _reading(text, "London", gaz, "en").country_code == "GB"
    text = (
        "Hochwasser in Sachsen: In Dresden, Leipzig und Chemnitz stiegen die Pegel. Die "
        "Feuerwehr war im Dauereinsatz. Am Abend flog der Minister nach Paris."
    )
    assert _reading(text, "Paris", gaz, "de").country_code == "FR"


def test_two_states_named_share_the_context(gaz):
    # a story on two states gives neither the whole context: each town keeps the state
    # named next to it
    text = (
        "Storms crossed Kansas and Missouri on Sunday. In Topeka, Kan., and Joplin, Mo., "
        "roofs were torn off. Crews in Wichita and Springfield cleared roads."
    )
    assert _reading(text, "Topeka", gaz, "en").admin1 == "KS"
    assert _reading(text, "Joplin", gaz, "en").admin1 == "MO"


# The mechanism itself, on readings of our own making


def _town(id_: str, cc: str, code: str, lat: float, lon: float, pop: int = 10_000) -> Candidate:
    return Candidate(id_, id_, "city", cc, lat, lon, pop, "test", "PPL", id_, 0.5, 0.5, code)


def _state(id_: str, cc: str, lat: float, lon: float, radius: float) -> Candidate:
    return Candidate(
        id_, id_, "admin1", cc, lat, lon, 1_000_000, "test", "ADM1", id_, 0.6, 0.6, None, radius
    )


def test_region_focus_shares_count_other_names_only():
    state = _state("s1", "XX", 10.0, 10.0, 200.0)
    cues = [
        RegionCue("north", "XX", 1.0, 10.0, 10.0, 200.0, None, "s1"),  # the state named
        RegionCue("alpha", "XX", 1.0, 10.5, 10.5, 0.0, "A"),  # a town of code A
        RegionCue("beta", "XX", 2.0, 20.0, 20.0, 0.0, "B"),  # a dateline town of code B
    ]
    # weighed against all cues (4) and one cue's worth of "no region"
    focus = RegionFocus(cues, lambda c: state if c.kind == "admin2" else None, prior=1.0)
    inside = _town("in", "XX", "A", 10.2, 10.1)
    elsewhere = _town("out", "XX", "B", 20.1, 20.1)
    abroad = _town("abroad", "YY", "A", 10.2, 10.1)
    shares = focus.shares([inside, elsewhere, abroad], "gamma")
    assert shares == pytest.approx((0.4, 0.4, 0.0))  # circle + code A, or code B: 2 / 5
    # a name lends nothing to its own readings
    assert focus.shares([inside, elsewhere], "alpha") == pytest.approx((0.2, 0.4))
    # a county lies in its state, which holds the towns surely read inside it and is the
    # state named
    county = Candidate("c1", "c1", "admin2", "XX", 10.1, 10.1, 5_000, "test", "ADM2", "c1", 0.4)
    assert focus.shares([county, elsewhere], "gamma") == pytest.approx((0.4, 0.4))
    # the state's own reading takes none: it is named as itself
    assert focus.shares([state, elsewhere], "gamma") == pytest.approx((0.0, 0.4))


def test_an_island_keeps_its_reading_among_the_towns_of_its_region(gaz) -> None:
    """The region's towns tell namesakes in different regions apart, never an island from
    the town on it: Fehmarn and Helgoland stay the islands in a Schleswig-Holstein story."""
    text = (
        "KIEL (dpa) - Sturm in Schleswig-Holstein: In Lübeck, Eckernförde und Flensburg "
        "stürzten Bäume um. Auf Fehmarn wurde der Fährverkehr eingestellt, auch Helgoland "
        "war nicht erreichbar."
    )
    places = [p for p in resolve_document(read_text(text, lang="de"), gaz) if p.role == "name"]
    kinds = {p.mention: p.kind for p in places}
    assert kinds.get("Fehmarn") == "island", kinds
    assert kinds.get("Helgoland") == "island", kinds
