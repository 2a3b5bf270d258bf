"""Days counted from another event (issue 20, session 29, h29-dayk).

Two classes of found events with no day (``benchmarks/event_day_why.py``: ``offset_event |
no date | its own sentence``):

* a bare ``after``/``nach`` an event noun in a later paragraph, whose event is the report's
  lead with a day of its own (``... sentenced X on Wednesday. // Supporters clashed with
  police outside the court after the verdict.``): the day of that event, as a bare ``after``
  to the event just before already gives (``_bare_after``);
* ``the next day`` / ``am nächsten Tag`` after a sentence whose last event is one told in
  passing with no day (``On Tuesday, police arrested six leaders in X, where they had gone to
  meet workers.``): counted from the day that sentence tells, not left undated.

Realistic multi-sentence copy written for these tests (dateline, lede, a toll or a quote,
background), in regions no held-out article is from, with near-misses that must keep their
reading: a distance (``two days after``), ``the next day`` after an event with its own day,
a bare ``after`` an earlier type's event in one paragraph, a plan.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-10-16"  # a Thursday: Monday 13, Tuesday 14, Wednesday 15


def _date_of(text: str, lang: str, trigger: str) -> str | None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    hits = [e for e in events if trigger in e.trigger]
    assert hits, [(e.type, e.trigger, e.date) for e in events]
    return hits[0].date


AFTER_THE_LEAD = [
    (
        "en",
        "QUITO, Oct 16 (Reuters) - An Ecuadorian court sentenced former energy minister Raúl "
        "Pazmiño to 12 years in prison on Wednesday for taking bribes from a foreign "
        "contractor.\n\nHundreds of his supporters clashed with riot police outside the "
        "courthouse in the capital after the verdict. Officers fired tear gas, and nine people "
        "were detained, police said.\n\nPazmiño's lawyers said they would appeal.",
        "clashed",
        "2025-10-15",
    ),
    (
        "en",
        "MONTERREY, Mexico, Oct 16 (Reuters) - A court in the northern state of Nuevo León "
        "acquitted three police officers on Monday of killing a student during a protest.\n\n"
        "Students set fire to a patrol car outside the state prosecutor's office in Monterrey "
        "after the ruling, local media reported.\n\nThe governor appealed for calm.",
        "set fire",
        "2025-10-13",
    ),
    (
        "en",
        "RECIFE, Brazil, Oct 16 (Reuters) - A dam at a disused quarry burst near the town of "
        "Caruaru on Tuesday, flooding dozens of homes and killing two people.\n\nResidents "
        "blocked the BR-232 highway near Caruaru with burning tyres after the flood, demanding "
        "compensation from the state government.\n\nThe state's civil defence agency said the "
        "quarry had been closed since 2019.",
        "blocked",
        "2025-10-14",
    ),
    (
        "en",
        "IZMIR, Turkey, Oct 16 (Reuters) - An earthquake of magnitude 5.6 shook the western "
        "Turkish province of Izmir on Monday evening, damaging dozens of old buildings.\n\n"
        "Residents angry at the slow response blocked the coastal road in the town of Bergama "
        "after the earthquake, the governor's office said.\n\nThe disaster agency said 23 people "
        "were treated for minor injuries.",
        "blocked",
        "2025-10-13",
    ),
    (
        "en",
        "DAEGU, South Korea, Oct 16 (Yonhap) - Voters in the southeastern city of Daegu elected "
        "a new mayor in a by-election on Wednesday.\n\nSupporters of the losing candidate "
        "scuffled with election officials outside a counting centre in Daegu after the vote, "
        "police said.\n\nTurnout was 41 percent, the election commission said.",
        "scuffled",
        "2025-10-15",
    ),
    (
        "de",
        "Kassel (dpa) - Das Landgericht Kassel hat am Mittwoch einen 34-jährigen Mann wegen "
        "Brandstiftung zu acht Jahren Haft verurteilt.\n\nNach dem Urteil demonstrierten vor "
        "dem Gerichtsgebäude in Kassel rund 200 Menschen gegen Rassismus.\n\nDer Angeklagte "
        "hatte im Frühjahr ein Flüchtlingsheim in Brand gesetzt.",
        "demonstrierten",
        "2025-10-15",
    ),
    (
        "de",
        "Lyon (AFP) - Bei einem Brand in einer Chemiefabrik im Süden von Lyon ist am Dienstag "
        "ein Arbeiter ums Leben gekommen.\n\nNach dem Brand demonstrierten Anwohner vor dem "
        "Werkstor in Lyon für strengere Auflagen.\n\nDie Ursache des Feuers ist noch unklar.",
        "demonstrierten",
        "2025-10-14",
    ),
    (
        "de",
        "Posen (dpa) - Ein Gericht in Posen hat am Dienstag einen früheren Bürgermeister wegen "
        "Bestechlichkeit zu fünf Jahren Haft verurteilt.\n\nNach dem Urteil versammelten sich "
        "Hunderte Anhänger des Politikers zu einer Kundgebung vor dem Gericht in Posen.\n\n"
        "Die Verteidigung kündigte Berufung an.",
        "Kundgebung",
        "2025-10-14",
    ),
    (
        "de",
        "Rabat (AFP) - Ein Erdbeben der Stärke 5,9 hat am Montag den Süden Marokkos "
        "erschüttert.\n\nNach dem Beben plünderten Unbekannte in Agadir mehrere Geschäfte, "
        "teilte die Polizei mit.\n\nDie Behörden meldeten zwei Tote.",
        "plünderten",
        "2025-10-13",
    ),
    pytest.param(
        "de",
        "Brünn (dpa) - Tschechiens Verfassungsgericht in Brünn hat am Mittwoch das umstrittene "
        "Versammlungsgesetz für ungültig erklärt und damit einer Klage der Opposition "
        "stattgegeben.\n\nNach dem Urteil demonstrierten Hunderte Gegner des Gesetzes vor "
        "dem Gericht in Brünn.\n\nDie Regierung will ein neues Gesetz vorlegen.",
        "demonstrierten",
        "2025-10-15",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a ruling told as 'für ungültig erklärt' is no event geomap reads: the "
            "verdict has no event to take the day from (left alone, session 29)",
        ),
    ),
]


AFTER_THE_LEAD += [
    (
        "en",
        "ADDIS ABABA, Oct 16 (Reuters) - A court in the southern Ethiopian city of Hawassa "
        "convicted six opposition activists of inciting violence on Tuesday.\n\nHundreds of "
        "young men threw stones at police outside the court in Hawassa after the verdict, a "
        "witness said.\n\nThe activists' lawyers called the trial political.",
        "threw stones",
        "2025-10-14",
    ),
    (
        "de",
        "Kano (AFP) - In Nigeria hat ein Gericht in Kano am Montag einen bekannten "
        "Prediger wegen Gotteslästerung zum Tode verurteilt.\n\nNach dem Urteil "
        "demonstrierten Tausende seiner Anhänger vor dem Gericht in Kano.\n\nMenschenrechtler "
        "kritisierten das Urteil scharf.",
        "demonstrierten",
        "2025-10-13",
    ),
]


NEXT_DAY_AFTER_AN_ASIDE = [
    (
        "en",
        "BATUMI, Georgia, Oct 16 (Reuters) - Dock workers at the port of Batumi walked off the "
        "job on Monday to demand higher pay. On Tuesday, police detained four union leaders in "
        "Kobuleti, where they had travelled to meet striking rail workers.\n\nThe next day about "
        "1,500 people rallied in Batumi to demand their release.",
        "rallied",
        "2025-10-15",
    ),
    (
        "en",
        "CUENCA, Ecuador, Oct 16 (AP) — Farmers blocked the Pan-American Highway south of Cuenca "
        "on Monday to protest against new water fees. On Tuesday, police arrested 12 farmers "
        "near Azogues, where they had gone to meet irrigation officials.\n\nThe next day, "
        "several thousand farmers marched on the provincial government building in Cuenca.",
        "marched",
        "2025-10-15",
    ),
    (
        "en",
        "HAWASSA, Ethiopia, Oct 16 (Reuters) - Gunmen abducted two aid workers near Shashemene "
        "on Monday, a regional official said. On Tuesday, soldiers detained three suspects in "
        "Hawassa, where they had gone to visit relatives.\n\nThe next day, hundreds of aid "
        "workers protested in Hawassa to demand better protection.",
        "protested",
        "2025-10-15",
    ),
    (
        "de",
        "Tiflis (dpa) - In Georgien haben Bergleute am Montag einen Streik begonnen. Am "
        "Dienstag nahm die Polizei in Kutaissi drei Gewerkschafter fest, die dorthin gereist "
        "waren, um streikende Eisenbahner zu treffen.\n\nAm nächsten Tag demonstrierten in "
        "Tiflis rund 2000 Menschen für ihre Freilassung.",
        "demonstrierten",
        "2025-10-15",
    ),
    (
        "de",
        "Quito (AFP) - In Ecuador haben Bauern am Montag die Panamericana südlich von Ambato "
        "blockiert. Am Dienstag nahmen Soldaten bei Ambato zwölf Bauern fest, die sich dort "
        "versammelt hatten, um mit Beamten zu verhandeln.\n\nAm nächsten Tag zogen Tausende "
        "Bauern vor das Regierungsgebäude in Quito und protestierten gegen die Festnahmen.",
        "zogen",
        "2025-10-15",
    ),
]


NEXT_DAY_AFTER_AN_ASIDE += [
    (
        "en",
        "KANO, Nigeria, Oct 16 (Reuters) - Traders shut the Kurmi market in Kano on Monday in "
        "protest against new levies. On Tuesday, police arrested three market leaders in "
        "Kaduna, where they had gone to lobby state lawmakers.\n\nThe next day, thousands of "
        "traders marched to the governor's office in Kano, witnesses said.",
        "marched",
        "2025-10-15",
    ),
    (
        "en",
        "TABRIZ, Iran, Oct 16 (AP) — Bus drivers in Tabriz went on strike on Monday over unpaid "
        "wages. On Tuesday, security forces detained two organisers in Urmia, where they had "
        "travelled to meet drivers' representatives.\n\nA day later, hundreds of drivers "
        "rallied outside the governor's office in Tabriz to demand their release.",
        "rallied",
        "2025-10-15",
    ),
    (
        "de",
        "Kassel (dpa) - In Kassel haben am Montag Hunderte Pflegekräfte gestreikt. Am Dienstag "
        "nahm die Polizei in Göttingen zwei Gewerkschafterinnen fest, die dorthin gereist "
        "waren, um mit Klinikbeschäftigten zu sprechen.\n\nAm nächsten Tag demonstrierten "
        "in Kassel rund 1500 Menschen für die beiden Frauen.",
        "demonstrierten",
        "2025-10-15",
    ),
    (
        "de",
        "Izmir (AFP) - In der türkischen Hafenstadt Izmir haben am Montag Hafenarbeiter die "
        "Arbeit niedergelegt. Am Dienstag nahm die Polizei in Manisa vier Streikführer fest, "
        "die dort Arbeiter einer Fabrik besuchen wollten.\n\nAm nächsten Tag demonstrierten "
        "in Izmir Tausende Menschen gegen die Festnahmen.",
        "demonstrierten",
        "2025-10-15",
    ),
]


# near-misses: their readings do not change
NEAR_MISSES = [
    # a distance after the event noun counts from its day
    (
        "en",
        "QUITO, Oct 16 (Reuters) - An Ecuadorian court sentenced former energy minister Raúl "
        "Pazmiño to 12 years in prison on Monday for taking bribes.\n\nTwo days after the "
        "verdict, his supporters clashed with riot police outside the courthouse in Quito.",
        "clashed",
        "2025-10-15",
    ),
    # "The next day" right after an event with a day of its own counts from that day
    (
        "en",
        "BATUMI, Georgia, Oct 16 (Reuters) - Dock workers at the port of Batumi walked off the "
        "job on Monday.\n\nThe next day about 1,500 people rallied in Batumi in support.",
        "rallied",
        "2025-10-14",
    ),
    (
        "de",
        "Kassel (dpa) - Das Landgericht Kassel hat am Montag einen Mann wegen Brandstiftung "
        "verurteilt.\n\nZwei Tage nach dem Urteil demonstrierten vor dem Gerichtsgebäude in "
        "Kassel rund 200 Menschen.",
        "demonstrierten",
        "2025-10-15",
    ),
]


GUARDS = [
    # a bare "after" an event of the type whose first event is an earlier one (the
    # strike): the rally just told, in the same paragraph, gives the day (the context)
    (
        "en",
        "DAEGU, South Korea, Oct 16 (Yonhap) - Taxi drivers in Daegu walked off the job "
        "on Monday to protest against a new ride-hailing app.\n\nThe next day about 3,000 "
        "drivers rallied outside city hall in Daegu. After the rally, drivers blocked the "
        "main road to the airport for two hours.",
        "blocked",
        "2025-10-14",
    ),
    (
        "de",
        "Posen (dpa) - In Posen haben am Montag Busfahrer die Arbeit niedergelegt.\n\nAm "
        "nächsten Tag demonstrierten rund 1000 Fahrer vor dem Rathaus in Posen. Nach der "
        "Kundgebung blockierten Fahrer die Zufahrt zum Busdepot.",
        "blockierten",
        "2025-10-14",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "day"),
    [*AFTER_THE_LEAD, *NEXT_DAY_AFTER_AN_ASIDE, *NEAR_MISSES, *GUARDS],
)
def test_the_event_has_the_day_its_text_gives(lang: str, text: str, trigger: str, day: str) -> None:
    assert _date_of(text, lang, trigger) == day


def test_a_plan_after_the_verdict_is_no_event() -> None:
    text = (
        "QUITO, Oct 16 (Reuters) - An Ecuadorian court sentenced former energy minister Raúl "
        "Pazmiño to 12 years in prison on Wednesday.\n\nHis party said it would hold rallies "
        "across the country after the verdict is confirmed on appeal."
    )
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert not [e for e in events if "rall" in e.trigger]
