"""Sentences that report no event give none; events beside them stay (both languages).

Every sentence here was written for these tests (other regions, other wording than the
benchmark corpus): arranged or called-off events, questions, kinds of event rather than one
event, what a place is like, a trigger word that only modifies another noun, a vague past,
negation, a promise in a coordinated clause.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    a = geomap.analyze(text, lang=lang, date=DAY)  # offline: tests/conftest.py
    return [(e.type, e.trigger) for e in a.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The president is due to visit Hanoi later this month.",
        "A referendum on the new constitution is scheduled for October in Bamako.",
        "The launch of the weather satellite from French Guiana has been postponed.",
        "The opposition threatened to stage protests in Caracas if the vote is delayed.",
        "Will the government in Nairobi call early elections?",
        "Such attacks have become rarer in Kabul over the past year.",
        "Floods are common in the lowlands around Dhaka.",
        "The earthquake insurance scheme in Wellington covers most homes.",
        "Missile defence systems were deployed around Riyadh years ago.",
        "Residents said no attack had taken place in the town of Bor.",
        "Had the dam near Kariba burst, thousands would have died.",
        "Nobody was arrested in Quito after the march, police said.",
        "The storm is forecast to make landfall near Darwin on Friday.",
        "The ceasefire agreement signed in Doha last year has largely held.",
        "A new trial in the case is expected to begin in Karachi next month.",
        "The finance minister said in Nairobi on Tuesday that growth would slow next year.",
        "A spokesman for the agency said in Geneva that aid deliveries would resume.",
        "Managua has been hit by several strong earthquakes in its history.",
        "Police in Lagos have arrested hundreds of people in similar raids.",
        "Cyclones regularly strike the coast of Odisha between April and December.",
        "A major eruption of the volcano above Goma is overdue, experts warn.",
        "Another flood in Lahore is inevitable unless the drains are cleared, engineers say.",
        "Landslides block the road to Darjeeling every monsoon.",
        "Avalanches bury the pass above Gulmarg each winter.",
        "An attack like this was bound to happen in Peshawar, analysts said.",
        "A flood of this size happens in Sylhet once in a century.",
        "Talks between the two sides in Doha are set to resume on Monday.",
        "Police in Lima have yet to arrest any suspects.",
        "Officials ruled out an attack on the pipeline near Basra.",
        "Fishermen in Chittagong braced for a cyclone on Tuesday.",
        "Analysts say a coup in Ouagadougou is only a matter of time.",
        "The junta says it will hold a referendum in Bamako next spring.",
    ],
)
def test_english_sentences_without_an_event(sentence: str) -> None:
    assert _events(sentence, "en") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Start des Satelliten von Französisch-Guayana aus wurde verschoben.",
        "Die Opposition droht mit Protesten in Belgrad, falls die Wahl verschoben wird.",
        "Ist die Regierung in Lima zu Neuwahlen bereit?",
        "Solche Anschläge sind in Kabul im vergangenen Jahr seltener geworden.",
        "Erdbeben sind in der Region um Izmir keine Seltenheit.",
        "Die Polizei in Leipzig nahm niemanden fest.",
        "Raketenabwehrsysteme wurden schon vor Jahren rund um Riad stationiert.",
        "Das Gipfeltreffen in Accra wurde abgesagt.",
        "Ein neuer Prozess soll im kommenden Monat in Karatschi beginnen.",
        "Der Sturm soll am Freitag bei Darwin auf Land treffen.",
        "Wer den Anschlag in Mogadischu verübt hat, ist unklar.",
        "In Bor hat es nach Angaben von Bewohnern keinen Angriff gegeben.",
        "Das im vergangenen Jahr in Doha unterzeichnete Abkommen hat weitgehend gehalten.",
        "Der Finanzminister sagte am Dienstag in Nairobi, das Wachstum werde sich abschwächen.",
        "Das Ministerium teilte am Montag in Taschkent mit, es wolle drei Staudämme bauen.",
        "Managua wurde in seiner Geschichte mehrfach von schweren Erdbeben getroffen.",
        "Die Region gehört zu den am stärksten von Überschwemmungen bedrohten in Bangladesch.",
        "Proteste gegen die Treibstoffpreise gehören in Nairobi fast zum Alltag.",
        "Ein großes Erdbeben in Tirana gilt unter Geologen als überfällig.",
        "Ein derartiges Hochwasser galt in Dresden lange als unvorstellbar.",
        "Ein solches Unglück war für viele Fischer in Kisumu nur eine Frage der Zeit.",
        "In den Bergen über Davos gehen jeden Winter Lawinen ab.",
        "Ein Anschlag dieser Art war in Peschawar nur eine Frage der Zeit.",
        "Experten befürchten ein schweres Erdbeben in Kathmandu.",
        "Die Regierung kündigte ein Referendum in Bamako für das kommende Frühjahr an.",
        "Hochwasser dieser Größe gibt es in Passau nur alle hundert Jahre.",
        "Ein Angriff auf die Pipeline bei Basra wurde ausgeschlossen.",
        "Die Bewohner von Beira bereiten sich auf einen weiteren Zyklon vor.",
        "Nach Ansicht von Fachleuten ist ein Dammbruch bei Kariba nur eine Frage der Zeit.",
    ],
)
def test_german_sentences_without_an_event(sentence: str) -> None:
    assert _events(sentence, "de") == []


def test_reported_events_beside_non_events_stay() -> None:
    text = (
        "A passenger ferry capsized on the Volta lake near Yeji on Tuesday.\n\n"
        "Such accidents are common on the lake. Officials plan to inspect every boat."
    )
    assert _events(text, "en") == [("accident", "capsized")]


def test_an_event_beside_an_overdue_one_stays() -> None:
    text = (
        "A mudflow buried the main road into Karakol on Thursday.\n\n"
        "A bigger quake in the Tian Shan is long overdue, seismologists say."
    )
    assert _events(text, "en") == [("disaster", "mudflow")]


def test_an_event_named_after_its_group_or_an_earlier_one_stays() -> None:
    # "dieser Gruppe" names who did it, "like the one in Karachi" compares: both happened
    german = "Ein Anschlag dieser Gruppe tötete am Montag in Quetta zwölf Menschen."
    english = "A bomb attack like the one in Karachi killed nine people in Quetta on Monday."
    assert [t for t, _ in _events(german, "de")] == ["strike"]
    assert [t for t, _ in _events(english, "en")] == ["strike"]


def test_german_hearsay_soll_keeps_the_event() -> None:
    # "soll ... angegriffen haben" is reported speech (an event, less sure), not a plan
    text = "Die Miliz soll am Montag ein Dorf bei Bunia angegriffen haben."
    assert [t for t, _ in _events(text, "de")] == ["strike"]


def test_german_event_with_perfect_auxiliary_is_no_copula_sentence() -> None:
    # "ist ... gekommen" is a perfect tense, not "what something is": the riot stays
    text = "In Rosario ist es am Dienstag zu schweren Ausschreitungen gekommen."
    assert [t for t, _ in _events(text, "de")] == ["riot"]


def test_coordinated_promise_does_not_cancel_the_visit() -> None:
    text = "The governor visited Chiclayo on Monday and said the state would rebuild the bridge."
    assert [t for t, _ in _events(text, "en")] == ["meeting"]


def test_a_statement_that_is_the_news_stays() -> None:
    text = "The interior minister said in Lusaka on Monday that four officers had been suspended."
    assert [t for t, _ in _events(text, "en")] == ["statement"]


def test_a_magnitude_is_no_count() -> None:
    # "5.9" before the noun is a magnitude; "several earthquakes" would be a count
    text = "A magnitude 5.9 earthquake struck near Kokopo on Monday."
    assert [t for t, _ in _events(text, "en")] == ["disaster"]


def test_a_known_event_named_again_without_a_day_is_no_new_one() -> None:
    text = (
        "Floods swept through the town of Kasese in western Uganda on Monday.\n\n"
        "Critics accuse the junta in Niamey of using the attacks as a pretext. "
        "The museum in Hiroshima commemorates the victims of the bombing."
    )
    assert [t for t, _ in _events(text, "en")] == ["disaster"]
