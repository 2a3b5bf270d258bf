"""Non-event guards of session 20 (docs/events.md, "Event words from WordNet and wordfreq
(session 20, h20-trig)"). Sentences of our own, with other places and wording than the
generated probe's frames that showed the classes."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _triggers(lang: str, text: str) -> list[str]:
    return [e.trigger for e in geomap.analyze(text, lang=lang, date=DAY).events]


# German puts the remembering verb at the clause's end, after the event it remembers: the
# event noun in an "an" phrase with "erinnert", "erinnerten" later in its clause is remembered.
@pytest.mark.parametrize(
    "text",
    [
        "In Ohrid wurde am Sonntag mit Kerzen an die Lawine vor zwanzig Jahren erinnert.",
        "Die Gemeinde Celje hat am Montag an das Hochwasser von 2014 erinnert.",
        "Schüler in Tulcea erinnerten am Dienstag mit einem Konzert an den Bombenanschlag.",
    ],
)
def test_an_event_remembered_at_the_clause_end_is_no_news(text: str) -> None:
    assert _triggers("de", text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # today's event beside the remembering stays an event
        ("In Tulcea demonstrierten am Dienstag Hunderte Menschen.", "demonstrierten"),
        # an "an" phrase with no remembering word is no commemoration
        ("Eine Lawine ging am Montag an der Nordflanke bei Ohrid ab.", "Lawine"),
        ("Am Montag kam es an der Grenze bei Celje zu einem Erdrutsch.", "Erdrutsch"),
    ],
)
def test_an_event_without_a_remembering_word_stays(text: str, trigger: str) -> None:
    assert trigger in _triggers("de", text)


# After a frame that ends in a preposition ("risk of", "fear of") a verb trigger in -ing is a
# gerund, a noun: what may come, no event (as "the risk of a landslide" already was).
@pytest.mark.parametrize(
    "text",
    [
        "Aid groups in Goma warned of the risk of renewed shelling on Tuesday.",
        "Residents of Sumy spoke of the threat of heavy bombing on Monday.",
    ],
)
def test_a_gerund_after_risk_of_is_no_event(text: str) -> None:
    assert not {"shelling", "bombing"} & set(_triggers("en", text))


def test_a_gerund_as_the_verb_stays_an_event() -> None:
    assert "shelling" in _triggers("en", "Troops were shelling Sumy on Monday.")


# --- round 2: event nouns the lexicons lacked, each beside its look-alikes written first.
# A crime's case in court ("murder charges", "a murder trial", "ein Mordprozess"), its rate,
# a warning or a figurative use names no event of that day.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prosecutors in Tartu brought murder charges against two brothers on Friday."),
        ("en", "A murder trial began in Tartu on Thursday."),
        ("en", "Police in Tartu questioned the murder suspect for hours on Friday."),
        ("en", "The murder rate in Tartu fell sharply last year."),
        ("de", "Der Mordprozess gegen einen Arzt begann am Donnerstag in Tartu."),
        ("de", "Die Mordkommission in Tartu ermittelt seit Freitag."),
        ("de", "Die Ministerin sah sich in Graz einem Bombardement von Vorwürfen ausgesetzt."),
    ],
)
def test_a_case_of_the_crime_or_a_figure_of_speech_is_no_event(lang: str, text: str) -> None:
    assert not {"murder", "Mord", "Mordprozess", "Bombardement"} & set(_triggers(lang, text))


@pytest.mark.parametrize(
    ("lang", "text", "trigger"),
    [
        # the court's own act, not the crime it is about, is the clause's event
        ("en", "A farmer was charged with murder in Tartu on Friday.", "charged"),
        ("de", "Ein Landwirt wurde am Freitag in Tartu wegen Mordes angeklagt.", "angeklagt"),
    ],
)
def test_charged_with_murder_is_the_charge(lang: str, text: str, trigger: str) -> None:
    assert _triggers(lang, text) == [trigger]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "sub_kind"),
    [
        (
            "en",
            "The murder of a radio host in Tartu on Friday shocked the country.",
            "violence_against_civilians",
            "attack",
        ),
        (
            "de",
            "Der Mord an einer Richterin in Graz am Montag erschütterte das Land.",
            "violence_against_civilians",
            "attack",
        ),
        (
            "de",
            "Ein Seebeben der Stärke 6,1 erschütterte am Montag die Küste vor Kalamata.",
            "disaster",
            "earthquake",
        ),
        (
            "de",
            "Eine Sturmflut setzte am Dienstag weite Teile von Esbjerg unter Wasser.",
            "disaster",
            "flood",
        ),
        (
            "de",
            "Bei einem Bombardement auf Idlib starben am Montag neun Menschen.",
            "explosion_remote_violence",
            None,
        ),
        # a lynching is a crowd's act by its very word, the crowd named or not
        ("en", "A cattle thief was lynched near Mopti on Sunday.", "riot", "mob_violence"),
        ("de", "In Mopti wurde am Sonntag ein Viehdieb gelyncht.", "riot", "mob_violence"),
        (
            "de",
            "Der Lynchmord an einem Händler in Mopti am Sonntag löste Proteste aus.",
            "riot",
            "mob_violence",
        ),
    ],
)
def test_new_event_nouns_and_the_lynching_kind(
    lang: str, text: str, kind: str, sub_kind: str | None
) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert events, text
    assert (events[0].kind, events[0].sub_kind) == (kind, sub_kind)


# The base form of a verb is a headline's or a lead's present only right after a bare plural
# subject opening the clause; a modal, an infinitive, a habit, a causative or a future before
# it is no news of the day.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers can detain suspects for two days under the new law in Gao.",
        "The decree lets soldiers detain suspects without charge in Gao.",
        "Soldiers vowed to detain anyone who joins the march in Gao.",
        "Soldiers usually detain a few smugglers each week near Gao.",
        "Soldiers will detain protesters in Gao on Friday, the minister warned.",
        "Soldiers did not detain anyone in Gao on Monday.",
        "Aid groups fear bandits abduct children near Gao.",
    ],
)
def test_a_bare_verb_that_is_no_headline_present_is_no_event(text: str) -> None:
    assert _triggers("en", text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Soldiers detain a union leader in Gao", "detain", "strategic_development"),
        ("Bandits abduct three nurses near Gao", "abduct", "violence_against_civilians"),
        ("Gunmen kidnap a village chief near Gao", "kidnap", "violence_against_civilians"),
        ("Jihadists overrun an army post near Gao", "overrun", "battle"),
    ],
)
def test_a_headline_present_after_a_bare_subject_is_the_day_s_event(
    text: str, trigger: str, kind: str
) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [(e.trigger, e.kind) for e in events] == [(trigger, kind)]
    assert events[0].date == DAY  # the report's day
