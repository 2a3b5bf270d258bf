"""Sentences wire copy is full of that report no event, a third table (issue 20): background
and history, statistics and records, forecasts, warnings, plans, threats, conditionals,
questions, denials, habits, what a place is like, names and titles holding an event word,
headlines of other stories, captions, bylines and agency boilerplate, both languages, many
regions.

Each sentence names a place and most a time, so only the reading of the clause can keep it
off the map. Reactions (``condemned the attack``, ``verurteilte den Anschlag``) may be a
statement, never a second attack. Written for these tests before geomap ran on them, from
no benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported

DAY = "2025-06-11"  # a Wednesday: the tables' publication date

# (class, sentence)
ENGLISH: list[object] = [
    # background and history
    ("history", "The region around Chittagong was hit by a cyclone in 2019."),
    ("history", "Port-au-Prince was devastated by an earthquake in 2010."),
    ("history", "The town of Derna, destroyed by floods in 2023, is still being rebuilt."),
    ("history", "Since the war of 2008, Russian troops have been stationed in South Ossetia."),
    ("history", "The last eruption of Mount Merapi, in 2010, killed more than 300 people."),
    ("history", "Kathmandu is still rebuilding temples damaged in the 2015 earthquake."),
    ("history", "The coup of 1973 still divides families in Santiago."),
    ("history", "Beira was largely flattened by Cyclone Idai six years ago."),
    # statistics and records
    ("statistics", "Floods kill about 200 people a year in Bangladesh."),
    ("statistics", "It was the deadliest quake in Afghanistan since 2002."),
    ("statistics", "Lightning strikes kill dozens of people in Malawi each rainy season."),
    ("statistics", "The 2024 monsoon was the wettest recorded in Karachi in three decades."),
    ("statistics", "Road crashes are the leading cause of death among young people in Kenya."),
    ("statistics", "Wildfires burned a record 18 million hectares in Canada in 2023."),
    pytest.param(
        "statistics",
        "Only two cyclones on record have made landfall as far south as Brisbane.",
        # a record told by a counted subject of a verb trigger ("two cyclones ... have made
        # landfall"): the count reads nouns that are the trigger only
        marks=pytest.mark.xfail(strict=True, reason="a counted subject of a verb trigger"),
    ),
    ("statistics", "Kidnappings in Haiti rose by a third in the first quarter, the UN said."),
    # forecasts and warnings
    ("forecast", "Heavy rain is expected to trigger landslides in Kerala over the weekend."),
    ("forecast", "The typhoon is forecast to weaken before it reaches Okinawa."),
    ("forecast", "Meteorologists issued a red alert for flooding in Valencia."),
    ("forecast", "Authorities in Jakarta warned residents to stay away from the coast."),
    ("forecast", "A tsunami warning for the coast of Sumatra was lifted after two hours."),
    ("forecast", "Seismologists say a strong aftershock near Antakya cannot be excluded."),
    # plans and threats
    ("plan", "The union plans a march through Buenos Aires to demand higher wages."),
    ("plan", "Rebels vowed to attack Goma if the army did not withdraw."),
    ("plan", "Farmers threatened to block the roads into Brussels with tractors."),
    ("plan", "The government intends to hold a referendum in Tbilisi on the reform."),
    ("plan", "The president is expected to travel to Lusaka for the summit."),
    ("plan", "A vote on the budget in Nairobi has been pushed back to July."),
    # conditionals and questions
    ("conditional", "If the levees fail, water would flood much of Sacramento."),
    ("conditional", "Had the bomb gone off, dozens in the Quetta market would have died."),
    ("conditional", "Should the talks fail, the army may resume shelling Gaza."),
    ("question", "Could a quake like that happen in Istanbul?"),
    ("question", "Who attacked the convoy near Gao remains unclear."),
    ("question", "Why did the ferry sink off Lombok?"),
    # denials
    ("denial", "The army denied that its jets had bombed a hospital in El Fasher."),
    ("denial", "Police in Nairobi denied reports that protesters had been shot."),
    ("denial", "The ministry dismissed claims of a chemical leak near Rotterdam as false."),
    # habits
    ("habit", "Police usually break up rallies in Minsk within minutes."),
    ("habit", "Monsoon rains flood the slums of Mumbai every July."),
    ("habit", "Herders and farmers in central Mali clash over water most dry seasons."),
    ("habit", "Dust storms regularly shut the airport in Kuwait City."),
    # a place described
    ("place", "Sylhet is a low-lying town hit repeatedly by floods."),
    ("place", "Tacloban, a port city battered by typhoons, has a population of 250,000."),
    ("place", "The village lies on a fault line east of Izmir."),
    ("place", "Gao, a garrison town once held by jihadists, sits on the Niger river."),
    # names and titles with an event word
    ("name", "The Election Commission in Lahore published the voter rolls."),
    ("name", "Donations went to the Flood Relief Fund set up in Peshawar."),
    ("name", "The Strike Command at RAF High Wycombe oversees the fleet."),
    ("name", "The Earthquake Commission in Wellington handles insurance claims."),
    ("name", "She works for the Disaster Management Centre in Colombo."),
    ("name", "The Fire Brigades Union in Glasgow elected a new leader."),
    ("name", "He was speaking at the Tornado Alley museum in Oklahoma City."),
    ("name", "Operation Storm is still a divisive memory in Knin."),
    # headlines of other stories, captions, bylines, boilerplate
    ("boilerplate", "(Reporting by Ayenat Mersie in Nairobi; Editing by Alex Richardson)"),
    ("boilerplate", "Additional reporting by Jorge Ramos in Lima."),
    ("boilerplate", "Copyright 2025 The Associated Press. All rights reserved."),
    ("boilerplate", "FILE PHOTO: Rescuers search the rubble in Hatay after the 2023 earthquake."),
    ("boilerplate", "RELATED: Flood recovery stalls in Lismore two years on"),
    ("boilerplate", "Read more: Why Istanbul fears the next big earthquake"),
    ("boilerplate", "This story has been corrected to show the protest in Accra was last year."),
    # the same classes in a sentence that names a day
    ("history", "On Tuesday, residents of Spitak recalled the earthquake of 1988."),
    ("history", "Bam, where an earthquake killed 26,000 people in 2003, has been rebuilt."),
    (
        "statistics",
        "The number of people killed in attacks in Burkina Faso rose on Tuesday to 400 this "
        "year, the UN said.",
    ),
    (
        "statistics",
        "It was the strongest typhoon to hit Taiwan since 2016, forecasters said on Tuesday.",
    ),
    ("forecast", "Forecasters said on Tuesday that the storm could reach Manila by Friday."),
    ("forecast", "Authorities in Hokkaido lifted a tsunami advisory on Tuesday."),
    ("forecast", "A flood watch remains in effect for Houston until Thursday."),
    ("plan", "The trial of the former mayor of Lviv is set to open on Monday."),
    ("plan", "Organisers have called off Saturday's march in Nairobi."),
    ("plan", "The opposition on Tuesday announced a rally in Caracas for next Saturday."),
    (
        "denial",
        "Police said on Monday they had found no evidence of an attack on the mosque in Kano.",
    ),
    ("denial", "Officials in Quito said on Tuesday that reports of looting were untrue."),
    ("habit", "Every rainy season, landslides cut the road between Kigali and Musanze."),
    ("habit", "Protesters gather outside the parliament in Tbilisi most evenings."),
    ("threat", "Al-Shabaab threatened on Tuesday to attack hotels in Mogadishu."),
    ("conditional", "Without the sea wall, Tuesday's storm surge would have flooded Galveston."),
    ("question", "Is Lagos ready for the next big flood?"),
    ("name", "The Supreme Election Council in Ankara certified the results on Tuesday."),
    (
        "name",
        "Staff at the Pacific Tsunami Warning Center in Honolulu briefed reporters on Tuesday.",
    ),
    ("name", "The Riot Act was read out in a London theatre on Tuesday."),
    ("boilerplate", "Reuters could not independently verify the reports from Khartoum."),
    ("boilerplate", "Photo: Flooded streets in Porto Alegre on Tuesday. (Reuters)"),
    # a third batch, dated: anniversaries, running counts, appositions, denials, labels
    # years since an event: a verb trigger after an article is read as its noun (session 12,
    # h-evdev, second round), so the "since" phrase keeps it out
    (
        "history",
        "On Tuesday, Haitians marked 15 years since the earthquake that destroyed Port-au-Prince.",
    ),
    (
        "statistics",
        "At least 1,200 people have died in floods in Nigeria this year, officials said on "
        "Tuesday.",
    ),
    ("forecast", "Forecasters on Tuesday warned of heavy rain and possible landslides in Kerala."),
    ("forecast", "The weather office on Monday issued a cyclone alert for the coast of Odisha."),
    ("plan", "The army said on Tuesday it was ready to retake Goma from the rebels."),
    ("plan", "Farmers said on Monday they would block roads into Warsaw later in the week."),
    (
        "conditional",
        "Officials said on Tuesday that a dam failure near Kakhovka would flood dozens of "
        "villages.",
    ),
    ("denial", "The ministry said on Tuesday that no protesters had been arrested in Tbilisi."),
    ("place", "Lamu, an island town often hit by militant raids, reopened its airport on Tuesday."),
    ("name", "The Disaster Risk Reduction Office in Manila opened a new centre on Tuesday."),
    ("name", "The Hurricane Center in Miami upgraded its forecast models on Monday."),
    ("boilerplate", "Watch: Floodwaters sweep through the streets of Valencia"),
    ("boilerplate", "Related coverage: Earthquake in Myanmar, one month on"),
    ("history", "Mosul, recaptured from Islamic State in 2017, reopened its airport on Sunday."),
]

GERMAN: list[tuple[str, str]] = [
    # background and history
    ("history", "Seit dem Krieg von 1999 sind im Kosovo internationale Truppen stationiert."),
    ("history", "Die Region um Chittagong wurde 2019 von einem Zyklon verwüstet."),
    ("history", "Beim Erdbeben von 2015 waren in Kathmandu Tempel eingestürzt."),
    ("history", "Die Stadt Derna war 2023 von einer Flut zerstört worden."),
    ("history", "Nach dem Putsch von 1973 flohen Tausende aus Santiago."),
    ("history", "Das Oderhochwasser von 1997 gilt in Frankfurt (Oder) bis heute als Trauma."),
    ("history", "Der Vulkan Merapi war zuletzt 2010 ausgebrochen."),
    ("history", "Beira war 2019 vom Zyklon Idai fast vollständig zerstört worden."),
    # statistics and records
    ("statistics", "Überschwemmungen töten in Bangladesch jedes Jahr rund 200 Menschen."),
    ("statistics", "Es war das schwerste Beben in Afghanistan seit 2002."),
    ("statistics", "Die Zahl der Entführungen in Haiti stieg im ersten Quartal um ein Drittel."),
    ("statistics", "In Kenia sterben jährlich Tausende bei Verkehrsunfällen."),
    ("statistics", "Noch nie hat ein Zyklon so weit südlich wie Brisbane Land erreicht."),
    ("statistics", "Waldbrände vernichteten 2023 in Kanada rekordverdächtige 18 Millionen Hektar."),
    ("statistics", "Der Monsun 2024 war in Karachi der nasseste seit drei Jahrzehnten."),
    ("statistics", "Blitzeinschläge töten in Malawi in jeder Regenzeit Dutzende Menschen."),
    # forecasts and warnings
    ("forecast", "Meteorologen rechnen am Wochenende mit Erdrutschen in Kerala."),
    ("forecast", "Der Taifun soll sich abschwächen, bevor er Okinawa erreicht."),
    ("forecast", "Für Valencia gilt die höchste Warnstufe wegen Hochwassers."),
    ("forecast", "Die Tsunamiwarnung für die Küste Sumatras wurde nach zwei Stunden aufgehoben."),
    ("forecast", "Ein starkes Nachbeben bei Antakya sei nicht auszuschließen, sagten Seismologen."),
    ("forecast", "Der Wetterdienst warnte für Sachsen vor Unwettern mit Hagel."),
    # plans and threats
    ("plan", "Die Gewerkschaft plant einen Marsch durch Buenos Aires."),
    ("plan", "Die Rebellen drohten, Goma anzugreifen, falls die Armee nicht abziehe."),
    ("plan", "Bauern drohen damit, die Zufahrten nach Brüssel mit Traktoren zu blockieren."),
    ("plan", "Die Regierung will in Tiflis ein Referendum über die Reform abhalten."),
    ("plan", "Die Abstimmung über den Haushalt in Nairobi wurde auf Juli verschoben."),
    ("plan", "Der Präsident soll im kommenden Monat nach Lusaka reisen."),
    # conditionals and questions
    ("conditional", "Sollten die Deiche brechen, würde Wasser große Teile von Hamburg fluten."),
    ("conditional", "Wäre die Bombe explodiert, hätte es auf dem Markt in Quetta Tote gegeben."),
    ("conditional", "Falls die Gespräche scheitern, könnte die Armee Gaza erneut beschießen."),
    ("question", "Könnte ein solches Beben auch Istanbul treffen?"),
    ("question", "Wer den Konvoi bei Gao angegriffen hat, ist weiter unklar."),
    ("question", "Warum sank die Fähre vor Lombok?"),
    # denials
    (
        "denial",
        "Die Armee bestritt, dass ihre Jets ein Krankenhaus in El Fasher bombardiert hätten.",
    ),
    (
        "denial",
        "Die Polizei in Nairobi dementierte Berichte, wonach auf Demonstranten geschossen wurde.",
    ),
    ("denial", "Das Ministerium wies Berichte über ein Chemieleck bei Rotterdam zurück."),
    # habits
    ("habit", "Die Polizei löst Kundgebungen in Minsk meist binnen Minuten auf."),
    ("habit", "Der Monsun überflutet die Slums von Mumbai jeden Juli."),
    ("habit", "In Zentralmali geraten Hirten und Bauern in fast jeder Trockenzeit aneinander."),
    ("habit", "Sandstürme legen den Flughafen von Kuwait regelmäßig lahm."),
    # a place described
    ("place", "Sylhet ist eine tief gelegene Stadt, die immer wieder von Fluten heimgesucht wird."),
    ("place", "Tacloban, eine von Taifunen oft getroffene Hafenstadt, hat 250.000 Einwohner."),
    ("place", "Das Dorf liegt auf einer Verwerfungslinie östlich von Izmir."),
    ("place", "Gao, einst von Dschihadisten gehalten, liegt am Niger."),
    # names and titles with an event word
    ("name", "Die Erdbebenwarte in Stuttgart registrierte keine Auffälligkeiten."),
    ("name", "Die Wahlkommission in Lahore veröffentlichte die Wählerverzeichnisse."),
    ("name", "Die Spenden gingen an den Fluthilfefonds in Peschawar."),
    ("name", "Das Hochwasserschutzzentrum in Köln stellte neue Pläne vor."),
    ("name", "Der Katastrophenschutz in Dresden zog eine positive Bilanz der Übung."),
    ("name", "Im Erdbebenmuseum von Kobe erinnern Fotos an die Zerstörung."),
    ("name", "Die Sturmflutwarnzentrale in Hamburg feiert ihr 60-jähriges Bestehen."),
    ("name", "Das Streikkomitee in Lissabon wählte einen neuen Sprecher."),
    # headlines of other stories, captions, bylines, boilerplate
    ("boilerplate", "© dpa-infocom, dpa:250611-99-123456/2"),
    ("boilerplate", "Mehr zum Thema: Warum Istanbul das nächste große Erdbeben fürchtet"),
    ("boilerplate", "ARCHIV - Helfer suchen 2023 in Hatay nach dem Erdbeben in den Trümmern."),
    ("boilerplate", "Lesen Sie auch: Hochwasser in Passau – die Lehren aus 2013"),
    ("boilerplate", "Dieser Artikel wurde aktualisiert: Die Kundgebung in Accra war im Vorjahr."),
    ("boilerplate", "Mitarbeit: Jorge Ramos in Lima."),
    # the same classes in a sentence that names a day
    ("history", "Am Dienstag erinnerten die Bewohner von Spitak an das Erdbeben von 1988."),
    (
        "history",
        "In Bam, wo 2003 ein Erdbeben 26.000 Menschen tötete, ist die Altstadt wieder aufgebaut.",
    ),
    (
        "forecast",
        "Der Wetterdienst sagte am Dienstag, der Sturm könne Manila bis Freitag erreichen.",
    ),
    ("forecast", "Die Behörden auf Hokkaido hoben am Dienstag die Tsunamiwarnung auf."),
    ("plan", "Der Prozess gegen den früheren Bürgermeister von Lwiw beginnt am Montag."),
    ("plan", "Die Veranstalter haben den für Samstag geplanten Marsch in Nairobi abgesagt."),
    (
        "denial",
        "Die Polizei fand nach eigenen Angaben keine Hinweise auf einen Anschlag auf die "
        "Moschee in Kano.",
    ),
    ("denial", "Berichte über Plünderungen in Quito seien falsch, sagten Beamte am Dienstag."),
    (
        "habit",
        "In jeder Regenzeit schneiden Erdrutsche die Straße zwischen Kigali und Musanze ab.",
    ),
    ("threat", "Al-Shabaab drohte am Dienstag mit Anschlägen auf Hotels in Mogadischu."),
    ("conditional", "Ohne die Ufermauer hätte die Sturmflut am Dienstag Galveston überschwemmt."),
    ("question", "Ist Lagos auf die nächste große Flut vorbereitet?"),
    ("name", "Der Oberste Wahlrat in Ankara bestätigte am Dienstag die Ergebnisse."),
    (
        "name",
        "Mitarbeiter des Tsunami-Warnzentrums in Honolulu informierten am Dienstag die Presse.",
    ),
    ("boilerplate", "Die Berichte aus Khartum ließen sich nicht unabhängig überprüfen."),
    ("boilerplate", "Foto: Überflutete Straßen in Porto Alegre am Dienstag. (dpa)"),
    # a third batch, dated
    ("history", "Am Dienstag jährte sich das Erdbeben in Port-au-Prince zum 15. Mal."),
    (
        "forecast",
        "Der Wetterdienst warnte am Dienstag vor Starkregen und möglichen Erdrutschen in Kerala.",
    ),
    (
        "forecast",
        "Die Behörden gaben am Montag eine Zyklonwarnung für die Küste von Odisha heraus.",
    ),
    pytest.param(
        "plan",
        "Die Gewerkschaften riefen am Dienstag für Donnerstag zu einem Generalstreik in Buenos "
        "Aires auf.",
        marks=pytest.mark.xfail(
            strict=True, reason="a separable call with a day between its parts is no appeal phrase"
        ),
    ),
    (
        "denial",
        "Die Armee wies am Montag Berichte zurück, ihre Truppen hätten einen Markt in Gao "
        "beschossen.",
    ),
    ("habit", "Seit März versammeln sich jeden Abend Demonstranten vor dem Parlament in Belgrad."),
    (
        "place",
        "Lamu, eine oft von Milizen überfallene Inselstadt, öffnete am Dienstag wieder ihren "
        "Flughafen.",
    ),
    ("name", "Das Hurrikanzentrum in Miami stellte am Montag neue Prognosemodelle vor."),
    ("boilerplate", "Video: Wassermassen strömen durch die Straßen von Valencia"),
    (
        "history",
        "Mossul, 2017 vom Islamischen Staat zurückerobert, öffnete am Sonntag wieder seinen "
        "Flughafen.",
    ),
]

# A reaction is a statement about an event, never a second event of the event's own kind.
REACTIONS: list[tuple[str, str]] = [
    ("The African Union condemned the attack on the village near Mopti.", "en"),
    ("The UN chief condemned the massacre in Djibo in the strongest terms.", "en"),
    ("World leaders expressed shock at the bombing in Kabul.", "en"),
    ("The Pope offered prayers for the victims of the earthquake in Myanmar.", "en"),
    ("Messages of condolence for the victims of the crash in Ahmedabad poured in.", "en"),
    ("Die Bundesregierung verurteilte den Anschlag in Kabul scharf.", "de"),
    ("Der UN-Generalsekretär verurteilte das Massaker bei Djibo.", "de"),
    ("Der Papst betete für die Opfer des Erdbebens in Myanmar.", "de"),
    ("Aus aller Welt kamen Beileidsbekundungen nach dem Absturz in Ahmedabad.", "de"),
    ("Die EU zeigte sich bestürzt über die Gewalt in Port-au-Prince.", "de"),
    # a threat or a record told by a source with a day: at most the saying is news
    ("The group warned on Monday of more bombings in Peshawar.", "en"),
    (
        "Es war der stärkste Taifun in Taiwan seit 2016, teilte der Wetterdienst am Dienstag mit.",
        "de",
    ),
    # a call, a denial, an announcement or a plan told with a day: the saying at most
    ("The army on Monday rejected reports that its troops had shelled a market in Gao.", "en"),
    ("Unions on Tuesday called for a general strike in Buenos Aires on Thursday.", "en"),
    (
        "Der Bürgermeister von Lwiw sagte am Dienstag, die Stadt werde nach dem Raketenangriff "
        "wieder aufgebaut.",
        "de",
    ),
    (
        "In Nigeria sind in diesem Jahr mindestens 1200 Menschen bei Überschwemmungen ums Leben "
        "gekommen, teilten Behörden am Dienstag mit.",
        "de",
    ),
    ("The mayor of Lviv said on Tuesday the city would rebuild after the missile strike.", "en"),
    (
        "Die Armee erklärte am Dienstag, sie sei bereit, Goma von den Rebellen zurückzuerobern.",
        "de",
    ),
    (
        "Das Ministerium erklärte am Dienstag, in Tiflis seien keine Demonstranten festgenommen "
        "worden.",
        "de",
    ),
    (
        "Bauern kündigten am Montag an, später in der Woche die Straßen nach Warschau zu "
        "blockieren.",
        "de",
    ),
]


def _kinds(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    return [(e.kind, e.sub_kind, e.place_name) for e in events]


@pytest.mark.parametrize(("cls", "text"), ENGLISH)
def test_english_sentences_report_no_event(cls: str, text: str) -> None:
    assert _kinds(text, "en") == []


@pytest.mark.parametrize(("cls", "text"), GERMAN)
def test_german_sentences_report_no_event(cls: str, text: str) -> None:
    assert _kinds(text, "de") == []


@pytest.mark.parametrize(("text", "lang"), REACTIONS)
def test_a_reaction_is_no_second_event(text: str, lang: str) -> None:
    assert [k for k in _kinds(text, lang) if k[0] != "statement"] == []


TUE, MON = "2025-06-10", "2025-06-09"

# The same words in sentences that report an event: the readings above must not reach them
# (an adverb that only describes, a body's name beside a real protest, a trial begun).
KEPT: list[tuple[str, str, str, str | None, str, str]] = [
    (
        "The usually quiet town of Gao was shelled on Tuesday.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Gao",
    ),
    (
        "Normally bustling streets in Kyiv were empty after drones attacked the city on Tuesday.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Kyiv",
    ),
    (
        "The worst floods since 1998 submerged large parts of Dhaka on Tuesday.",
        "en",
        "disaster",
        "flood",
        TUE,
        "Dhaka",
    ),
    (
        "Floodwaters submerged a relief camp near Sylhet on Tuesday.",
        "en",
        "disaster",
        "flood",
        TUE,
        "Sylhet",
    ),
    (
        "Hundreds rallied outside the Election Commission in Lahore on Tuesday.",
        "en",
        "protest",
        "peaceful_protest",
        TUE,
        "Lahore",
    ),
    (
        "Es ist am Montag in Tirana zu schweren Ausschreitungen gekommen.",
        "de",
        "riot",
        None,
        MON,
        "Tirana",
    ),
    (
        "Der Prozess gegen den Bürgermeister von Lwiw hat am Montag begonnen.",
        "de",
        "court",
        "trial",
        MON,
        "Lwiw|Lviv",
    ),
    (
        "Am Mittwoch beginnt in Lwiw der Prozess gegen den früheren Bürgermeister.",
        "de",
        "court",
        "trial",
        DAY,
        "Lwiw|Lviv",
    ),
    (
        "Am Dienstag demonstrierten Hunderte vor der Wahlkommission in Lahore.",
        "de",
        "protest",
        "peaceful_protest",
        TUE,
        "Lahore",
    ),
    (
        "Die meist jungen Demonstranten marschierten am Dienstag in Belgrad.",
        "de",
        "protest",
        "peaceful_protest",
        TUE,
        "Belgrad|Belgrade",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), KEPT)
def test_the_same_words_keep_an_event(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)
