"""Hard wording from a second round of new dev articles (issue 20): arson told in other words
and in the passive ("was set alight by rioters"), a soldier killed in the passive (a clash),
hearsay that officials dismissed (what the rumour says did not happen), a weekday "für"
which something is set, relations to a noun of no trigger, and split triggers quoted in
order. Both languages where the wording exists; written for these tests, not drawn from any
benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

TUE, MON, SAT = "2025-06-10", "2025-06-09", "2025-06-07"

# (text, lang, kind, sub_kind, day, place)
REPORTED: list[object] = [
    # a soldier killed, the subject of a passive, fell in a clash (ACLED: battles) ...
    (
        "Bei dem Dorf Dajti ist am Samstag ein Soldat an der Grenze erschossen worden.",
        "de",
        "battle",
        "armed_clash",
        SAT,
        "Dajt",
    ),
    (
        "A soldier was shot dead near the border town of Tal Afar on Saturday.",
        "en",
        "battle",
        "armed_clash",
        SAT,
        "Afar",
    ),
    # ... villagers shot by soldiers (the doers, after the agent word) were attacked
    (
        "In Kayes wurden am Samstag drei Dorfbewohner von Soldaten erschossen.",
        "de",
        "violence_against_civilians",
        "attack",
        SAT,
        "Kayes",
    ),
    (
        "Three villagers were shot dead by soldiers in Kayes on Saturday.",
        "en",
        "violence_against_civilians",
        "attack",
        SAT,
        "Kayes",
    ),
    # arson, active and passive
    (
        "A market hall in Bouaké was set alight by rioters on Tuesday, police said.",
        "en",
        "riot",
        "violent_demonstration",
        TUE,
        "Bouake",
    ),
    (
        "Protesters set ablaze two police stations in Kisumu on Monday.",
        "en",
        "riot",
        "violent_demonstration",
        MON,
        "Kisumu",
    ),
    (
        "A bus depot in the northern suburb of Soweto was set on fire by a mob on Saturday.",
        "en",
        "riot",
        "violent_demonstration",
        SAT,
        "Soweto",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), REPORTED)
def test_reported(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)


# What a rumour or a report says, when officials dismissed it, did not happen; what is set
# "für" a weekday has not happened yet.
NOT_EVENTS: list[tuple[str, str]] = [
    # a weekday after "für" is the day something is set for, still to come
    ("Die Opposition rief für Samstag zu neuen Protesten in Niamey auf.", "de"),
    ("Die Gewerkschaft hat für Freitag einen Streik im Hafen von Tema angekündigt.", "de"),
    ("Officials dismissed rumours that lava had reached the coastal highway near Goma.", "en"),
    ("The army rejected rumors that rebels had seized the airport in Bunia.", "en"),
    ("Police dismissed rumours that a bomb had exploded at the port of Mombasa.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_EVENTS)
def test_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.trigger) for e in events] == []


# A phrase split by other words is quoted in the order of the text, the word before first.
SPLIT_TRIGGERS = [
    (
        "In Niamey hat die Polizei am Samstag Tränengas gegen Demonstranten eingesetzt.",
        "Tränengas ... eingesetzt",
    ),
    ("In Niamey wurde am Samstag Tränengas eingesetzt.", "Tränengas eingesetzt"),
]


@pytest.mark.parametrize(("text", "trigger"), SPLIT_TRIGGERS)
def test_split_trigger_in_text_order(text: str, trigger: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    assert [(e.kind, e.trigger) for e in events] == [("protest", trigger)]


def _dated(text: str, lang: str, date: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.date) for e in geomap.analyze(text, lang=lang, date=date).events]


# A noun that is no trigger still names the event a relation counts from ("zwei Tage vor den
# Schüssen", "a day after the fire"): the last event of its family told before it. An
# indefinite noun ("after an engine fire") tells a new event and counts from nothing.
RELATIONS = [
    (
        "Bei dem Dorf Dajti ist am Samstag ein Soldat an der Grenze erschossen worden. Zwei"
        " Tage vor den Schüssen hatten sich Vertreter beider Länder in Genf getroffen. In der"
        " Nacht zum Montag explodierte in Shkodra ein Sprengsatz.",
        "de",
        "2025-06-10",
        ("getroffen", "2025-06-05"),
    ),
    (
        "Rioters torched shops in Lilongwe on Thursday. A bank in the suburb of Area 18 was"
        " set alight by rioters on Saturday. The president toured the suburb a day after the"
        " fire.",
        "en",
        "2025-06-11",
        ("toured", "2025-06-08"),
    ),
    (
        "In Blantyre zündeten Randalierer am Samstag ein Rathaus an. Einen Tag nach dem Feuer"
        " besuchte der Präsident die Stadt.",
        "de",
        "2025-06-11",
        ("besuchte", "2025-06-08"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "date", "expected"), RELATIONS)
def test_relation_to_a_noun_of_no_trigger(
    text: str, lang: str, date: str, expected: tuple[str, str | None]
) -> None:
    assert expected in _dated(text, lang, date)


def test_an_indefinite_fire_counts_from_nothing() -> None:
    text = (
        "A cyclone hit Fiji on Saturday. A ferry sank off Suva after an engine fire, officials"
        " said."
    )
    assert ("sank", "2025-06-07") in _dated(text, "en", DAY)


# An office that acts from home, named with its country's adjective, does not take a place
# carried from another country's story: the dateline of its own country is where it acted.
# An ambassador acts abroad and keeps the carried place.
OFFICES = [
    (
        "Accra, 20. August 2025 (AFP) - In Togo protestierten am Samstag Tausende. Im"
        " benachbarten Benin kenterte am Dienstag vor Cotonou ein Fischerboot. Der ghanaische"
        " Präsident empfing am Montag eine Delegation der togoischen Opposition.",
        "de",
        ("empfing", "Accra"),
    ),
    (
        "NAIROBI, Aug 20 (AFP) - Thousands protested in Kampala on Saturday. In neighbouring"
        " Tanzania, a boat capsized off Mwanza on Tuesday. The Kenyan prime minister received"
        " a delegation of the Ugandan opposition on Monday.",
        "en",
        ("received", "Nairobi"),
    ),
    (
        "NAIROBI, Aug 20 (AFP) - A boat capsized off Mwanza on Tuesday. The Kenyan ambassador"
        " met survivors on Wednesday.",
        "en",
        ("met", "Mwanza"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OFFICES)
def test_an_office_acts_from_home(text: str, lang: str, expected: tuple[str, str]) -> None:
    events = geomap.analyze(text, lang=lang, date="2025-08-20").events
    assert expected in [(e.trigger, e.place_name) for e in events]


# A clause that opens with a relation to a named event holds that event's day before its
# verb (German puts no comma there); a day after the verb is the clause's own.
FRONTED = [
    (
        "Nach dem Brand in einem Markt in Kumasi am Samstag nahm die Polizei am Montag drei"
        " Männer fest.",
        "de",
        ("nahm ... fest", MON),
    ),
    (
        "Nach den Ausschreitungen am Samstag in Blantyre nahm die Polizei am Montag 20"
        " Menschen fest.",
        "de",
        ("nahm ... fest", MON),
    ),
    (
        "After the fire at a market in Kumasi on Saturday police arrested three men on Monday.",
        "en",
        ("arrested", MON),
    ),
    # with no day after the verb, the fronted day is the clause's
    ("Am Samstag nahm die Polizei in Kumasi drei Männer fest.", "de", ("nahm ... fest", SAT)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FRONTED)
def test_fronted_relation_keeps_its_day(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in _dated(text, lang, DAY)


# An event noun as the subject, its time and place in a relative clause after a comma
# ("The blast, which tore through X on Monday, killed ..."): the relative clause's commas
# end no clause, so the noun keeps the clause's time and place.
RELATIVE_SUBJECT = [
    (
        "The quake, which struck near Padang early on Sunday, damaged hundreds of homes.",
        "en",
        "disaster",
        "2025-06-08",
        "Padang",
    ),
    (
        "Das Erdbeben, das sich am Sonntag bei Padang ereignete, beschädigte Hunderte Häuser.",
        "de",
        "disaster",
        "2025-06-08",
        "Padang",
    ),
    (
        "The fire, which broke out at a market in Kumasi on Saturday, destroyed 40 stalls.",
        "en",
        "accident",
        SAT,
        "Kumasi",
    ),
    (
        "Der Brand, der am Samstag auf einem Markt in Kumasi ausbrach, zerstörte 40 Stände.",
        "de",
        "accident",
        SAT,
        "Kumasi",
    ),
    (
        "The explosion, which tore through a depot in Mombasa on Monday, killed five workers.",
        "en",
        "accident",
        MON,
        "Mombasa",
    ),
    (
        "Die Überschwemmung, die am Montag die Altstadt von Cuenca erfasste, zerstörte 30 Häuser.",
        "de",
        "disaster",
        MON,
        "Cuenca",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), RELATIVE_SUBJECT)
def test_relative_clause_of_an_event_noun(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


# ... and a forecast in such a relative clause keeps the whole clause's mood: no event.
RELATIVE_FORECAST = [
    ("The storm, which is expected to reach Mombasa on Friday, has prompted warnings.", "en"),
    ("Der Sturm, der am Freitag Mombasa erreichen könnte, hat Warnungen ausgelöst.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), RELATIVE_FORECAST)
def test_a_forecast_in_a_relative_clause_reports_nothing(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert not events, [(e.kind, e.date, e.place_name) for e in events]
