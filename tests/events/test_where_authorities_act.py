"""A court action happens where the authority sits, not at the scene it judges (so the
scene's place is not carried to it); a statement by a country's leader with no place of
its own is in that country. Issue 20, place order steps 3-4.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ROME, June 11 (Reuters) - A migrant boat capsized off Lampedusa on Monday. "
            "Prosecutors opened an investigation against the smugglers on Tuesday.",
            "en",
        ),
        (
            "ROM, 11. Juni (dpa) - Vor Lampedusa ist am Montag ein Flüchtlingsboot gekentert. "
            "Die Staatsanwaltschaft leitete am Dienstag ein Ermittlungsverfahren gegen die "
            "Schleuser ein.",
            "de",
        ),
    ],
)
def test_an_investigation_is_not_at_the_scene(text: str, lang: str) -> None:
    capsized, investigation = _events(text, lang)
    assert capsized.place_name == "Lampedusa"
    assert investigation.kind == "court"
    assert investigation.place_name == "Rome"
    assert investigation.place_method == "dateline"


def test_a_leaders_declaration_is_in_the_leaders_country() -> None:
    text = (
        "SUVA, June 11 (AFP) - A cyclone battered Vanuatu on Monday.\n\n"
        "Samoa's prime minister declared a state of emergency on Tuesday.\n"
    )
    declaration = _events(text, "en")[-1]
    assert declaration.kind == "statement"
    assert declaration.place_name == "Samoa"
    assert declaration.place_precision == "country"


def test_a_town_where_the_event_is_named_again_refines_its_province() -> None:
    text = (
        "In der kanadischen Provinz Ontario ist am Montag ein Güterzug entgleist. Das Unglück "
        "ereignete sich in der Kleinstadt Kapuskasing."
    )
    (event,) = _events(text, "de")
    assert event.trigger == "entgleist"
    assert event.place_name == "Kapuskasing"
    assert event.date == "2025-06-09"


@pytest.mark.parametrize(
    "second",
    [
        # a direction from a place is not that place
        "Das Unglück ereignete sich rund 20 Kilometer nördlich der Kleinstadt Kapuskasing.",
        # another accident is another event
        "Ein weiteres Unglück ereignete sich am Dienstag in der Kleinstadt Kapuskasing.",
    ],
)
def test_no_refinement_by_a_direction_or_another_event(second: str) -> None:
    text = f"In der kanadischen Provinz Ontario ist am Montag ein Güterzug entgleist. {second}"
    first = _events(text, "de")[0]
    assert first.place_name == "Ontario"


def test_a_reference_that_names_the_town_refines_the_province() -> None:
    text = (
        "A freight train derailed in the Canadian province of Ontario on Monday. The "
        "derailment happened near the town of Kapuskasing."
    )
    (event,) = _events(text, "en")
    assert (event.trigger, event.place_name) == ("derailed", "Kapuskasing")


def test_a_reference_with_a_direction_does_not_refine() -> None:
    text = (
        "A freight train derailed in the Canadian province of Ontario on Monday. The "
        "derailment happened 20 km north of the town of Kapuskasing."
    )
    (event,) = _events(text, "en")
    assert event.place_name == "Ontario"


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "town"),
    [
        # a noun of a related type names the event just told ([time.relative] related_types)
        (
            "Gunmen killed eight villagers in northern Nigeria on Sunday. The attack took "
            "place in the town of Gusau.",
            "en",
            "killed",
            "Gusau",
        ),
        (
            "Gunmen shot dead six farmers in the Philippines on Monday. The attack happened "
            "near Cotabato.",
            "en",
            "shot dead",
            "Cotabato",
        ),
        (
            "Bewaffnete haben im Norden Burkina Fasos am Sonntag zwölf Dorfbewohner getötet. "
            "Der Angriff ereignete sich nahe der Stadt Djibo.",
            "de",
            "getötet",
            "Djibo",
        ),
    ],
)
def test_a_related_noun_that_names_the_town_refines_the_area(
    text: str, lang: str, trigger: str, town: str
) -> None:
    (event,) = _events(text, lang)
    assert (event.trigger, event.place_name) == (trigger, town)


def test_a_related_noun_of_another_country_does_not_refine() -> None:
    text = (
        "Gunmen killed eight villagers in northern Nigeria on Sunday. The attack took place "
        "two days after a raid near Maradi in Niger."
    )
    event = _events(text, "en")[0]
    assert event.trigger == "killed"
    assert event.place_name != "Maradi"


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        (
            "ACCRA, June 11 (Reuters) - The Supreme Court of Ghana on Tuesday overturned the "
            "conviction of a former minister.",
            "en",
            "Accra",
        ),
        (
            "LUSAKA, June 11 (Reuters) - The government of Zambia declared a national disaster "
            "on Monday.",
            "en",
            "Lusaka",
        ),
        (
            "TEGUCIGALPA, 11. Juni (dpa) - Das Oberste Gericht von Honduras hat am Dienstag "
            "einen früheren Präsidenten zu zwölf Jahren Haft verurteilt.",
            "de",
            "Tegucigalpa",
        ),
    ],
)
def test_a_body_of_a_country_acts_where_it_sits(text: str, lang: str, city: str) -> None:
    (event,) = _events(text, lang)
    assert event.place_name == city


@pytest.mark.parametrize(
    ("second", "town"),
    [
        ("Am Sonntag randalierten Fußballfans in der Innenstadt von Kumasi.", "Kumasi"),
        ("Hafenarbeiter streikten am Montag im Hafen von Tema.", "Tema"),
        ("Am Montag demonstrierten Studenten in der Altstadt von Cape Coast.", "Cape Coast"),
    ],
)
def test_a_part_of_a_town_von_its_name_is_that_town(second: str, town: str) -> None:
    text = (
        "ACCRA, 11. Juni (dpa) - In der Vorstadt Madina lieferten sich Randalierer am "
        f"Dienstag Straßenschlachten mit der Polizei.\n\n{second}\n"
    )
    events = _events(text, "de")
    assert events[-1].place_name == town
