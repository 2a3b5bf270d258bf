"""An event placed in an area (a country, a compass part of one, a province) and told again in
the next sentence by its doers or by what did it, as a definite subject (``Die Angreifer``,
``The attackers``, ``Die Schlammmassen``), at a town inside that area: the town is the
event's place, and the second telling is no event of its own. Issue 20, session 27
(h27-refine), ``_refine._retold_by_its_doers``.

Sentences written for these tests (other regions and wording than the benchmark corpus);
the guards are look-alikes a reader would not read as the same event.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-04"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "town"),
    [
        (
            "Bewaffnete haben im Nordwesten Nigerias mehr als 40 Dorfbewohner entführt. Die "
            "Angreifer überfielen am Montagabend das Dorf Gusau und töteten zwei Männer.",
            "de",
            "entführt",
            "Gusau",
        ),
        (
            "Bewaffnete haben im Norden Kameruns zwölf Menschen getötet. Die Angreifer "
            "überfielen am Sonntag die Stadt Kousseri.",
            "de",
            "getötet",
            "Kousséri",
        ),
        (
            "Bei einem Erdrutsch im Osten Äthiopiens sind am Mittwoch 15 Menschen ums Leben "
            "gekommen. Die Schlammmassen verschütteten mehrere Häuser nahe der Stadt Jijiga.",
            "de",
            "Erdrutsch",
            "Jijiga",
        ),
        (
            "Beim Absturz eines Busses in eine Schlucht sind am Montag in Bolivien mindestens "
            "zwölf Menschen ums Leben gekommen. Der Bus kam auf einer Bergstraße nahe der "
            "Kleinstadt Coroico von der Fahrbahn ab.",
            "de",
            "Absturz",
            "Coroico",
        ),
        (
            "Gunmen killed at least 20 villagers in north-western Nigeria on Monday, police "
            "said. The attackers stormed the town of Gusau on motorbikes.",
            "en",
            "killed",
            "Gusau",
        ),
        (
            "Militants killed nine soldiers in an attack in northern Mozambique, officials "
            "said. The assailants raided an army post in the town of Mueda at dawn.",
            "en",
            "killed",
            "Mueda",
        ),
    ],
)
def test_the_next_sentence_retells_the_event_by_its_doers(
    text: str, lang: str, trigger: str, town: str
) -> None:
    events = _events(text, lang)
    first = events[0]
    assert (first.trigger, first.place_name) == (trigger, town)
    # the second telling is the same event, not one more on the map
    assert [e for e in events if e.type == first.type or e.place_name == town] == [first]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an authority's act of its own in the town
        (
            "Bewaffnete haben im Nordwesten Nigerias mehr als 40 Dorfbewohner entführt. Die "
            "Polizei nahm am Dienstag in der Stadt Gusau drei Verdächtige fest.",
            "de",
        ),
        # one more attack: another event
        (
            "Bewaffnete haben im Nordwesten Nigerias mehr als 40 Dorfbewohner entführt. Die "
            "Angreifer überfielen am Sonntag auch das Dorf Gusau.",
            "de",
        ),
        (
            "Gunmen killed at least 20 villagers in north-western Nigeria on Monday. The "
            "attackers also stormed the town of Gusau on Wednesday.",
            "en",
        ),
        # the same doers on another day: another event
        (
            "Gunmen killed at least 20 villagers in north-western Nigeria on Monday. The "
            "attackers killed three more people in the town of Gusau on Thursday.",
            "en",
        ),
        # where the injured were taken, where officials spoke
        (
            "Bewaffnete haben im Nordwesten Nigerias mehr als 40 Dorfbewohner entführt. Die "
            "Verletzten wurden in ein Krankenhaus in der Stadt Gusau gebracht.",
            "de",
        ),
        (
            "Gunmen killed at least 20 villagers in north-western Nigeria on Monday. The "
            "wounded were taken to a hospital in the town of Gusau.",
            "en",
        ),
        (
            "Gunmen killed at least 20 villagers in north-western Nigeria on Monday. The "
            "government in Abuja condemned the attack.",
            "en",
        ),
        (
            "Bewaffnete haben im Nordwesten Nigerias mehr als 40 Dorfbewohner entführt. Die "
            "Regierung in Abuja verurteilte den Angriff.",
            "de",
        ),
        # a town outside the area
        (
            "Gunmen killed at least 20 villagers in north-western Nigeria on Monday. The "
            "attackers stormed the town of Maradi in Niger.",
            "en",
        ),
    ],
)
def test_no_refinement_by_another_act_or_another_place(text: str, lang: str) -> None:
    first = _events(text, lang)[0]
    assert first.place_name == "north-western Nigeria"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A bus crashed in northern Tanzania on Monday, killing 14 people. The bus had "
            "collided with a lorry on the highway between Arusha and Moshi.",
            "en",
        ),
        (
            "Beim Absturz eines Busses sind am Montag im Norden Tansanias 14 Menschen ums Leben "
            "gekommen. Der Bus war auf der Fernstraße zwischen Arusha und Moshi mit einem "
            "Lastwagen zusammengestoßen.",
            "de",
        ),
    ],
)
def test_a_road_between_two_towns_does_not_refine(text: str, lang: str) -> None:
    first = _events(text, lang)[0]
    assert first.place_name == "northern Tanzania"


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "Floods killed 12 people in eastern India on Sunday. Most of the dead were in the "
            "town of Imphal.",
            "en",
            "Imphal",
        ),
        (
            "A cyclone killed 40 people in southern Mozambique on Monday. Most of them died in "
            "the port city of Inhambane.",
            "en",
            "Inhambane",
        ),
        (
            "Bei einem Zyklon im Süden Mosambiks sind am Montag 40 Menschen ums Leben "
            "gekommen. Die meisten davon in der Hafenstadt Inhambane.",
            "de",
            "Inhambane",
        ),
    ],
)
def test_the_next_sentence_says_where_most_of_the_toll_fell(
    text: str, lang: str, town: str
) -> None:
    (event,) = _events(text, lang)
    assert event.place_name == town


@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        # where the injured were taken, where the dead came from, where they lived
        (
            "A cyclone killed 40 people in southern Mozambique on Monday. Most of the "
            "injured were taken to a hospital in Inhambane.",
            "en",
            "southern Mozambique",
        ),
        (
            "A cyclone killed 40 people in southern Mozambique on Monday. Most of the dead "
            "came from the town of Inhambane.",
            "en",
            "southern Mozambique",
        ),
        (
            "Bei schweren Überschwemmungen im Süden Brasiliens sind am Montag mindestens 30 "
            "Menschen gestorben. Die meisten Verletzten wurden in ein Krankenhaus in der Stadt "
            "Petrópolis gebracht.",
            "de",
            "southern Brazil",
        ),
        (
            "Bei einem Erdbeben im Osten der Türkei sind am Montag 25 Menschen ums Leben "
            "gekommen. Die meisten von ihnen lebten in der Kleinstadt Malatya.",
            "de",
            "eastern Turkey",
        ),
        # a town of another country
        (
            "A cyclone killed 40 people in southern Mozambique on Monday. Most of the dead "
            "were in the town of Harare.",
            "en",
            "southern Mozambique",
        ),
    ],
)
def test_no_refinement_by_where_the_victims_went_or_came_from(
    text: str, lang: str, area: str
) -> None:
    assert _events(text, lang)[0].place_name == area


@pytest.mark.parametrize(
    ("text", "lang", "area", "town"),
    [
        (
            "Soldiers seized a fishing boat off southern Sri Lanka. The crew were arrested in "
            "the port of Galle.",
            "en",
            "southern Sri Lanka",
            "Galle",
        ),
        (
            "Police raided a drug lab in western Mexico. The gang members were arrested in the "
            "city of Uruapan.",
            "en",
            "western Mexico",
            "Uruapan",
        ),
        (
            "Soldaten haben im Osten des Tschad ein Lager der Rebellen gestürmt. Die Rebellen "
            "wurden später in der Stadt Abéché festgenommen.",
            "de",
            "eastern Chad",
            "Abéché",
        ),
    ],
)
def test_a_passive_next_sentence_is_done_to_them_not_by_them(
    text: str, lang: str, area: str, town: str
) -> None:
    """The definite subject of a passive is who the act was done to, not its doers: the
    next sentence tells a second act (an arrest after a seizure), which keeps its own
    town, and the first act keeps its area (session 27, integrator: the check of
    ``_retold_by_its_doers`` on the held-out articles lost one event this way; these
    sentences are written for the class, not taken from them)."""
    first, second = _events(text, lang)[:2]
    assert first.place_name == area
    assert second.place_name == town
