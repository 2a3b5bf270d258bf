"""The event's place and day in ordinary wire copy (issue 20, session 13, events-place helper).

The shapes issue 20's held-out breakdown names as weak, each in new sentences from every
continent and in both languages, written for this table with other places and other wording
than any benchmark article:

* the dateline city as the place when the body names it only as ``the city``, ``here``,
  ``die Stadt``, or a district of it, under datelines of unusual shape (``KYIV, Ukraine,
  June 10 (Reuters) -``, ``Lagos/Berlin (dpa) -``, ``MEXICO CITY —``, a byline ``Von unserem
  Korrespondenten in Nairobi``); a dateline with a date and no date words in the lead
  dates the lead;
* violence against civilians placed by an adjective and a feature word (``the Pakistani
  town of X``, ``im nigerianischen Bundesstaat Borno``);
* launches at their site (``from X``, ``vom Weltraumbahnhof X``, ``off the coast of X``), not
  the capital of the dateline or the state;
* adjective places (``the Kenyan capital``, ``the Syrian border town of X``, ``die
  ostanatolische Stadt X``);
* early-month days (``on the 2nd``, ``Anfang des Monats``, ``At the start of the month``) and
  offsets (``Two days earlier``, ``last Tuesday``, ``am Vortag``, ``vergangene Woche``).

Each row: the text, its language, the event's kind, its day (the first day of a span) and
the place (any of the ``|``-separated names, compared without accents). The report's date
is Wednesday 11 June 2025."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_reported

SUN, MON, TUE, WED = "2025-06-08", "2025-06-09", "2025-06-10", "2025-06-11"

# (text, language, kind, day, place names "|"-separated)
DATELINE: list[tuple[str, str, str, str, str]] = [
    (
        "KYIV, Ukraine, June 10 (Reuters) - Gunmen shot dead two volunteers at an aid centre"
        " in the city, police said.",
        "en",
        "violence_against_civilians",
        TUE,
        "Kyiv|Kiev",
    ),
    (
        "Lagos/Berlin (dpa) - Die Polizei hat am Montag in der Stadt Tränengas gegen Hunderte"
        " protestierende Händler eingesetzt.",
        "de",
        "protest",
        MON,
        "Lagos",
    ),
    (
        "MEXICO CITY — Armed men kidnapped a journalist outside his home here on Tuesday,"
        " prosecutors said.",
        "en",
        "violence_against_civilians",
        TUE,
        "Mexico City|Ciudad de Mexico",
    ),
    (
        "Von unserem Korrespondenten in Nairobi\n\nBewaffnete haben am Sonntag in einem Vorort"
        " der Stadt einen Bus überfallen und drei Fahrgäste getötet.",
        "de",
        "violence_against_civilians",
        SUN,
        "Nairobi",
    ),
    (
        "QUITO, June 10 (AP) — Thousands of teachers marched through the city centre,"
        " demanding higher wages.",
        "en",
        "protest",
        TUE,
        "Quito",
    ),
    (
        "Hanoi/Bangkok (dpa) - In der Stadt haben am Dienstag Tausende Menschen gegen hohe"
        " Strompreise demonstriert.",
        "de",
        "protest",
        TUE,
        "Hanoi|Ha Noi",
    ),
    (
        "MANILA, Philippines, June 9 (Reuters) - Police arrested 14 people in the Tondo"
        " district of the city after a shootout.",
        "en",
        "strategic_development",
        MON,
        "Manila|Tondo",
    ),
    (
        "Santiago de Chile (dpa) - Im Stadtteil Puente Alto haben Unbekannte am Montag einen"
        " Lastwagenfahrer erschossen.",
        "de",
        "violence_against_civilians",
        MON,
        "Santiago|Puente Alto",
    ),
    (
        "ALMATY, Kazakhstan (AP) — Police detained 20 protesters in the city's main square on"
        " Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Almaty",
    ),
    (
        "From our correspondent in Kampala\n\nUnknown attackers shot dead a taxi driver in the"
        " city on Monday.",
        "en",
        "violence_against_civilians",
        MON,
        "Kampala",
    ),
]

CIVILIANS: list[tuple[str, str, str, str, str]] = [
    (
        "Gunmen killed seven villagers in the Nigerian state of Zamfara on Sunday.",
        "en",
        "violence_against_civilians",
        SUN,
        "Zamfara",
    ),
    (
        "Bewaffnete haben am Sonntag im nigerianischen Bundesstaat Borno mindestens zwölf"
        " Dorfbewohner getötet.",
        "de",
        "violence_against_civilians",
        SUN,
        "Borno",
    ),
    (
        "Militants abducted 20 pupils from a school in the Pakistani town of Bannu on Monday.",
        "en",
        "violence_against_civilians",
        MON,
        "Bannu",
    ),
    (
        "Im kolumbianischen Departement Cauca haben Bewaffnete am Dienstag einen"
        " Gemeindevorsteher entführt.",
        "de",
        "violence_against_civilians",
        TUE,
        "Cauca",
    ),
    (
        "Insurgents beheaded three civilians near the Mozambican town of Macomia on Sunday.",
        "en",
        "violence_against_civilians",
        SUN,
        "Macomia",
    ),
    (
        "Unbekannte erschossen am Montag in der mexikanischen Stadt Culiacán einen Journalisten.",
        "de",
        "violence_against_civilians",
        MON,
        "Culiacan",
    ),
    (
        "Unknown assailants attacked an opposition politician in Tbilisi on Tuesday.",
        "en",
        "violence_against_civilians",
        TUE,
        "Tbilisi",
    ),
    (
        "Men with knives attacked a local mayor in the Kenyan town of Kilifi on Monday.",
        "en",
        "violence_against_civilians",
        MON,
        "Kilifi",
    ),
    (
        "Angreifer attackierten am Montag in der peruanischen Hauptstadt eine Bürgermeisterin.",
        "de",
        "violence_against_civilians",
        MON,
        "Lima",
    ),
    (
        "Gunmen shot dead five guests at a wedding in the Afghan province of Kunar on Tuesday.",
        "en",
        "violence_against_civilians",
        TUE,
        "Kunar|Konar",
    ),
]

LAUNCHES: list[tuple[str, str, str, str, str]] = [
    (
        "North Korea fired two ballistic missiles off the coast of Wonsan on Tuesday, Seoul said.",
        "en",
        "launch",
        TUE,
        "Wonsan",
    ),
    (
        "China launched a Long March rocket from the Wenchang launch site on the island of"
        " Hainan on Sunday.",
        "en",
        "launch",
        SUN,
        "Wenchang",
    ),
    (
        "Eine Sojus-Rakete ist am Montag vom Weltraumbahnhof Wostotschny im Osten Russlands"
        " gestartet.",
        "de",
        "launch",
        MON,
        "Wostotschny|Vostochny",
    ),
    (
        "Pakistan feuerte am Montag vor der Küste von Karachi einen Marschflugkörper ab.",
        "de",
        "launch",
        MON,
        "Karachi",
    ),
    (
        "SEOUL, June 10 (Yonhap) -- North Korea fired a cruise missile from near its western"
        " port city of Nampo, the military said.",
        "en",
        "launch",
        TUE,
        "Nampo|Namp’o",
    ),
    (
        "TOKYO (Reuters) - Japan launched an H3 rocket carrying a navigation satellite from the"
        " Tanegashima Space Center on Sunday.",
        "en",
        "launch",
        SUN,
        "Tanegashima",
    ),
    pytest.param(
        "Moskau (dpa) - Russland hat am Montag vom Kosmodrom Baikonur in Kasachstan einen"
        " Raumfrachter zur ISS geschossen.",
        "de",
        "launch",
        MON,
        "Baikonur|Baykonur",
        marks=pytest.mark.xfail(
            strict=True, reason="'geschossen' is a launch only with 'ins All' (lexicon)"
        ),
    ),
]

# launch sites the curated layer lacked before this round (launch_sites13.csv)
LAUNCH_SITES: list[tuple[str, str, str, str, str]] = [
    (
        "ISLAMABAD (Reuters) - Pakistan test-fired a Shaheen-III missile from the Sonmiani"
        " range on Tuesday.",
        "en",
        "launch",
        TUE,
        "Sonmiani",
    ),
    (
        "Neu-Delhi (dpa) - Indien hat am Dienstag von der Abdul-Kalam-Insel vor der Küste"
        " Odishas eine Langstreckenrakete abgefeuert.",
        "de",
        "launch",
        TUE,
        "Abdul Kalam",
    ),
    (
        "WASHINGTON (AP) — A small rocket lifted off from the Pacific Spaceport Complex on"
        " Kodiak Island on Tuesday.",
        "en",
        "launch",
        TUE,
        "Pacific Spaceport|Kodiak",
    ),
    (
        "London (dpa) - Vom Weltraumbahnhof SaxaVord auf den Shetlandinseln ist am Montag"
        " erstmals eine Rakete gestartet.",
        "de",
        "launch",
        MON,
        "SaxaVord",
    ),
    (
        "SYDNEY (Reuters) - A sounding rocket was launched from Whalers Way in South Australia"
        " on Sunday.",
        "en",
        "launch",
        SUN,
        "Whalers Way",
    ),
]

ADJECTIVES: list[tuple[str, str, str, str, str]] = [
    (
        "Police fired tear gas at students in the Kenyan capital on Tuesday.",
        "en",
        "protest",
        TUE,
        "Nairobi",
    ),
    pytest.param(
        "A car bomb exploded in the Syrian border town of Azaz on Monday, killing six people.",
        "en",
        "explosion_remote_violence",
        MON,
        "Azaz|Aazaz|A'zaz|I‘zaz",
        # a strict xfail until session 14 (Azaz, the gazetteer's I‘zāz, was lost as a
        # small town's other name); docs/geoparser.md, "Older English spellings of small
        # towns"
    ),
    (
        "In der senegalesischen Hauptstadt demonstrierten am Montag Tausende gegen die Regierung.",
        "de",
        "protest",
        MON,
        "Dakar",
    ),
    (
        "Ein Erdbeben der Stärke 5,9 erschütterte am Dienstag die ostanatolische Stadt Van.",
        "de",
        "disaster",
        TUE,
        "Van",
    ),
    (
        "Im brasilianischen Bundesstaat Bahia sind am Sonntag bei Überschwemmungen acht"
        " Menschen ums Leben gekommen.",
        "de",
        "disaster",
        SUN,
        "Bahia",
    ),
    (
        "Thousands rallied in the Georgian capital late on Monday.",
        "en",
        "protest",
        MON,
        "Tbilisi",
    ),
]

DAYS: list[tuple[str, str, str, str, str]] = [
    (
        "A landslide buried a road in the hill town of Darjeeling on the 2nd, officials said.",
        "en",
        "disaster",
        "2025-06-02",
        "Darjeeling|Darjiling",
    ),
    (
        "Gunmen killed a trader in the Malian town of Segou on the 3rd.",
        "en",
        "violence_against_civilians",
        "2025-06-03",
        "Segou",
    ),
    (
        "Anfang des Monats war in der Provinz Sindh ein Personenzug entgleist.",
        "de",
        "accident",
        "2025-06-01",
        "Sindh",
    ),
    (
        "At the start of the month, protesters blocked the main highway in the Bolivian city"
        " of Cochabamba.",
        "en",
        "protest",
        "2025-06-01",
        "Cochabamba",
    ),
    (
        "Early this month, a ferry capsized on Lake Victoria near the Tanzanian town of Bukoba.",
        "en",
        "accident",
        "2025-06-01",
        "Bukoba",
    ),
    (
        "Gunmen killed a priest in the Cameroonian town of Bamenda on Monday. Two days"
        " earlier, separatists had kidnapped two teachers in the same town.",
        "en",
        "violence_against_civilians",
        "2025-06-07",
        "Bamenda",
    ),
    (
        "Last Tuesday, a bus plunged into a gorge near the Nepali city of Pokhara.",
        "en",
        "accident",
        TUE,
        "Pokhara",
    ),
    (
        "Die Polizei nahm am Mittwoch in Tiflis drei Verdächtige fest. Am Vortag hatten"
        " Unbekannte dort einen Oppositionspolitiker angegriffen.",
        "de",
        "violence_against_civilians",
        TUE,
        "Tiflis|Tbilisi",
    ),
    (
        "Vergangene Woche hatten Bewaffnete in der malischen Stadt Ségou einen Markt angegriffen.",
        "de",
        "violence_against_civilians",
        "2025-06-02",
        "Segou",
    ),
    (
        "Floods hit the Argentine city of Rosario last week, forcing 2,000 people from their"
        " homes.",
        "en",
        "disaster",
        "2025-06-02",
        "Rosario",
    ),
    (
        "Flash floods swept through the Omani city of Sur on the 28th.",
        "en",
        "disaster",
        "2025-05-28",
        "Sur",
    ),
    (
        "Ein Tanklaster ist am 4. in der ghanaischen Stadt Kumasi explodiert.",
        "de",
        "accident",
        "2025-06-04",
        "Kumasi",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), DATELINE)
def test_the_dateline_city_is_the_place(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, date=WED)


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), CIVILIANS)
def test_violence_against_civilians_is_where_the_victims_were(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, date=WED)


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), LAUNCHES)
def test_a_launch_is_at_its_site(text: str, lang: str, kind: str, day: str, place: str) -> None:
    assert_reported(text, lang, kind, day, place, date=WED)


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), LAUNCH_SITES)
def test_a_launch_site_the_gazetteer_now_holds(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, date=WED)


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), ADJECTIVES)
def test_an_adjective_place_is_the_named_town(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, date=WED)


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), DAYS)
def test_early_month_days_and_offsets(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, date=WED)


# an ordinal of a noun is no day of the month
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rescuers reached survivors on the 2nd floor of the hotel.", "en"),
        ("Am 4. Tag der Proteste blieb es ruhig.", "de"),
    ],
)
def test_an_ordinal_of_a_noun_is_no_day(text: str, lang: str) -> None:
    from geomap.events._timeexpr import find_times

    assert [s.kind for s in find_times(text, lang)] == [], text


# a town the gazetteer lacks, named with its country's adjective in its own phrase, under a
# dateline of another country: the country the text says, not the dateline's city
UNKNOWN_TOWNS: list[tuple[str, str, str, str, str]] = [
    (
        "KAMPALA (Reuters) - Gunmen killed four traders in the Congolese border town of"
        " Kasindi on Sunday.",
        "en",
        "violence_against_civilians",
        SUN,
        "Congo",
    ),
    (
        "BOGOTA (Reuters) - Soldiers clashed with smugglers near the Venezuelan border village"
        " of Paraguaipoa on Monday.",
        "en",
        "battle",
        MON,
        "Venezuela",
    ),
    (
        "Algier (dpa) - Bewaffnete haben am Sonntag in der malischen Kleinstadt Tarkint zehn"
        " Zivilisten getötet.",
        "de",
        "violence_against_civilians",
        SUN,
        "Mali",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), UNKNOWN_TOWNS)
def test_an_unknown_town_keeps_its_country(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, date=WED)
