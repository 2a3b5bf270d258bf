"""The place of an event, fifteenth session's probe table (issue 20, deliverable 3).

Each row is a short snippet (a dateline or none, one to four sentences) and the event a reader
would put on the map: its kind, its day and its place. The rows were written for this table,
in English and German, on every continent, with places the events dev articles do not name,
before geomap was run on them; the place is what a reader names (compared without accents),
and for an administrative unit also its precision (``region``: the province, not a namesake
town). The classes:

- ``OWN``: the trigger's own locative phrase, with adjectives and feature words before the
  name (``in the restive northern district of X``, ``im ostkongolesischen X``, ``on the island
  of X``, ``along the X river``, ``the Red Sea port of X``).
- ``DESCRIPTIVE``: a phrase resolved by data or back to the last place of its kind (``the
  Ugandan capital`` under another country's dateline, ``the port city``, ``die
  Provinzhauptstadt``, ``the mining town``, ``the area``, ``die Region``).
- ``CARRIED``: a place carried from the sentence before, and where it must not be: a new
  sentence naming another place, a quote, a background sentence.
- ``DATELINE``: the dateline city when the event's sentence names no place, and not when it
  names one.
- ``SECOND_CLAUSE``: an event noun or verb in a second clause with its own place.
- ``ADMIN``: a region, province, state or district as the place (the unit, not a namesake
  town).
"""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2025-06-11"  # a Wednesday: the snippets' publication date
TUE, MON, SUN, SAT = "2025-06-10", "2025-06-09", "2025-06-08", "2025-06-07"

# (id, text, language, kind, day, place): place is "|"-separated names, any of which the
# event's place name must hold; "#precision" after them also asks for that precision.
Row = tuple[str, str, str, str, str, str]

OWN: list[Row] = [
    (
        "en-restive-district",
        "ISLAMABAD, June 10 (Reuters) - A roadside bomb killed four soldiers on Tuesday in the "
        "restive northern district of Zhob, officials said.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Zhob",
    ),
    (
        "de-ostkongolesisch",
        "Lubumbashi (dpa) - Im ostkongolesischen Bunia haben Milizionäre am Dienstag mindestens "
        "zwölf Zivilisten getötet.",
        "de",
        "violence_against_civilians",
        TUE,
        "Bunia",
    ),
    (
        "en-along-river",
        "Floods swept through villages along the Zambezi river on Monday, Mozambique's "
        "disaster agency said.",
        "en",
        "disaster",
        MON,
        "Zambezi",
    ),
    (
        "en-island-of",
        "A magnitude 6.2 earthquake struck the island of Lombok on Tuesday, Indonesia's "
        "geophysics agency said.",
        "en",
        "disaster",
        TUE,
        "Lombok",
    ),
    (
        "de-philippinische-insel",
        "Auf der philippinischen Insel Cebu hat am Dienstag ein Erdbeben der Stärke 6,0 "
        "mehrere Häuser zerstört.",
        "de",
        "disaster",
        TUE,
        "Cebu",
    ),
    (
        "en-eastern-ukrainian-city",
        "A Russian missile struck an apartment block in the eastern Ukrainian city of "
        "Kramatorsk on Tuesday, killing three people.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Kramatorsk",
    ),
    (
        "de-westukrainische-stadt",
        "Bei einem Drohnenangriff auf die westukrainische Stadt Lwiw sind am Dienstag zwei "
        "Menschen verletzt worden.",
        "de",
        "explosion_remote_violence",
        TUE,
        "Lviv|Lwiw|Lwow",
    ),
    (
        "en-hill-town",
        "A landslide buried a dozen homes in the hill town of Darjeeling on Tuesday, police said.",
        "en",
        "disaster",
        TUE,
        "Darjeeling|Darjiling",
    ),
    (
        "en-resort-of",
        "A hurricane made landfall near the Mexican resort of Acapulco on Tuesday, bringing "
        "winds of 200 km/h.",
        "en",
        "disaster",
        TUE,
        "Acapulco",
    ),
    (
        "de-nordspanisch",
        "Im nordspanischen Bilbao haben am Dienstag Tausende Menschen gegen steigende Mieten "
        "demonstriert.",
        "de",
        "protest",
        TUE,
        "Bilbao",
    ),
    (
        "en-red-sea-port",
        "A drone strike hit fuel tanks at the Black Sea port of Novorossiysk on Tuesday, "
        "regional officials said.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Novorossiysk|Noworossijsk",
    ),
    (
        "de-suedirakische-hafenstadt",
        "In der südiranischen Hafenstadt Buschehr ist am Montag eine Autobombe explodiert.",
        "de",
        "explosion_remote_violence",
        MON,
        "Bushehr|Buschehr|Bushire",
    ),
    (
        "en-royal-capital-of",
        "Police arrested 14 climate activists on Monday in the former imperial capital of "
        "Kyoto, a police spokesman said.",
        "en",
        "strategic_development",
        MON,
        "Kyoto",
    ),
    (
        "de-provinzhauptstadt-name",
        "Rebellen haben am Montag die nordkongolesische Provinzhauptstadt Kisangani erobert.",
        "de",
        "battle",
        MON,
        "Kisangani",
    ),
    (
        "en-coastal-town",
        "Gunmen shot dead five people at a hotel in the coastal town of Malindi on Monday, "
        "Kenyan police said.",
        "en",
        "violence_against_civilians",
        MON,
        "Malindi",
    ),
    (
        "en-rift-valley-town",
        "Police fired tear gas at protesters in the Rift Valley town of Naivasha on Tuesday.",
        "en",
        "protest",
        TUE,
        "Naivasha",
    ),
    (
        "de-vor-der-kueste-insel",
        "Vor der Küste der Insel Lesbos ist am Dienstag ein Flüchtlingsboot gekentert.",
        "de",
        "accident",
        TUE,
        "Lesbos|Lesvos|Mytilene|Mytilini",
    ),
    (
        "en-off-coast-of",
        "A fishing trawler sank off the coast of Zanzibar on Monday, leaving nine crew missing.",
        "en",
        "accident",
        MON,
        "Zanzibar",
    ),
    (
        "de-zentralchilenisch",
        "Ein Waldbrand hat am Montag im zentralchilenischen Talca mehr als hundert "
        "Häuser zerstört.",
        "de",
        "disaster",
        MON,
        "Talca",
    ),
    (
        "en-southern-philippine-city",
        "A bomb exploded at a bus terminal in the southern Philippine city of Zamboanga on "
        "Tuesday, wounding nine people.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Zamboanga",
    ),
    (
        "de-zentralmexikanische-stadt",
        "In der zentralmexikanischen Stadt Celaya haben Bewaffnete am Montag acht Menschen "
        "erschossen.",
        "de",
        "violence_against_civilians",
        MON,
        "Celaya",
    ),
    (
        "en-greek-island",
        "A wildfire forced the evacuation of 2,000 tourists on the Greek island of Rhodes on "
        "Tuesday.",
        "en",
        "disaster",
        TUE,
        "Rhodes|Rodos",
    ),
    (
        "de-indonesische-insel",
        "Auf der indonesischen Insel Sumbawa haben Sturzfluten am Montag mindestens elf "
        "Menschen getötet.",
        "de",
        "disaster",
        MON,
        "Sumbawa",
    ),
    (
        "en-northwestern-city-dateline",
        "ISLAMABAD, June 10 (Reuters) - A suicide bomber killed 11 people at a mosque in the "
        "northwestern city of Peshawar on Tuesday, police said.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Peshawar",
    ),
    (
        "de-ostpolnische-stadt",
        "In der ostpolnischen Stadt Białystok ist am Dienstag ein Güterzug entgleist.",
        "de",
        "accident",
        TUE,
        "Bialystok",
    ),
    (
        "en-along-river-town",
        "A passenger boat capsized on the Niger river near the town of Lokoja on Monday, "
        "killing at least 20 people.",
        "en",
        "accident",
        MON,
        "Lokoja",
    ),
]

