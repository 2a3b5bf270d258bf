"""A table of event sentences in the wording wire copy uses, one or more per sub-kind and
language: past tense, present perfect, passive, German verb-second and verb-final with a
separable particle, a noun phrase as subject and a nominal (`nach dem Einsturz`), each with
a date and a place. Written for these tests (other regions and wording than the benchmark);
the expected kind, day and place are what a reader names, written before geomap ran."""

from __future__ import annotations

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"

# (sentence, language, kind, sub_kind, day, place)
CASES: list[tuple[str, str, str, str | None, str, str]] = [
    # --- disaster: earthquake
    ("An earthquake of magnitude 6.2 struck eastern Turkey near Malatya on Tuesday.", "en", "disaster", "earthquake", TUE, "Malatya"),
    ("A strong quake has shaken the city of Padang on Monday.", "en", "disaster", "earthquake", MON, "Padang"),
    ("Buildings in Quetta were shaken by a 5.8 magnitude tremor on Sunday.", "en", "disaster", "earthquake", SUN, "Quetta"),
    ("Ein Erdbeben der Stärke 6,1 hat am Dienstag die Stadt Van erschüttert.", "de", "disaster", "earthquake", TUE, "Van"),
    ("Am Montag erschütterte ein Beben die Gegend um Arequipa.", "de", "disaster", "earthquake", MON, "Arequipa"),
    ("Nach dem Erdbeben vom Sonntag in Kathmandu suchen Helfer nach Verschütteten.", "de", "disaster", "earthquake", SUN, "Kathmandu"),
    # --- disaster: flood
    ("Floods swept through Maiduguri on Tuesday.", "en", "disaster", "flood", TUE, "Maiduguri"),
    ("Flash floods have inundated parts of Peshawar on Monday.", "en", "disaster", "flood", MON, "Peshawar"),
    ("Hundreds of homes in Porto Alegre were flooded on Sunday.", "en", "disaster", "flood", SUN, "Porto Alegre"),
    ("Heavy flooding hit Kinshasa on Tuesday.", "en", "disaster", "flood", TUE, "Kinshasa"),
    ("Ein Hochwasser hat am Dienstag die Altstadt von Passau überflutet.", "de", "disaster", "flood", TUE, "Passau"),
    ("Am Montag traten in Valencia mehrere Flüsse über die Ufer.", "de", "disaster", "flood", MON, "Valencia"),
    ("Die Hochwasserkatastrophe in Derna hat am Sonntag Tausende obdachlos gemacht.", "de", "disaster", "flood", SUN, "Derna|Darnah"),
    ("Überschwemmungen haben am Dienstag weite Teile von Lagos verwüstet.", "de", "disaster", "flood", TUE, "Lagos"),
    # --- disaster: storm
    ("Typhoon Koinu made landfall near Kaohsiung on Tuesday.", "en", "disaster", "storm", TUE, "Kaohsiung"),
    ("A tornado tore through the town of Rolling Fork on Sunday.", "en", "disaster", "storm", SUN, "Rolling Fork"),
    ("A cyclone battered Chittagong on Monday.", "en", "disaster", "storm", MON, "Chittagong|Chattogram"),
    ("Ein Taifun ist am Dienstag bei Okinawa auf Land getroffen.", "de", "disaster", "storm", TUE, "Okinawa"),
    ("Ein Wirbelsturm fegte am Montag über Havanna hinweg.", "de", "disaster", "storm", MON, "Havana"),
    ("Ein schweres Unwetter hat am Sonntag in Graz Keller überflutet.", "de", "disaster", "storm", SUN, "Graz"),
    # --- disaster: wildfire
    ("Wildfires burned thousands of hectares near Patras on Tuesday.", "en", "disaster", "wildfire", TUE, "Patras|Pátra"),
    ("A bushfire destroyed 20 homes near Perth on Monday.", "en", "disaster", "wildfire", MON, "Perth"),
    ("Ein Waldbrand hat am Dienstag bei Marseille 300 Hektar zerstört.", "de", "disaster", "wildfire", TUE, "Marseille"),
    ("Am Montag wütete ein Waldbrand nahe Valparaíso.", "de", "disaster", "wildfire", MON, "Valparaíso"),
    # --- disaster: volcanic activity
    ("The Etna volcano erupted on Tuesday, spewing ash over Catania.", "en", "disaster", "volcanic_activity", TUE, None),
    ("An eruption near Grindavik forced evacuations on Monday.", "en", "disaster", "volcanic_activity", MON, "Grindav"),
    ("Am Dienstag ist ein Vulkan nahe Goma ausgebrochen.", "de", "disaster", "volcanic_activity", TUE, "Goma"),
    ("Ein Vulkanausbruch bei Grindavík hat am Montag Hunderte vertrieben.", "de", "disaster", "volcanic_activity", MON, "Grindav"),
    # --- disaster: mass movement
    ("A landslide buried 30 houses in Badulla on Tuesday.", "en", "disaster", "mass_movement", TUE, "Badulla"),
    ("Mudslides hit the outskirts of Medellín on Monday.", "en", "disaster", "mass_movement", MON, "Medell"),
    ("Ein Erdrutsch hat am Dienstag in Shimla ein Hotel verschüttet.", "de", "disaster", "mass_movement", TUE, "Shimla"),
    ("Am Montag ging bei Zermatt eine Lawine ab.", "de", "disaster", "mass_movement", MON, "Zermatt"),
    # --- accidents
    ("A bus plunged into a gorge near Kullu on Tuesday.", "en", "accident", "road", TUE, "Kullu|Kulu"),
    ("Two trains collided near Larissa on Monday.", "en", "accident", "rail", MON, "Larissa|Lárisa"),
    ("A passenger train derailed outside Odisha's Balasore on Sunday.", "en", "accident", "rail", SUN, "Balasore"),
    ("A small plane crashed near Nairobi on Tuesday.", "en", "accident", "air", TUE, "Nairobi"),
    ("A ferry capsized on Lake Kivu near Goma on Monday.", "en", "accident", "maritime", MON, "Goma"),
    ("An explosion at a chemical plant in Tianjin killed 12 people on Tuesday.", "en", "accident", "industrial", TUE, "Tianjin"),
    ("Ein Bus ist am Dienstag bei Salzburg von der Straße abgekommen.", "de", "accident", "road", TUE, "Salzburg"),
    ("Am Montag entgleiste bei Mailand ein Güterzug.", "de", "accident", "rail", MON, "Milan"),
    ("Ein Kleinflugzeug ist am Dienstag bei Innsbruck abgestürzt.", "de", "accident", None, TUE, "Innsbruck"),
    ("Bei einem Flugzeugabsturz nahe Kathmandu sind am Montag 68 Menschen ums Leben gekommen.", "de", "accident", "air", MON, "Kathmandu"),
    ("Eine Fähre ist am Sonntag vor Sansibar gekentert.", "de", "accident", "maritime", SUN, "Zanzibar"),
    ("Am Dienstag stürzte in Lagos ein Wohnhaus ein.", "de", "accident", "industrial", TUE, "Lagos"),
    # --- protests and riots
    ("Thousands marched through Santiago on Tuesday against the pension reform.", "en", "protest", "peaceful_protest", TUE, "Santiago"),
    ("Students have protested in Dhaka on Monday.", "en", "protest", "peaceful_protest", MON, "Dhaka"),
    ("Police fired tear gas at protesters in Nairobi on Tuesday.", "en", "protest", "protest_with_intervention", TUE, "Nairobi"),
    ("Rioters torched cars in Marseille on Sunday.", "en", "riot", "violent_demonstration", SUN, "Marseille"),
    ("Tausende gingen am Dienstag in Belgrad auf die Straße.", "de", "protest", "peaceful_protest", TUE, "Belgrade"),
    ("In Tiflis haben am Montag Zehntausende gegen das Gesetz demonstriert.", "de", "protest", "peaceful_protest", MON, "Tbilisi"),
    ("Bei Ausschreitungen in Lyon wurden am Sonntag zwölf Polizisten verletzt.", "de", "riot", "violent_demonstration", SUN, "Lyon"),
    # --- arrests
    ("Police arrested three suspects in Mombasa on Tuesday.", "en", "strategic_development", "arrest", TUE, "Mombasa"),
    ("Two journalists were detained in Minsk on Monday.", "en", "strategic_development", "arrest", MON, "Minsk"),
    ("Die Polizei nahm am Dienstag in Hamburg zwei Verdächtige fest.", "de", "strategic_development", "arrest", TUE, "Hamburg"),
    ("In Istanbul wurden am Montag 40 Menschen festgenommen.", "de", "strategic_development", "arrest", MON, "Istanbul"),
    # --- agreements
    ("The two governments signed a border agreement in Astana on Tuesday.", "en", "strategic_development", "agreement", TUE, "Astana"),
    ("Am Montag unterzeichneten die Minister in Kigali ein Abkommen.", "de", "strategic_development", "agreement", MON, "Kigali"),
    # --- elections
    ("Voters in Jakarta went to the polls on Sunday.", "en", "election", None, SUN, "Jakarta"),
    ("Am Sonntag wurde in Bukarest ein neuer Bürgermeister gewählt.", "de", "election", None, SUN, "Bucharest"),
    # --- court
    ("A court in Ankara sentenced the journalist to five years in prison on Tuesday.", "en", "court", "sentence", TUE, "Ankara"),
    ("Prosecutors in Lahore charged the former minister on Monday.", "en", "court", "charge", MON, "Lahore"),
    ("Ein Gericht in Wien hat am Dienstag den Angeklagten freigesprochen.", "de", "court", "verdict", TUE, "Vienna"),
    ("Am Montag klagte die Staatsanwaltschaft in München drei Männer an.", "de", "court", "charge", MON, "Munich"),
    # --- meetings
    ("The foreign ministers met in Tashkent on Tuesday.", "en", "meeting", None, TUE, "Tashkent"),
    ("Die Präsidentin besuchte am Montag Nairobi.", "de", "meeting", None, MON, "Nairobi"),
    # --- launches
    ("A rocket carrying a weather satellite lifted off from Sriharikota on Tuesday.", "en", "launch", None, TUE, "Sriharikota|Satish Dhawan"),
    ("Am Montag hob in Kourou eine Ariane-Rakete ab.", "de", "launch", None, MON, "Kourou|Guiana Space"),
    # --- strikes and battles
    ("Russian forces shelled Kharkiv on Tuesday.", "en", "explosion_remote_violence", None, TUE, "Kharkiv"),
    ("Am Montag wurde Odessa mit Drohnen angegriffen.", "de", "explosion_remote_violence", None, MON, "Odesa|Odessa"),
    ("Soldiers clashed with militants near Kidal on Sunday.", "en", "battle", "armed_clash", SUN, "Kidal"),
    ("Gunmen abducted 20 pupils in Kaduna on Tuesday.", "en", "violence_against_civilians", "abduction", TUE, "Kaduna"),
    # --- statements
    ("The president declared a state of emergency in Lima on Tuesday.", "en", "statement", None, TUE, "Lima"),
    ("Der Kanzler hielt am Montag in Davos eine Rede.", "de", "statement", "speech", MON, "Davos"),
    # --- a second pass: other wording of the same sub-kinds
    ("A 6.8 magnitude earthquake hit the Al Haouz province south of Marrakesh on Saturday.", "en", "disaster", "earthquake", "2025-06-07", "Haouz|Marrakesh"),
    ("Am Sonntag bebte in der Region um Izmir die Erde.", "de", "disaster", "earthquake", SUN, "İzmir|Izmir"),
    ("In Kumamoto ist am Montag ein Erdbeben der Stärke 5,9 registriert worden.", "de", "disaster", "earthquake", MON, "Kumamoto"),
    ("The river burst its banks in Kuala Lumpur on Monday.", "en", "disaster", "flood", MON, "Kuala Lumpur"),
    ("Nach tagelangem Regen wurden am Montag Teile von Kapstadt überschwemmt.", "de", "disaster", "flood", MON, "Cape Town|Kapstadt"),
    ("Hurricane Otis slammed into Acapulco on Tuesday.", "en", "disaster", "storm", TUE, "Acapulco"),
    ("Ein Tornado hat am Montag in Oklahoma City Dutzende Häuser zerstört.", "de", "disaster", "storm", MON, "Oklahoma City"),
    ("Ein Zyklon traf am Sonntag die Küste bei Beira.", "de", "disaster", "storm", SUN, "Beira"),
    ("A forest fire broke out near Antalya on Monday.", "en", "disaster", "wildfire", MON, "Antalya"),
    ("Seit Dienstag brennt bei Athen ein Waldbrand.", "de", "disaster", "wildfire", TUE, "Athens|Athen"),
    ("Mount Merapi erupted near Yogyakarta on Sunday.", "en", "disaster", "volcanic_activity", SUN, "Merapi|Yogyakarta"),
    ("A mudslide swept away houses in Petropolis on Tuesday.", "en", "disaster", "mass_movement", TUE, "Petr"),
    ("Eine Lawine hat am Sonntag bei Davos drei Skifahrer verschüttet.", "de", "disaster", "mass_movement", SUN, "Davos"),
    ("Bei einem Erdrutsch in Chongqing kamen am Montag zwölf Menschen ums Leben.", "de", "disaster", "mass_movement", MON, "Chongqing"),
    ("A heatwave gripped Seville on Tuesday, with temperatures reaching 44 degrees.", "en", "disaster", "extreme_temperature", TUE, "Seville|Sevilla"),
    ("A truck collided with a minibus near Mbale on Tuesday.", "en", "accident", "road", TUE, "Mbale"),
    ("Am Montag prallte bei Linz ein Lastwagen gegen einen Reisebus.", "de", "accident", "road", MON, "Linz"),
    ("A freight train has derailed near Ohrid on Monday.", "en", "accident", "rail", MON, "Ohrid"),
    ("Zwei Züge sind am Dienstag bei Bologna zusammengestoßen.", "de", "accident", "rail", TUE, "Bologna"),
    ("A cargo plane crash-landed at Entebbe airport on Sunday.", "en", "accident", "air", SUN, "Entebbe"),
    ("Ein Hubschrauber stürzte am Montag bei Chamonix ab.", "de", "accident", "air", MON, "Chamonix"),
    ("A fishing boat sank off Dakar on Tuesday.", "en", "accident", "maritime", TUE, "Dakar"),
    ("Ein Frachter ist am Montag vor Rotterdam auf Grund gelaufen.", "de", "accident", "maritime", MON, "Rotterdam"),
    ("A gas tank exploded at a factory in Dhaka on Monday.", "en", "accident", "industrial", MON, "Dhaka"),
    ("In einer Chemiefabrik in Ludwigshafen ist am Dienstag ein Tank explodiert.", "de", "accident", "industrial", TUE, "Ludwigshafen"),
    ("A residential building collapsed in Lagos on Sunday.", "en", "accident", "industrial", SUN, "Lagos"),
    ("Tens of thousands rallied in Buenos Aires on Monday.", "en", "protest", "peaceful_protest", MON, "Buenos Aires"),
    ("In Nairobi löste die Polizei am Dienstag eine Kundgebung auf.", "de", "protest", "protest_with_intervention", TUE, "Nairobi"),
    ("In Paris randalierten am Sonntag Hunderte Jugendliche.", "de", "riot", "violent_demonstration", SUN, "Paris"),
    ("Protesters stormed the parliament in Colombo on Tuesday.", "en", "riot", "violent_demonstration", TUE, "Colombo"),
    ("Three opposition leaders have been arrested in Kampala on Monday.", "en", "strategic_development", "arrest", MON, "Kampala"),
    ("Am Dienstag wurde in Kairo ein Journalist verhaftet.", "de", "strategic_development", "arrest", TUE, "Cairo|Kairo"),
    ("Ein Friedensabkommen wurde am Sonntag in Doha unterzeichnet.", "de", "strategic_development", "agreement", SUN, "Doha"),
    ("Rebels seized the town of Goma on Tuesday.", "en", "battle", "non_state_actor_overtakes_territory", TUE, "Goma"),
    ("Am Montag lieferten sich Soldaten und Rebellen bei Kidal heftige Gefechte.", "de", "battle", "armed_clash", MON, "Kidal"),
    ("Gunmen killed 14 villagers near Bunia on Sunday.", "en", "violence_against_civilians", "attack", SUN, "Bunia"),
    ("In Kaduna wurden am Dienstag 20 Schüler entführt.", "de", "violence_against_civilians", "abduction", TUE, "Kaduna"),
    ("Am Montag feuerte das Militär Raketen auf Charkiw ab.", "de", "launch", None, MON, None),
    ("Bei einem Drohnenangriff auf Odessa wurden am Dienstag drei Menschen getötet.", "de", "explosion_remote_violence", None, TUE, "Odesa|Odessa"),
    ("A suicide bomber blew himself up at a market in Peshawar on Monday.", "en", "explosion_remote_violence", None, MON, "Peshawar"),
    ("Chileans voted in a referendum in Santiago on Sunday.", "en", "election", None, SUN, "Santiago"),
    ("Bei der Parlamentswahl in Lissabon gewann am Sonntag die Opposition.", "de", "election", None, SUN, "Lisbon|Lissabon"),
    ("The former president was convicted by a court in Brasília on Tuesday.", "en", "court", "verdict", TUE, "Bras"),
    ("Am Montag begann in Den Haag der Prozess gegen den früheren Milizenführer.", "de", "court", "trial", MON, "Hague|Haag"),
    ("Ein Gericht in Istanbul verurteilte am Dienstag zwei Journalisten zu fünf Jahren Haft.", "de", "court", "sentence", TUE, "Istanbul"),
    ("The prime minister visited flood-hit Sylhet on Monday.", "en", "meeting", None, MON, "Sylhet"),
    ("In Hanoi trafen sich am Dienstag die Außenminister.", "de", "meeting", None, TUE, "Hanoi"),
    ("The minister arrived in Nairobi on Sunday.", "en", "travel", None, SUN, "Nairobi"),
    ("Am Montag ist der Präsident nach Tokio gereist.", "de", "travel", None, MON, "Tokyo|Tokio"),
    ("North Korea fired a ballistic missile from near Pyongyang on Tuesday.", "en", "launch", None, TUE, "Pyongyang"),
    ("The foreign ministry condemned the attack in a statement in Ankara on Monday.", "en", "statement", None, MON, "Ankara"),
    ("Die Regierung rief am Dienstag in Manila den Notstand aus.", "de", "statement", None, TUE, "Manila"),
]
