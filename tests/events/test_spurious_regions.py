"""Sentences that report no event, from regions and in wording the other non-event tables do
not hold: forecasts, warnings, plans, anniversaries, history background, habits, opinions,
quotes about what might happen, statistics (``so far this year N people died``) and
explanatory background (``the region is prone to earthquakes``), both languages. None may
give an event: a map shows what happened, not what may, nor what usually does.

Written for these tests, not drawn from any benchmark article."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday

ENGLISH = [
    # forecasts and warnings
    "Forecasters expect the cyclone to reach Vanuatu's northern islands by the weekend.",
    "The ministry warned that avalanches could hit the valleys around Bansko.",
    "If the dam breaks, floodwaters would reach Skopje within hours.",
    "A spokesman said further strikes on Bamako could not be ruled out.",
    # plans
    "Officials plan to reopen the rail line to Kiruna in August.",
    "The launch from Plesetsk is scheduled for next Tuesday.",
    "The army said it might deploy more troops to the border with Kosovo.",
    # anniversaries and history background
    "The 1988 earthquake destroyed much of Spitak.",
    "Residents will mark the anniversary of the Srebrenica massacre on Friday.",
    "Kyrgyzstan has seen three revolutions since 2005.",
    # statistics
    "So far this year, 140 people have died on the roads of Ghana.",
    "More than 300 migrants have drowned off the coast of Senegal since January.",
    # explanatory background and habits
    "The Caucasus is prone to strong earthquakes.",
    "Landslides are frequent in the Andes during the rainy season.",
    "Ferries in the Solomon Islands are notoriously overcrowded.",
    "Police typically detain dozens of activists in Baku before every election.",
    "The mine, which opened in 1970, is one of the largest in Scandinavia.",
    # opinions and quotes about what might happen
    "Analysts say a new offensive in northern Mali is only a matter of time.",
    "Many in Almaty believe the arrests were ordered by the government.",
    '"Another coup in Niamey would isolate the country," a diplomat said.',
]

GERMAN = [
    # Vorhersagen und Warnungen
    "Meteorologen rechnen damit, dass der Zyklon am Wochenende Vanuatu erreicht.",
    "Die Behörden warnen vor Lawinen in den Tälern um Bansko.",
    "Sollte der Damm brechen, würde das Wasser Skopje binnen Stunden erreichen.",
    "Beobachter halten einen neuen Angriff auf Gao für wahrscheinlich.",
    # Pläne
    "Die Bahnstrecke nach Kiruna soll im August wieder eröffnet werden.",
    "Der Raketenstart in Plessezk ist für den kommenden Dienstag geplant.",
    "Die Regierung erwägt, weitere Soldaten an die Grenze zum Kosovo zu schicken.",
    # Jahrestage und Geschichte
    "Das Erdbeben von 1988 zerstörte große Teile von Spitak.",
    "Am Freitag wird in Srebrenica der Opfer des Massakers gedacht.",
    "In Kirgistan gab es seit 2005 drei Revolutionen.",
    # Statistik
    "Seit Jahresbeginn sind auf den Straßen Ghanas mehr als 1.000 Menschen ums Leben gekommen.",
    "Vor der Küste Senegals sind seit Januar mehr als 300 Migranten ertrunken.",
    # Hintergrund und Gewohnheit
    "Der Kaukasus gilt als stark erdbebengefährdete Region.",
    "In den Anden kommt es in der Regenzeit häufig zu Erdrutschen.",
    "Fähren auf den Salomonen sind oft hoffnungslos überladen.",
    "Die Mine ist seit 1970 in Betrieb und eine der größten Skandinaviens.",
    # Meinungen und Zitate über Mögliches
    "Nach Ansicht von Kritikern waren die Festnahmen in Baku politisch motiviert.",
    "„Ein weiterer Putsch in Niamey würde das Land isolieren“, sagte ein Diplomat.",
]


@pytest.mark.parametrize(
    ("text", "lang"), [(t, "en") for t in ENGLISH] + [(t, "de") for t in GERMAN]
)
def test_the_sentence_reports_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert not events, [(e.kind, e.trigger, e.place_name) for e in events]