DESCRIPTIVE: list[Row] = [
    (
        "en-rwandan-capital-tanzania-dateline",
        "DAR ES SALAAM, June 10 (Reuters) - Thousands of people marched through the "
        "Rwandan capital on Tuesday to protest against rising fuel prices.",
        "en",
        "protest",
        TUE,
        "Kigali",
    ),
    (
        "de-slowakische-hauptstadt-wien",
        "Wien (APA) - In der slowakischen Hauptstadt haben am Dienstag Zehntausende gegen die "
        "Regierung demonstriert.",
        "de",
        "protest",
        TUE,
        "Bratislava|Pressburg",
    ),
    (
        "en-laotian-capital-kuala-lumpur",
        "KUALA LUMPUR, June 10 (Reuters) - Police arrested 40 garment workers in the Laotian "
        "capital on Tuesday, a union leader said.",
        "en",
        "strategic_development",
        TUE,
        "Vientiane",
    ),
    (
        "de-ungarische-hauptstadt-muenchen",
        "München (dpa) - In der ungarischen Hauptstadt ist am Montag eine Straßenbahn entgleist.",
        "de",
        "accident",
        MON,
        "Budapest",
    ),
    (
        "en-capital-of-country",
        "Heavy rains flooded large parts of the capital of Eritrea on Monday, the disaster "
        "agency said.",
        "en",
        "disaster",
        MON,
        "Asmara",
    ),
    (
        "en-port-city-back",
        "A tropical storm battered the Mozambican coast near Nacala on Monday. On Tuesday, "
        "looters raided shops in the port city, police said.",
        "en",
        "strategic_development",
        TUE,
        "Nacala",
    ),
    (
        "de-provinzhauptstadt-back",
        "Ein Erdbeben hat am Montag die Provinz Kermanschah im Westen Irans erschüttert. In "
        "der Provinzhauptstadt demonstrierten am Dienstag Hunderte Menschen gegen die "
        "schleppende Hilfe.",
        "de",
        "protest",
        TUE,
        "Kermanshah|Kermanschah",
    ),
    (
        "en-provincial-capital-back",
        "Fighting broke out in Helmand province on Monday. On Tuesday, Taliban fighters "
        "attacked police posts on the edge of the provincial capital, officials said.",
        "en",
        "explosion_remote_violence|battle",
        TUE,
        "Lashkar Gah|Lashkargah",
    ),
    (
        "en-mining-town-back",
        "The mining town of Kolwezi has been tense for weeks. On Tuesday, police fired tear "
        "gas at artisanal miners who had blocked roads in the mining town.",
        "en",
        "protest",
        TUE,
        "Kolwezi",
    ),
    (
        "de-die-stadt-back",
        "In Kassel ist am Montag ein Baukran auf ein Wohnhaus gestürzt. Am Dienstag "
        "demonstrierten in der Stadt Hunderte Anwohner gegen die Baustelle.",
        "de",
        "protest",
        TUE,
        "Kassel",
    ),
    (
        "en-the-town-back",
        "Militants overran an army post near Dori on Monday. On Tuesday, soldiers clashed with "
        "them on the outskirts of the town, a security source said.",
        "en",
        "battle",
        TUE,
        "Dori",
    ),
    (
        "en-the-area-back",
        "A 5.9 magnitude earthquake struck near Ternate on Monday. On Tuesday, a landslide "
        "buried several homes in the area.",
        "en",
        "disaster",
        TUE,
        "Ternate",
    ),
    (
        "de-das-gebiet-back",
        "Ein Erdbeben der Stärke 5,8 hat am Montag die Stadt Erzincan erschüttert. In dem "
        "Gebiet ging am Dienstag ein Erdrutsch nieder.",
        "de",
        "disaster",
        TUE,
        "Erzincan",
    ),
    (
        "de-die-region-back",
        "Heftige Regenfälle haben am Montag in der Provinz Tucumán Überschwemmungen "
        "ausgelöst. Am Dienstag wurde die Region von einem Erdbeben erschüttert.",
        "de",
        "disaster",
        TUE,
        "Tucuman",
    ),
    (
        "en-the-capital-after-country",
        "JOHANNESBURG, June 10 (Reuters) - Zimbabwe's opposition has called for protests "
        "this week. On Tuesday, police arrested 30 activists in the capital, a lawyer said.",
        "en",
        "strategic_development",
        TUE,
        "Harare",
    ),
    (
        "de-die-hauptstadt-after-country",
        "Johannesburg (dpa) - In Botsuana wächst der Unmut über die Regierung. In der "
        "Hauptstadt nahm die Polizei am Dienstag mehr als 20 Oppositionelle fest.",
        "de",
        "strategic_development",
        TUE,
        "Gaborone",
    ),
    (
        "en-port-city-dateline",
        "MOGADISHU, June 10 (Reuters) - Al Shabaab fighters attacked an army base near "
        "Bosaso on Monday. On Tuesday, a car bomb exploded at a checkpoint in the port city, "
        "killing six people.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Bosaso|Boosaaso",
    ),
    (
        "de-hafenstadt-back",
        "Rom (dpa) - Im Hafen von Neapel ist am Montag auf einer Fähre ein Feuer "
        "ausgebrochen. In der Hafenstadt streikten am Dienstag Hunderte Seeleute.",
        "de",
        "protest",
        TUE,
        "Naples|Neapel|Napoli",
    ),
    (
        "en-namibian-capital-botswana-dateline",
        "GABORONE, June 10 (Reuters) - A fire gutted a crowded market in the Namibian "
        "capital on Tuesday, officials said.",
        "en",
        "accident",
        TUE,
        "Windhoek",
    ),
    (
        "de-bergbaustadt-back",
        "Die Bergbaustadt Kalgoorlie ist seit Tagen von Straßenblockaden abgeschnitten. Am "
        "Dienstag demonstrierten in der Bergbaustadt Tausende Minenarbeiter.",
        "de",
        "protest",
        TUE,
        "Kalgoorlie",
    ),
    (
        "en-the-city-after-province",
        "Gunmen killed six people in Tamaulipas state on Monday. On Tuesday, soldiers were "
        "deployed across Reynosa, and hours later a car bomb exploded in the city.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Reynosa",
    ),
    (
        "de-tschechische-hauptstadt",
        "In der tschechischen Hauptstadt ist am Montag ein Wohnhaus nach "
        "einer Gasexplosion eingestürzt.",
        "de",
        "accident",
        MON,
        "Prague|Prag|Praha",
    ),
]

