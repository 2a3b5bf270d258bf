"""Where an event happened, by the shapes a place is given in wire copy, both languages and
many regions: a feature word before the name (``the port city of X``, ``in der Hafenstadt
X``), an adjective before it (``im nordhessischen X``, ``the southern Indian city of X``),
``the X-based`` (where an actor is based, not where the event is), ``near the town of X``,
``in the northern province of X``, back-references (``the town``, ``die Stadt``, ``the crash
site``, ``die Unglücksstelle``) and the dateline city.

Written for these tests, before geomap ran on them: the place is what a reader names.
Names are compared without accents (``Wŏnsan`` is Wonsan to a reader)."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported, plain

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"


# (text, language, kind, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str, str]] = [
    # --- a name in apposition to a feature phrase with a country
    (
        "A cyclone made landfall on Fiji's second-largest island, Vanua Levu, on Monday.",
        "en",
        "disaster",
        MON,
        "Vanua Levu",
    ),
    (
        "Floods hit Kenya's largest port, Mombasa, on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Mombasa",
    ),
    (
        "Ein Erdbeben erschütterte am Montag Chiles zweitgrößte Stadt, Valparaíso.",
        "de",
        "disaster",
        MON,
        "Valparaiso",
    ),
    # --- a feature word before the name
    (
        "Police fired tear gas at protesters in the port city of Mombasa on Tuesday.",
        "en",
        "protest",
        TUE,
        "Mombasa",
    ),
    (
        "A fire broke out at a warehouse in the coastal town of Sokodé on Monday.",
        "en",
        "accident",
        MON,
        "Sokode",
    ),
    (
        "Floods swept through the mountain town of Shimla on Sunday.",
        "en",
        "disaster",
        SUN,
        "Shimla",
    ),
    (
        "In der Hafenstadt Danzig demonstrierten am Montag Tausende gegen die Regierung.",
        "de",
        "protest",
        MON,
        "Danzig|Gdansk",
    ),
    (
        "In der Grenzstadt Rafah wurden am Dienstag drei Menschen bei einem Luftangriff getötet.",
        "de",
        "explosion_remote_violence",
        TUE,
        "Rafah",
    ),
    (
        "Am Sonntag ist in der Industriestadt Ostrava ein Wohnhaus eingestürzt.",
        "de",
        "accident",
        SUN,
        "Ostrava",
    ),
    # a sea that says what kind of port it is: the port is the place
    (
        "A fire broke out in the Black Sea port of Novorossiysk on Monday.",
        "en",
        "accident",
        MON,
        "Novorossiysk",
    ),
    (
        "Police in the Baltic Sea port of Klaipeda arrested 12 fishermen on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Klaipeda",
    ),
    (
        "In der Schwarzmeer-Hafenstadt Noworossijsk ist am Montag ein Tanker explodiert.",
        "de",
        "accident",
        MON,
        "Novorossiysk|Noworossijsk",
    ),
    # --- an adjective before the name (with or without a feature word)
    (
        "Im nordhessischen Kassel gingen am Montag Tausende auf die Straße.",
        "de",
        "protest",
        MON,
        "Kassel",
    ),
    ("Im ostpolnischen Lublin ist am Dienstag ein Zug entgleist.", "de", "accident", TUE, "Lublin"),
    (
        "Im westukrainischen Lwiw wurden am Sonntag zwei Menschen bei einem Drohnenangriff "
        "getötet.",
        "de",
        "explosion_remote_violence",
        SUN,
        "Lwiw|Lviv|Lvov|Lwow",
    ),
    (
        "In der südspanischen Stadt Málaga kam es am Montag zu Ausschreitungen.",
        "de",
        "riot",
        MON,
        "Malaga",
    ),
    (
        "A bus crashed in the southern Indian city of Madurai on Tuesday.",
        "en",
        "accident",
        TUE,
        "Madurai",
    ),
    (
        "Avalanches buried a hotel in the Austrian resort of Ischgl on Sunday.",
        "en",
        "disaster",
        SUN,
        "Ischgl",
    ),
    (
        "In der Nähe der nordindischen Stadt Lucknow ist am Dienstag ein Bus in einen Fluss "
        "gestürzt.",
        "de",
        "accident",
        TUE,
        "Lucknow",
    ),
    (
        "Auf der indonesischen Insel Lombok hat am Montag die Erde gebebt.",
        "de",
        "disaster",
        MON,
        "Lombok",
    ),
    # --- a predicate coordinated before the trigger has its own place
    (
        "The ferry had left the port city of Bari and capsized near Durres on Monday.",
        "en",
        "accident",
        MON,
        "Durres|Durrës",
    ),
    (
        "Der Bus war in der Hafenstadt Split gestartet und verunglückte am Dienstag bei Zadar.",
        "de",
        "accident",
        TUE,
        "Zadar",
    ),
    # --- "the X-based": where an actor is based, not where the event is
    (
        "A Lagos-based journalist was arrested in Abuja on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Abuja",
    ),
    (
        "The Nairobi-based charity's plane crashed near Kisumu on Monday.",
        "en",
        "accident",
        MON,
        "Kisumu",
    ),
    # --- near the town of X, in the northern province of X
    (
        "Rebels ambushed an army convoy near the town of Kidal on Sunday.",
        "en",
        "battle",
        SUN,
        "Kidal",
    ),
    (
        "Floods killed 12 people in the northern province of Cagayan on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Cagayan",
    ),
    (
        "In der nördlichen Provinz Kunduz haben Bewaffnete am Montag sieben Bauern erschossen.",
        "de",
        "violence_against_civilians",
        MON,
        "Kunduz",
    ),
    (
        "Bei der Kleinstadt Wadi Halfa ist am Sonntag ein Bus verunglückt.",
        "de",
        "accident",
        SUN,
        "Wadi Halfa",
    ),
    # --- back-references
    (
        "A military transport plane crashed near Sevastopol on Monday. "
        "Investigators arrived at the crash site on Tuesday.",
        "en",
        "travel",
        TUE,
        "Sevastopol",
    ),
    (
        "Heavy rain fell on Bouake for days. Floods swept through the town on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Bouake",
    ),
    (
        "Ein Reisebus ist am Montag bei Trient verunglückt. "
        "Rettungskräfte trafen am Dienstag an der Unglücksstelle ein.",
        "de",
        "travel",
        TUE,
        "Trient|Trento",
    ),
    (
        "Die Polizei räumte am Montag ein Protestcamp in Leipzig. "
        "Am Dienstag demonstrierten in der Stadt erneut 2000 Menschen.",
        "de",
        "protest",
        TUE,
        "Leipzig",
    ),
    (
        "Ein Hochwasser hat am Montag Beledweyne überflutet. Am Dienstag blockierten Bewohner "
        "der Stadt die Hauptstraße.",
        "de",
        "protest",
        TUE,
        "Beledweyne",
    ),
    # the site of an earlier event, with events elsewhere in between
    (
        "A passenger plane crashed near Pokhara on Monday, killing 40 people.\n\n"
        "The prime minister condemned the airline in a speech in Kathmandu on Tuesday.\n\n"
        "Police in Kathmandu arrested the airline's chief on Tuesday.\n\n"
        "Investigators arrived at the crash site on Wednesday.",
        "en",
        "travel",
        DAY,
        "Pokhara",
    ),
    (
        "An earthquake shook the region around Van on Sunday.\n\n"
        "The interior minister met aid agencies in Ankara on Monday.\n\n"
        "On Tuesday the president toured the disaster zone.",
        "en",
        "meeting",
        TUE,
        "Van",
    ),
    (
        "Ein Reisebus ist am Montag bei Trient verunglückt.\n\n"
        "Der Verkehrsminister verurteilte am Dienstag in Rom die Busfirma.\n\n"
        "Die Polizei nahm am Dienstag in Mailand den Geschäftsführer fest.\n\n"
        "Am Mittwoch trafen Gutachter an der Unglücksstelle ein.",
        "de",
        "travel",
        DAY,
        "Trient|Trento",
    ),
    (
        "Ein Erdbeben hat am Sonntag die Gegend um Van erschüttert.\n\n"
        "Der Innenminister beriet am Montag in Ankara mit Hilfsorganisationen.\n\n"
        "Am Dienstag besuchte der Präsident das Erdbebengebiet.",
        "de",
        "meeting",
        TUE,
        "Van",
    ),
    # the epicentre named in the next sentence refines a quake placed in a country
    (
        "MANILA, June 10 (AP) - A strong earthquake jolted the southern Philippines on "
        "Tuesday. The quake's epicentre was at sea, about 40 km off the coast of Davao "
        "Oriental province.",
        "en",
        "disaster",
        TUE,
        "Davao Oriental",
    ),
    (
        "Ein schweres Erdbeben hat am Dienstag den Süden der Philippinen erschüttert. Das "
        "Epizentrum lag vor der Küste der Provinz Davao Oriental.",
        "de",
        "disaster",
        TUE,
        "Davao Oriental",
    ),
    # a place phrase trailing the event's sentence refines a country or a province
    (
        "At least 30 civilians were killed on Tuesday when gunmen stormed a village in "
        "northern Burkina Faso, near the town of Djibo.",
        "en",
        "violence_against_civilians",
        TUE,
        "Djibo",
    ),
    (
        "Bei einem Überfall auf ein Dorf im Norden Burkina Fasos, nahe der Stadt Djibo, wurden "
        "am Dienstag mindestens 30 Zivilisten getötet.",
        "de",
        "violence_against_civilians",
        TUE,
        "Djibo",
    ),
    # what a statement is about is not where it was made
    (
        "NEW YORK, June 10 (Reuters) - The UN Secretary-General condemned the attack on a "
        "market in Kidal on Tuesday.",
        "en",
        "statement",
        TUE,
        "New York",
    ),
    (
        "NEW YORK, 10. Juni (Reuters) - UN-Generalsekretär Guterres hat den Angriff auf einen "
        "Markt in Kidal am Dienstag verurteilt.",
        "de",
        "statement",
        TUE,
        "New York",
    ),
    (
        "The foreign ministry condemned the attack on the embassy in a statement in Ankara on "
        "Monday.",
        "en",
        "statement",
        MON,
        "Ankara",
    ),
    # --- the dateline city
    (
        "KAMPALA, June 10 (Reuters) - Police fired tear gas at opposition supporters on Tuesday.",
        "en",
        "protest",
        TUE,
        "Kampala",
    ),
    # a nationality names whose, not where: the dateline stays
    (
        "JOHANNESBURG, June 10 (Reuters) - Police arrested 20 Zimbabwean migrants on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Johannesburg",
    ),
    (
        "JOHANNESBURG, 10. Juni (dpa) - Die Polizei hat am Dienstag 20 simbabwische Migranten "
        "festgenommen.",
        "de",
        "strategic_development",
        TUE,
        "Johannesburg",
    ),
    (
        "NAIROBI, June 10 (Reuters) - Police fired tear gas at Somali refugees protesting on "
        "Tuesday.",
        "en",
        "protest",
        TUE,
        "Nairobi",
    ),
    # an organisation the geoparser read as a town ("Police") is no place
    (
        "LONDON, June 10 (Reuters) - Police arrested 12 activists outside parliament on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "London",
    ),
    (
        "KAIRO, 10. Juni (dpa) - Bei einem Busunglück sind am Dienstag 15 Menschen ums Leben "
        "gekommen.",
        "de",
        "accident",
        TUE,
        "Kairo|Cairo",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), CASES)
def test_the_event_is_where_a_reader_puts_it(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


# (text, language, day, place: any of the names, "|"-separated) of the sentence's event:
# where the place is given before the event's clause, or in an earlier sentence.
SCENES: list[tuple[str, str, str, str]] = [
    # --- a fronted place phrase sets the scene over a place of another country in the clause
    (
        "In the northwestern city of Tabriz, a court sentenced two men on Tuesday for "
        "trafficking opium into Turkey.",
        "en",
        TUE,
        "Tabriz",
    ),
    (
        "In the southern port city of Mersin, police arrested four men on Monday for smuggling "
        "migrants to Cyprus.",
        "en",
        MON,
        "Mersin",
    ),
    # --- a launch names no site, only a target or where it was reported: the site named before
    (
        "Satellite photos showed two rockets on the pads of the Plesetsk Cosmodrome last week. "
        "Russia launched a military satellite on Monday, the defence ministry in Moscow said.",
        "en",
        MON,
        "Plesetsk",
    ),
    (
        "Japan has expanded the Tanegashima Space Center on its southern coast. Two days ago, "
        "the agency launched a lunar lander, officials in Tokyo said.",
        "en",
        MON,
        "Tanegashima",
    ),
    (
        "New buildings have gone up at the Sohae launch site in recent months. On Tuesday, North "
        "Korea fired a long-range rocket towards the Yellow Sea.",
        "en",
        TUE,
        "Sohae",
    ),
    (
        "Iran hat das Raumfahrtzentrum Semnan in den vergangenen Jahren ausgebaut. Am Montag "
        "startete eine Rakete mit drei Satelliten, wie Staatsmedien in Teheran berichteten.",
        "de",
        MON,
        "Semnan|Imam Khomeini",
    ),
    # --- "at"/"auf" before a facility of the launching country: the site, not a target
    (
        "North Korea tested a solid-fuel engine at its Sohae station on Monday.",
        "en",
        MON,
        "Sohae",
    ),
    (
        "Nordkorea hat am Montag auf dem Startgelände Sohae ein neues Triebwerk getestet.",
        "de",
        MON,
        "Sohae",
    ),
    # --- a definite kind noun as the object of an attack: the place of that kind named before
    (
        "Residents fled Kayes in western Mali after months of threats. Gunmen attacked the town "
        "on Monday, killing nine people.",
        "en",
        MON,
        "Kayes",
    ),
    (
        "Kherson has been under fire for months. Russian forces shelled the city overnight into "
        "Tuesday, killing two people.",
        "en",
        TUE,
        "Kherson",
    ),
    (
        "Die Armee hatte Gao im vergangenen Jahr zurückerobert. Am Sonntag überfielen Bewaffnete "
        "die Stadt und töteten neun Zivilisten.",
        "de",
        SUN,
        "Gao",
    ),
    # --- a bare "the capital" fronted in its own clause: the capital of the story's country
    (
        "Greenland's premier returned home on Sunday. In the capital, he met the Danish foreign "
        "minister on Monday.",
        "en",
        MON,
        "Nuuk",
    ),
    (
        "Georgia's president flew home on Sunday. In the capital, thousands of people rallied "
        "against the government on Monday.",
        "en",
        MON,
        "Tbilisi",
    ),
    # --- a feature phrase, then the name in apposition: the name
    (
        "Fighting broke out in Karen State's capital, Hpa-An, on Monday.",
        "en",
        MON,
        "Hpa-An",
    ),
    (
        "Rebels seized the northern Shan State town, Lashio, on Sunday.",
        "en",
        SUN,
        "Lashio",
    ),
    # --- a cue reaches across adjectives, a feature word and "of": the town, not the river
    (
        "A ferry capsized on the Paraná River off the southern Paraguayan city of Encarnación "
        "on Monday.",
        "en",
        MON,
        "Encarnacion",
    ),
    (
        "A barge capsized on the Danube near the eastern Serbian river port of Kladovo on Sunday.",
        "en",
        SUN,
        "Kladovo",
    ),
    # --- "there" with no event before: the most specific place of the sentence naming one
    (
        "The Satish Dhawan Space Centre lies on an island in the Indian state of Andhra "
        "Pradesh. On Tuesday a rocket with a weather satellite lifted off from there.",
        "en",
        TUE,
        "Satish Dhawan|Sriharikota",
    ),
    (
        "Das Raumfahrtzentrum Kourou liegt in Französisch-Guayana. Am Dienstag startete von dort "
        "eine Ariane-Rakete.",
        "de",
        TUE,
        "Guiana Space|Kourou",
    ),
    # --- no event in the sentence before, which set the scene: its town
    (
        "Protesters gathered at the port of Mombasa on Sunday. Police fired tear gas at them "
        "the next day.",
        "en",
        MON,
        "Mombasa",
    ),
    (
        "Hunderte Menschen versammelten sich am Sonntag auf dem Hauptplatz von Cusco. Die "
        "Polizei setzte am Montag Tränengas gegen sie ein.",
        "de",
        MON,
        "Cusco",
    ),
]


@pytest.mark.parametrize(("text", "lang", "day", "place"), SCENES)
def test_the_scene_set_before_the_event_is_its_place(
    text: str, lang: str, day: str, place: str
) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    got = [(e.date, e.place_name) for e in events]
    names = [plain(n) for n in place.split("|")]
    assert any(d == day and p is not None and any(n in plain(p) for n in names) for d, p in got), (
        got
    )
