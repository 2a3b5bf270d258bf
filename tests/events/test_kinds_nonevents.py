"""Sentences that report no event, in the kinds of the wide tables (accidents, riots, attacks
on civilians, agreements, arrests, launches, disasters, statements): forecasts, warnings,
plans, anniversaries, history background, habits, opinions and quotes about what might
happen, both languages and many regions. None of them may give an event: a map shows what
happened, not what may. Written for these tests, not drawn from any benchmark article."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday

ENGLISH = [
    # forecasts and warnings
    "Forecasters said the storm could make landfall near Chittagong by Friday.",
    "The weather service warned of flash floods in the hills around Kandy.",
    "Seismologists warn that a major earthquake could strike Lima at any time.",
    "Authorities fear further landslides in the hills above Darjeeling.",
    # plans and arrangements
    "The two governments plan to sign a border agreement in Astana next month.",
    "North Korea is expected to launch a reconnaissance satellite in the coming weeks.",
    "The space agency hopes to launch its first crew from Sriharikota next year.",
    "Police are set to deploy extra officers to Mombasa ahead of the vote.",
    "The rebels have yet to agree to a ceasefire.",
    # anniversaries and history background
    "Ten years after the ferry disaster off Mwanza, families still await compensation.",
    "The 2010 earthquake killed more than 200,000 people in Port-au-Prince.",
    "Residents marked the anniversary of the mine collapse in Soma with a vigil.",
    "Riots have broken out in Nairobi's slums in every election year since 2007.",
    # habits and generic statements
    "Bus accidents are common on the mountain roads around Cusco.",
    "Ferries on Lake Kivu are often overloaded.",
    "Bandits regularly kidnap travellers on the highway near Kaduna.",
    "Such attacks on villages are rarely reported in the national press.",
    # opinions, quotes about what might happen
    "Critics say the arrests in Harare were politically motivated.",
    "Another riot in Durban would cost the city millions, the mayor warned.",
    "If the talks fail, fighting could resume around Goma.",
    '"We will not sign any agreement in Doha," the rebel spokesman said.',
    "Nobody was arrested after the clashes.",
    "Oil prices soared in London on Tuesday.",
    "The candidate withdrew from the race in Lagos on Monday.",
]

GERMAN = [
    # Vorhersagen und Warnungen
    "Meteorologen warnten vor schweren Unwettern im Süden der Provinz Sichuan.",
    "Ein starkes Erdbeben in Istanbul gilt als nur eine Frage der Zeit.",
    "Die Behörden befürchten weitere Erdrutsche in den Hügeln über Darjeeling.",
    # Pläne und Termine
    "Die Regierung will im kommenden Monat in Doha ein Abkommen unterzeichnen.",
    "Nordkorea könnte schon bald einen weiteren Satelliten ins All schießen.",
    "Die Opposition hat für Samstag zu Protesten in Belgrad aufgerufen.",
    "Die Polizei soll am Freitag zusätzliche Kräfte nach Leipzig entsenden.",
    # Jahrestage und Hintergrund
    "Zehn Jahre nach dem Grubenunglück von Soma warten die Familien auf Entschädigung.",
    "Bei dem Erdbeben von 1999 in Izmit starben mehr als 17.000 Menschen.",
    "Seit Jahren kommt es in den Vororten von Marseille immer wieder zu Krawallen.",
    "Am Jahrestag des Fährunglücks vor Sansibar gedachten Angehörige der Opfer.",
    # Gewohnheiten und Allgemeines
    "Busunglücke sind auf den Bergstraßen um Cusco keine Seltenheit.",
    "Solche Überfälle auf Dörfer werden selten gemeldet.",
    # Meinungen und Zitate über das, was geschehen könnte
    "Kritiker halten die Festnahmen in Tiflis für politisch motiviert.",
    "Wenn die Gespräche scheitern, könnten die Kämpfe um Goma wieder aufflammen.",
    "„Wir werden in Doha kein Abkommen unterzeichnen“, sagte ein Sprecher der Rebellen.",
    "Niemand wurde nach den Ausschreitungen festgenommen.",
    # prices and circles are no journeys, prices that soared no heatwave
    "Die Preise stiegen am Dienstag in Berlin kräftig.",
    "Die Demonstranten zogen am Montag friedlich ab.",
    "In Kreisen der Regierung in Rom hieß es am Montag, man sei zufrieden.",
]


# beside a remembered event, the day's own event stays
BESIDE = [
    (
        "Protesters marched in Bamako on Tuesday, the anniversary of the coup.",
        "en",
        "protest",
    ),
    (
        "Am Jahrestag des Putsches demonstrierten am Dienstag Tausende in Bamako.",
        "de",
        "protest",
    ),
]


def _events(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    a = geomap.analyze(text, lang=lang, date=DAY)  # offline: tests/conftest.py
    return [(e.kind, e.trigger, e.place_name) for e in a.events]


@pytest.mark.parametrize("sentence", ENGLISH)
def test_english_sentence_reports_no_event(sentence: str) -> None:
    assert _events(sentence, "en") == []


@pytest.mark.parametrize("sentence", GERMAN)
def test_german_sentence_reports_no_event(sentence: str) -> None:
    assert _events(sentence, "de") == []


@pytest.mark.parametrize(("text", "lang", "kind"), BESIDE)
def test_the_event_beside_a_remembered_one_stays(text: str, lang: str, kind: str) -> None:
    assert any(k == kind and p == "Bamako" for k, _, p in _events(text, lang)), _events(text, lang)