CARRIED: list[Row] = [
    (
        "en-carry-next-sentence",
        "Heavy rain lashed Sucre on Monday. Floods destroyed 200 homes on Tuesday, the mayor said.",
        "en",
        "disaster",
        TUE,
        "Sucre",
    ),
    (
        "de-carry-arrest",
        "Am Montag ist in Kumasi ein großer Markt abgebrannt. Am Dienstag nahm die Polizei "
        "drei Verdächtige fest.",
        "de",
        "strategic_development",
        TUE,
        "Kumasi",
    ),
    (
        "en-carry-two-back",
        "Protesters blocked the main road into Arequipa on Monday. They demanded the "
        "resignation of the regional governor. Police fired tear gas at them on Tuesday.",
        "en",
        "protest",
        TUE,
        "Arequipa",
    ),
    (
        "en-new-place-no-carry",
        "Floods hit Cusco on Monday. On Tuesday, a landslide buried a bus near Abancay.",
        "en",
        "disaster",
        TUE,
        "Abancay",
    ),
    (
        "de-new-place-no-carry",
        "In Breslau demonstrierten am Montag Tausende Studenten. In Stettin nahm die Polizei am "
        "Dienstag zwölf Menschen fest.",
        "de",
        "strategic_development",
        TUE,
        "Szczecin|Stettin",
    ),
    (
        "en-quote-no-carry",
        'Rebels shelled Kindu on Monday. "We fled Kalemie last year and now this," one '
        "resident said. On Tuesday, the rebels seized the airport.",
        "en",
        "battle",
        TUE,
        "Kindu",
    ),
    (
        "de-quote-no-carry",
        "Rebellen haben am Montag die Stadt Uvira angegriffen. „Wir sind schon aus Fizi "
        "geflohen“, sagte ein Bewohner. Am Dienstag eroberten die Rebellen den Flughafen.",
        "de",
        "battle",
        TUE,
        "Uvira",
    ),
    (
        "en-background-no-carry",
        "Rioters torched a police station in Sfax on Monday. Tunisia's 2011 revolution began "
        "in Sidi Bouzid. On Tuesday, police arrested 40 people.",
        "en",
        "strategic_development",
        TUE,
        "Sfax",
    ),
    (
        "de-background-dort",
        "In Temuco haben am Montag Mapuche-Aktivisten eine Straße blockiert. Die Region "
        "Araukanien gilt seit Jahren als Konfliktgebiet. Am Dienstag nahm die Polizei dort "
        "sechs Aktivisten fest.",
        "de",
        "strategic_development",
        TUE,
        "Temuco",
    ),
    (
        "en-carry-arrest-after-accident",
        "A bus plunged into a ravine near Chamba on Monday, killing 14 people. Police arrested "
        "the bus owner on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Chamba",
    ),
    (
        "en-separately-no-carry",
        "Fighting raged around Marib on Monday. Separately, a drone struck a fuel depot in "
        "Mukalla on Tuesday.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Mukalla",
    ),
    (
        "en-country-background-carry",
        "Flash floods swept through Kandahar on Monday, officials said. Afghanistan has "
        "suffered years of drought. On Tuesday, a second flood destroyed 300 homes.",
        "en",
        "disaster",
        TUE,
        "Kandahar",
    ),
    (
        "de-country-background-carry",
        "Sturzfluten haben am Montag die Stadt Masar-i-Scharif überschwemmt. Afghanistan "
        "leidet seit Jahren unter Dürre. Am Dienstag zerstörte ein zweites Hochwasser 300 Häuser.",
        "de",
        "disaster",
        TUE,
        "Mazar|Masar",
    ),
    (
        "en-scene-without-event",
        "Thousands gathered on the main square of the Ecuadorian city of Cuenca on Monday. "
        "Police fired tear gas at them in the evening.",
        "en",
        "protest",
        MON,
        "Cuenca",
    ),
    (
        "de-scene-without-event",
        "Tausende versammelten sich am Montag auf dem Hauptplatz von Puno. Am Abend setzte "
        "die Polizei Tränengas ein.",
        "de",
        "protest",
        MON,
        "Puno",
    ),
    (
        "en-same-day-carry",
        "An explosion ripped through a fireworks warehouse in Irapuato on Monday, killing 12 "
        "people. Later the same day, police arrested the warehouse's owner.",
        "en",
        "strategic_development",
        MON,
        "Irapuato",
    ),
    (
        "de-same-day-carry",
        "Bei einer Gasexplosion in einem Wohnhaus in Ulm sind am Montag drei Menschen "
        "gestorben. Noch am selben Tag nahm die Polizei den Hausverwalter fest.",
        "de",
        "strategic_development",
        MON,
        "Ulm",
    ),
    (
        "en-destination-not-carried",
        "Gunmen attacked a village near Sokoto on Monday. Survivors fled to Birnin Kebbi, "
        "about 200 km away. On Tuesday, the gunmen torched the village's market.",
        "en",
        "riot|strategic_development|violence_against_civilians",
        TUE,
        "Sokoto",
    ),
    (
        "de-quote-place-later",
        "Bewaffnete haben am Montag in Maiduguri einen Markt angegriffen. „So etwas haben wir "
        "zuletzt in Kano erlebt“, sagte ein Händler. Am Dienstag nahm die Armee dort zwei "
        "Verdächtige fest.",
        "de",
        "strategic_development",
        TUE,
        "Maiduguri",
    ),
    (
        "en-carry-then-new-paragraph-place",
        "Protesters rallied in Mendoza on Monday.\n\nIn Rosario, dock workers went on strike "
        "on Tuesday.",
        "en",
        "protest",
        TUE,
        "Rosario",
    ),
    (
        "de-hintergrund-jahr",
        "In Ouahigouya haben Dschihadisten am Montag einen Militärkonvoi angegriffen. Im "
        "Jahr 2015 hatten Rebellen die Stadt Kaya erobert. Am Dienstag töteten die Angreifer zwei "
        "Händler.",
        "de",
        "violence_against_civilians",
        TUE,
        "Ouahigouya",
    ),
    (
        "en-witness-from-other-town",
        "Fighters attacked an army base outside Kidal on Monday. A trader from Tessalit said "
        "the roads were closed. On Tuesday, the army said it had repelled a second attack.",
        "en",
        "battle",
        TUE,
        "Kidal",
    ),
]

