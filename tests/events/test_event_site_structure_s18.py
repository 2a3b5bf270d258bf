"""Which place of its sentence an event happened at, read from the sentence's structure
(docs/events.md, "The place of an event, session 18"): a route's ends beside the site, a
German noun's origin (``ein Lehrer aus X``), a journey's destination beside a stop on the
way. Sentences of our own, with other towns and wording than the generated probe
(benchmarks/material/probe_event_sites18.csv) that showed each class."""

from __future__ import annotations

import pytest

from tests.support.event_table import first_event_place


def _place(lang: str, text: str) -> str | None:
    return first_event_place(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "A coach from Gyumri to Vanadzor collided with a lorry near Spitak on Friday.",
            "Spitak",
        ),
        (
            "en",
            "A minibus carrying workers from Mutare to Bulawayo plunged into a gorge outside "
            "Masvingo on Sunday.",
            "Masvingo",
        ),
        (
            "en",
            "A cargo ship on its way from Mombasa to Durban ran aground off Beira on Monday.",
            "Beira",
        ),
        (
            "de",
            "Ein Reisebus von Trabzon nach Erzurum ist am Freitag bei Bayburt verunglückt.",
            "Bayburt",
        ),
        (
            "de",
            "Ein Frachter auf der Fahrt von Mombasa nach Durban ist am Montag vor Beira auf "
            "Grund gelaufen.",
            "Beira",
        ),
        (
            "de",
            "Ein Güterzug aus Gyumri nach Vanadzor entgleiste am Dienstag nahe Spitak.",
            "Spitak",
        ),
    ],
)
def test_a_routes_ends_yield_to_the_site(lang, text, place):
    assert _place(lang, text) == place


def test_a_route_alone_still_places_the_event():
    # no site named: the route is the best the clause gives
    assert _place("en", "A bus from Gyumri to Vanadzor overturned on Friday.") is not None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ein Lehrer aus Mutare wurde am Mittwoch in Masvingo verhaftet.", "Masvingo"),
        (
            "Die Polizei in Erzurum nahm am Montag einen Lastwagenfahrer aus Trabzon fest.",
            "Erzurum",
        ),
        ("Eine Abordnung aus Bayburt besuchte am Dienstag Trabzon.", "Trabzon"),
        # a verb's own "aus" (no noun before it) is still where it happened
        ("Rebellen zogen sich am Sonntag aus Bayburt zurück.", "Bayburt"),
    ],
)
def test_a_nouns_origin_is_not_the_site_de(text, place):
    assert _place("de", text) == place


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Nach einem Treffen in Gyumri reiste die Außenministerin am Mittwoch nach Vanadzor.",
            "Vanadzor",
        ),
        (
            "de",
            "Der Präsident flog am Montag nach einer Rede in Mutare weiter nach Masvingo.",
            "Masvingo",
        ),
        ("en", "After a speech in Mutare the president flew on to Masvingo on Monday.", "Masvingo"),
    ],
)
def test_a_journey_is_where_it_went(lang, text, place):
    assert _place(lang, text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Mutare, Zimbabwe, teachers went on strike on Monday.", "Mutare"),
        (
            "In Trabzon, Turkey, about 70 km from Bayburt, a court jailed two smugglers on "
            "Tuesday.",
            "Trabzon",
        ),
        ("In Beira, Mozambique, police fired tear gas at protesters on Friday.", "Beira"),
    ],
)
def test_a_fronted_town_keeps_its_country_in_apposition_en(text, place):
    assert _place("en", text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ein Wirbelsturm verwüstete am Sonntag Beira nahe Dondo.", "Beira"),
        ("Ein Erdbeben erschütterte am Montag Erzurum (Türkei) nahe Bayburt.", "Erzurum"),
        ("Überschwemmungen trafen am Freitag Vanadzor nahe Spitak.", "Vanadzor"),
        # an area before "vor" still yields to the point after it
        ("In der Nordsee vor Helgoland ist ein Frachter gesunken.", "Heligoland"),
    ],
)
def test_a_town_near_another_is_the_first_de(text, place):
    assert _place("de", text) == place
