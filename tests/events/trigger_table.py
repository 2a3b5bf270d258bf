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
]