DATELINE: list[Row] = [
    (
        "en-dateline-no-place",
        "ELDORET, June 10 (Reuters) - Police fired tear gas at traders protesting against new "
        "market fees on Tuesday.",
        "en",
        "protest",
        TUE,
        "Eldoret",
    ),
    (
        "de-dateline-no-place",
        "Posen (dpa) - Tausende Landwirte haben am Dienstag mit Traktoren gegen die "
        "EU-Agrarpolitik protestiert.",
        "de",
        "protest",
        TUE,
        "Poznan|Posen",
    ),
    (
        "en-dateline-country",
        "CAP-HAITIEN, Haiti, June 10 (AP) — Gunmen killed five people at a market on "
        "Tuesday, witnesses said.",
        "en",
        "violence_against_civilians",
        TUE,
        "Cap-Haitien|Cap Haitien",
    ),
    (
        "de-dateline-bus",
        "Arusha (dpa) - Ein Bus ist am Montag in eine Schlucht gestürzt. Dabei kamen 19 "
        "Menschen ums Leben.",
        "de",
        "accident",
        MON,
        "Arusha",
    ),
    (
        "en-dateline-not-region",
        "ILOILO, Philippines, June 10 (Reuters) - A magnitude 6.1 earthquake shook the "
        "central Philippine island of Bohol on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Bohol",
    ),
    (
        "de-dateline-not-town",
        "Islamabad (dpa) - In der Stadt Multan ist am Dienstag eine Bombe explodiert.",
        "de",
        "explosion_remote_violence",
        TUE,
        "Multan",
    ),
    (
        "en-dateline-not-northern-city",
        "AMBATO, Ecuador, June 10 (Reuters) - Flooding forced 3,000 people from their homes "
        "in the coastal city of Esmeraldas on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Esmeraldas",
    ),
    (
        "en-dateline-with-year",
        "Manaus, June 10, 2025 — Police arrested 12 illegal gold miners on Tuesday, federal "
        "prosecutors said.",
        "en",
        "strategic_development",
        TUE,
        "Manaus",
    ),
    (
        "de-dateline-swakopmund",
        "Swakopmund (dpa) - Die Polizei hat am Dienstag bei Protesten gegen hohe Strompreise "
        "mehr als 50 Menschen festgenommen.",
        "de",
        "strategic_development",
        TUE,
        "Swakopmund",
    ),
    (
        "en-dateline-nationality",
        "BULAWAYO, June 10 (Reuters) - Police arrested 20 Zambian traders at a market on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Bulawayo",
    ),
    (
        "en-dateline-source-capital",
        "HASAKAH, Syria, June 10 (Reuters) - A drone struck an oil field on Tuesday, "
        "according to officials in Qamishli.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Hasakah|Hassakeh|Al-Hasakah|Hasaka",
    ),
    (
        "de-dateline-behoerden-in-hauptstadt",
        "Krywyj Rih (dpa) - Eine Rakete hat am Dienstag ein Wohnhaus getroffen, teilten die "
        "Behörden in Kiew mit.",
        "de",
        "explosion_remote_violence",
        TUE,
        "Kryvyi Rih|Krywyj Rih|Kryvyy Rih",
    ),
    (
        "en-dateline-png",
        "LAE, Papua New Guinea, June 10 (Reuters) - Tribal fighting killed at least 11 "
        "people on Tuesday, police said.",
        "en",
        "battle",
        TUE,
        "Lae",
    ),
    (
        "de-dateline-temeswar",
        "Temeswar (dpa) - Hunderte Ärzte haben am Dienstag für höhere Löhne gestreikt.",
        "de",
        "protest",
        TUE,
        "Timisoara|Temeswar",
    ),
    (
        "en-dateline-not-state",
        "ABUJA, June 10 (Reuters) - Gunmen abducted 30 villagers in Zamfara state on "
        "Tuesday, police said.",
        "en",
        "violence_against_civilians",
        TUE,
        "Zamfara",
    ),
    (
        "de-dateline-not-city",
        "Cartagena (dpa) - Bei einem Bombenanschlag in Medellín sind am Dienstag drei Polizisten "
        "getötet worden.",
        "de",
        "explosion_remote_violence",
        TUE,
        "Medellin",
    ),
    (
        "en-dateline-not-central-country",
        "HO CHI MINH CITY, June 10 (Reuters) - A typhoon made landfall in central "
        "Vietnam on Tuesday, killing four people.",
        "en",
        "disaster",
        TUE,
        "Vietnam|Viet Nam",
    ),
    (
        "de-dateline-with-year",
        "Porto Alegre, 10. Juni 2025 – Hochwasser hat am Dienstag Tausende Menschen aus ihren "
        "Häusern vertrieben.",
        "de",
        "disaster",
        TUE,
        "Porto Alegre",
    ),
    (
        "en-dateline-carried-arrest",
        "CHIANG MAI, June 10 (Reuters) - Hundreds of farmers rallied outside the provincial "
        "hall on Tuesday. Police arrested three of them.",
        "en",
        "strategic_development",
        TUE,
        "Chiang Mai",
    ),
    (
        "en-dateline-not-province",
        "MASHHAD, Iran, June 10 (Reuters) - A heatwave killed 40 people in the southern "
        "province of Khuzestan on Tuesday, officials said.",
        "en",
        "disaster",
        TUE,
        "Khuzestan",
    ),
    (
        "de-dateline-second-paragraph",
        "Dodoma (dpa) - Tansanias Regierung hat neue Steuern angekündigt.\n\nAm Dienstag "
        "demonstrierten Hunderte Händler gegen die Pläne.",
        "de",
        "protest",
        TUE,
        "Dodoma",
    ),
    (
        "en-dateline-other-country-named",
        "GAROWE, Somalia, June 10 (Reuters) - Somali troops clashed with Al Shabaab fighters near "
        "Baidoa on Tuesday.",
        "en",
        "battle",
        TUE,
        "Baidoa",
    ),
]

