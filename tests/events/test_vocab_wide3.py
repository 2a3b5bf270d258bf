"""Trigger vocabulary, a third round (issue 20): the classes of wording that other helpers
found missing on articles geomap had never seen, written here in other regions and words.

Labour strikes in the pluperfect (``had gone on strike``) and German wire copy in the present
tense (``Tausende protestieren in X``, ``Ärzte streiken``); tear gas and water cannon used
(``hat Tränengas eingesetzt``); a casualty phrase beside a kind noun (``ums Leben gekommen``,
``lost their lives``: the noun names the event); explosions in a clause that names drones or
missiles (the strike, not an industrial accident); a storm that struck land; a prison riot,
mutiny or uprising (mob violence, not a strategic development); disasters by their own nouns
(a cold wave, a rockslide, an ``Erdfall``, a ``Kälteeinbruch``, ``Murenabgänge``); and the
words a ``[[recast]]`` named that no clause could reach (``ambush``, ``shot dead``,
``neutralised``, ``lynching``, ``kämpfte``, ``Überfall``, ``Lynchmord``).

Written for these tests before geomap ran on them; the kind, day and place are what a reader
names. The second half lists sentences with the same words that report no event (forecasts,
plans, threats, habits, negations) and must stay silent."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported

DAY = "2025-06-11"  # a Wednesday
TUE, MON = "2025-06-10", "2025-06-09"


# (text, language, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str | None, str, str]] = [
    (
        "Nurses in Nairobi had gone on strike on Monday over unpaid wages.",
        "en",
        "protest",
        "peaceful_protest",
        MON,
        "Nairobi",
    ),
    (
        "Bus drivers in Lima had gone on strike on Tuesday, the union said.",
        "en",
        "protest",
        "peaceful_protest",
        TUE,
        "Lima",
    ),
    (
        "Teachers have gone on strike in Accra since Monday to demand higher pay.",
        "en",
        "protest",
        "peaceful_protest",
        MON,
        "Accra",
    ),
    (
        "Miners at the Escondida mine near Antofagasta had gone on strike on Monday.",
        "en",
        "protest",
        "peaceful_protest",
        MON,
        "Antofagasta|Escondida",
    ),
    (
        "Tausende protestieren am Mittwoch in Belgrad gegen die Regierung.",
        "de",
        "protest",
        "peaceful_protest",
        DAY,
        "Belgrad|Belgrade",
    ),
    (
        "Ärzte streiken am Mittwoch in Nairobi für höhere Löhne.",
        "de",
        "protest",
        "peaceful_protest",
        DAY,
        "Nairobi",
    ),
    (
        "In Santiago demonstrieren am Mittwoch Zehntausende gegen die Rentenreform.",
        "de",
        "protest",
        "peaceful_protest",
        DAY,
        "Santiago",
    ),
    (
        "Hafenarbeiter streiken seit Montag in Antwerpen.",
        "de",
        "protest",
        "peaceful_protest",
        MON,
        "Antwerpen|Antwerp",
    ),
    (
        "Studenten protestieren am Mittwoch in Dhaka gegen die Quotenregelung.",
        "de",
        "protest",
        "peaceful_protest",
        DAY,
        "Dhaka",
    ),
    (
        "Die Polizei hat am Dienstag in Tiflis Tränengas eingesetzt.",
        "de",
        "protest",
        "protest_with_intervention",
        TUE,
        "Tiflis|Tbilisi",
    ),
    (
        "Die Polizei hat am Montag in Nairobi Wasserwerfer eingesetzt.",
        "de",
        "protest",
        "protest_with_intervention",
        MON,
        "Nairobi",
    ),
    (
        "Gegen die Demonstranten in Caracas wurden "
        "am Montag Tränengas und Gummigeschosse eingesetzt.",
        "de",
        "protest",
        "protest_with_intervention",
        MON,
        "Caracas",
    ),
    (
        "In Belgrad setzten Polizisten am Montag Tränengas gegen Studenten ein.",
        "de",
        "protest",
        "protest_with_intervention",
        MON,
        "Belgrad|Belgrade",
    ),
    (
        "Sicherheitskräfte haben am Dienstag in Dakar "
        "Tränengas gegen Anhänger der Opposition eingesetzt.",
        "de",
        "protest",
        "protest_with_intervention",
        TUE,
        "Dakar",
    ),
    (
        "Bei einem Busunglück in Peru sind am Dienstag zwölf Menschen ums Leben gekommen.",
        "de",
        "accident",
        "road",
        TUE,
        "Peru",
    ),
    (
        "Bei einem Erdrutsch in Nepal kamen am Dienstag sieben Menschen ums Leben.",
        "de",
        "disaster",
        "mass_movement",
        TUE,
        "Nepal",
    ),
    (
        "Bei der Explosion in einer Chemiefabrik in "
        "Tianjin kamen am Montag zwölf Arbeiter ums Leben.",
        "de",
        "accident",
        "industrial",
        MON,
        "Tianjin",
    ),
    (
        "Bei einem Lawinenabgang in Tirol sind am Montag drei Skifahrer ums Leben gekommen.",
        "de",
        "disaster",
        "mass_movement",
        MON,
        "Tirol|Tyrol",
    ),
    (
        "Eight people lost their lives when a bus plunged into a gorge near Shimla on Tuesday.",
        "en",
        "accident",
        "road",
        TUE,
        "Shimla",
    ),
    (
        "Twelve miners lost their lives in a gas explosion at a colliery near Karaganda on Monday.",
        "en",
        "accident",
        "industrial",
        MON,
        "Karaganda|Karagandy",
    ),
    (
        "Explosions rocked Kyiv on Tuesday as Russia launched a wave of drones.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Kyiv|Kiev",
    ),
    (
        "A blast rocked Odesa on Tuesday after a missile attack.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Odesa|Odessa",
    ),
    (
        "An explosion shook Kharkiv on Monday during a drone attack.",
        "en",
        "explosion_remote_violence",
        None,
        MON,
        "Kharkiv",
    ),
    (
        "A powerful blast hit an oil depot in Bryansk on Monday after a Ukrainian drone raid.",
        "en",
        "explosion_remote_violence",
        None,
        MON,
        "Bryansk",
    ),
    (
        "Explosionen erschütterten am Dienstag Kiew, als Drohnen die Stadt angriffen.",
        "de",
        "explosion_remote_violence",
        None,
        TUE,
        "Kiew|Kyiv",
    ),
    (
        "Eine Explosion nach einem Drohnenangriff erschütterte am Montag Charkiw.",
        "de",
        "explosion_remote_violence",
        None,
        MON,
        "Charkiw|Kharkiv",
    ),
    (
        "Am Dienstag waren in Odessa nach einem Raketenangriff Explosionen zu hören.",
        "de",
        "explosion_remote_violence",
        None,
        TUE,
        "Odessa|Odesa",
    ),
    (
        "Eine Explosion durch russische Raketen traf am Montag ein Kraftwerk bei Dnipro.",
        "de",
        "explosion_remote_violence",
        None,
        MON,
        "Dnipro",
    ),
    (
        "Ein Hurrikan ist am Dienstag auf Grenada getroffen.",
        "de",
        "disaster",
        "storm",
        TUE,
        "Grenada",
    ),
    (
        "Der Wirbelsturm traf am Dienstag auf Jamaika auf Land.",
        "de",
        "disaster",
        "storm",
        TUE,
        "Jamaika|Jamaica",
    ),
    (
        "Ein Taifun ist am Montag auf Luzon auf Land getroffen.",
        "de",
        "disaster",
        "storm",
        MON,
        "Luzon",
    ),
    ("Ein Zyklon traf am Montag bei Beira auf Land.", "de", "disaster", "storm", MON, "Beira"),
    (
        "A prison mutiny broke out in Tegucigalpa on Tuesday.",
        "en",
        "riot",
        "mob_violence",
        TUE,
        "Tegucigalpa",
    ),
    (
        "Inmates staged a prison uprising in Guayaquil on Tuesday.",
        "en",
        "riot",
        "mob_violence",
        TUE,
        "Guayaquil",
    ),
    (
        "A prison riot in Caracas on Monday left 12 inmates dead.",
        "en",
        "riot",
        "mob_violence",
        MON,
        "Caracas",
    ),
    (
        "At least 40 inmates were killed in a mutiny at a prison in Santo Domingo on Monday.",
        "en",
        "riot",
        "mob_violence",
        MON,
        "Santo Domingo",
    ),
    (
        "Bei einer Meuterei im Gefängnis von Guayaquil starben am Dienstag zwölf Häftlinge.",
        "de",
        "riot",
        "mob_violence",
        TUE,
        "Guayaquil",
    ),
    (
        "Bei einer Gefängnisrevolte in Manaus starben am Dienstag zwölf Häftlinge.",
        "de",
        "riot",
        "mob_violence",
        TUE,
        "Manaus",
    ),
    (
        "In einer Haftanstalt bei Tegucigalpa brach am Montag eine Meuterei aus.",
        "de",
        "riot",
        "mob_violence",
        MON,
        "Tegucigalpa",
    ),
    (
        "Ein Gefängnisaufstand in Bogotá forderte am Montag drei Tote.",
        "de",
        "riot",
        "mob_violence",
        MON,
        "Bogota",
    ),
    (
        "A cold snap gripped Ulaanbaatar on Tuesday, killing nine people.",
        "en",
        "disaster",
        "extreme_temperature",
        TUE,
        "Ulaanbaatar|Ulan Bator",
    ),
    (
        "A rockslide blocked the highway near Cusco on Tuesday.",
        "en",
        "disaster",
        "mass_movement",
        TUE,
        "Cusco",
    ),
    (
        "A flash flood swept through a village near Kandahar on Tuesday.",
        "en",
        "disaster",
        "flood",
        TUE,
        "Kandahar",
    ),
    (
        "A mudslide buried homes in Antioquia on Monday.",
        "en",
        "disaster",
        "mass_movement",
        MON,
        "Antioquia",
    ),
    (
        "An avalanche killed three skiers near Chamonix on Tuesday.",
        "en",
        "disaster",
        "mass_movement",
        TUE,
        "Chamonix",
    ),
    (
        "A sinkhole swallowed a car in Guatemala City on Monday.",
        "en",
        "disaster",
        "mass_movement",
        MON,
        "Guatemala",
    ),
    (
        "A tornado touched down near Moore on Tuesday, destroying dozens of homes.",
        "en",
        "disaster",
        "storm",
        TUE,
        "Moore",
    ),
    (
        "Ein Erdfall hat am Dienstag in Nordhausen ein Wohnhaus beschädigt.",
        "de",
        "disaster",
        "mass_movement",
        TUE,
        "Nordhausen",
    ),
    (
        "Ein Felssturz hat am Dienstag im Wallis eine Straße verschüttet.",
        "de",
        "disaster",
        "mass_movement",
        TUE,
        "Wallis|Valais",
    ),
    (
        "Bei einem Kälteeinbruch in Peru starben am Dienstag 20 Menschen.",
        "de",
        "disaster",
        "extreme_temperature",
        TUE,
        "Peru",
    ),
    (
        "Eine Kältewelle mit Temperaturen bis minus 40 Grad traf am Montag die Mongolei.",
        "de",
        "disaster",
        "extreme_temperature",
        MON,
        "Mongolei|Mongolia",
    ),
    (
        "Murenabgänge haben am Montag in Kaschmir mehrere Straßen verschüttet.",
        "de",
        "disaster",
        "mass_movement",
        MON,
        "Kaschmir|Kashmir",
    ),
    (
        "Eine Sturzflut riss am Dienstag in Kandahar mehrere Häuser mit.",
        "de",
        "disaster",
        "flood",
        TUE,
        "Kandahar",
    ),
    (
        "Bei Starkregen in Valencia sind am Dienstag drei Menschen ums Leben gekommen.",
        "de",
        "disaster",
        None,
        TUE,
        "Valencia",
    ),
    (
        "Eine Lawine hat am Montag in Graubünden drei Skifahrer verschüttet.",
        "de",
        "disaster",
        "mass_movement",
        MON,
        "Graubünden|Grisons",
    ),
    (
        "Gunmen ambushed a bus near Maiduguri on Tuesday, killing 12 passengers.",
        "en",
        "violence_against_civilians",
        "attack",
        TUE,
        "Maiduguri",
    ),
    (
        "An ambush on an army convoy near Kidal killed ten soldiers on Tuesday.",
        "en",
        "battle",
        "armed_clash",
        TUE,
        "Kidal",
    ),
    (
        "The army said it had neutralised 30 terrorists near Diffa on Tuesday.",
        "en",
        "battle",
        "armed_clash",
        TUE,
        "Diffa",
    ),
    (
        "Troops shot dead 12 militants near Mosul on Tuesday.",
        "en",
        "battle",
        "armed_clash",
        TUE,
        "Mosul",
    ),
    (
        "The lynching of a man by a mob in Cap-Haïtien on Tuesday drew condemnation.",
        "en",
        "riot",
        "mob_violence",
        TUE,
        "Cap-Haitien",
    ),
    (
        "Die Armee kämpfte am Dienstag bei Kidal gegen Dschihadisten.",
        "de",
        "battle",
        "armed_clash",
        TUE,
        "Kidal",
    ),
    (
        "Die Feuerwehr kämpfte am Dienstag in Lagos gegen einen Großbrand in einer Fabrik.",
        "de",
        "accident",
        "industrial",
        TUE,
        "Lagos",
    ),
    (
        "Bei einem Überfall auf ein Dorf bei Maiduguri töteten Bewaffnete am Dienstag 12 Menschen.",
        "de",
        "violence_against_civilians",
        "attack",
        TUE,
        "Maiduguri",
    ),
    (
        "Bei einem Überfall auf einen Militärkonvoi bei Kidal starben am Montag zehn Soldaten.",
        "de",
        "battle",
        "armed_clash",
        MON,
        "Kidal",
    ),
    (
        "Beim Lynchmord an einem Mann in Cap-Haïtien am Dienstag beteiligte sich ein Mob.",
        "de",
        "riot",
        "mob_violence",
        TUE,
        "Cap-Haitien",
    ),
    (
        "Eine Fähre geriet am Dienstag vor Sansibar in Brand.",
        "de",
        "accident",
        "maritime",
        TUE,
        "Sansibar|Zanzibar",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), CASES)
def test_the_sentence_reports_its_kind(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)


# Sentences with the same words that report no event: a strike threatened or planned, a
# protest as a habit, tear gas not used, a riot or a disaster feared or forecast, a denial.
NON_EVENTS: list[tuple[str, str]] = [
    ("Nurses in Nairobi have threatened to go on strike next week.", "en"),
    ("Teachers in Accra have not gone on strike since 2019.", "en"),
    ("Ärzte in Nairobi wollen am Freitag streiken.", "de"),
    ("Die Gewerkschaft droht, in Antwerpen zu streiken.", "de"),
    ("Beamte streiken in Deutschland nicht.", "de"),
    ("Studenten in Dhaka protestieren immer wieder gegen die Quoten.", "de"),
    ("Die Opposition kündigte an, am Samstag in Belgrad zu demonstrieren.", "de"),
    ("Tausende könnten morgen in Santiago demonstrieren.", "de"),
    # the present tense with a day other than the report's: announced, not happened
    ("Die Fluglotsen streiken am Freitag in Paris.", "de"),
    ("Die Lehrer demonstrieren am Samstag in Santiago gegen die Reform.", "de"),
    ("Sollten die Gespräche scheitern, streiken die Ärzte in Nairobi ab Montag.", "de"),
    ("Die Polizei in Tiflis hat bisher kein Tränengas eingesetzt.", "de"),
    ("Die Polizei könnte in Nairobi Wasserwerfer einsetzen.", "de"),
    ("Officials fear more explosions in Kyiv if drones get through.", "en"),
    ("Experts warned that a prison riot in Guayaquil could break out at any time.", "en"),
    ("Prison riots are common in Ecuador.", "en"),
    ("Behörden befürchten eine Meuterei im Gefängnis von Manaus.", "de"),
    ("A cold snap is forecast for Ulaanbaatar next week.", "en"),
    ("Forecasters warned of rockslides near Cusco in the coming days.", "en"),
    ("Experten warnen vor einem Erdfall in Nordhausen.", "de"),
    ("Ein Kälteeinbruch wird in Peru für die kommende Woche erwartet.", "de"),
    ("Felsstürze sind im Wallis keine Seltenheit.", "de"),
    ("Tornadoes could touch down in Oklahoma on Friday, forecasters said.", "en"),
    ("The army denied that it had neutralised any civilians near Diffa.", "en"),
    ("Der Bürgermeister von Lagos kämpfte nicht gegen die Reform.", "de"),
    ("Militants could ambush convoys near Kidal, officials warned.", "en"),
    ("Ein Überfall auf das Dorf gilt als wahrscheinlich.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NON_EVENTS)
def test_the_sentence_reports_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.sub_kind, e.place_name) for e in events] == []


# A two-word hazard noun beats a storm's verb in its clause (``A cold wave swept ...`` is the
# cold wave; fourth vocabulary round): a carrier reads a two-word trigger noun of one of its
# kinds, and ``a wave of drones`` names none.
VERB_OVER_NOUN: list[tuple[str, str, str, str | None, str, str]] = [
    (
        "A cold wave swept northern India on Tuesday, killing 20 people.",
        "en",
        "disaster",
        "extreme_temperature",
        TUE,
        "India",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), VERB_OVER_NOUN)
def test_a_hazard_noun_beats_a_storm_verb(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    test_the_sentence_reports_its_kind(text, lang, kind, sub_kind, day, place)
