"""A wider table of event sentences by kind, both languages, many regions, in wire wording:
accidents by every mode (road, rail, air, sea, mine, industrial, a building that collapsed),
riots (looting, clashes with police, ``Krawalle``, ``Ausschreitungen``, arson during unrest),
violence against civilians (abductions, massacres, attacks on villages), strategic
developments (agreements signed, ceasefires agreed, arrests, troop deployments), disasters
placed at the hazard's region, a sea or an epicentre ``off the coast of X``, launches placed
at the launch site (never the target, never the capital of the launching country) and
statements told apart from meetings.

Written for these tests, before geomap ran on them: the kind, day and place are what a
reader names. Not drawn from any benchmark article."""

from __future__ import annotations

import unicodedata

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"


def _plain(text: str) -> str:
    """A name as a reader compares it: without accents (``Wŏnsan`` is Wonsan)."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()


# (text, language, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str | None, str, str]] = [
    # --- accidents, every mode
    (
        "A passenger bus plunged into a ravine near Shimla on Tuesday, killing 14 people.",
        "en",
        "accident",
        "road",
        TUE,
        "Shimla",
    ),
    (
        "Two commuter trains collided near Alexandria on Monday.",
        "en",
        "accident",
        "rail",
        MON,
        "Alexandria",
    ),
    (
        "A cargo plane crashed shortly after take-off from the airport in Goma on Sunday.",
        "en",
        "accident",
        "air",
        SUN,
        "Goma",
    ),
    (
        "An overloaded ferry capsized on Lake Kivu off Bukavu on Tuesday.",
        "en",
        "accident",
        "maritime",
        TUE,
        "Bukavu",
    ),
    ("A cargo ship ran aground near Galle on Sunday.", "en", "accident", "maritime", SUN, "Galle"),
    (
        "Twelve miners were trapped when a tunnel collapsed at a coal mine near Zonguldak "
        "on Monday.",
        "en",
        "accident",
        "industrial",
        MON,
        "Zonguldak",
    ),
    (
        "A gas explosion at a chemical plant in Tianjin killed five workers on Sunday.",
        "en",
        "accident",
        "industrial",
        SUN,
        "Tianjin",
    ),
    (
        "A five-storey residential building collapsed in Lagos on Tuesday.",
        "en",
        "accident",
        "industrial",
        TUE,
        "Lagos",
    ),
    (
        "A fuel tanker overturned on a highway near Kano on Monday.",
        "en",
        "accident",
        "road",
        MON,
        "Kano",
    ),
    (
        "Ein Kleinflugzeug ist am Sonntag nahe Salzburg abgestürzt.",
        "de",
        "accident",
        "air",
        SUN,
        "Salzburg",
    ),
    (
        "Am Montag sind bei Temeswar zwei Güterzüge zusammengestoßen.",
        "de",
        "accident",
        "rail",
        MON,
        "Temeswar|Timișoara|Timisoara",
    ),
    (
        "Eine überladene Fähre ist am Dienstag vor Sansibar gekentert.",
        "de",
        "accident",
        "maritime",
        TUE,
        "Sansibar|Zanzibar",
    ),
    (
        "Bei einem Grubenunglück bei Kattowitz sind am Montag acht Bergleute ums Leben gekommen.",
        "de",
        "accident",
        "industrial",
        MON,
        "Kattowitz|Katowice",
    ),
    (
        "In einer Chemiefabrik in Ludwigshafen hat sich am Sonntag eine Explosion ereignet.",
        "de",
        "accident",
        "industrial",
        SUN,
        "Ludwigshafen",
    ),
    (
        "Am Dienstag ist in Mumbai ein sechsstöckiges Wohnhaus eingestürzt.",
        "de",
        "accident",
        "industrial",
        TUE,
        "Mumbai",
    ),
    (
        "Ein Güterzug ist am Montag bei Arequipa entgleist.",
        "de",
        "accident",
        "rail",
        MON,
        "Arequipa",
    ),
    (
        "Ein Reisebus ist am Dienstag bei Burgos verunglückt.",
        "de",
        "accident",
        "road",
        TUE,
        "Burgos",
    ),
    (
        "DHAKA, June 10 (AP) — A garment factory fire killed 14 workers on Tuesday, police said.",
        "en",
        "accident",
        "industrial",
        TUE,
        "Dhaka",
    ),
    ("A fire gutted a market in Kumasi on Sunday.", "en", "accident", "industrial", SUN, "Kumasi"),
    # what fired, said before "fire": shelling, not an accident
    (
        "Mortar fire killed two civilians in Kismayo on Tuesday.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Kismayo",
    ),
    (
        "Bei einem Drohnenangriff auf ein Dorf nahe Kidal sind am Montag acht Zivilisten getötet "
        "worden.",
        "de",
        "explosion_remote_violence",
        None,
        MON,
        "Kidal",
    ),
    (
        "A train ploughed into a stationary freight train near Thessaloniki on Tuesday.",
        "en",
        "accident",
        "rail",
        TUE,
        "Thessaloniki",
    ),
    (
        "A scaffolding collapsed at a construction site in Doha on Monday, killing three workers.",
        "en",
        "accident",
        "industrial",
        MON,
        "Doha",
    ),
    (
        "Ein Regionalzug raste am Dienstag bei Thessaloniki in einen Güterzug.",
        "de",
        "accident",
        "rail",
        TUE,
        "Thessaloniki",
    ),
    (
        "Auf einer Baustelle in Doha ist am Montag ein Gerüst eingestürzt.",
        "de",
        "accident",
        "industrial",
        MON,
        "Doha",
    ),
    (
        "At least 18 people died when a bus fell into a gorge near Srinagar on Tuesday.",
        "en",
        "accident",
        "road",
        TUE,
        "Srinagar",
    ),
    (
        "A boat carrying 60 people overturned on the Niger River near Mopti on Sunday.",
        "en",
        "accident",
        "maritime",
        SUN,
        "Mopti",
    ),
    (
        "A gas leak at a fertiliser plant in Dhaka killed four workers on Monday.",
        "en",
        "accident",
        "industrial",
        MON,
        "Dhaka",
    ),
    (
        "A coal mine flooded near Quetta on Tuesday, trapping 12 miners.",
        "en",
        "accident",
        "industrial",
        TUE,
        "Quetta",
    ),
    (
        "A ferry caught fire off the coast of Sulawesi on Monday.",
        "en",
        "accident",
        "maritime",
        MON,
        "Sulawesi",
    ),
    (
        "A freight train jumped the tracks near Winnipeg on Tuesday.",
        "en",
        "accident",
        "rail",
        TUE,
        "Winnipeg",
    ),
    (
        "Ein Boot mit 60 Menschen an Bord ist am Sonntag auf dem Niger bei Mopti umgekippt.",
        "de",
        "accident",
        "maritime",
        SUN,
        "Mopti",
    ),
    (
        "Bei einem Gasleck in einer Düngemittelfabrik in Dhaka sind am Montag vier Arbeiter ums "
        "Leben gekommen.",
        "de",
        "accident",
        "industrial",
        MON,
        "Dhaka",
    ),
    (
        "Eine Fähre ist am Montag vor der Küste von Sulawesi in Brand geraten.",
        "de",
        "accident",
        "maritime",
        MON,
        "Sulawesi",
    ),
    (
        "Ein Güterzug ist am Dienstag bei Winnipeg aus den Gleisen gesprungen.",
        "de",
        "accident",
        "rail",
        TUE,
        "Winnipeg",
    ),
    # --- riots
    ("Rioters looted shops in Durban on Tuesday.", "en", "riot", None, TUE, "Durban"),
    ("Protesters clashed with police in Nairobi on Monday.", "en", "riot", None, MON, "Nairobi"),
    ("Youths torched a police station in Kisumu on Sunday.", "en", "riot", None, SUN, "Kisumu"),
    (
        "Demonstrators hurled stones at police in Dhaka on Tuesday.",
        "en",
        "riot",
        None,
        TUE,
        "Dhaka",
    ),
    (
        "Rioting broke out in the northern city of Kaduna on Monday.",
        "en",
        "riot",
        None,
        MON,
        "Kaduna",
    ),
    (
        "Bei Krawallen in Marseille sind am Dienstag mehrere Polizisten verletzt worden.",
        "de",
        "riot",
        None,
        TUE,
        "Marseille",
    ),
    ("In Lyon kam es am Montag zu schweren Ausschreitungen.", "de", "riot", None, MON, "Lyon"),
    (
        "Randalierer plünderten am Sonntag Geschäfte in Port-au-Prince.",
        "de",
        "riot",
        None,
        SUN,
        "Port-au-Prince",
    ),
    (
        "Rioters ransacked government offices in Bamako on Sunday.",
        "en",
        "riot",
        None,
        SUN,
        "Bamako",
    ),
    (
        "Demonstranten setzten am Dienstag in Nantes Autos in Brand.",
        "de",
        "riot",
        None,
        TUE,
        "Nantes",
    ),
    (
        "Demonstranten lieferten sich am Montag in Belgrad Straßenschlachten mit der Polizei.",
        "de",
        "riot",
        None,
        MON,
        "Belgrad|Belgrade|Beograd",
    ),
    (
        "Fans rampaged through central Belgrade on Sunday, smashing shop windows.",
        "en",
        "riot",
        None,
        SUN,
        "Belgrade",
    ),
    (
        "Violence erupted in Port Moresby on Monday as looters ransacked shops.",
        "en",
        "riot",
        None,
        MON,
        "Port Moresby",
    ),
    ("Mobs burned dozens of homes in Imphal on Sunday.", "en", "riot", None, SUN, "Imphal"),
    (
        "Hooligans wüteten am Sonntag in der Innenstadt von Belgrad.",
        "de",
        "riot",
        None,
        SUN,
        "Belgrad|Belgrade",
    ),
    (
        "Protesters threw stones and petrol bombs at police in Kathmandu on Tuesday.",
        "en",
        "riot",
        None,
        TUE,
        "Kathmandu",
    ),
    (
        "Looters broke into shops in Johannesburg on Sunday.",
        "en",
        "riot",
        None,
        SUN,
        "Johannesburg",
    ),
    (
        "Angry villagers attacked a police station in Jinja on Tuesday.",
        "en",
        "riot",
        "mob_violence",
        TUE,
        "Jinja",
    ),
    (
        "Demonstrators smashed windows at the parliament building in Belgrade on Tuesday.",
        "en",
        "riot",
        None,
        TUE,
        "Belgrade",
    ),
    (
        "Street battles broke out between supporters of rival parties in Karachi on Tuesday.",
        "en",
        "riot",
        None,
        TUE,
        "Karachi",
    ),
    (
        "Plünderer brachen am Sonntag in Johannesburg in Geschäfte ein.",
        "de",
        "riot",
        None,
        SUN,
        "Johannesburg",
    ),
    (
        "Am Dienstag griffen wütende Dorfbewohner in Jinja eine Polizeiwache an.",
        "de",
        "riot",
        "mob_violence",
        TUE,
        "Jinja",
    ),
    (
        "Fußballfans lieferten sich am Sonntag in Marseille Auseinandersetzungen mit der Polizei.",
        "de",
        "riot",
        None,
        SUN,
        "Marseille",
    ),
    (
        "In Karachi gerieten am Dienstag Anhänger rivalisierender Parteien aneinander.",
        "de",
        "riot",
        None,
        TUE,
        "Karachi",
    ),
    # villagers attacked by armed men are the victims, not a mob
    (
        "Gunmen attacked villagers near Beni on Tuesday.",
        "en",
        "violence_against_civilians",
        "attack",
        TUE,
        "Beni",
    ),
    (
        "Bewaffnete griffen am Dienstag Dorfbewohner bei Beni an.",
        "de",
        "violence_against_civilians",
        "attack",
        TUE,
        "Beni",
    ),
    (
        "Rebellen lieferten sich am Montag bei Goma heftige Gefechte mit der Armee.",
        "de",
        "battle",
        None,
        MON,
        "Goma",
    ),
    ("Rebels clashed with army troops near Goma on Monday.", "en", "battle", None, MON, "Goma"),
    # looting with no crowd named stays property destruction (a strategic development)
    (
        "Unbekannte plünderten am Montag ein Lagerhaus einer Hilfsorganisation in Juba.",
        "de",
        "strategic_development",
        "looting",
        MON,
        "Juba",
    ),
    # --- violence against civilians
    (
        "Gunmen abducted 20 students from a school in Kaduna on Tuesday.",
        "en",
        "violence_against_civilians",
        "abduction",
        TUE,
        "Kaduna",
    ),
    (
        "Militiamen massacred at least 30 villagers near Beni on Monday.",
        "en",
        "violence_against_civilians",
        "attack",
        MON,
        "Beni",
    ),
    (
        "Suspected jihadists kidnapped a priest in the town of Tillaberi on Tuesday.",
        "en",
        "violence_against_civilians",
        "abduction",
        TUE,
        "Tillaberi|Tillabéri",
    ),
    (
        "Bewaffnete haben am Dienstag in einem Dorf bei Maiduguri mindestens 40 Bewohner getötet.",
        "de",
        "violence_against_civilians",
        "attack",
        TUE,
        "Maiduguri",
    ),
    (
        "Milizionäre erschossen am Sonntag im Dorf Djibo zwölf Zivilisten.",
        "de",
        "violence_against_civilians",
        "attack",
        SUN,
        "Djibo",
    ),
    (
        "Unbekannte haben am Montag in Pemba drei Helfer entführt.",
        "de",
        "violence_against_civilians",
        "abduction",
        MON,
        "Pemba",
    ),
    # armed men attacking a village or civilians on the ground: not remote violence
    (
        "Gunmen stormed a village in Zamfara state on Sunday, killing 23 people.",
        "en",
        "violence_against_civilians",
        "attack",
        SUN,
        "Zamfara",
    ),
    (
        "Armed men attacked a market near Bunia on Tuesday, killing 11 civilians.",
        "en",
        "violence_against_civilians",
        "attack",
        TUE,
        "Bunia",
    ),
    (
        "Bewaffnete haben am Dienstag ein Dorf nahe Beni angegriffen.",
        "de",
        "violence_against_civilians",
        "attack",
        TUE,
        "Beni",
    ),
    # bombing from the air stays remote violence, whoever reports it
    (
        "The army bombed a village near Kidal on Monday, rebels said.",
        "en",
        "explosion_remote_violence",
        None,
        MON,
        "Kidal",
    ),
    (
        "Nach Angaben von Rebellen hat die Luftwaffe am Montag ein Dorf bei Kidal bombardiert.",
        "de",
        "explosion_remote_violence",
        None,
        MON,
        "Kidal",
    ),
    # a drone strike on a market stays remote violence
    (
        "A drone strike hit a market in Kidal on Tuesday, killing 8 civilians.",
        "en",
        "explosion_remote_violence",
        "air_drone_strike",
        TUE,
        "Kidal",
    ),
    # --- strategic developments
    (
        "The two countries signed a border agreement in Astana on Tuesday.",
        "en",
        "strategic_development",
        "agreement",
        TUE,
        "Astana",
    ),
    (
        "The warring parties agreed a ceasefire in Jeddah on Sunday.",
        "en",
        "strategic_development",
        "agreement",
        SUN,
        "Jeddah",
    ),
    (
        "Government and rebels agreed to a truce in Arusha on Monday.",
        "en",
        "strategic_development",
        "agreement",
        MON,
        "Arusha",
    ),
    (
        "Police arrested 40 opposition supporters in Harare on Monday.",
        "en",
        "strategic_development",
        "arrest",
        MON,
        "Harare",
    ),
    (
        "Security forces detained a journalist at the airport in Entebbe on Sunday.",
        "en",
        "strategic_development",
        "arrest",
        SUN,
        "Entebbe",
    ),
    (
        "The government deployed 2,000 troops to the port city of Beira on Tuesday.",
        "en",
        "strategic_development",
        "other",
        TUE,
        "Beira",
    ),
    (
        "Die Polizei hat am Dienstag in Tiflis 25 Demonstranten festgenommen.",
        "de",
        "strategic_development",
        "arrest",
        TUE,
        "Tiflis|Tbilisi",
    ),
    (
        "Die Konfliktparteien unterzeichneten am Montag in Doha ein Abkommen.",
        "de",
        "strategic_development",
        "agreement",
        MON,
        "Doha",
    ),
    (
        "Beide Seiten vereinbarten am Dienstag in Addis Abeba eine Waffenruhe.",
        "de",
        "strategic_development",
        "agreement",
        TUE,
        "Addis",
    ),
    (
        "Regierung und Rebellen einigten sich am Sonntag in Kampala auf einen Waffenstillstand.",
        "de",
        "strategic_development",
        "agreement",
        SUN,
        "Kampala",
    ),
    (
        "Die Regierung entsandte am Sonntag 500 Soldaten in die Grenzstadt Goma.",
        "de",
        "strategic_development",
        "other",
        SUN,
        "Goma",
    ),
    # police raids are strategic developments, not strikes; decrees are statements
    (
        "Police raided the offices of an opposition newspaper in Harare on Tuesday.",
        "en",
        "strategic_development",
        "other",
        TUE,
        "Harare",
    ),
    (
        "Die Polizei stürmte am Dienstag in Harare die Redaktion einer Oppositionszeitung.",
        "de",
        "strategic_development",
        "other",
        TUE,
        "Harare",
    ),
    (
        "The junta dissolved parliament in Ouagadougou on Monday.",
        "en",
        "strategic_development",
        "other",
        MON,
        "Ouagadougou",
    ),
    ("Authorities imposed a curfew in Dhaka on Monday.", "en", "statement", None, MON, "Dhaka"),
    (
        "Die Behörden verhängten am Montag in Dhaka eine Ausgangssperre.",
        "de",
        "statement",
        None,
        MON,
        "Dhaka",
    ),
    (
        "About 200 rebel fighters surrendered to the army in Beni on Tuesday.",
        "en",
        "strategic_development",
        "other",
        TUE,
        "Beni",
    ),
    (
        "French troops pulled out of their last base in Gao on Monday.",
        "en",
        "strategic_development",
        "non_violent_transfer_of_territory",
        MON,
        "Gao",
    ),
    (
        "Police took three suspects into custody in Mombasa on Tuesday.",
        "en",
        "strategic_development",
        "arrest",
        TUE,
        "Mombasa",
    ),
    (
        "Rund 200 Rebellen ergaben sich am Dienstag in Beni der Armee.",
        "de",
        "strategic_development",
        "other",
        TUE,
        "Beni",
    ),
    (
        "Die Armee zog sich am Sonntag kampflos aus der Stadt Kidal zurück.",
        "de",
        "strategic_development",
        "non_violent_transfer_of_territory",
        SUN,
        "Kidal",
    ),
    # --- disasters: the hazard's region, a sea, an epicentre off a coast
    (
        "A magnitude 6.8 earthquake struck off the coast of Sumatra on Tuesday.",
        "en",
        "disaster",
        "earthquake",
        TUE,
        "Sumatra",
    ),
    (
        "Monsoon floods swept through Sindh province on Monday.",
        "en",
        "disaster",
        "flood",
        MON,
        "Sindh",
    ),
    ("A typhoon made landfall near Hualien on Sunday.", "en", "disaster", "storm", SUN, "Hualien"),
    (
        "A landslide buried dozens of homes in the hill town of Munnar on Tuesday.",
        "en",
        "disaster",
        "mass_movement",
        TUE,
        "Munnar",
    ),
    (
        "Ein Erdbeben der Stärke 6,3 hat am Dienstag die Küste vor Hokkaido erschüttert.",
        "de",
        "disaster",
        "earthquake",
        TUE,
        "Hokkaido",
    ),
    (
        "Hochwasser hat am Sonntag weite Teile der Provinz Sichuan überflutet.",
        "de",
        "disaster",
        "flood",
        SUN,
        "Sichuan",
    ),
    (
        "Waldbrände wüteten am Dienstag auf der Insel Euböa.",
        "de",
        "disaster",
        "wildfire",
        TUE,
        "Euböa|Euboea|Evia|Évvoia|Euboia",
    ),
    (
        "Temperatures soared to 50 degrees in Jacobabad on Tuesday.",
        "en",
        "disaster",
        "extreme_temperature",
        TUE,
        "Jacobabad",
    ),
    ("A sandstorm engulfed Baghdad on Monday.", "en", "disaster", "storm", MON, "Baghdad"),
    (
        "Lava flows destroyed homes on La Palma on Tuesday.",
        "en",
        "disaster",
        "volcanic_activity",
        TUE,
        "La Palma",
    ),
    (
        "Die Temperaturen stiegen am Dienstag in Jacobabad auf 50 Grad.",
        "de",
        "disaster",
        "extreme_temperature",
        TUE,
        "Jacobabad",
    ),
    (
        "Lavaströme zerstörten am Dienstag auf La Palma mehrere Häuser.",
        "de",
        "disaster",
        "volcanic_activity",
        TUE,
        "La Palma",
    ),
    (
        "In der Küstenstadt Derna brachen am Sonntag zwei Dämme.",
        "de",
        "disaster",
        "flood",
        SUN,
        "Derna|Darnah",
    ),
    # --- launches: the launch site, not the target, not the capital
    (
        "A Soyuz rocket lifted off from the Baikonur cosmodrome on Sunday.",
        "en",
        "launch",
        None,
        SUN,
        "Baikonur|Bayqongyr",
    ),
    (
        "North Korea fired a ballistic missile into the sea from Wonsan on Tuesday.",
        "en",
        "launch",
        None,
        TUE,
        "Wonsan",
    ),
    (
        "Nordkorea hat am Montag von Wonsan aus zwei Raketen ins Meer abgefeuert.",
        "de",
        "launch",
        None,
        MON,
        "Wonsan",
    ),
    (
        "Eine Sojus-Rakete ist am Sonntag vom Weltraumbahnhof Baikonur abgehoben.",
        "de",
        "launch",
        None,
        SUN,
        "Baikonur|Bayqongyr",
    ),
    # the site named in the next sentence, under a capital's dateline
    (
        "BEIJING, June 9 (Xinhua) - China launched a new crew to its space station on Monday. "
        "The Shenzhou spacecraft blasted off from Jiuquan in the Gobi desert.",
        "en",
        "launch",
        None,
        MON,
        "Jiuquan",
    ),
    (
        "Iran's Revolutionary Guards launched a military satellite on Tuesday. The rocket lifted "
        "off from a spaceport in Semnan province, state media said.",
        "en",
        "launch",
        None,
        TUE,
        "Semnan",
    ),
    (
        "PEKING, 9. Juni (dpa) - China hat am Montag drei Raumfahrer ins All geschickt. Die "
        "Rakete hob vom Raumfahrtzentrum Jiuquan in der Wüste Gobi ab.",
        "de",
        "launch",
        None,
        MON,
        "Jiuquan",
    ),
    (
        "TEHERAN, 10. Juni (Reuters) - Iran hat am Dienstag einen Satelliten ins All geschossen. "
        "Die Trägerrakete startete nach Angaben des Staatsfernsehens vom Weltraumbahnhof Semnan.",
        "de",
        "launch",
        None,
        TUE,
        "Semnan|Imam Khomeini",
    ),
    # --- statements and meetings
    (
        "The foreign minister condemned the attack at a news conference in Amman on Tuesday.",
        "en",
        "statement",
        None,
        TUE,
        "Amman",
    ),
    (
        "Speaking at a summit in Addis Ababa on Monday, the president condemned the coup.",
        "en",
        "statement",
        None,
        MON,
        "Addis Ababa",
    ),
    (
        "Addressing supporters in Kano on Tuesday, the governor condemned the attack.",
        "en",
        "statement",
        None,
        TUE,
        "Kano",
    ),
    (
        "The minister met reporters in Brasilia on Monday.",
        "en",
        "statement",
        "press_conference",
        MON,
        "Brasilia",
    ),
    (
        "The government announced a state of emergency in Lima on Monday.",
        "en",
        "statement",
        None,
        MON,
        "Lima",
    ),
    (
        "Der Präsident wandte sich am Dienstag in einer Fernsehansprache aus Nairobi an die "
        "Nation.",
        "de",
        "statement",
        "speech",
        TUE,
        "Nairobi",
    ),
    (
        "Der Kanzler äußerte sich am Dienstag in Berlin zu dem Anschlag.",
        "de",
        "statement",
        None,
        TUE,
        "Berlin",
    ),
    (
        "The opposition leader told a rally in Harare on Monday that the vote had been rigged.",
        "en",
        "statement",
        "speech",
        MON,
        "Harare",
    ),
    (
        "Der Oppositionsführer sagte am Montag auf einer Kundgebung in Harare, die Wahl sei "
        "gefälscht worden.",
        "de",
        "statement",
        "speech",
        MON,
        "Harare",
    ),
    (
        "Thousands of people attended a rally in Harare on Monday.",
        "en",
        "protest",
        None,
        MON,
        "Harare",
    ),
    (
        "Tausende nahmen am Montag an einer Kundgebung in Harare teil.",
        "de",
        "protest",
        None,
        MON,
        "Harare",
    ),
    (
        "The foreign ministers of Chile and Peru met in Lima on Sunday.",
        "en",
        "meeting",
        None,
        SUN,
        "Lima",
    ),
    (
        "Die Ministerpräsidentin hielt am Montag in Kiel eine Rede.",
        "de",
        "statement",
        "speech",
        MON,
        "Kiel",
    ),
    (
        "Die Außenminister beider Länder trafen sich am Sonntag in Wien.",
        "de",
        "meeting",
        None,
        SUN,
        "Wien|Vienna",
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


def test_the_table_covers_every_kind_in_both_languages() -> None:
    kinds = {(kind, lang) for _, lang, kind, *_ in CASES}
    for kind in {k for k, _ in kinds}:
        assert (kind, "de") in kinds and (kind, "en") in kinds, kind


def test_a_statement_about_an_attack_is_not_the_attack() -> None:
    """``äußerte sich in Berlin zu dem Anschlag``: the attack is what was spoken about, it
    did not happen in Berlin."""
    events = geomap.analyze(
        "Der Kanzler äußerte sich am Dienstag in Berlin zu dem Anschlag.", lang="de", date=DAY
    ).events
    assert [e.kind for e in events] == ["statement"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "SEOUL, June 10 (Yonhap) - North Korea fired two ballistic missiles into the sea on "
            "Tuesday.",
            "en",
        ),
        (
            "MOSKAU, 10. Juni (dpa) - Russland hat am Dienstag eine Interkontinentalrakete "
            "getestet.",
            "de",
        ),
        ("The Houthis launched two drones at Eilat on Tuesday.", "en"),
        ("Die Miliz feuerte am Dienstag Raketen auf Haifa ab.", "de"),
    ],
)
def test_a_launch_is_not_at_its_target_nor_at_a_capitals_dateline(text: str, lang: str) -> None:
    """A launch happens at its site: a capital in the dateline is where the agency filed
    from (``SEOUL, ...`` for a North Korean launch), a target is where it aimed; with no
    site named the launch has no place."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    launches = [e for e in events if e.kind == "launch"]
    assert launches, [(e.kind, e.place_name) for e in events]
    assert all(e.place_name is None for e in launches), [(e.kind, e.place_name) for e in launches]
