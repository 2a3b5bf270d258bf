"""Where an event happened, by the place shapes of wire copy, with regions and wording the
other place tables do not hold (the Caucasus, Central Asia, the Balkans, Scandinavia, the
Andes, West Africa, the Pacific): a feature word or an adjective before the name in every
form (``the Caspian port of X``, ``in der georgischen Hafenstadt X``, ``im westnorwegischen
X``, ``the Bolivian mining city of X``), ``the X-based`` and ``ein in X ansässiger`` (where
someone is based, not where the event is), ``near the town of X``, ``in the northern
province of X``, ``im Süden des Landes`` after a country, back-references (``in the town``,
``in der Stadt``, ``the crash site``, ``die Unglücksstelle``, ``dort``, ``there``), a capital
phrase and the dateline city.

Written for these tests before geomap ran on them: the place is what a reader names."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported, plain

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"


# (text, language, kind, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str, str]] = [
    # --- a feature word, an adjective or both before the name
    ("A tanker exploded in the Caspian port of Aktau on Monday.", "en", "accident", MON, "Aktau"),
    (
        "In der georgischen Hafenstadt Poti brach am Dienstag ein Feuer aus.",
        "de",
        "accident",
        TUE,
        "Poti",
    ),
    ("Hundreds protested in the Bosnian town of Tuzla on Sunday.", "en", "protest", SUN, "Tuzla"),
    (
        "Im nordnorwegischen Tromsø demonstrierten am Montag Hunderte gegen den Bergbau.",
        "de",
        "protest",
        MON,
        "Tromso",
    ),
    (
        "In the southern Peruvian city of Puno, farmers blocked roads on Tuesday.",
        "en",
        "protest",
        TUE,
        "Puno",
    ),
    (
        "Ein Erdbeben der Stärke 5,9 erschütterte am Sonntag die nordalbanische Stadt Shkodra.",
        "de",
        "disaster",
        SUN,
        "Shkodra|Shkoder",
    ),
    (
        "Miners marched through the Bolivian mining city of Potosí on Tuesday.",
        "en",
        "protest",
        TUE,
        "Potosi",
    ),
    (
        "Im westnorwegischen Ålesund ist am Dienstag ein Frachter auf Grund gelaufen.",
        "de",
        "accident",
        TUE,
        "Alesund",
    ),
    (
        "A pirogue carrying 150 migrants capsized off the Senegalese fishing town of Mbour on "
        "Monday.",
        "en",
        "accident",
        MON,
        "Mbour",
    ),
    ("Floods cut off the garrison town of Kidal on Tuesday.", "en", "disaster", TUE, "Kidal"),
    (
        "A landslide buried 12 houses in the mining town of Porgera on Monday.",
        "en",
        "disaster",
        MON,
        "Porgera",
    ),
    (
        "In der Bergbaustadt Kiruna ist am Montag ein Förderband in Brand geraten.",
        "de",
        "accident",
        MON,
        "Kiruna",
    ),
    (
        "Im Küstenort Mbour sind am Dienstag zwei Fischerboote gekentert.",
        "de",
        "accident",
        TUE,
        "Mbour",
    ),
    (
        "In der Kleinstadt Gori kam es am Sonntag zu Protesten gegen die Regierung.",
        "de",
        "protest",
        SUN,
        "Gori",
    ),
    (
        "Police detained 30 protesters in the resort town of Budva on Sunday.",
        "en",
        "strategic_development",
        SUN,
        "Budva",
    ),
    (
        "A fire destroyed 40 homes in the Bosnian border town of Bihac on Monday.",
        "en",
        "accident",
        MON,
        "Bihac",
    ),
    (
        "Riot police fired tear gas at demonstrators in the northern Kazakh city of Petropavl "
        "on Monday.",
        "en",
        "protest",
        MON,
        "Petropavl",
    ),
    (
        "In der kirgisischen Stadt Osch haben am Montag Hunderte gegen Korruption demonstriert.",
        "de",
        "protest",
        MON,
        "Osch|Osh",
    ),
    (
        "A cargo ship sank off the Norwegian island of Senja on Monday.",
        "en",
        "accident",
        MON,
        "Senja",
    ),
    (
        "North Korea fired two short-range ballistic missiles from the Sunan area on Monday, "
        "South Korea's military said.",
        "en",
        "launch",
        MON,
        "Sunan",
    ),
    # hazards at an island, a province, a department, a volcano, a resort
    (
        "Cyclone Lola made landfall on the island of Espiritu Santo on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Espiritu Santo",
    ),
    ("Der Zyklon traf am Dienstag auf die Insel Tongatapu.", "de", "disaster", TUE, "Tongatapu"),
    (
        "Wildfires raged across the Swedish province of Jämtland on Sunday.",
        "en",
        "disaster",
        SUN,
        "Jamtland|Jaemtland",
    ),
    (
        "In der schwedischen Provinz Jämtland wüteten am Sonntag Waldbrände.",
        "de",
        "disaster",
        SUN,
        "Jamtland|Jaemtland",
    ),
    (
        "Schwere Regenfälle lösten am Montag im kolumbianischen Departamento Antioquia "
        "Erdrutsche aus.",
        "de",
        "disaster",
        MON,
        "Antioquia",
    ),
    (
        "Auf der Halbinsel Kamtschatka ist am Sonntag der Vulkan Schiwelutsch ausgebrochen.",
        "de",
        "disaster",
        SUN,
        "Shiveluch|Schiwelutsch",
    ),
    (
        "In der turkmenischen Hauptstadt stiegen die Temperaturen am Montag auf 47 Grad.",
        "de",
        "disaster",
        MON,
        "Ashgabat",
    ),
    (
        "Im georgischen Skigebiet Gudauri hat am Sonntag eine Lawine eine Gruppe Wanderer erfasst.",
        "de",
        "disaster",
        SUN,
        "Gudauri",
    ),
    (
        "Hochwasser überflutete am Dienstag weite Teile der kirgisischen Region Osch.",
        "de",
        "disaster",
        TUE,
        "Osh|Osch",
    ),
    # a name with its description in apposition, a district, the outskirts, a direction
    (
        "Hundreds protested in Osh, Kyrgyzstan's second-largest city, on Monday.",
        "en",
        "protest",
        MON,
        "Osh",
    ),
    (
        "In Osch, der zweitgrößten Stadt Kirgistans, demonstrierten am Montag Hunderte.",
        "de",
        "protest",
        MON,
        "Osh|Osch",
    ),
    (
        "In Kirgistans zweitgrößter Stadt Osch demonstrierten am Montag Hunderte.",
        "de",
        "protest",
        MON,
        "Osh|Osch",
    ),
    ("A bus crashed in Osh, in southern Kyrgyzstan, on Monday.", "en", "accident", MON, "Osh"),
    (
        "An explosion hit a fireworks warehouse in the town of Rustavi, southeast of Tbilisi, "
        "on Monday.",
        "en",
        "accident",
        MON,
        "Rustavi",
    ),
    (
        "In der Stadt Rustawi südöstlich von Tiflis explodierte am Montag ein Feuerwerkslager.",
        "de",
        "accident",
        MON,
        "Rustavi|Rustawi",
    ),
    (
        "A fire broke out in a market on the outskirts of Bishkek on Monday.",
        "en",
        "accident",
        MON,
        "Bishkek",
    ),
    (
        "Im Stadtteil Vake in Tiflis demonstrierten am Montag Hunderte.",
        "de",
        "protest",
        MON,
        "Tbilisi|Tiflis",
    ),
    # --- where someone is based is not where it happened
    (
        "A Bamako-based aid worker was kidnapped near Gao on Monday.",
        "en",
        "violence_against_civilians",
        MON,
        "Gao",
    ),
    (
        "Ein in Tiflis ansässiger Journalist wurde am Dienstag in Batumi festgenommen.",
        "de",
        "strategic_development",
        TUE,
        "Batumi",
    ),
    (
        "Police arrested a Dakar-based businessman in Ziguinchor on Sunday.",
        "en",
        "strategic_development",
        SUN,
        "Ziguinchor",
    ),
    (
        "A journalist based in Tbilisi was arrested in Batumi on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Batumi",
    ),
    (
        "Der Chef einer Firma mit Sitz in Hamburg wurde am Dienstag in Rostock festgenommen.",
        "de",
        "strategic_development",
        TUE,
        "Rostock",
    ),
    # --- near the town of X, in the northern province of X, im Süden des Landes
    (
        "An avalanche buried three skiers near the town of Narvik on Sunday.",
        "en",
        "disaster",
        SUN,
        "Narvik",
    ),
    (
        "Eine Schlammlawine verschüttete am Sonntag nahe der Stadt Kulob zwei Häuser.",
        "de",
        "disaster",
        SUN,
        "Kulob|Kulyab|Kuljab",
    ),
    (
        "Flash floods killed eight people in the northern province of Baghlan on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Baghlan",
    ),
    (
        "In der westlichen Provinz Herat hat am Montag ein Erdbeben mehrere Dörfer zerstört.",
        "de",
        "disaster",
        MON,
        "Herat",
    ),
    (
        "LA PAZ, 10. Juni (dpa) - In Bolivien sind bei Überschwemmungen im Süden des Landes am "
        "Dienstag zwölf Menschen ums Leben gekommen.",
        "de",
        "disaster",
        TUE,
        "Bolivien|Bolivia",
    ),
    # --- back-references
    (
        "Protesters gathered in the Georgian town of Zugdidi on Monday. Police arrested 14 "
        "people in the town on Monday evening.",
        "en",
        "strategic_development",
        MON,
        "Zugdidi",
    ),
    (
        "Am Sonntag erreichte das Hochwasser die bosnische Stadt Maglaj. Am Montag "
        "demonstrierten in der Stadt Hunderte gegen die Behörden.",
        "de",
        "protest",
        MON,
        "Maglaj",
    ),
    (
        "Ein Bus ist am Sonntag bei Kotor in eine Schlucht gestürzt. Am Montag besuchte der "
        "Regierungschef die Unglücksstelle.",
        "de",
        "meeting",
        MON,
        "Kotor",
    ),
    (
        "A cargo plane crashed near Osh on Sunday. The prime minister visited the crash site on "
        "Monday.",
        "en",
        "meeting",
        MON,
        "Osh",
    ),
    (
        "In Trondheim ist am Sonntag ein Lagerhaus abgebrannt. Am Montag demonstrierten dort "
        "Anwohner gegen die Feuerwehr.",
        "de",
        "protest",
        MON,
        "Trondheim",
    ),
    (
        "An earthquake struck the Chilean city of Antofagasta on Sunday. The president flew "
        "there on Monday.",
        "en",
        "travel",
        MON,
        "Antofagasta",
    ),
    (
        "Bei Sarajevo ist am Sonntag ein Kleinflugzeug abgestürzt. Am Montag trafen "
        "Bergungskräfte am Absturzort ein.",
        "de",
        "travel",
        MON,
        "Sarajevo",
    ),
    (
        "A ferry capsized near Honiara on Sunday. The prime minister flew to the scene on Monday.",
        "en",
        "travel",
        MON,
        "Honiara",
    ),
    (
        "A bus overturned near Tamale on Sunday. On Monday, angry residents blocked the road at "
        "the accident site.",
        "en",
        "protest",
        MON,
        "Tamale",
    ),
    (
        "Am Sonntag ist bei Kutaissi ein Zug entgleist. Am Montag besuchte der "
        "Verkehrsminister die Unfallstelle.",
        "de",
        "meeting",
        MON,
        "Kutaissi|Kutaisi",
    ),
    (
        "Ein Erdrutsch traf am Sonntag die Bergbaustadt Porgera. Am Montag wurden Soldaten in "
        "das Gebiet entsandt.",
        "de",
        "strategic_development",
        MON,
        "Porgera",
    ),
    (
        "Fighting broke out in the town of Lachin on Monday. On Tuesday, troops were deployed "
        "to the town.",
        "en",
        "strategic_development",
        TUE,
        "Lachin|Laçın",
    ),
    (
        "In Kumasi gingen am Montag Tausende auf die Straße. Am Dienstag nahm die Polizei in "
        "der Stadt 40 Menschen fest.",
        "de",
        "strategic_development",
        TUE,
        "Kumasi",
    ),
    # "im Westen des Landes", "in the east of the country": the country named before, not
    # the dateline city
    (
        "TIFLIS, 10. Juni (dpa) - In Georgien regnet es seit Tagen. Im Westen des Landes sind "
        "am Dienstag bei einem Erdrutsch vier Menschen ums Leben gekommen.",
        "de",
        "disaster",
        TUE,
        "Georgien|Georgia",
    ),
    (
        "DUSHANBE, June 10 (Reuters) - Heavy rain has fallen across Tajikistan since the "
        "weekend. Mudslides killed six people in the east of the country on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Tajikistan",
    ),
    # a back-reference is not the clause's own actor
    (
        "Honiara (AFP) - Auf den Salomonen kam es am Montag zu Unruhen. Australien schickte am "
        "Dienstag 100 Polizisten in den Inselstaat.",
        "de",
        "strategic_development",
        TUE,
        "Salomonen|Solomon Islands",
    ),
    # a bare "the capital" is the capital of the country of the story, not its last city
    (
        "ASTANA, June 10 (AP) — Kazakhstan's president condemned Monday's attack on a police "
        "station in Almaty. Speaking at a news conference in the capital on Tuesday, he said "
        "the attackers had been trained abroad.",
        "en",
        "statement",
        TUE,
        "Astana",
    ),
    (
        "Ein Erdbeben erschütterte am Sonntag die albanische Hafenstadt Durrës. In der "
        "Hauptstadt demonstrierten am Montag Hunderte gegen die Regierung.",
        "de",
        "protest",
        MON,
        "Tirana",
    ),
    # where people come from is not where it happened
    (
        "OSLO, 10. Juni (NTB) - Ein Brand in einem Asylbewerberheim hat am Dienstag zwei "
        "Menschen aus Eritrea das Leben gekostet.",
        "de",
        "accident",
        TUE,
        "Oslo",
    ),
    (
        "A boat carrying 80 migrants from Gambia capsized off Nouakchott on Monday.",
        "en",
        "accident",
        MON,
        "Nouakchott",
    ),
    # --- the dateline city, a capital phrase
    (
        "NIAMEY, June 10 (Reuters) - Hundreds of people marched through the streets on "
        "Tuesday to demand higher wages.",
        "en",
        "protest",
        TUE,
        "Niamey",
    ),
    (
        "ALMATY, 10. Juni (Reuters) - Bei einem Brand in einem Einkaufszentrum sind am Montag "
        "elf Menschen ums Leben gekommen.",
        "de",
        "accident",
        MON,
        "Almaty",
    ),
    (
        "TBILISI, Georgia (AP) — Police detained dozens of protesters outside parliament on "
        "Monday.",
        "en",
        "strategic_development",
        MON,
        "Tbilisi",
    ),
    (
        "Dakar (AFP) - Bei Protesten gegen die Regierung sind am Montag drei Menschen getötet "
        "worden.",
        "de",
        "protest",
        MON,
        "Dakar",
    ),
    (
        "BISHKEK, June 10 - Riot police dispersed a rally outside the presidential palace on "
        "Tuesday.",
        "en",
        "protest",
        TUE,
        "Bishkek",
    ),
    (
        "LA PAZ, June 10 (Reuters) - Protesters blocked the main highway to the city on Tuesday.",
        "en",
        "protest",
        TUE,
        "La Paz",
    ),
    # a capital phrase as the object of a hazard, with the country after "of" / "von"
    (
        "A cyclone hit the capital of Vanuatu on Tuesday.",
        "en",
        "disaster",
        TUE,
        "Port-Vila|Port Vila",
    ),
    ("A strong quake shook the Peruvian capital on Monday.", "en", "disaster", MON, "Lima"),
    ("Thousands rallied in the Kyrgyz capital on Monday.", "en", "protest", MON, "Bishkek"),
    (
        "In der montenegrinischen Hauptstadt kam es am Sonntag zu Ausschreitungen.",
        "de",
        "riot",
        SUN,
        "Podgorica",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), CASES)
def test_the_event_is_where_a_reader_puts_it(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


@pytest.mark.parametrize(
    ("text", "lang", "site"),
    [
        (
            "TOKYO, June 10 (Kyodo) - Japan's space agency launched an H-IIA rocket carrying a "
            "weather satellite on Tuesday.\n\nThe rocket lifted off from the Tanegashima Space "
            "Center in southern Japan.",
            "en",
            "Tanegashima",
        ),
        (
            "Moskau (dpa) - Russland hat am Dienstag eine Sojus-Rakete mit drei Kosmonauten zur "
            "Raumstation geschickt.\n\nDie Rakete startete vom Weltraumbahnhof Baikonur in "
            "Kasachstan.",
            "de",
            "Baikonur",
        ),
    ],
)
def test_the_next_paragraph_names_the_launch_site(text: str, lang: str, site: str) -> None:
    """Wire copy gives each sentence a paragraph: the sentence after a launch that names
    where it lifted off adds the site to that launch, on its day, and reports no second
    launch."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    launches = [(e.date, e.place_name) for e in events if e.kind == "launch"]
    assert len(launches) == 1, launches
    day, place = launches[0]
    assert day == TUE and place is not None and site.casefold() in plain(place), launches


def test_dort_with_no_event_before_is_the_place_named_last() -> None:
    """``dort`` after a sentence that names a site but reports no event: the site."""
    events = geomap.analyze(
        "Nordkorea hat das Satellitenstartgelände Sohae in den vergangenen Jahren ausgebaut."
        "\n\nAm Montag startete von dort eine Trägerrakete mit einem Aufklärungssatelliten.",
        lang="de",
        date=DAY,
    ).events
    assert [(e.kind, e.date, "sohae" in plain(e.place_name or "")) for e in events] == [
        ("launch", MON, True)
    ]