SECOND_CLAUSE: list[Row] = [
    (
        "en-hours-after-bomb",
        "Parliament approved the budget on Tuesday, hours after a suicide bomber killed nine "
        "people at a market in Bannu.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Bannu",
    ),
    (
        "de-nachdem-zyklon",
        "Der Präsident besuchte am Dienstag die Stadt Xai-Xai, zwei Tage nachdem ein Zyklon die "
        "Küste bei Inhambane verwüstet hatte.",
        "de",
        "disaster",
        SUN,
        "Inhambane",
    ),
    (
        "en-where-floods",
        "Schools reopened on Tuesday in Gulu, where floods destroyed 300 homes on Saturday.",
        "en",
        "disaster",
        SAT,
        "Gulu",
    ),
    (
        "en-said-that-explosion",
        "Police said on Tuesday that an explosion at a fireworks factory in Sivakasi had "
        "killed eight workers on Monday.",
        "en",
        "accident",
        MON,
        "Sivakasi",
    ),
    (
        "de-nachdem-busunglueck",
        "Die Regierung ordnete am Dienstag eine Staatstrauer an, nachdem am Montag bei einem "
        "Busunglück in der Nähe von Cajamarca 23 Menschen ums Leben gekommen waren.",
        "de",
        "accident",
        MON,
        "Cajamarca",
    ),
    (
        "en-after-landslide",
        "Rescuers were still searching for survivors on Tuesday after a landslide buried a "
        "village in Chitral district on Sunday.",
        "en",
        "disaster",
        SUN,
        "Chitral",
    ),
    (
        "de-relativsatz-anschlag",
        "Die Polizei hat am Dienstag drei Männer festgenommen, die am Sonntag in Passau einen "
        "Brandanschlag auf eine Moschee verübt hatten.",
        "de",
        "strategic_development",
        TUE,
        "Passau",
    ),
    (
        "en-a-day-after-storm",
        "Farmers blocked roads in Rosario on Tuesday, a day after a storm flattened crops "
        "across Entre Ríos province.",
        "en",
        "disaster",
        MON,
        "Entre Rios",
    ),
    (
        "en-where-insurgents",
        "The army sent troops to Cabo Delgado on Tuesday, where insurgents had attacked the "
        "town of Macomia on Sunday.",
        "en",
        "explosion_remote_violence|battle|violence_against_civilians",
        SUN,
        "Macomia",
    ),
    (
        "de-nachdem-stuetzpunkt",
        "Die Armee schickte am Dienstag Verstärkung in den Osten des Landes, nachdem "
        "Dschihadisten am Sonntag einen Stützpunkt bei Fada N'Gourma angegriffen hatten.",
        "de",
        "explosion_remote_violence|battle",
        SUN,
        "Fada",
    ),
    (
        "en-funeral-capsized",
        "Hundreds of people attended the funeral on Tuesday of five fishermen who drowned "
        "when their boat capsized near Kilwa on Saturday.",
        "en",
        "accident",
        SAT,
        "Kilwa",
    ),
    (
        "de-waehrend-protest",
        "Während der Präsident am Dienstag in Kaolack eine Rede hielt, demonstrierten in Thiès "
        "Tausende Studenten gegen die Regierung.",
        "de",
        "protest",
        TUE,
        "Thies",
    ),
]

ADMIN: list[Row] = [
    (
        "en-katsina-state",
        "Bandits kidnapped 25 worshippers in Katsina state on Monday, police said.",
        "en",
        "violence_against_civilians",
        MON,
        "Katsina#region",
    ),
    (
        "de-provinz-belutschistan",
        "In der Provinz Belutschistan haben Bewaffnete am Dienstag 14 Buspassagiere erschossen.",
        "de",
        "violence_against_civilians",
        TUE,
        "Balochistan|Baluchistan|Belutschistan#region",
    ),
    (
        "en-indian-state-assam",
        "Floods killed 12 people in the Indian state of Assam on Monday.",
        "en",
        "disaster",
        MON,
        "Assam#region",
    ),
    (
        "de-bundesstaat-uttarakhand",
        "Im indischen Bundesstaat Uttarakhand hat am Montag ein Erdrutsch mehrere Häuser "
        "verschüttet.",
        "de",
        "disaster",
        MON,
        "Uttarakhand#region",
    ),
    (
        "en-borno-state",
        "Insurgents attacked an army base in Borno state on Tuesday, killing six soldiers.",
        "en",
        "explosion_remote_violence|battle",
        TUE,
        "Borno#region",
    ),
    (
        "de-region-oromia",
        "In der Region Oromia haben sich Armee und Milizen am Dienstag erneut heftige Gefechte "
        "geliefert.",
        "de",
        "battle",
        TUE,
        "Oromia|Oromiya#region",
    ),
    (
        "en-mexican-state-chiapas",
        "An earthquake of magnitude 6.4 shook the Mexican state of Chiapas on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Chiapas#region",
    ),
    (
        "de-provinz-cabo-delgado",
        "In der Provinz Cabo Delgado haben Aufständische am Montag ein Dorf angegriffen.",
        "de",
        "explosion_remote_violence|battle|violence_against_civilians",
        MON,
        "Cabo Delgado#region",
    ),
    (
        "en-across-province",
        "Heavy rains triggered floods across Odisha state on Monday, officials said.",
        "en",
        "disaster",
        MON,
        "Odisha|Orissa#region",
    ),
    (
        "en-namesake-baghlan",
        "Floods killed 20 people in Baghlan province on Monday, a provincial spokesman said.",
        "en",
        "disaster",
        MON,
        "Baghlan#region",
    ),
    (
        "de-namesake-kunduz",
        "In der Provinz Kundus haben Taliban am Montag einen Polizeiposten angegriffen.",
        "de",
        "explosion_remote_violence|battle",
        MON,
        "Kunduz|Kundus#region",
    ),
    (
        "en-namesake-puno-region",
        "Protesters blocked roads across the Puno region on Tuesday, demanding new elections.",
        "en",
        "protest",
        TUE,
        "Puno#region",
    ),
    (
        "de-namesake-durango",
        "Im Bundesstaat Durango haben Bewaffnete am Montag fünf Polizisten getötet.",
        "de",
        "violence_against_civilians",
        MON,
        "Durango#region",
    ),
    (
        "en-namesake-ghazni",
        "Gunmen killed four aid workers in Ghazni province on Tuesday, officials said.",
        "en",
        "violence_against_civilians",
        TUE,
        "Ghazni#region",
    ),
    (
        "de-bezirk-kasese",
        "Im Bezirk Kasese im Westen Ugandas haben Überschwemmungen am Montag mehrere Dörfer "
        "zerstört.",
        "de",
        "disaster",
        MON,
        "Kasese#region",
    ),
    (
        "en-rakhine-state",
        "Fighting between the army and rebels intensified in Rakhine state on Tuesday, "
        "residents said.",
        "en",
        "battle",
        TUE,
        "Rakhine#region",
    ),
    (
        "en-north-kivu-province",
        "Rebels attacked a camp for displaced people in North Kivu province on Monday, killing 15.",
        "en",
        "explosion_remote_violence|battle|violence_against_civilians",
        MON,
        "North Kivu|Nord-Kivu|Nord Kivu#region",
    ),
    (
        "de-us-bundesstaat-oklahoma",
        "Ein Tornado hat am Montag im US-Bundesstaat Oklahoma mehrere Häuser zerstört.",
        "de",
        "disaster",
        MON,
        "Oklahoma#region",
    ),
    (
        "en-australian-state-tasmania",
        "Bushfires destroyed 30 homes in the Australian state of Tasmania on Monday.",
        "en",
        "disaster",
        MON,
        "Tasmania#region",
    ),
    (
        "de-kanton-wallis",
        "Im Kanton Wallis hat am Montag ein Bergsturz ein Dorf verschüttet.",
        "de",
        "disaster",
        MON,
        "Wallis|Valais#region",
    ),
    (
        "en-province-of-name-dateline",
        "SHIRAZ, Iran, June 10 (Reuters) - An earthquake of magnitude 5.6 struck the "
        "province of Kerman on Tuesday, damaging dozens of homes.",
        "en",
        "disaster",
        TUE,
        "Kerman#region",
    ),
    (
        "de-region-namesake-dateline",
        "Huancayo (dpa) - In der Region Ayacucho haben Bauern am Dienstag eine Fernstraße "
        "blockiert.",
        "de",
        "protest",
        TUE,
        "Ayacucho#region",
    ),
]


