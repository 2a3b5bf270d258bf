"""Trigger vocabulary, a second round (issue 20): the words wire copy uses for the kinds that
were found least often on articles geomap had never seen, statements first.

A statement is news when it is a speech act that the story reports for itself: an
announcement, a warning, a declaration or a decree, a condemnation, a denial, a call or an
appeal, an ultimatum, a televised address, a spokesman's statement, each in a clause that
dates or places it (``warned on Monday``, ``teilte am Montag in Oslo mit``). A plain verb of
saying (``said``, ``sagte``, ``told``) stays a source's voice, an event only with a place right
after it (docs/events.md, "Kinds"). Then riots, accidents, court actions, strategic
developments and disasters, in the forms a wire story uses: past, perfect, passive, German
Präteritum, Perfekt and separable verbs, noun phrases (``nach dem Absturz``).

Written for these tests before geomap ran on them, other regions and wording than any
benchmark article; the kind, day and place are what a reader names. The second half lists
sentences with the same words that report no event (forecasts, plans, hypotheticals,
negations, opinions) and must stay silent."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"


# (text, language, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str | None, str, str]] = [
    # --- statement: announcements (a spokesman's statement, an announcement, a notice)
    (
        "The interior ministry in Dhaka announced on Tuesday that all schools were closed.",
        "en",
        "statement",
        None,
        TUE,
        "Dhaka",
    ),
    (
        "A government spokesman in Addis Ababa said in a statement on Monday that the border "
        "crossing had reopened.",
        "en",
        "statement",
        None,
        MON,
        "Addis Ababa",
    ),
    (
        "TBILISI, June 10 (Reuters) - The Georgian government announced on Tuesday the "
        "dismissal of the police chief.",
        "en",
        "statement",
        None,
        TUE,
        "Tbilisi",
    ),
    (
        "Bolivia's electoral tribunal in La Paz issued a statement on Sunday rejecting the "
        "complaint.",
        "en",
        "statement",
        None,
        SUN,
        "La Paz",
    ),
    (
        "Das Innenministerium in Riga teilte am Dienstag mit, alle Grenzübergänge seien "
        "geschlossen.",
        "de",
        "statement",
        None,
        TUE,
        "Riga",
    ),
    (
        "Der Präsident kündigte am Montag in Santiago eine Kabinettsumbildung an.",
        "de",
        "statement",
        None,
        MON,
        "Santiago",
    ),
    (
        "Die Regierung in Wien gab am Sonntag die Schließung der Botschaft bekannt.",
        "de",
        "statement",
        None,
        SUN,
        "Vienna|Wien",
    ),
    (
        "Ein Regierungssprecher in Ankara erklärte am Dienstag, die Grenze zu Syrien bleibe offen.",
        "de",
        "statement",
        None,
        TUE,
        "Ankara",
    ),
    # --- statement: warnings, calls and appeals, demands
    (
        "The government in Caracas warned Washington on Tuesday against any military action.",
        "en",
        "statement",
        None,
        TUE,
        "Caracas",
    ),
    (
        "In Dhaka, the prime minister on Monday urged residents to stay indoors.",
        "en",
        "statement",
        None,
        MON,
        "Dhaka",
    ),
    (
        "Speaking in Geneva on Monday, the UN secretary-general called for an immediate ceasefire.",
        "en",
        "statement",
        None,
        MON,
        "Geneva",
    ),
    (
        "Speaking in Kinshasa on Sunday, the archbishop appealed for calm.",
        "en",
        "statement",
        None,
        SUN,
        "Kinshasa",
    ),
    (
        "Opposition leaders in Harare demanded the resignation of the electoral commission "
        "on Tuesday.",
        "en",
        "statement",
        None,
        TUE,
        "Harare",
    ),
    (
        "Der Kanzler warnte am Montag in Berlin vor einem Handelskrieg.",
        "de",
        "statement",
        None,
        MON,
        "Berlin",
    ),
    (
        "Die Außenministerin forderte am Dienstag in Brüssel eine sofortige Waffenruhe.",
        "de",
        "statement",
        None,
        TUE,
        "Brussels|Brüssel",
    ),
    (
        "Der Erzbischof appellierte am Sonntag in Lima an die Konfliktparteien.",
        "de",
        "statement",
        None,
        SUN,
        "Lima",
    ),
    (
        "Der Papst rief am Sonntag in Rom zum Frieden in der Ukraine auf.",
        "de",
        "statement",
        None,
        SUN,
        "Rome|Rom",
    ),
    # --- statement: declarations, decrees, condemnations, denials, ultimatums
    (
        "The military government in Niamey decreed a nationwide curfew on Tuesday.",
        "en",
        "statement",
        None,
        TUE,
        "Niamey",
    ),
    (
        "The junta in Bamako issued a decree on Monday dissolving all political parties.",
        "en",
        "statement",
        None,
        MON,
        "Bamako",
    ),
    (
        "Rebel commanders near Goma issued an ultimatum to the army on Sunday.",
        "en",
        "statement",
        None,
        SUN,
        "Goma",
    ),
    (
        "The army in Khartoum denied on Tuesday that its aircraft had bombed a market.",
        "en",
        "statement",
        None,
        TUE,
        "Khartoum",
    ),
    (
        "The foreign ministry in Hanoi denounced the naval exercise on Monday.",
        "en",
        "statement",
        None,
        MON,
        "Hanoi",
    ),
    (
        "Die Armee dementierte am Sonntag in Bamako Berichte über getötete Zivilisten.",
        "de",
        "statement",
        None,
        SUN,
        "Bamako",
    ),
    (
        "Die Junta in Niamey erließ am Montag ein Dekret über die Auflösung der Parteien.",
        "de",
        "statement",
        None,
        MON,
        "Niamey",
    ),
    (
        "Die Rebellen stellten der Regierung in Kinshasa am Dienstag ein Ultimatum.",
        "de",
        "statement",
        None,
        TUE,
        "Kinshasa",
    ),
    (
        "Das Außenministerium in Peking verurteilte am Montag die neuen Sanktionen.",
        "de",
        "statement",
        None,
        MON,
        "Beijing|Peking",
    ),
    (
        "The opposition in Lusaka on Monday called for nationwide protests.",
        "en",
        "statement",
        None,
        MON,
        "Lusaka",
    ),
    (
        "Der Präsident verkündete am Montag in Caracas seinen Wahlsieg.",
        "de",
        "statement",
        None,
        MON,
        "Caracas",
    ),
    (
        "Thailand's army chief vowed on Monday in Bangkok to restore order.",
        "en",
        "statement",
        None,
        MON,
        "Bangkok",
    ),
    (
        "NAIROBI, June 3 (Reuters) - Kenya's president on Monday ordered an investigation into "
        "the deaths of protesters.",
        "en",
        "statement",
        None,
        "2025-06-09",
        "Nairobi",
    ),
    # --- statement: speeches, televised addresses, press conferences
    (
        "In a televised address from Manila on Monday, the president announced his resignation.",
        "en",
        "statement",
        "speech",
        MON,
        "Manila",
    ),
    (
        "The king addressed the nation from Rabat on Sunday.",
        "en",
        "statement",
        "speech",
        SUN,
        "Rabat",
    ),
    (
        "The president gave a televised address in Bogotá on Tuesday.",
        "en",
        "statement",
        "speech",
        TUE,
        "Bogot",
    ),
    (
        "The minister told a news conference in Nairobi on Monday that the port had reopened.",
        "en",
        "statement",
        "press_conference",
        MON,
        "Nairobi",
    ),
    (
        "In einer Fernsehansprache erklärte die Präsidentin am Sonntag in Lima ihren Rücktritt.",
        "de",
        "statement",
        "speech",
        SUN,
        "Lima",
    ),
    (
        "Der König wandte sich am Montag aus Amman in einer Rede an die Nation.",
        "de",
        "statement",
        "speech",
        MON,
        "Amman",
    ),
    (
        "Der Präsident hielt am Dienstag in Quito eine Fernsehansprache.",
        "de",
        "statement",
        "speech",
        TUE,
        "Quito",
    ),
    (
        "Auf einer Pressekonferenz in Accra sagte der Minister am Montag, der Hafen sei wieder "
        "offen.",
        "de",
        "statement",
        "press_conference",
        MON,
        "Accra",
    ),  # --- riots, accidents and court actions in the forms wire copy uses (round two)
    (
        "Youths went on a rampage through the centre of Lyon on Monday night.",
        "en",
        "riot",
        "violent_demonstration",
        MON,
        "Lyon",
    ),
    (
        "Protests in Belgrade turned violent on Monday.",
        "en",
        "riot",
        "violent_demonstration",
        MON,
        "Belgrade",
    ),
    (
        "Anti-government protests turned violent in Nairobi on Tuesday.",
        "en",
        "riot",
        "violent_demonstration",
        TUE,
        "Nairobi",
    ),
    (
        # looters loot (session 30, h30-days: ACLED looting, as dev's gold)
        "Looters ransacked shops in Johannesburg on Tuesday.",
        "en",
        "strategic_development",
        None,
        TUE,
        "Johannesburg",
    ),
    (
        "Demonstrators threw stones at police in Tbilisi on Monday.",
        "en",
        "riot",
        "violent_demonstration",
        MON,
        "Tbilisi",
    ),
    (
        "Am Montag eskalierte in Belgrad eine Demonstration.",
        "de",
        "riot",
        "violent_demonstration",
        MON,
        "Belgrad|Belgrade",
    ),
    (
        "Die Proteste in Nairobi schlugen am Dienstag in Gewalt um.",
        "de",
        "riot",
        "violent_demonstration",
        TUE,
        "Nairobi",
    ),
    (
        "Eine Kundgebung in Skopje ist am Sonntag eskaliert.",
        "de",
        "riot",
        "violent_demonstration",
        SUN,
        "Skopje",
    ),
    (
        "In Nouméa brachen am Montag Unruhen aus.",
        "de",
        "riot",
        "violent_demonstration",
        MON,
        "Noum",
    ),
    (
        "A train slammed into a bus at a level crossing near Cairo on Sunday.",
        "en",
        "accident",
        "rail",
        SUN,
        "Cairo",
    ),
    (
        "A chemical spill at a plant in Rayong forced evacuations on Tuesday.",
        "en",
        "accident",
        "industrial",
        TUE,
        "Rayong",
    ),
    (
        "A gas leak at a mine in Quetta killed 12 miners on Monday.",
        "en",
        "accident",
        "industrial",
        MON,
        "Quetta",
    ),
    (
        "A minibus careered off a mountain road near Cusco on Sunday.",
        "en",
        "accident",
        "road",
        SUN,
        "Cusco|Cuzco",
    ),
    (
        "Ein Zug erfasste am Sonntag bei Kairo einen Bus.",
        "de",
        "accident",
        "rail",
        SUN,
        "Cairo|Kairo",
    ),
    (
        "Bei einem Frontalzusammenstoß nahe Mombasa starben am Sonntag drei Menschen.",
        "de",
        "accident",
        "road",
        SUN,
        "Mombasa",
    ),
    (
        "Ein Flugzeug kam am Dienstag in Goma von der Landebahn ab.",
        "de",
        "accident",
        "air",
        TUE,
        "Goma",
    ),
    (
        "Bei Brünn hat am Montag ein Regionalzug einen Radfahrer erfasst.",
        "de",
        "accident",
        "rail",
        MON,
        "Brno|Brünn",
    ),
    (
        "A court in Manila issued an arrest warrant for the senator on Tuesday.",
        "en",
        "court",
        "charge",
        TUE,
        "Manila",
    ),
    (
        "The suspect pleaded guilty before a court in Sydney on Monday.",
        "en",
        "court",
        "trial",
        MON,
        "Sydney",
    ),
    (
        "A judge in Nairobi granted the activist bail on Tuesday.",
        "en",
        "court",
        "charge",
        TUE,
        "Nairobi",
    ),
    (
        "The journalist was handed a five-year prison sentence in Minsk on Tuesday.",
        "en",
        "court",
        "sentence",
        TUE,
        "Minsk",
    ),
    (
        "The former mayor stood trial in Bogotá on Monday.",
        "en",
        "court",
        "trial",
        MON,
        "Bogot",
    ),
    (
        "Ein Gericht in Manila erließ am Dienstag Haftbefehl gegen den Senator.",
        "de",
        "court",
        "charge",
        TUE,
        "Manila",
    ),
    (
        "Am Dienstag wurde in Minsk ein Oppositioneller zu sieben Jahren Lagerhaft verurteilt.",
        "de",
        "court",
        "sentence",
        TUE,
        "Minsk",
    ),
    (
        "Ein Militärgericht in Kinshasa verurteilte am Montag drei Soldaten zum Tode.",
        "de",
        "court",
        "sentence",
        MON,
        "Kinshasa",
    ),
    (
        "Der Angeklagte bekannte sich am Montag vor dem Landgericht in Graz schuldig.",
        "de",
        "court",
        "trial",
        MON,
        "Graz",
    ),
    # --- remote violence, strategic developments, bans, boats (round two)
    (
        "The Houthis fired two missiles at a cargo ship in the Red Sea on Tuesday.",
        "en",
        "explosion_remote_violence",
        "shelling_artillery_missile",
        TUE,
        "Red Sea",
    ),
    (
        "Militants launched rockets at an army base near Kidal on Monday.",
        "en",
        "explosion_remote_violence",
        "shelling_artillery_missile",
        MON,
        "Kidal",
    ),
    (
        "Russian forces launched a missile attack on Odesa on Monday.",
        "en",
        "explosion_remote_violence",
        None,
        MON,
        "Odesa|Odessa",
    ),
    (
        "A blast at a checkpoint near Quetta killed four soldiers on Tuesday.",
        "en",
        "explosion_remote_violence",
        "remote_explosive",
        TUE,
        "Quetta",
    ),
    (
        "Die Huthi feuerten am Dienstag zwei Raketen auf ein Frachtschiff im Roten Meer ab.",
        "de",
        "explosion_remote_violence",
        "shelling_artillery_missile",
        TUE,
        "Red Sea|Rotes Meer",
    ),
    (
        "Eine Explosion an einem Kontrollpunkt bei Peschawar tötete am Montag drei Polizisten.",
        "de",
        "explosion_remote_violence",
        "remote_explosive",
        MON,
        "Peshawar|Peschawar",
    ),
    (
        "The fighters also burned a health centre in Djibo on Monday.",
        "en",
        "strategic_development",
        "looting",
        MON,
        "Djibo",
    ),
    (
        "The government banned all protests in Dhaka on Sunday.",
        "en",
        "statement",
        None,
        SUN,
        "Dhaka",
    ),
    (
        "The military government suspended the opposition party in Bamako on Tuesday.",
        "en",
        "strategic_development",
        "other",
        TUE,
        "Bamako",
    ),
    (
        "The authorities shut down the internet in Addis Ababa on Tuesday.",
        "en",
        "strategic_development",
        "other",
        TUE,
        "Addis Ababa",
    ),
    (
        "Die Regierung verbot am Sonntag in Dhaka alle Proteste.",
        "de",
        "statement",
        None,
        SUN,
        "Dhaka",
    ),
    (
        "Die Behörden schalteten am Dienstag in Addis Abeba das Internet ab.",
        "de",
        "strategic_development",
        "other",
        TUE,
        "Addis",
    ),
    (
        "Die Junta in Bamako verbot am Dienstag die größte Oppositionspartei.",
        "de",
        "strategic_development",
        "other",
        TUE,
        "Bamako",
    ),
    (
        "A barge sank on the Congo river near Mbandaka on Sunday.",
        "en",
        "accident",
        "maritime",
        SUN,
        "Mbandaka",
    ),
    (
        "A pirogue carrying 80 people capsized off Nouakchott on Monday.",
        "en",
        "accident",
        "maritime",
        MON,
        "Nouakchott",
    ),
    (
        "Ein Lastkahn sank am Sonntag auf dem Kongo bei Mbandaka.",
        "de",
        "accident",
        "maritime",
        SUN,
        "Mbandaka",
    ),
    # --- disasters in the passive and as nouns (round two)
    (
        "A cold wave gripped Ulaanbaatar on Monday.",
        "en",
        "disaster",
        "extreme_temperature",
        MON,
        "Ulaanbaatar|Ulan Bator",
    ),
    (
        "Der Vulkan Semeru stieß am Sonntag Aschewolken aus.",
        "de",
        "disaster",
        "volcanic_activity",
        SUN,
        "Semeru",
    ),
    (
        "Ein Beben der Stärke 5,2 wurde am Dienstag nahe Izmir registriert.",
        "de",
        "disaster",
        "earthquake",
        TUE,
        "Izmir",
    ),
    (
        "Several villages near Kathmandu were cut off by landslides on Sunday.",
        "en",
        "disaster",
        "mass_movement",
        SUN,
        "Kathmandu",
    ),
    # --- protests and clashes (round two)
    (
        "Riot police clashed with stone-throwing youths in Nouméa on Monday.",
        "en",
        "riot",
        "violent_demonstration",
        MON,
        "Noum",
    ),
    (
        "Anhänger der Opposition versammelten sich am Sonntag in Harare.",
        "de",
        "protest",
        "peaceful_protest",
        SUN,
        "Harare",
    ),
    (
        "Die Polizei ging am Sonntag in Tiflis mit Wasserwerfern gegen Demonstranten vor.",
        "de",
        "protest",
        "protest_with_intervention",
        SUN,
        "Tbilisi|Tiflis",
    ),
    (
        "Opposition supporters gathered in Lusaka on Sunday.",
        "en",
        "protest",
        "peaceful_protest",
        SUN,
        "Lusaka",
    ),
    # --- court and territory in the German perfect (round two)
    (
        "Das Oberste Gericht in Islamabad hat am Montag die Verurteilung aufgehoben.",
        "de",
        "court",
        "verdict",
        MON,
        "Islamabad",
    ),
    (
        "Die Armee hat am Sonntag die Kontrolle über die Stadt Kidal übernommen.",
        "de",
        "battle",
        "non_state_actor_overtakes_territory",
        SUN,
        "Kidal",
    ),
    (
        "Der Oppositionelle wurde am Dienstag in Minsk zu einer Geldstrafe verurteilt.",
        "de",
        "court",
        "sentence",
        TUE,
        "Minsk",
    ),
    (
        "An appeals court in Islamabad on Monday overturned the conviction.",
        "en",
        "court",
        "verdict",
        MON,
        "Islamabad",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), CASES)
def test_the_sentence_reports_its_kind(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)


# Sentences with the same words that report no event: a forecast or a plan announced, a
# statement only expected or planned, a hypothetical, a negation, an opinion, a habit.
NON_EVENTS: list[tuple[str, str]] = [
    ("The government could announce new restrictions in Dhaka next week.", "en"),
    ("The court in Ankara is expected to rule on the appeal next month.", "en"),
    ("Meteorologists warned that more storms could hit Manila in the coming days.", "en"),
    ("Officials denied that any shots had been fired.", "en"),
    ("Aid groups have long called for more funding.", "en"),
    ("The president may issue a decree on the curfew later this week.", "en"),
    ("Analysts expect the junta to issue an ultimatum to the rebels.", "en"),
    ("Union leaders warn every year that the mines in Potosí are unsafe.", "en"),
    ("The prime minister did not address the nation on Monday.", "en"),
    ("Die Regierung plant eine Erklärung zu den Protesten.", "de"),
    ("Der Präsident will am Freitag in Lima eine Fernsehansprache halten.", "de"),
    ("Experten warnen seit Jahren vor einem Einsturz der Brücke in Genua.", "de"),
    ("Die Opposition kündigte an, in der kommenden Woche erneut zu demonstrieren.", "de"),
    ("Anwohner fordern seit Langem eine Umgehungsstraße.", "de"),
    ("Die Regierung könnte am Montag in Quito den Notstand ausrufen.", "de"),
    ("Das Ministerium teilte mit, die Lieferungen würden im Herbst wieder aufgenommen.", "de"),
    ("Der Sprecher dementierte nicht, dass es Gespräche gegeben habe.", "de"),
    ("The opposition called for protests in Lusaka on Friday.", "en"),
    ("Die Opposition hat in Lusaka zu Protesten am Freitag aufgerufen.", "de"),
    ("The weather service warned of flash floods around Kandy on Monday.", "en"),
    ("Der Wetterdienst warnte vor Sturmböen an der Küste bei Kiel.", "de"),
    ("If the talks fail, the union could announce a strike in Lagos, its leader warned.", "en"),
    ("Officials in Tegucigalpa denied that any soldiers had fired on the crowd.", "en"),
    ("The ministry is expected to announce the results in Accra on Friday.", "en"),
    ("Die Regierung in Lima kündigte an, die Steuern im kommenden Jahr zu senken.", "de"),
    # a span still to come, an expectation
    ("Vulkanologen rechnen mit weiteren Ausbrüchen des Vulkans Sinabung.", "de"),
    ("In den kommenden Tagen werden in Izmir weitere Nachbeben erwartet.", "de"),
    ("Forecasters said heavy rain could flood parts of Dhaka in the coming days.", "en"),
    ("More landslides are possible around Baguio over the next few days.", "en"),
    # the new words of riots, accidents and courts, still to come or not at all
    ("Police fear the protests in Dakar could turn violent.", "en"),
    ("Die Regierung befürchtet, dass die Proteste in Lima eskalieren könnten.", "de"),
    ("A court in Manila may issue an arrest warrant for the senator.", "en"),
    ("Ein Haftbefehl gegen den Senator gilt in Manila als wahrscheinlich.", "de"),
    ("Ein neues Beben gilt in Izmir als möglich.", "de"),
    ("The suspect is expected to plead guilty in Sydney next week.", "en"),
    ("The journalist could be handed a long prison sentence in Minsk.", "en"),
    ("Der Botschafter verurteilte in einer Videobotschaft die Gewalt in Kiew nicht.", "de"),
    ("Experts warn that a chemical spill at the port of Rayong would be hard to contain.", "en"),
    ("Militants could fire rockets at the army base near Kidal, officials fear.", "en"),
    ("The junta is expected to ban the opposition party in Bamako.", "en"),
    # a source's words, a position held for long, a plan announced long ago
    ("Human rights groups have long demanded an inquiry in Colombo.", "en"),
    ("Der Bürgermeister von Split erklärte, die Stadt sei vorbereitet.", "de"),
    ("The mayor of Split announced that the city was prepared.", "en"),
    ("The ministry announced last year a plan to build a dam near Kariba.", "en"),
    ("Environmental groups have repeatedly warned about the dam near Kariba.", "en"),
    ("Der Sprecher der Polizei in Lyon erklärte, es habe keine Festnahmen gegeben.", "de"),
    ("Die Polizei hält in Tiflis Wasserwerfer bereit, falls es zu Protesten kommt.", "de"),
    ("Opposition supporters plan to gather in Lusaka next week.", "en"),
    ("Das Gericht in Islamabad könnte die Verurteilung aufheben.", "de"),
    ("Die Armee will die Kontrolle über Kidal übernehmen.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NON_EVENTS)
def test_the_sentence_reports_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.sub_kind, e.place_name) for e in events] == []


# An infinitive clause after a comma (``erwägt, ... alle Proteste zu verbieten``) takes the
# mood of the verb before it: a clause that closes with an infinitive with "zu" names no
# event of its own (session 24, h24-evde: _infinitive_clause; a strict xfail before).
PLANNED_INFINITIVE: list[tuple[str, str]] = [
    ("Die Regierung erwägt, in Dhaka alle Proteste zu verbieten.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), PLANNED_INFINITIVE)
def test_a_planned_infinitive_reports_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.sub_kind, e.place_name) for e in events] == []
