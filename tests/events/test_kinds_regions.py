"""Event sentences by kind from regions the other tables and the benchmark hardly hold (West
Africa, Central Asia, the Caucasus, the Andes, the Pacific, the Balkans, Scandinavia), in wire
wording not used elsewhere: accidents of every mode (a minibus that plunged into a gorge, a
train that ``entgleiste``, a boat carrying migrants that sank, a gas explosion that ripped
through a market, ``ein Baugerüst stürzte ein``, a mine that caved in, a factory fire), riots,
violence against civilians at the village attacked (not the capital under the dateline),
launches at their launch site (not the target, not the capital), strategic developments
(arrests, agreements, a ceasefire, troops sent) and hazards.

Written for these tests before geomap ran on them: the kind, day and place are what a reader
names. Not drawn from any benchmark article."""

from __future__ import annotations

import unicodedata

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"


def _plain(text: str) -> str:
    """A name as a reader compares it: without accents (``Tromsø`` is Tromso)."""
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


# (text, language, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str | None, str, str]] = [
    # --- accidents, every mode
    (
        "A minibus veered off a mountain road and plunged into a gorge near Khujand on Monday.",
        "en",
        "accident",
        "road",
        MON,
        "Khujand",
    ),
    (
        "Ein Reisebus ist am Dienstag in der Nähe von Kutaissi in eine Schlucht gestürzt.",
        "de",
        "accident",
        "road",
        TUE,
        "Kutaissi|Kutaisi",
    ),
    (
        "Auf der Fernstraße bei Osch prallte am Montag ein Lastwagen gegen einen Linienbus.",
        "de",
        "accident",
        "road",
        MON,
        "Osch|Osh",
    ),
    (
        "A freight train derailed outside Sarajevo on Sunday, spilling diesel into a river.",
        "en",
        "accident",
        "rail",
        SUN,
        "Sarajevo",
    ),
    ("Ein Erzzug entgleiste am Montag bei Kiruna.", "de", "accident", "rail", MON, "Kiruna"),
    (
        "A boat carrying migrants sank off the coast of Dakar on Tuesday, leaving 30 people "
        "missing.",
        "en",
        "accident",
        "maritime",
        TUE,
        "Dakar",
    ),
    (
        "Vor der Küste von Nouakchott ist am Sonntag ein Flüchtlingsboot gesunken.",
        "de",
        "accident",
        "maritime",
        SUN,
        "Nouakchott",
    ),
    (
        "A passenger ferry carrying 80 people capsized near Honiara on Sunday.",
        "en",
        "accident",
        "maritime",
        SUN,
        "Honiara",
    ),
    (
        "A gas explosion ripped through a crowded market in Tamale on Monday, killing nine people.",
        "en",
        "accident",
        "industrial",
        MON,
        "Tamale",
    ),
    (
        "In Tromsø stürzte am Dienstag ein Baugerüst ein, zwei Arbeiter wurden verletzt.",
        "de",
        "accident",
        "industrial",
        TUE,
        "Tromso",
    ),
    (
        "Eleven gold miners died when an artisanal mine caved in near Kayes on Sunday.",
        "en",
        "accident",
        "industrial",
        SUN,
        "Kayes",
    ),
    (
        "In einer Goldmine bei Tarkwa sind am Montag mindestens 15 Bergleute verschüttet worden.",
        "de",
        "accident",
        "industrial",
        MON,
        "Tarkwa",
    ),
    (
        "A fire tore through a textile factory in Tashkent on Tuesday, killing six workers.",
        "en",
        "accident",
        "industrial",
        TUE,
        "Tashkent",
    ),
    (
        "In einer Möbelfabrik in Schymkent brach am Sonntag ein Großbrand aus.",
        "de",
        "accident",
        "industrial",
        SUN,
        "Schymkent|Shymkent",
    ),
    (
        "A small plane carrying tourists crashed into a hillside near Huaraz on Monday.",
        "en",
        "accident",
        "air",
        MON,
        "Huaraz",
    ),
    (
        "Ein Militärhubschrauber ist am Dienstag nahe Cochabamba abgestürzt.",
        "de",
        "accident",
        "air",
        TUE,
        "Cochabamba",
    ),
    # --- riots
    (
        "Youths torched cars and looted shops in Kumasi on Tuesday after a disputed football "
        "match.",
        "en",
        "riot",
        None,
        TUE,
        "Kumasi",
    ),
    (
        "In Skopje lieferten sich Demonstranten am Sonntag Straßenschlachten mit der Polizei.",
        "de",
        "riot",
        None,
        SUN,
        "Skopje",
    ),
    (
        "Rioters set fire to the regional governor's office in Karakol on Monday.",
        "en",
        "riot",
        None,
        MON,
        "Karakol",
    ),
    (
        "Bei Krawallen in Malmö wurden am Dienstag mehrere Polizisten verletzt.",
        "de",
        "riot",
        None,
        TUE,
        "Malmo",
    ),
    (
        "Angry residents stormed a police station in Batumi on Sunday after a man died in custody.",
        "en",
        "riot",
        None,
        SUN,
        "Batumi",
    ),
    # a crowd that lynches, ransacks or wrecks riots
    (
        "Nach dem Derby randalierten am Sonntag in Belgrad Hunderte Fußballfans.",
        "de",
        "riot",
        None,
        SUN,
        "Belgrad|Belgrade",
    ),
    (
        "Protesters set fire to tyres and threw stones at police in Conakry on Monday.",
        "en",
        "riot",
        None,
        MON,
        "Conakry",
    ),
    (
        "In Conakry warfen Demonstranten am Montag Steine auf Polizisten und zündeten Reifen an.",
        "de",
        "riot",
        None,
        MON,
        "Conakry",
    ),
    (
        "A mob lynched a man accused of theft in a market in Kano on Tuesday.",
        "en",
        "riot",
        "mob_violence",
        TUE,
        "Kano",
    ),
    (
        "Eine aufgebrachte Menge hat am Dienstag auf einem Markt in Kano einen mutmaßlichen "
        "Dieb gelyncht.",
        "de",
        "riot",
        "mob_violence",
        TUE,
        "Kano",
    ),
    (
        "Rioters ransacked the parliament building in Honiara on Monday.",
        "en",
        "riot",
        None,
        MON,
        "Honiara",
    ),
    (
        "Randalierer verwüsteten am Montag das Parlamentsgebäude in Honiara.",
        "de",
        "riot",
        None,
        MON,
        "Honiara",
    ),
    # --- violence against civilians, at the village attacked
    (
        "BAMAKO, June 10 (Reuters) - Gunmen killed at least 20 villagers in an attack near "
        "Bankass in central Mali on Tuesday.",
        "en",
        "violence_against_civilians",
        None,
        TUE,
        "Bankass",
    ),
    (
        "Bewaffnete haben am Montag in einem Dorf bei Ménaka mindestens 20 Zivilisten getötet.",
        "de",
        "violence_against_civilians",
        None,
        MON,
        "Menaka",
    ),
    (
        "Suspected jihadists abducted 40 women near the town of Diffa on Tuesday.",
        "en",
        "violence_against_civilians",
        "abduction",
        TUE,
        "Diffa",
    ),
    (
        "ABUJA, 10. Juni (AFP) - Bewaffnete haben am Montag im Bundesstaat Katsina mehr als 30 "
        "Dorfbewohner entführt.",
        "de",
        "violence_against_civilians",
        "abduction",
        MON,
        "Katsina",
    ),
    (
        "Separatisten haben am Dienstag in der Nähe von Bamenda zwölf Dorfbewohner erschossen.",
        "de",
        "violence_against_civilians",
        None,
        TUE,
        "Bamenda",
    ),
    # --- launches, at the launch site
    (
        "MOSCOW, June 10 (Reuters) - Russia test-fired an intercontinental ballistic missile "
        "from the Plesetsk cosmodrome on Tuesday.",
        "en",
        "launch",
        None,
        TUE,
        "Plesetsk",
    ),
    (
        "TOKYO, June 10 (Kyodo) - An H3 rocket lifted off from the Tanegashima Space Center on "
        "Tuesday.",
        "en",
        "launch",
        None,
        TUE,
        "Tanegashima",
    ),
    (
        "Houthi rebels fired a ballistic missile from Hodeida province towards Eilat on Sunday.",
        "en",
        "launch",
        None,
        SUN,
        "Hodeida|Hudaydah",
    ),
    (
        "Russland hat am Dienstag vom Kosmodrom Plessezk aus eine Interkontinentalrakete getestet.",
        "de",
        "launch",
        None,
        TUE,
        "Plessezk|Plesetsk",
    ),
    (
        "Von der Insel Tanegashima ist am Montag eine japanische Rakete gestartet.",
        "de",
        "launch",
        None,
        MON,
        "Tanegashima",
    ),
    # --- strategic developments
    (
        "Police in Bishkek detained an opposition leader on Monday.",
        "en",
        "strategic_development",
        "arrest",
        MON,
        "Bishkek",
    ),
    (
        "Die Polizei nahm am Montag in Bergen drei mutmaßliche Schleuser fest.",
        "de",
        "strategic_development",
        "arrest",
        MON,
        "Bergen",
    ),
    (
        "Armenia and Azerbaijan signed a border demarcation agreement in Almaty on Tuesday.",
        "en",
        "strategic_development",
        "agreement",
        TUE,
        "Almaty",
    ),
    (
        "In Lomé einigten sich Regierung und Rebellen am Sonntag auf einen Waffenstillstand.",
        "de",
        "strategic_development",
        "agreement",
        SUN,
        "Lome",
    ),
    (
        "Die Regierung entsandte am Dienstag 500 Soldaten in die Grenzstadt Gjumri.",
        "de",
        "strategic_development",
        None,
        TUE,
        "Gjumri|Gyumri",
    ),
    (
        "The government sent 300 police officers to the northern town of Mitrovica on Monday.",
        "en",
        "strategic_development",
        None,
        MON,
        "Mitrovica|Mitrovice",
    ),
    # --- labour strikes are protests (ACLED: peaceful protest), not air strikes
    (
        "Oil workers went on strike in Stavanger on Tuesday.",
        "en",
        "protest",
        "peaceful_protest",
        TUE,
        "Stavanger",
    ),
    (
        "Im norwegischen Stavanger legten am Dienstag Ölarbeiter die Arbeit nieder.",
        "de",
        "protest",
        "peaceful_protest",
        TUE,
        "Stavanger",
    ),
    ("In Accra begann am Montag ein Generalstreik.", "de", "protest", None, MON, "Accra"),
    (
        "Teachers walked out of classrooms across Bishkek on Monday.",
        "en",
        "protest",
        None,
        MON,
        "Bishkek",
    ),
    # --- more violence against civilians, at the village or town attacked
    (
        "OUAGADOUGOU, June 10 (AFP) - Jihadists killed 30 civilians in an attack on the "
        "northern town of Djibo on Monday, security sources said.",
        "en",
        "violence_against_civilians",
        None,
        MON,
        "Djibo",
    ),
    (
        "NIAMEY, 10. Juni (AFP) - Bewaffnete haben am Montag im Westen Nigers ein Dorf nahe "
        "Tillaberi überfallen und 25 Menschen getötet.",
        "de",
        "violence_against_civilians",
        None,
        MON,
        "Tillaberi",
    ),
    (
        "Milizionäre töteten am Sonntag im Dorf Gumbo bei Bunia 18 Zivilisten.",
        "de",
        "violence_against_civilians",
        None,
        SUN,
        "Bunia",
    ),
    (
        "Armed men abducted 20 passengers from a bus near Kaduna on Sunday.",
        "en",
        "violence_against_civilians",
        "abduction",
        SUN,
        "Kaduna",
    ),
    (
        "Militants killed five villagers in Ansongo district, in Mali's Gao region, on Tuesday.",
        "en",
        "violence_against_civilians",
        None,
        TUE,
        "Ansongo",
    ),
    # an attack and its dead in two coordinated verbs is one event
    (
        "Unbekannte haben am Dienstag im Osten Kongos ein Flüchtlingslager bei Bunia "
        "angegriffen und 40 Menschen getötet.",
        "de",
        "violence_against_civilians",
        None,
        TUE,
        "Bunia",
    ),
    (
        "Gunmen attacked a camp for displaced people near Bunia on Tuesday, killing 40.",
        "en",
        "violence_against_civilians",
        None,
        TUE,
        "Bunia",
    ),
    # --- armed groups that attack soldiers or a base fight a battle (ACLED)
    (
        "Rebellen griffen am Montag eine Kaserne bei Goma an und töteten fünf Soldaten.",
        "de",
        "battle",
        "armed_clash",
        MON,
        "Goma",
    ),
    (
        "Militants attacked an army checkpoint near Diffa on Monday, killing six soldiers.",
        "en",
        "battle",
        "armed_clash",
        MON,
        "Diffa",
    ),
    # --- more launches, at the site named (not the capital of the dateline)
    (
        "SEOUL, June 10 (Yonhap) - North Korea fired a cruise missile from near the eastern "
        "port of Wonsan on Tuesday.",
        "en",
        "launch",
        None,
        TUE,
        "Wonsan",
    ),
    (
        "PJÖNGJANG, 10. Juni (dpa) - Nordkorea hat am Dienstag vom Testgelände Sohae aus eine "
        "Rakete gestartet.",
        "de",
        "launch",
        None,
        TUE,
        "Sohae",
    ),
    (
        "Iran launched a satellite-carrying rocket from the Semnan spaceport on Sunday.",
        "en",
        "launch",
        None,
        SUN,
        "Semnan",
    ),
    (
        "Die Raketen wurden am Dienstag aus der Provinz Saada abgefeuert, teilte das Militär mit.",
        "de",
        "launch",
        None,
        TUE,
        "Saada|Sa'dah",
    ),
    # --- rounds or shells fired are shelling; tear gas or rubber rounds at a crowd a protest
    (
        "Artillery units fired about 90 rounds at positions near Donetsk on Monday.",
        "en",
        "explosion_remote_violence",
        "shelling_artillery_missile",
        MON,
        "Donetsk",
    ),
    (
        "Die Armee feuerte am Montag Dutzende Granaten auf Dörfer bei Stepanakert.",
        "de",
        "explosion_remote_violence",
        "shelling_artillery_missile",
        MON,
        "Stepanakert|Xankendi|Khankendi",
    ),
    (
        "Police fired rubber rounds at protesters in Pristina on Monday.",
        "en",
        "protest",
        "protest_with_intervention",
        MON,
        "Pristina",
    ),
    (
        "Die Polizei feuerte am Montag in Skopje Tränengas und Gummigeschosse auf Demonstranten.",
        "de",
        "protest",
        "protest_with_intervention",
        MON,
        "Skopje",
    ),
    # --- "in Brand geraten": the trigger is no town called Brand
    (
        "OSLO, 10. Juni (NTB) - Ein Lastwagen ist am Dienstag in einem Tunnel in Brand geraten.",
        "de",
        "accident",
        "road",
        TUE,
        "Oslo",
    ),
    # --- more wire wording of every kind
    (
        "A train carrying fuel derailed and caught fire near Pavlodar on Monday.",
        "en",
        "accident",
        "rail",
        MON,
        "Pavlodar",
    ),
    (
        "Bei Aktobe ist am Montag ein mit Treibstoff beladener Güterzug entgleist und in Brand "
        "geraten.",
        "de",
        "accident",
        "rail",
        MON,
        "Aktobe",
    ),
    (
        "A tourist boat hit rocks and sank off the Croatian island of Hvar on Sunday.",
        "en",
        "accident",
        "maritime",
        SUN,
        "Hvar",
    ),
    (
        "In einem Kupferbergwerk bei Potosí ist am Dienstag ein Stollen eingestürzt.",
        "de",
        "accident",
        "industrial",
        TUE,
        "Potosi",
    ),
    (
        "In der usbekischen Stadt Navoi ist am Montag ein Chemiewerk explodiert.",
        "de",
        "accident",
        "industrial",
        MON,
        "Navoi",
    ),
    (
        "A suicide bomber blew himself up at a police checkpoint in Quetta on Monday.",
        "en",
        "explosion_remote_violence",
        "suicide_bomb",
        MON,
        "Quetta",
    ),
    (
        "Ein Selbstmordattentäter hat sich am Montag an einem Kontrollpunkt in Quetta in die "
        "Luft gesprengt.",
        "de",
        "explosion_remote_violence",
        "suicide_bomb",
        MON,
        "Quetta",
    ),
    (
        "Ein Sprengsatz tötete am Sonntag drei Soldaten bei Ménaka.",
        "de",
        "explosion_remote_violence",
        "remote_explosive",
        SUN,
        "Menaka",
    ),
    (
        "Kirgistan und Tadschikistan unterzeichneten am Montag in Bischkek ein Grenzabkommen.",
        "de",
        "strategic_development",
        "agreement",
        MON,
        "Bishkek|Bischkek",
    ),
    (
        "Die norwegische Polizei hat am Dienstag in Tromsø einen russischen Staatsbürger "
        "festgenommen.",
        "de",
        "strategic_development",
        "arrest",
        TUE,
        "Tromso",
    ),
    (
        "A court in Tbilisi sentenced an opposition leader to five years in prison on Monday.",
        "en",
        "court",
        "sentence",
        MON,
        "Tbilisi",
    ),
    (
        "Ein Gericht in Bischkek verurteilte am Montag einen Journalisten zu sieben Jahren Haft.",
        "de",
        "court",
        "sentence",
        MON,
        "Bishkek|Bischkek",
    ),
    (
        "Fiji's prime minister met his Tongan counterpart in Nuku'alofa on Tuesday.",
        "en",
        "meeting",
        None,
        TUE,
        "Nuku",
    ),
    (
        "A 6.4-magnitude quake rocked the Ecuadorian city of Cuenca on Monday.",
        "en",
        "disaster",
        "earthquake",
        MON,
        "Cuenca",
    ),
    # what was looted during unrest, and what clashed, gives a riot
    (
        "Auf den Salomonen sind bei Unruhen in der Hauptstadt Honiara am Montag mehrere "
        "Geschäfte geplündert worden.",
        "de",
        "riot",
        None,
        MON,
        "Honiara",
    ),
    (
        "Shops were looted during riots in Honiara on Monday.",
        "en",
        "riot",
        None,
        MON,
        "Honiara",
    ),
    (
        "Bei Zusammenstößen zwischen Demonstranten und der Polizei wurden am Sonntag in "
        "Skopje 20 Menschen verletzt.",
        "de",
        "riot",
        None,
        SUN,
        "Skopje",
    ),
    (
        "Clashes between protesters and police left 20 people injured in Skopje on Sunday.",
        "en",
        "riot",
        None,
        SUN,
        "Skopje",
    ),
    (
        "Bei Zusammenstößen an der Grenze zwischen Kirgistan und Tadschikistan sind am Sonntag "
        "nahe Batken mindestens vier Menschen getötet worden.",
        "de",
        "battle",
        "armed_clash",
        SUN,
        "Batken|Kyrgyzstan–Tajikistan border",
    ),
    (
        "A mudflow swept through the town of Khujand on Monday night.",
        "en",
        "disaster",
        "mass_movement",
        MON,
        "Khujand",
    ),
    # strategic developments: releases, coups, raids, handovers
    (
        "Die Behörden in Baku haben am Dienstag einen inhaftierten Journalisten freigelassen.",
        "de",
        "strategic_development",
        "other",
        TUE,
        "Baku",
    ),
    (
        "In Niamey haben Soldaten am Montag die Macht übernommen.",
        "de",
        "strategic_development",
        "other",
        MON,
        "Niamey",
    ),
    (
        "Soldiers took power in Niamey on Monday.",
        "en",
        "strategic_development",
        "other",
        MON,
        "Niamey",
    ),
    (
        "Die Polizei durchsuchte am Montag die Redaktion einer unabhängigen Zeitung in Duschanbe.",
        "de",
        "strategic_development",
        "other",
        MON,
        "Dushanbe|Duschanbe",
    ),
    (
        "Rebels handed control of the town of Kidal to the army on Monday.",
        "en",
        "strategic_development",
        "non_violent_transfer_of_territory",
        MON,
        "Kidal",
    ),
    (
        "Ein Oppositionspolitiker wurde am Montag bei seiner Rückkehr aus Brüssel am Flughafen "
        "Tiflis festgenommen.",
        "de",
        "strategic_development",
        "arrest",
        MON,
        "Tiflis|Tbilisi",
    ),
    # a journey is where it went, not where it came from; statements where they were made
    (
        "Die norwegische Ministerpräsidentin kehrte am Sonntag aus Peking nach Oslo zurück.",
        "de",
        "travel",
        None,
        SUN,
        "Oslo",
    ),
    (
        "The prime minister returned from Beijing to Oslo on Sunday.",
        "en",
        "travel",
        None,
        SUN,
        "Oslo",
    ),
    (
        "Der kirgisische Präsident brach am Dienstag zu einem Gipfeltreffen nach Moskau auf.",
        "de",
        "travel",
        None,
        TUE,
        "Moskau|Moscow",
    ),
    (
        "The UN secretary-general arrived on a two-day visit to Honiara on Monday.",
        "en",
        "travel",
        None,
        MON,
        "Honiara",
    ),
    (
        "Das Außenministerium in Oslo bestellte am Dienstag den russischen Botschafter ein.",
        "de",
        "statement",
        None,
        TUE,
        "Oslo",
    ),
    (
        "Kazakhstan declared a state of emergency in the Atyrau region on Monday after floods.",
        "en",
        "statement",
        None,
        MON,
        "Atyrau",
    ),
    # occupations, pickets, fires at buildings, cranes and leaks
    (
        "Teachers picketed the education ministry in Accra on Monday.",
        "en",
        "protest",
        None,
        MON,
        "Accra",
    ),
    (
        "Students occupied the main university building in Tirana on Monday.",
        "en",
        "protest",
        None,
        MON,
        "Tirana",
    ),
    (
        "Studenten besetzten am Montag das Hauptgebäude der Universität in Tirana.",
        "de",
        "protest",
        None,
        MON,
        "Tirana",
    ),
    (
        "Firefighters battled a blaze at a textile factory in Tashkent on Monday.",
        "en",
        "accident",
        "industrial",
        MON,
        "Tashkent",
    ),
    (
        "A crane toppled onto a busy street in Almaty on Monday.",
        "en",
        "accident",
        "industrial",
        MON,
        "Almaty",
    ),
    (
        "In Almaty stürzte am Montag ein Baukran auf eine belebte Straße.",
        "de",
        "accident",
        "industrial",
        MON,
        "Almaty",
    ),
    (
        "An oil pipeline leaked near Atyrau on Monday.",
        "en",
        "accident",
        "industrial",
        MON,
        "Atyrau",
    ),
    (
        "Bei Atyrau ist am Montag eine Ölpipeline leckgeschlagen.",
        "de",
        "accident",
        "industrial",
        MON,
        "Atyrau",
    ),
    # firefighters who fight a fire fight no battle
    (
        "Feuerwehrleute kämpften am Montag gegen einen Brand in einer Textilfabrik in Taschkent.",
        "de",
        "accident",
        "industrial",
        MON,
        "Tashkent|Taschkent",
    ),
    (
        "Firefighters fought a blaze at a warehouse in Oslo on Monday.",
        "en",
        "accident",
        "industrial",
        MON,
        "Oslo",
    ),
    (
        "Feuerwehrleute kämpften am Montag gegen Waldbrände in der Provinz Jämtland.",
        "de",
        "disaster",
        "wildfire",
        MON,
        "Jamtland|Jaemtland",
    ),
    # soldiers who kill fighters fight a battle, they attack no civilians
    (
        "Die Armee hat am Dienstag bei Maiduguri 30 Boko-Haram-Kämpfer getötet.",
        "de",
        "battle",
        "armed_clash",
        TUE,
        "Maiduguri",
    ),
    (
        "Nigeria's army said it killed 30 Boko Haram fighters near Maiduguri on Tuesday.",
        "en",
        "battle",
        "armed_clash",
        TUE,
        "Maiduguri",
    ),
    # the dead of what killed them: the cause is the event
    (
        "Two people were killed when a gas cylinder exploded in a restaurant in central Almaty "
        "on Monday.",
        "en",
        "accident",
        "industrial",
        MON,
        "Almaty",
    ),
    (
        "Nine people died when a bus plunged into a ravine near Khujand on Monday.",
        "en",
        "accident",
        "road",
        MON,
        "Khujand",
    ),
    (
        "In einem Restaurant im Zentrum von Almaty ist am Montag eine Gasflasche explodiert.",
        "de",
        "accident",
        "industrial",
        MON,
        "Almaty",
    ),
    (
        "Gunmen attacked a convoy on the road between Gao and Ansongo on Monday.",
        "en",
        "battle",
        "armed_clash",
        MON,
        "Gao|Ansongo",
    ),
    # --- hazards
    (
        "A strong earthquake shook the Andean town of Huancayo on Monday.",
        "en",
        "disaster",
        "earthquake",
        MON,
        "Huancayo",
    ),
    (
        "Ein Zyklon traf am Dienstag die Hauptstadt von Vanuatu.",
        "de",
        "disaster",
        "storm",
        TUE,
        "Port Vila|Port-Vila",
    ),
    (
        "Eine Lawine verschüttete am Sonntag bei Bansko drei Skifahrer.",
        "de",
        "disaster",
        "mass_movement",
        SUN,
        "Bansko",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), CASES)
def test_the_sentence_reports_its_kind_at_its_place(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    got = [(e.kind, e.sub_kind, e.date, e.place_name) for e in events]
    names = [_plain(n) for n in place.split("|")]
    assert any(
        k == kind
        and (sub_kind is None or s == sub_kind)
        and d == day
        and p is not None
        and any(n in _plain(p) for n in names)
        for k, s, d, p in got
    ), got


def test_an_attack_and_its_dead_are_one_event() -> None:
    """``angegriffen und 40 Menschen getötet``: the verb of the dead counts the attack's
    victims, it is not a second event."""
    events = geomap.analyze(
        "Unbekannte haben am Dienstag ein Flüchtlingslager bei Bunia angegriffen und 40 "
        "Menschen getötet.",
        lang="de",
        date=DAY,
    ).events
    assert [(e.kind, e.dead) for e in events] == [("violence_against_civilians", 40)]