# Longer snippets with distractors between the event and its place, as wire copy has them:
# a capital where officials spoke, a statement told between two events, a site named again,
# a paragraph break. Written with the table above, before geomap was run on them.
OWN += [
    (
        "en-valley",
        "Flash floods swept through the Neelum valley on Monday, washing away two bridges, "
        "officials said.",
        "en",
        "disaster",
        MON,
        "Neelum",
    ),
    (
        "en-on-river-near-town",
        "A ferry sank on the Congo river near Mbandaka on Monday with more than 200 people on "
        "board, a provincial minister said.",
        "en",
        "accident",
        MON,
        "Mbandaka",
    ),
    (
        "de-landkreis",
        "Im Landkreis Cham hat am Montag ein Unwetter zahlreiche Keller überflutet.",
        "de",
        "disaster",
        MON,
        "Cham",
    ),
]

DESCRIPTIVE += [
    (
        "en-scene-of-blast",
        "A gas tanker exploded on a highway outside Enugu on Monday, killing 18 people. On "
        "Tuesday, angry residents blocked the road near the scene of the blast.",
        "en",
        "protest",
        TUE,
        "Enugu",
    ),
    (
        "de-vor-der-fabrik",
        "In einer Textilfabrik in Narayanganj ist am Montag ein Feuer ausgebrochen. Am "
        "Dienstag protestierten Hunderte Arbeiter vor der Fabrik.",
        "de",
        "protest",
        TUE,
        "Narayanganj",
    ),
    (
        "en-outside-the-market",
        "Fire broke out at a crowded market in Onitsha on Monday. On Tuesday, traders "
        "protested outside the market, demanding compensation.",
        "en",
        "protest",
        TUE,
        "Onitsha",
    ),
    (
        "en-the-city-third-sentence",
        "MAKASSAR, Indonesia, June 10 (Reuters) - Hundreds of students rallied outside the "
        "regional parliament on Tuesday. Police fired tear gas when they tried to enter the "
        "building. Later, rioters set fire to cars across the city.",
        "en",
        "riot",
        TUE,
        "Makassar",
    ),
    (
        "de-die-region-after-capital",
        "Ein Erdbeben hat am Montag die Stadt Kütahya erschüttert. Der Präsident rief in "
        "Ankara den Notstand aus. Am Dienstag erschütterte ein Nachbeben der Stärke 5,1 die "
        "Region.",
        "de",
        "disaster",
        TUE,
        "Kutahya",
    ),
    (
        "de-die-insel-back",
        "Vor der Insel Lampedusa ist am Montag ein Boot mit Migranten gekentert. Am Dienstag "
        "kenterte vor der Insel ein zweites Boot.",
        "de",
        "accident",
        TUE,
        "Lampedusa",
    ),
    (
        "en-the-province-back",
        "Floods hit Nangarhar province on Monday. On Tuesday, a landslide killed five people "
        "in the province, a spokesman said.",
        "en",
        "disaster",
        TUE,
        "Nangarhar",
    ),
    (
        "en-the-capital-other-dateline",
        "KIGALI, June 10 (Reuters) - Burundi's army clashed with rebels on Monday. On "
        "Tuesday, soldiers arrested dozens of opposition supporters in the capital.",
        "en",
        "strategic_development",
        TUE,
        "Gitega|Bujumbura",
    ),
    (
        "de-provinzhauptstadt-nordsumatra",
        "Ein Erdbeben hat am Montag die Provinz Nordsumatra erschüttert. In der "
        "Provinzhauptstadt demonstrierten am Dienstag Hunderte Menschen.",
        "de",
        "protest",
        TUE,
        "Medan",
    ),
]

CARRIED += [
    (
        "en-ministry-in-capital-between",
        "Gunmen attacked a police station in Ecatepec on Monday, killing three officers. The "
        "interior ministry in Mexico City said it would send reinforcements. On Tuesday, "
        "soldiers arrested four suspects.",
        "en",
        "strategic_development",
        TUE,
        "Ecatepec",
    ),
    (
        "en-paragraph-break-carry",
        "A cyclone made landfall near Cox's Bazar on Monday.\n\nOn Tuesday, floods submerged "
        "40 villages, officials said.",
        "en",
        "disaster",
        TUE,
        "Cox",
    ),
    (
        "en-statement-in-capital-between",
        "Floods swept through Sunamganj on Monday. The government in Dhaka declared a state "
        "of emergency. On Tuesday, a second wave of floods hit, killing six people.",
        "en",
        "disaster",
        TUE,
        "Sunamganj",
    ),
    (
        "en-speaking-in-other-town-between",
        "A landslide buried 30 homes in Bududa on Monday. The president, speaking in "
        "Entebbe, promised aid. On Tuesday, another landslide killed four people.",
        "en",
        "disaster",
        TUE,
        "Bududa",
    ),
    (
        "en-last-of-two-scenes",
        "Protesters marched in Valencia on Monday. In Murcia, farmers blocked a motorway. "
        "Police arrested 12 of the farmers on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Murcia",
    ),
    (
        "de-behoerde-in-hauptstadt-between",
        "Bei einem Erdrutsch in Westjava sind am Montag elf Menschen ums Leben gekommen. Der "
        "Katastrophenschutz in Jakarta teilte mit, die Suche gehe weiter. Am Dienstag ging "
        "in dem Gebiet ein weiterer Erdrutsch nieder.",
        "de",
        "disaster",
        TUE,
        "West Java|Westjava|Jawa Barat",
    ),
]

