"""Trigger vocabulary, a fourth round (issue 20): the classes of wording found weakest on
articles geomap had never seen, written here in other regions and words.

A hazard noun of its own sub-kind beats a storm's verb (``A cold wave swept ...``);
explosions that rocked a city with no weapon named; English present-tense headlines and
leads (``Quake hits X``, ``Thousands protest in X``); an attack whose casualties are denied
(``No one was killed in the attack on X``: the attack happened); riots (``clashes erupted``,
``Ausschreitungen``, ``Randale``, looting in unrest); court (``was sentenced``, ``sprach ...
schuldig``, ``acquitted``, ``Anklage erhoben``, ``the court ruled``); violence against
civilians (``gunmen killed N villagers``, ``abducted``, ``verschleppt``, ``massacre``).

Written for these tests before geomap ran on them; the kind, day and place are what a reader
names. The second half lists sentences with the same words that report no event and must
stay silent."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported

DAY = "2025-06-11"  # a Wednesday
TUE, MON = "2025-06-10", "2025-06-09"


# (text, language, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[object] = [
    # a hazard noun beats a storm's verb
    (
        "A cold wave swept northern India on Tuesday, killing 20 people.",
        "en",
        "disaster",
        "extreme_temperature",
        TUE,
        "India",
    ),
    (
        "A heatwave swept southern Pakistan on Monday, killing 12 people.",
        "en",
        "disaster",
        "extreme_temperature",
        MON,
        "Pakistan",
    ),
    (
        "A wildfire swept through hills near Valparaíso on Tuesday.",
        "en",
        "disaster",
        "wildfire",
        TUE,
        "Valparaiso",
    ),
    (
        "Floods swept through villages near Kisumu on Tuesday.",
        "en",
        "disaster",
        "flood",
        TUE,
        "Kisumu",
    ),
    (
        "Eine Kältewelle erfasste am Dienstag den Norden Indiens.",
        "de",
        "disaster",
        "extreme_temperature",
        TUE,
        "Indien|India",
    ),
    (
        "Eine Hitzewelle hat am Montag den Süden Pakistans erfasst.",
        "de",
        "disaster",
        "extreme_temperature",
        MON,
        "Pakistan",
    ),
    (
        "Ein Waldbrand fegte am Dienstag über die Hügel bei Valparaíso.",
        "de",
        "disaster",
        "wildfire",
        TUE,
        "Valparaiso",
    ),
    (
        "Eine Flutwelle riss am Dienstag bei Kisumu mehrere Häuser mit.",
        "de",
        "disaster",
        "flood",
        TUE,
        "Kisumu",
    ),
    # explosions that rocked a city, no weapon named
    (
        "Explosions rocked Khartoum on Tuesday.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Khartoum",
    ),
    (
        "Several explosions rocked the centre of Mogadishu on Monday.",
        "en",
        "explosion_remote_violence",
        None,
        MON,
        "Mogadishu",
    ),
    (
        "Loud blasts rocked Port Sudan early on Tuesday, residents said.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Port Sudan",
    ),
    (
        "Explosions shook Kharkiv on Tuesday night.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Kharkiv",
    ),
    (
        "Explosionen erschütterten am Dienstag Khartum.",
        "de",
        "explosion_remote_violence",
        None,
        TUE,
        "Khartum|Khartoum",
    ),
    (
        "Mehrere Explosionen erschütterten am Montag das Zentrum von Mogadischu.",
        "de",
        "explosion_remote_violence",
        None,
        MON,
        "Mogadischu|Mogadishu",
    ),
    (
        "Am Dienstag erschütterten laute Detonationen Port Sudan.",
        "de",
        "explosion_remote_violence",
        None,
        TUE,
        "Port Sudan",
    ),
    (
        "In der Nacht zum Dienstag erschütterten Explosionen Charkiw.",
        "de",
        "explosion_remote_violence",
        None,
        TUE,
        "Charkiw|Kharkiv",
    ),
    # English present-tense headlines and leads: the day's news
    ("Quake hits eastern Turkey, killing three", "en", "disaster", "earthquake", DAY, "Turkey"),
    (
        "Thousands protest in Belgrade against the government",
        "en",
        "protest",
        "peaceful_protest",
        DAY,
        "Belgrade",
    ),
    ("Floods kill 12 in Kenya's Rift Valley", "en", "disaster", "flood", DAY, "Kenya|Rift"),
    (
        "Police arrest opposition leader in Dhaka",
        "en",
        "strategic_development",
        "arrest",
        DAY,
        "Dhaka",
    ),
    (
        "Gunmen kill 15 villagers in central Mali",
        "en",
        "violence_against_civilians",
        "attack",
        DAY,
        "Mali",
    ),
    ("Teachers strike in Nairobi over pay", "en", "protest", "peaceful_protest", DAY, "Nairobi"),
    # the attack happened, only its casualties are denied
    (
        "No one was killed in the attack on a police post near Gao on Tuesday.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Gao",
    ),
    (
        "Nobody was hurt in Tuesday's shelling of Nikopol, officials said.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Nikopol",
    ),
    (
        "No casualties were reported after a drone strike on Sumy on Monday.",
        "en",
        "explosion_remote_violence",
        None,
        MON,
        "Sumy",
    ),
    (
        "No one was injured when the ferry ran aground off Lombok on Tuesday.",
        "en",
        "accident",
        "maritime",
        TUE,
        "Lombok",
    ),
    (
        # a ground attack on a police post is fought (session 30, h30-days: battle)
        "Bei dem Angriff auf einen Polizeiposten bei Gao wurde am Dienstag niemand getötet.",
        "de",
        "battle",
        None,
        TUE,
        "Gao",
    ),
    (
        "Beim Beschuss von Nikopol am Dienstag wurde niemand verletzt.",
        "de",
        "explosion_remote_violence",
        None,
        TUE,
        "Nikopol",
    ),
    (
        "Verletzt wurde bei dem Drohnenangriff auf Sumy am Montag niemand.",
        "de",
        "explosion_remote_violence",
        None,
        MON,
        "Sumy",
    ),
    (
        "Bei dem Busunglück bei Cusco am Dienstag kam niemand ums Leben.",
        "de",
        "accident",
        "road",
        TUE,
        "Cusco",
    ),
    # riots
    (
        "Clashes erupted between protesters and police in Nairobi on Tuesday.",
        "en",
        "riot",
        None,
        TUE,
        "Nairobi",
    ),
    (
        "Rioting broke out in the prison town of Mangaung on Monday.",
        "en",
        "riot",
        None,
        MON,
        "Mangaung|Bloemfontein",
    ),
    (
        "Protesters looted shops in Port Moresby on Tuesday.",
        "en",
        "riot",
        None,
        TUE,
        "Port Moresby",
    ),
    (
        "Youths went on a rampage in the suburbs of Nouméa on Tuesday.",
        "en",
        "riot",
        None,
        TUE,
        "Noumea",
    ),
    ("Am Dienstag kam es in Nairobi zu Ausschreitungen.", "de", "riot", None, TUE, "Nairobi"),
    pytest.param(
        "Randalierer zogen am Montag durch die Innenstadt von Leipzig.",
        "de",
        "riot",
        None,
        MON,
        "Leipzig",
        marks=pytest.mark.xfail(
            strict=True, reason="rioters named only as the doers of a verb of motion"
        ),
    ),
    (
        "Bei Randale in Nouméa wurden am Dienstag Geschäfte geplündert.",
        "de",
        "riot",
        None,
        TUE,
        "Noumea|Nouméa",
    ),
    (
        "Demonstranten plünderten am Dienstag Geschäfte in Port Moresby.",
        "de",
        "riot",
        None,
        TUE,
        "Port Moresby",
    ),
    # court
    (
        "A former minister was sentenced to ten years in prison in Lusaka on Tuesday.",
        "en",
        "court",
        "sentence",
        TUE,
        "Lusaka",
    ),
    (
        "A court in Almaty acquitted two journalists on Monday.",
        "en",
        "court",
        "verdict",
        MON,
        "Almaty",
    ),
    (
        "The court in Islamabad ruled on Tuesday that the arrest was unlawful.",
        "en",
        "court",
        "verdict",
        TUE,
        "Islamabad",
    ),
    (
        "A judge in Lagos found the former governor guilty of fraud on Tuesday.",
        "en",
        "court",
        "verdict",
        TUE,
        "Lagos",
    ),
    (
        "Ein Gericht in Almaty sprach am Montag zwei Journalisten schuldig.",
        "de",
        "court",
        "verdict",
        MON,
        "Almaty",
    ),
    (
        "Die Staatsanwaltschaft in Graz hat am Dienstag Anklage gegen drei Männer erhoben.",
        "de",
        "court",
        "charge",
        TUE,
        "Graz",
    ),
    (
        "Ein Gericht in Lusaka sprach den früheren Minister am Dienstag frei.",
        "de",
        "court",
        "verdict",
        TUE,
        "Lusaka",
    ),
    (
        "Ein früherer Minister wurde am Dienstag in Lusaka zu zehn Jahren Haft verurteilt.",
        "de",
        "court",
        "sentence",
        TUE,
        "Lusaka",
    ),
    # violence against civilians
    (
        "Gunmen killed 14 villagers near Zamfara on Tuesday.",
        "en",
        "violence_against_civilians",
        "attack",
        TUE,
        "Zamfara",
    ),
    (
        "Armed men abducted 20 students from a school in Kaduna on Monday.",
        "en",
        "violence_against_civilians",
        "abduction",
        MON,
        "Kaduna",
    ),
    (
        "Militiamen massacred dozens of civilians near Bunia on Tuesday.",
        "en",
        "violence_against_civilians",
        "attack",
        TUE,
        "Bunia",
    ),
    (
        "At least 30 people died in a massacre in a village near Bunia on Tuesday.",
        "en",
        "violence_against_civilians",
        "attack",
        TUE,
        "Bunia",
    ),
    (
        "Bewaffnete töteten am Dienstag bei Zamfara 14 Dorfbewohner.",
        "de",
        "violence_against_civilians",
        "attack",
        TUE,
        "Zamfara",
    ),
    (
        "Bewaffnete verschleppten am Montag 20 Schüler aus einer Schule in Kaduna.",
        "de",
        "violence_against_civilians",
        "abduction",
        MON,
        "Kaduna",
    ),
    (
        "Bei einem Massaker in einem Dorf bei Bunia starben am Dienstag 30 Menschen.",
        "de",
        "violence_against_civilians",
        "attack",
        TUE,
        "Bunia",
    ),
    (
        "Bei Bunia wurden am Dienstag zwei Helfer entführt.",
        "de",
        "violence_against_civilians",
        "abduction",
        TUE,
        "Bunia",
    ),
]


# More of the kinds found least often on held-out articles (their aggregate figures only):
# riots, court, violence against civilians, in other wording and regions.
CASES += [
    (
        "Street clashes broke out in Dakar on Tuesday after the opposition leader was detained.",
        "en",
        "riot",
        None,
        TUE,
        "Dakar",
    ),
    (
        "Rioters set fire to a police station in Karachi on Monday.",
        "en",
        "riot",
        None,
        MON,
        "Karachi",
    ),
    (
        "Looters ransacked shops in Durban during the unrest on Tuesday.",
        "en",
        "riot",
        None,
        TUE,
        "Durban",
    ),
    # clashes beside the police, named in another clause, with no armed men: a riot
    (
        "Violent clashes erupted in Tbilisi on Tuesday as police tried to clear the square.",
        "en",
        "riot",
        None,
        TUE,
        "Tbilisi",
    ),
    (
        "Heftige Zusammenstöße brachen am Dienstag in Tiflis aus, als die Polizei den Platz "
        "räumen wollte.",
        "de",
        "riot",
        None,
        TUE,
        "Tiflis|Tbilisi",
    ),
    # armed men who clash, also beside the police, fight
    ("Gunmen clashed with police in Kaduna on Tuesday.", "en", "battle", None, TUE, "Kaduna"),
    (
        "Fans rioted in Buenos Aires after the final on Monday.",
        "en",
        "riot",
        None,
        MON,
        "Buenos Aires",
    ),
    (
        "In Dakar lieferten sich Demonstranten am Dienstag Straßenschlachten mit der Polizei.",
        "de",
        "riot",
        None,
        TUE,
        "Dakar",
    ),
    pytest.param(
        "Plünderer zogen am Dienstag durch Geschäfte in Durban.",
        "de",
        "riot",
        None,
        TUE,
        "Durban",
        marks=pytest.mark.xfail(
            strict=True, reason="rioters named only as the doers of a verb of motion"
        ),
    ),
    (
        "Bei Krawallen in Karachi wurden am Montag mehrere Polizisten verletzt.",
        "de",
        "riot",
        None,
        MON,
        "Karachi",
    ),
    (
        "Nach dem Finale randalierten Fans am Montag in Buenos Aires.",
        "de",
        "riot",
        None,
        MON,
        "Buenos Aires",
    ),
    (
        "A court in Minsk sentenced an opposition activist to 12 years on Tuesday.",
        "en",
        "court",
        "sentence",
        TUE,
        "Minsk",
    ),
    (
        "Prosecutors in Quito charged five police officers with murder on Monday.",
        "en",
        "court",
        "charge",
        MON,
        "Quito",
    ),
    (
        "The Supreme Court in Nairobi ruled on Tuesday that the election was valid.",
        "en",
        "court",
        "verdict",
        TUE,
        "Nairobi",
    ),
    (
        "A former army chief went on trial in Bamako on Monday.",
        "en",
        "court",
        "trial",
        MON,
        "Bamako",
    ),
    (
        "The court in Tunis handed a journalist a two-year sentence on Tuesday.",
        "en",
        "court",
        "sentence",
        TUE,
        "Tunis",
    ),
    (
        "Ein Gericht in Minsk verurteilte am Dienstag einen Oppositionellen zu zwölf Jahren "
        "Lagerhaft.",
        "de",
        "court",
        "sentence",
        TUE,
        "Minsk",
    ),
    (
        "Die Staatsanwaltschaft in Quito klagte am Montag fünf Polizisten wegen Mordes an.",
        "de",
        "court",
        "charge",
        MON,
        "Quito",
    ),
    (
        "Das Oberste Gericht in Nairobi entschied am Dienstag, die Wahl sei gültig.",
        "de",
        "court",
        "verdict",
        TUE,
        "Nairobi",
    ),
    (
        "In Bamako begann am Montag der Prozess gegen einen früheren Armeechef.",
        "de",
        "court",
        "trial",
        MON,
        "Bamako",
    ),
    (
        "Ein Richter in Tunis sprach am Dienstag einen Journalisten frei.",
        "de",
        "court",
        "verdict",
        TUE,
        "Tunis",
    ),
    (
        "Gunmen shot dead five farmers near Jos on Tuesday.",
        "en",
        "violence_against_civilians",
        "attack",
        TUE,
        "Jos",
    ),
    (
        "Suspected jihadists beheaded three villagers near Mocímboa da Praia on Monday.",
        "en",
        "violence_against_civilians",
        "attack",
        MON,
        "Mocimboa",
    ),
    (
        "Kidnappers seized a priest in Enugu on Tuesday.",
        "en",
        "violence_against_civilians",
        "abduction",
        TUE,
        "Enugu",
    ),
    (
        "Bandits stormed a village near Katsina on Monday, killing 11 people.",
        "en",
        "violence_against_civilians",
        "attack",
        MON,
        "Katsina",
    ),
    (
        "Militants burned down houses and killed civilians in a village near Beni on Tuesday.",
        "en",
        "violence_against_civilians",
        None,
        TUE,
        "Beni",
    ),
    (
        "Bewaffnete erschossen am Dienstag bei Jos fünf Bauern.",
        "de",
        "violence_against_civilians",
        "attack",
        TUE,
        "Jos",
    ),
    (
        "Mutmaßliche Dschihadisten enthaupteten am Montag bei Mocímboa da Praia drei Dorfbewohner.",
        "de",
        "violence_against_civilians",
        "attack",
        MON,
        "Mocimboa",
    ),
    (
        "Entführer verschleppten am Dienstag in Enugu einen Priester.",
        "de",
        "violence_against_civilians",
        "abduction",
        TUE,
        "Enugu",
    ),
    (
        "Banditen überfielen am Montag ein Dorf bei Katsina und töteten elf Menschen.",
        "de",
        "violence_against_civilians",
        "attack",
        MON,
        "Katsina",
    ),
    (
        "In einem Dorf bei Beni wurden am Dienstag zwölf Zivilisten massakriert.",
        "de",
        "violence_against_civilians",
        "attack",
        TUE,
        "Beni",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), CASES)
def test_the_sentence_reports_its_kind(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)


# Sentences with the same words that report no event: forecasts, plans, habits, negations,
# names, what may come.
NON_EVENTS: list[object] = [
    ("A cold wave is forecast to sweep northern India next week.", "en"),
    ("Eine Kältewelle könnte in der kommenden Woche Nordindien erfassen.", "de"),
    # a count of times with no number is a habit
    ("Explosions rocked the city of Goma many times during the war.", "en"),
    ("Explosionen erschütterten die Stadt Goma während des Krieges viele Male.", "de"),
    ("Explosionen erschüttern Khartum immer wieder.", "de"),
    ("A quake could hit Tokyo at any time, experts say.", "en"),
    ("Protests in Belgrade could resume next week.", "en"),
    ("Riots could erupt in Nairobi if the vote is delayed, analysts warned.", "en"),
    ("Clashes often erupt in Mogadishu during the rainy season.", "en"),
    ("Die Polizei rechnet in Leipzig am Samstag mit Randale.", "de"),
    ("Ausschreitungen sind in Nouméa keine Seltenheit.", "de"),
    ("The court in Islamabad is expected to rule on the case next month.", "en"),
    ("A verdict in the case in Lagos is due next week.", "en"),
    ("Das Gericht in Almaty will sein Urteil im kommenden Monat verkünden.", "de"),
    ("Die Staatsanwaltschaft in Graz erwägt, Anklage zu erheben.", "de"),
    ("He has never been sentenced in Lusaka.", "en"),
    ("Gunmen regularly abduct travellers on the road to Kaduna.", "en"),
    ("Bewaffnete verschleppen auf der Straße nach Kaduna immer wieder Reisende.", "de"),
    ("The massacre memorial in Bunia will open next year.", "en"),
    ("Officials fear a massacre in Ituri if peacekeepers leave.", "en"),
    ("No attack on Gao has taken place since January, the army said.", "en"),
    # the present tense of a habit, not of a headline
    ("Landmines kill dozens of people in Cambodia every year.", "en"),
    ("Police in Dhaka often arrest opposition leaders before elections.", "en"),
    ("Cyclones batter the coast of Odisha most years.", "en"),
    ("Bandits kill travellers on the road to Kaduna regularly.", "en"),
    # the other new words
    ("Blasts could rock Port Sudan again, residents fear.", "en"),
    ("Weitere Explosionen in Khartum werden befürchtet.", "de"),
    ("Detonationen sind in Khartum seit Monaten an der Tagesordnung.", "de"),
    ("Ein Sturm könnte am Freitag über Valparaíso fegen.", "de"),
    ("Die Polizei befürchtet am Wochenende Randale in Leipzig.", "de"),
    ("Rescuers found twelve bodies near Bunia.", "en"),
    ("He has never been found guilty of any crime in Lusaka.", "en"),
    ("Street clashes are common in Dakar during election campaigns.", "en"),
    ("Police fear street clashes in Dakar if the vote is delayed.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NON_EVENTS)
def test_the_sentence_reports_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.sub_kind, e.place_name) for e in events] == []
