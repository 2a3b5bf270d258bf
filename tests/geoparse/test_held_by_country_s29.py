"""Issue 21, session 29: a country named right after a town holds the town
(``_resolve._held_by_country``); so does a province named like its capital
(``_resolve._holding_reading``).

The first look-up keeps a name's 15 best readings. Where a crowd of foreign namesakes
outranks the town of the country the text names beside it (32 places are called
Libertad, 50 Victoria, 133 Santa Cruz), that town was never a reading, and the
country's support had nothing to lift: ``LIBERTAD, Argentina`` read the Philippine
city. Now the name's namesakes in the country become its readings, those bearing the
written name as their own first. Lists of places are left alone. The sentences are this
file's own (datelines, ledes, quotes; German and English); the town rows read a foreign
namesake before the change (all but the German `Esperanza, Santa Fe`), the guards pass
before and after.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (lang, text, the word, the country its place must lie in)
ROWS = (
    ("en", "LIBERTAD, Argentina (AP) - Police said on Sunday that a curfew had been imposed.",
     "LIBERTAD", "AR"),
    ("de", "Libertad/Argentinien (dpa) - Bei einem Brand sind mehrere Häuser zerstört worden.",
     "Libertad", "AR"),
    ("en", 'VICTORIA, Chile (AP) - A forest fire forced hundreds from their homes on Monday. '
     '"The wind turned overnight," a firefighter said.', "VICTORIA", "CL"),
    ("de", "Victoria/Argentinien (dpa) - Bei einem Brand ist in der Nacht eine Fabrik zerstört "
     "worden, teilte die Feuerwehr mit.", "Victoria", "AR"),
    ("en", "Police in Santa Cruz, Chile, said on Sunday that two men had been arrested.",
     "Santa Cruz", "CL"),
    ("de", "Die Polizei in Santa Cruz (Chile) nahm am Sonntag zwei Männer fest.",
     "Santa Cruz", "CL"),
    # guards: a list of places after the town, a town already of the country
    ("en", "Ministers from Quito, Chile and Bolivia met on Monday.", "Quito", "EC"),
    ("en", "Talks in Moscow, Ukraine and Belarus were cancelled.", "Moscow", "RU"),
    ("en", "Flights from Paris, France, were cancelled on Monday.", "Paris", "FR"),
    ("de", "Die Polizei in Alexandria, Ägypten, nahm zwei Männer fest.", "Alexandria", "EG"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "word", "cc"), ROWS)
def test_a_country_after_a_town_holds_it(gaz, lang, text, word, cc) -> None:
    got = {p.mention: p.country_code for p in name_places(text, lang, gaz)}
    assert got.get(word) == cc, got


#: A province named like its capital after a town: the name's first reading is the city,
#: but the province holds the town. (lang, text, the town's word, its country)
PROVINCE_ROWS = (
    ("en", "Police in Concepción, Tucumán, said two men had been arrested after a robbery.",
     "Concepción", "AR"),
    ("en", "Police in Esperanza, Santa Fe, said on Monday that the bridge would reopen.",
     "Esperanza", "AR"),
    ("de", "Die Polizei in Esperanza, Santa Fe, sperrte am Montag die Brücke.",
     "Esperanza", "AR"),
    ("en", "A fire broke out in Santa Rosa, Santa Fe, on Monday. \"We lost everything,\" "
     "one farmer said.", "Santa Rosa", "AR"),
    # guards: a borough of the city after it, a state, a province already read
    ("en", "Brooklyn, New York, was hit by a storm on Monday.", "Brooklyn", "US"),
    ("en", "Tacoma, Washington, was hit by a storm on Monday.", "Tacoma", "US"),
    ("en", "Almada, Setúbal (Reuters) - Authorities said on Monday that the bridge would reopen.",
     "Almada", "PT"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "word", "cc"), PROVINCE_ROWS)
def test_a_province_named_like_its_capital_holds_a_town(gaz, lang, text, word, cc) -> None:
    got = {p.mention: p.country_code for p in name_places(text, lang, gaz)}
    assert got.get(word) == cc, got


def test_the_borough_stays_in_its_city(gaz) -> None:
    """``Brooklyn, New York``: the city, not the state, is what the second name is."""
    got = {
        p.mention: p.kind
        for p in name_places("Brooklyn, New York, was hit by a storm on Monday.", "en", gaz)
    }
    assert got.get("New York") == "city", got


def test_a_list_of_cities_is_no_town_and_its_province(gaz) -> None:
    """``Washington, New York, Chicago``: a list of cities, not Washington in New York
    state (GeoWebNews has such a list; the first version read Watervliet, NY there)."""
    text = "Protests spread to Washington, New York, Chicago and Los Angeles on Sunday."
    got = {p.mention: (p.name, p.kind) for p in name_places(text, "en", gaz)}
    assert got.get("Washington") == ("Washington", "city"), got
    assert got.get("New York", ("", ""))[1] == "city", got