DATELINE += [
    (
        "en-dateline-country-named",
        "DJIBOUTI, June 10 (Reuters) - A U.S. air strike killed three militants in Somalia on "
        "Tuesday, the U.S. military said.",
        "en",
        "explosion_remote_violence",
        TUE,
        "Somalia",
    ),
    (
        "en-dateline-day-after-elsewhere",
        "ZINDER, Niger, June 10 (Reuters) - Security forces shot dead two protesters on "
        "Tuesday, a day after clashes in Maradi, witnesses said.",
        "en",
        "violence_against_civilians",
        TUE,
        "Zinder",
    ),
]

ADMIN += [
    (
        "en-namesake-khost",
        "A suicide bomber killed seven soldiers in Khost province on Monday, officials said.",
        "en",
        "explosion_remote_violence",
        MON,
        "Khost|Khowst#region",
    ),
    (
        "de-namesake-provinz-kandahar",
        "In der Provinz Kandahar haben Bewaffnete am Montag vier Polizisten erschossen.",
        "de",
        "violence_against_civilians",
        MON,
        "Kandahar#region",
    ),
    (
        "en-northern-mexican-state",
        "Gunmen killed nine people in the northern Mexican state of Sonora on Tuesday.",
        "en",
        "violence_against_civilians",
        TUE,
        "Sonora#region",
    ),
    (
        "en-eastern-province-dateline",
        "KABUL, June 10 (Reuters) - An earthquake of magnitude 5.9 struck the eastern "
        "province of Kunar on Tuesday, killing 12 people.",
        "en",
        "disaster",
        TUE,
        "Kunar|Konar#region",
    ),
]


# Added after the first run, for the second mechanism of the fix (a capital named as the
# seat of a body of government is no scene), with one row it must leave alone.
CARRIED += [
    (
        "de-regierung-in-hauptstadt-region",
        "Ein Hochwasser hat am Montag die Stadt Nowa Sól überflutet. Die Regierung in "
        "Warschau kündigte Hilfen an. Am Dienstag brach in der Region ein Damm.",
        "de",
        "disaster",
        TUE,
        "Nowa Sol",
    ),
    (
        "en-officials-in-capital-area",
        "Floods swept through Rangamati on Monday. Officials in Dhaka said relief was on its "
        "way. On Tuesday, a landslide buried homes in the area.",
        "en",
        "disaster",
        TUE,
        "Rangamati",
    ),
    (
        "en-police-in-capital-the-city",
        "Police in Harare arrested 40 protesters on Monday. On Tuesday, hundreds rallied in "
        "the city.",
        "en",
        "protest",
        TUE,
        "Harare",
    ),
]


# Added in the second round, from longer snippets written after the first fixes: the
# epicentre measured from a town, and a relative "where" after a place, each with a row the
# rule must leave alone.
DESCRIPTIVE += [
    (
        "de-epizentrum-suedlich",
        "Ein Erdbeben der Stärke 6,3 hat am Dienstag den Norden Chiles erschüttert. Das "
        "Epizentrum lag 40 Kilometer südlich der Hafenstadt Iquique.",
        "de",
        "disaster",
        TUE,
        "Iquique#near",
    ),
    (
        "en-epicentre-miles-north",
        "A magnitude 6.1 earthquake struck Peru on Tuesday. The epicentre was 12 miles north "
        "of the town of Chala, the geophysical institute said.",
        "en",
        "disaster",
        TUE,
        "Chala#near",
    ),
    (
        "de-epizentrum-weit-entfernt",
        "Ein Erdbeben der Stärke 6,3 hat am Dienstag Chile erschüttert. Das Epizentrum lag "
        "300 Kilometer westlich der Hafenstadt Iquique im Pazifik.",
        "de",
        "disaster",
        TUE,
        "Chile",
    ),
    (
        "en-district-where",
        "Floods and landslides killed 14 people in western Nepal on Tuesday. Most of the "
        "victims were in the district of Jumla, where a landslide buried three houses.",
        "en",
        "disaster",
        TUE,
        "Jumla",
    ),
    (
        "de-bezirk-wo",
        "Überschwemmungen haben am Montag den Süden Pakistans heimgesucht. Besonders "
        "betroffen war der Bezirk Dadu, wo ein Damm brach und 40 Dörfer überflutete.",
        "de",
        "disaster",
        MON,
        "Dadu",
    ),
    (
        "en-where-after-town-arrest",
        "Gunmen attacked a bus in northern Kenya on Monday. The bus was travelling to "
        "Mandera, where police arrested two suspects on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Mandera",
    ),
    (
        "en-where-without-place-before",
        "Gunmen killed five traders in Garissa on Monday. Nobody knows where the attackers "
        "came from. Police arrested two suspects on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Garissa",
    ),
]


# Third round: a lead that sums up a hazard or an accident with no day, and the next
# sentence telling it again (a definite subject, its day, a finer place), are one event
# (test_a_lead_and_its_retelling_are_one_event: one event of the kind, not two).
LEAD_TOLD_NEXT: list[Row] = [
    (
        "de-lead-told-next-bus",
        "Bei einem Busunglück in Peru sind 23 Menschen ums Leben gekommen. Der Bus stürzte am "
        "Montag in der Region Huánuco in eine Schlucht.",
        "de",
        "accident",
        MON,
        "Huanuco",
    ),
    (
        "en-lead-told-next-ferry",
        "A ferry capsized in Tanzania, killing at least 12 people. The overcrowded ferry sank "
        "on Monday near the town of Kigoma, police said.",
        "en",
        "accident",
        MON,
        "Kigoma#near",
    ),
    (
        "de-lead-told-next-vulkan",
        "Auf der indonesischen Insel Sulawesi ist ein Vulkan ausgebrochen. Der Ruang spuckte "
        "am Dienstag Asche bis in eine Höhe von fünf Kilometern.",
        "de",
        "disaster",
        TUE,
        "Ruang",
    ),
]


