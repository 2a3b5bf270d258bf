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
    # more of every kind: risks, running counts, calls, postponements, denials
    "The region is prone to earthquakes and landslides.",
    "Northern Nigeria has been plagued by kidnappings for ransom for more than a decade.",
    "Since January, at least 45 people have been killed in attacks on villages in Plateau state.",
    "Officials fear the death toll could rise as rescuers reach remote villages.",
    "The government is considering sending troops to the border region.",
    "The opposition has called a general strike for next Monday.",
    "Road accidents kill about 1,500 people in Georgia every year.",
    "The bridge, built in 1960, collapsed once before, in 1987.",
    "Experts warn that a major eruption of the volcano is possible within months.",
    "Parliament is due to vote on the sanctions package next week.",
    "Critics say the deployment of troops to Pristina would inflame tensions.",
    "The launch, originally planned for May, was postponed because of bad weather.",
    "Human rights groups have documented dozens of abductions in the region.",
    "The ferry route between Dakar and Ziguinchor is one of the busiest in West Africa.",
    "Mining accidents are frequent in Ghana's illegal gold mines.",
    '"If the rains continue, the river will burst its banks," the mayor said.',
    "The country was hit by a similar earthquake in 2015.",
    "Tens of thousands of people have died in the conflict since 2012.",
    "The anniversary of the 2004 tsunami is marked every December in Aceh.",
    "The police chief denied that officers had fired on the crowd.",
    "Residents are bracing for more flooding in the coming days.",
    "The avalanche risk in the Alps remains high, authorities said.",
    "The prime minister announced snap elections.",
    # promises, causes, records, claims, habits, counterfactuals
    "The government has promised to rebuild the bridge by the end of the year.",
    "Aid agencies say thousands of families still lack shelter after the floods.",
    "The company said the explosion was caused by a gas leak.",
    "Investigators are still trying to determine what caused the crash.",
    "Police said they were investigating the cause of the fire.",
    "The earthquake was the strongest to hit the region in a decade.",
    "It was the third deadly attack on the town this month.",
    "The attack bore the hallmarks of the Islamic State group.",
    "Nobody has claimed responsibility for the bombing.",
    "The protesters vowed to return to the streets next week.",
    "The coast guard suspended its search for the missing fishermen.",
    "The airline grounded its fleet pending an inspection.",
    "Tourism in the region has suffered since the conflict began.",
    "The ceasefire remains fragile.",
    "Elections are due to be held in October.",
    "The dam was built by a Chinese company in 2012.",
    "The junta has ruled Mali since a coup in 2020.",
    "The volcano last erupted in 1991.",
    "Protests take place every Friday outside parliament in Tirana.",
    '"The attack was a cowardly act," the president said.',
    "Without the warning system, the tsunami would have killed thousands.",
    "Opposition leaders accused the police of provoking the riots.",
    "Analysts expect more strikes on oil facilities in the coming months.",
    "Farmers in the Andes fear another drought this summer.",
    "The military has denied carrying out the air strike.",
    "Most of the victims were women and children.",
    "Hospitals in Gao are overwhelmed with wounded.",
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
    # mehr von jeder Art: Gefahren, laufende Zählungen, Aufrufe, Verschiebungen, Dementis
    "Die Region gilt als anfällig für Erdbeben und Erdrutsche.",
    "Im Norden Nigerias kommt es seit Jahren immer wieder zu Entführungen.",
    "Seit Januar sind bei Angriffen auf Dörfer im Bundesstaat Plateau mindestens 45 Menschen "
    "getötet worden.",
    "Die Behörden befürchten, dass die Zahl der Toten noch steigen könnte.",
    "Die Regierung erwägt, Truppen in die Grenzregion zu schicken.",
    "Die Opposition hat für kommenden Montag zu einem Generalstreik aufgerufen.",
    "Auf den Straßen Georgiens sterben jedes Jahr rund 1.500 Menschen.",
    "Die 1960 gebaute Brücke war bereits 1987 schon einmal eingestürzt.",
    "Experten halten einen größeren Ausbruch des Vulkans in den kommenden Monaten für möglich.",
    "Das Parlament soll in der kommenden Woche über die Sanktionen abstimmen.",
    "Der ursprünglich für Mai geplante Start wurde wegen schlechten Wetters verschoben.",
    "Menschenrechtsgruppen haben Dutzende Entführungen in der Region dokumentiert.",
    "Unfälle in illegalen Goldminen sind in Ghana häufig.",
    "„Wenn der Regen anhält, wird der Fluss über die Ufer treten“, sagte der Bürgermeister.",
    "Das Land war bereits 2015 von einem ähnlichen Erdbeben getroffen worden.",
    "Der Polizeichef bestritt, dass Beamte auf die Menge geschossen hätten.",
    "Die Anwohner stellen sich auf weitere Überschwemmungen in den kommenden Tagen ein.",
    "Die Lawinengefahr in den Alpen bleibt nach Angaben der Behörden hoch.",
    "Seit 2012 sind in dem Konflikt Zehntausende Menschen ums Leben gekommen.",
    "Retter durchsuchten die Trümmer nach Überlebenden.",
    # Versprechen, Ursachen, Rekorde, Bekennerschreiben, Gewohnheiten, Irreales
    "Die Regierung hat versprochen, die Brücke bis Jahresende wieder aufzubauen.",
    "Hilfsorganisationen zufolge fehlt Tausenden Familien nach den Überschwemmungen noch "
    "immer ein Dach über dem Kopf.",
    "Nach Angaben des Unternehmens wurde die Explosion durch ein Gasleck verursacht.",
    "Die Ermittler versuchen noch immer, die Ursache des Absturzes zu klären.",
    "Das Erdbeben war das stärkste in der Region seit zehn Jahren.",
    "Zu dem Anschlag hat sich bisher niemand bekannt.",
    "Die Demonstranten kündigten an, in der kommenden Woche erneut auf die Straße zu gehen.",
    "Die Küstenwache stellte die Suche nach den vermissten Fischern ein.",
    "Die Waffenruhe gilt als brüchig.",
    "Die Wahlen sollen im Oktober stattfinden.",
    "Der Staudamm wurde 2012 von einem chinesischen Unternehmen gebaut.",
    "Die Junta regiert Mali seit einem Putsch im Jahr 2020.",
    "Der Vulkan brach zuletzt 1991 aus.",
    "Jeden Freitag wird vor dem Parlament in Tirana demonstriert.",
    "„Der Anschlag war ein feiger Akt“, sagte der Präsident.",
    "Ohne das Warnsystem hätte der Tsunami Tausende Menschen getötet.",
    "Oppositionspolitiker warfen der Polizei vor, die Krawalle provoziert zu haben.",
    "Analysten rechnen in den kommenden Monaten mit weiteren Angriffen auf Ölanlagen.",
    "Die Bauern in den Anden fürchten in diesem Sommer eine weitere Dürre.",
    "Das Militär bestritt, den Luftangriff ausgeführt zu haben.",
    "Die meisten Opfer waren Frauen und Kinder.",
    "Die Krankenhäuser in Gao sind mit Verletzten überfüllt.",
]


@pytest.mark.parametrize(
    ("text", "lang"), [(t, "en") for t in ENGLISH] + [(t, "de") for t in GERMAN]
)
def test_the_sentence_reports_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert not events, [(e.kind, e.trigger, e.place_name) for e in events]