# Fourth round: a German lead whose trigger noun is the subject before the auxiliary
# ("Ein schweres Erdbeben hat <Land> erschüttert"): the country after the auxiliary is what
# it struck, the event's place, not its actor; a country that is the subject stays one.
OWN += [
    (
        "de-hazard-object-after-auxiliary",
        "Ein schweres Erdbeben hat Albanien erschüttert. Mindestens zwölf Menschen kamen ums "
        "Leben.",
        "de",
        "disaster",
        DAY,
        "Albania|Albanien",
    ),
    (
        "de-storm-object-after-auxiliary",
        "Ein Wirbelsturm hat Jamaika verwüstet. Tausende Menschen sind ohne Strom.",
        "de",
        "disaster",
        DAY,
        "Jamaica|Jamaika",
    ),
]


# Fifth round: a lead placed in a whole country and the next sentence telling it again by a
# definite noun at a province: one event, in the province (test_a_lead_and_its_retelling_
# are_one_event).
LEAD_TOLD_NEXT += [
    (
        "de-told-again-province",
        "Ein Wirbelsturm hat den Osten Indiens verwüstet. Der Zyklon traf am Montag im "
        "Bundesstaat Odisha auf Land.",
        "de",
        "disaster",
        MON,
        "Odisha|Orissa#region",
    ),
    (
        "en-told-again-province",
        "A typhoon slammed into the northern Philippines. The storm made landfall in Aurora "
        "province on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Aurora#region",
    ),
]


# Sixth round: an event placed at a coast (hundreds of kilometres long) and a reference
# measuring it from a town within 50 km: near that town.
DESCRIPTIVE += [
    (
        "en-coast-epicentre-east-of-city",
        "A magnitude 6.4 earthquake struck off Japan's east coast on Tuesday. The quake was "
        "centred about 20 km east of the city of Hachinohe.",
        "en",
        "disaster",
        TUE,
        "Hachinohe#near",
    ),
    (
        "de-kueste-epizentrum-westlich",
        "Ein Erdbeben der Stärke 6,1 hat am Dienstag die Westküste Sumatras erschüttert. Das "
        "Epizentrum lag 25 Kilometer westlich der Stadt Padang.",
        "de",
        "disaster",
        TUE,
        "Padang#near",
    ),
]


def _fold(name: str) -> str:
    """A name as a reader compares it: without accents, and a Polish ``ł`` (which has no
    decomposition) as ``l`` (``Białystok`` is Bialystok)."""
    return plain(name.replace("ł", "l").replace("Ł", "L"))


def _matches(event: geomap.Event, kinds: str, day: str, place: str) -> bool:
    names, _, precision = place.partition("#")
    return (
        event.kind in kinds.split("|")
        and event.date == day
        and event.place_name is not None
        and any(_fold(n) in _fold(event.place_name) for n in names.split("|"))
        and (not precision or event.place_precision == precision)
    )


def _check(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    got = [
        (e.kind, e.trigger, e.date, e.place_name, e.place_precision, e.place_method) for e in events
    ]
    assert any(_matches(e, kinds, day, place) for e in events), got


# Rows this session did not fix, each for a reason outside the place of an event or too
# narrow to fix generally in the time it had (strict: a fix makes them fail, to be removed).
KNOWN_GAPS = {
    "en-port-city-back": "kind, not place: 'looters raided shops' reads as a strike; the place "
    "(the port city, Nacala) is right",
    "de-waehrend-protest": "geoparser: a town right before a capitalised noun ('in <town> "
    "Tausende Studenten') is not read as a place, so the protest is carried",
    "de-relativsatz-anschlag": "an arrest whose only place is in a relative clause about what "
    "the arrested did (a pluperfect attack that makes no event of its own)",
}


def _params(rows: list[Row]) -> list[object]:
    return [
        pytest.param(
            *row[1:],
            id=row[0],
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[row[0]])]
            if row[0] in KNOWN_GAPS
            else [],
        )
        for row in rows
    ]


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), _params(OWN))
def test_own_locative_phrase(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    """The trigger's own phrase, past its adjectives and feature words, names the place."""
    _check(text, lang, kinds, day, place)


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), _params(DESCRIPTIVE))
def test_descriptive_place(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    """A capital phrase is that country's capital; a kind noun points back to its place."""
    _check(text, lang, kinds, day, place)


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), _params(CARRIED))
def test_carried_or_not(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    """The story's place carries to an event naming none; a quote or background does not."""
    _check(text, lang, kinds, day, place)


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), _params(DATELINE))
def test_dateline_or_not(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    """The dateline city when the text names no place for the event, else the named one."""
    _check(text, lang, kinds, day, place)


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), _params(SECOND_CLAUSE))
def test_event_in_a_second_clause(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    """An event told in a second clause has that clause's place and day."""
    _check(text, lang, kinds, day, place)


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), _params(ADMIN))
def test_admin_unit_is_the_place(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    """A province, state, region or district named with its word is the unit (``region``)."""
    _check(text, lang, kinds, day, place)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Ein schweres Erdbeben hat Japan erschüttert. Am Montag erschütterte ein Nachbeben "
            "der Stärke 5,9 die Präfektur Ishikawa.",
            "de",
            id="de-aftershock-is-new",
        ),
        pytest.param(
            "Floods hit northern Italy. On Monday, floods swept through the town of Cesena.",
            "en",
            id="en-bare-plural-is-new",
        ),
    ],
)
def test_a_new_trigger_noun_after_an_undated_lead_is_its_own_event(text: str, lang: str) -> None:
    """An aftershock (a trigger noun of its own) or a bare plural after an undated lead
    tells a new event: the lead does not take its day or place."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.trigger, e.date, e.place_name) for e in events]
    assert len([e for e in events if e.kind == "disaster"]) == 2, got


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), _params(LEAD_TOLD_NEXT))
def test_a_lead_and_its_retelling_are_one_event(
    text: str, lang: str, kinds: str, day: str, place: str
) -> None:
    """The lead with no day and the next sentence telling the same hazard or accident with
    its day and place: one event, with that day and place."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.trigger, e.date, e.place_name, e.place_precision) for e in events]
    of_kind = [e for e in events if e.kind in kinds.split("|")]
    assert len(of_kind) == 1, got
    assert _matches(of_kind[0], kinds, day, place), got


def test_a_country_after_the_auxiliary_stays_the_subject_of_a_verb_trigger() -> None:
    """``Am Montag hat <Land> eine Rakete getestet``: the first position holds a time, not
    the trigger, so the country after the auxiliary is the one that launched."""
    events = geomap.analyze(
        "Am Montag hat Pakistan eine Rakete getestet.", lang="de", date=DAY
    ).events
    got = [(e.kind, e.actors, e.place_name) for e in events]
    assert [e.actors for e in events if e.kind == "launch"] == [("Pakistan",)], got
