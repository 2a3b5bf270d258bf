"""German agency copy about other countries: three clause shapes (session 22, round 2,
h22-evde; docs/events.md, "German agency copy about other countries: labels, solle, nachdem
er (session 22, round 2, h22-evde)"). Sentences of our own, other places than the dev batch.

- A label (``Festnahme in X:``) before a sentence that tells the same event with its own
  verb: the sentence's event is the event, and it takes the label's place. The label's noun
  swallowed an undated verb (``Festnahme in X: Ein Mann wurde festgenommen, nachdem ...``).
- ``solle ... stattfinden`` (Konjunktiv I of ``soll``) is a plan told in reported speech, as
  ``soll ... stattfinden`` is; ``solle ... angegriffen haben`` stays hearsay of an event.
- ``nachdem er am Montag ...``: a pronoun after ``nachdem`` opens a clause with its own day,
  no relation "after <er>".
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-03"  # a Tuesday


def _events(text: str) -> list[geomap.Event]:
    return list(geomap.analyze(text, lang="de", date=DAY).events)


def _place(e: geomap.Event) -> str | None:
    return e.place_name


# ----------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Festnahme in Leoben: Ein Mann wurde festgenommen, nachdem er am Montag in einem "
            "Lokal einen Kellner niedergestochen hatte.",
            "festgenommen",
            "Leoben",
        ),
        (
            "Festnahme in Kumasi: Ein Lehrer wurde verhaftet, nachdem Schüler gegen ihn "
            "ausgesagt hatten.",
            "verhaftet",
            "Kumasi",
        ),
        # a plural label that reads like a fused verb form ("festnahmen")
        (
            "Festnahmen in Kumasi: Soldaten nahmen mehrere Studenten fest.",
            "nahmen ... fest",
            "Kumasi",
        ),
    ],
)
def test_a_label_gives_its_place_to_the_sentence_event(text: str, trigger: str, place: str) -> None:
    got = [(e.trigger, e.kind, _place(e)) for e in _events(text)]
    assert (trigger, "strategic_development", place) in got, got


def test_a_label_of_another_kind_stays_apart() -> None:
    # a fire and then an arrest: two events, the arrest no detail of the fire
    text = "Brand in Leoben: Die Polizei nahm am Montag einen Mann fest."
    got = {e.kind for e in _events(text)}
    assert {"accident", "strategic_development"} <= got, got


def test_a_label_with_no_event_in_its_sentence_stays() -> None:
    text = "Festnahme in Leoben: Der Mann hatte sich am Montag selbst gestellt."
    got = [(e.kind, _place(e)) for e in _events(text)]
    assert ("strategic_development", "Leoben") in got, got


# ----------------------------------------------------------------------------- solle


@pytest.mark.parametrize(
    "text",
    [
        "Ein Gipfeltreffen solle im März in Nairobi stattfinden, sagte ein Sprecher.",
        "Eine Volksabstimmung über den Staudamm solle im Herbst stattfinden, sagte der Minister.",
        "Die Wahl solle wie geplant im Dezember stattfinden, hieß es aus Regierungskreisen.",
    ],
)
def test_a_plan_in_reported_speech_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_hearsay_with_a_perfect_infinitive_stays() -> None:
    text = (
        "Der Mann solle am Sonntag in Graz einen Polizisten angegriffen haben, sagte ein "
        "Sprecher der Staatsanwaltschaft."
    )
    got = [(e.trigger, e.date) for e in _events(text)]
    assert any(d == "2025-06-01" for _, d in got), got


# ----------------------------------------------------------------------------- nachdem er


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Ein Mann wurde in Leoben festgenommen, nachdem er am Sonntag einen Kellner "
            "niedergestochen hatte.",
            "violence_against_civilians",
            "2025-06-01",
        ),
        # a noun subject after the conjunction: no relation "after <the rebels>" either
        (
            "Ein Soldat wurde getötet, nachdem Rebellen am Montag einen Posten bei Beni "
            "angegriffen hatten.",
            "battle",
            "2025-06-02",
        ),
        (
            "Zwei Männer wurden festgenommen, nachdem die Demonstranten am Samstag in Kumasi "
            "Autos angezündet hatten.",
            "riot",
            "2025-05-31",
        ),
        (
            "Die Polizei nahm in Kumasi zwölf Studenten fest, nachdem sie am Samstag vor dem "
            "Parlament demonstriert hatten.",
            "protest",
            "2025-05-31",
        ),
    ],
)
def test_the_nachdem_clause_keeps_its_day(text: str, kind: str, day: str) -> None:
    got = {(e.kind, e.date) for e in _events(text)}
    assert (kind, day) in got, got


def test_nachdem_an_event_named_stays_a_relation() -> None:
    text = (
        "In Leoben brach am Sonntag in einer Lagerhalle ein Brand aus. "
        "Kurz nach dem Brand wurde in Leoben ein 30-Jähriger festgenommen."
    )
    got = {(e.kind, e.date) for e in _events(text)}
    assert ("strategic_development", "2025-06-01") in got, got


# ----------------------------------------------------------------------------- reported on


def test_a_subjunctive_sentence_after_reported_speech_reports() -> None:
    text = (
        "Bei Gefechten nahe Kumasi wurde am Sonntag ein Soldat getötet, teilte die Armee mit. "
        "Am Montag hätten Bewaffnete zudem nahe dem Dorf Ejisu zwei Bauern entführt."
    )
    got = {(e.kind, e.date) for e in _events(text)}
    assert ("violence_against_civilians", "2025-06-02") in got, got


@pytest.mark.parametrize(
    "second",
    [
        # a condition, a modal infinitive, a counterfactual cue: a possibility, no event
        "Ohne die Patrouillen hätten Bewaffnete das Dorf Ejisu am Montag angegriffen.",
        "Bewaffnete hätten das Dorf Ejisu am Montag angreifen können.",
        "Bewaffnete hätten das Dorf Ejisu am Montag angegriffen, wenn die Armee abgezogen wäre.",
    ],
)
def test_a_possibility_after_reported_speech_is_no_event(second: str) -> None:
    text = f"Die Armee teilte mit, die Lage in Kumasi sei ruhig. {second}"
    assert [e for e in _events(text) if e.kind == "battle" or e.date == "2025-06-02"] == []


def test_a_subjunctive_with_no_speech_before_stays_a_possibility() -> None:
    text = "Die Armee zog am Sonntag aus Kumasi ab. Bewaffnete hätten das Dorf Ejisu angegriffen."
    assert [e.trigger for e in _events(text) if e.trigger == "angegriffen"] == []


# ----------------------------------------------------------------------------- nachdem's day


def test_a_main_clause_with_no_day_takes_the_nachdem_day() -> None:
    # the arrest came on the day of the stabbing or after it; the fire told before is
    # another event, its day not the arrest's
    text = (
        "In Leoben brannte am Samstag eine Scheune. Ein Mann wurde festgenommen, nachdem er "
        "am Sonntag einen Kellner niedergestochen hatte."
    )
    got = {(e.trigger, e.date) for e in _events(text)}
    assert ("festgenommen", "2025-06-01") in got, got


def test_a_main_clause_keeps_its_own_day_before_nachdem() -> None:
    text = (
        "Ein Mann wurde am Montag in Leoben festgenommen, nachdem er am Sonntag einen "
        "Kellner niedergestochen hatte."
    )
    got = {(e.trigger, e.date) for e in _events(text)}
    assert ("festgenommen", "2025-06-02") in got, got


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        (
            "Erdbeben in Chile: Ein Beben der Stärke 6,2 erschütterte am Montag den Norden des "
            "Landes.",
            "disaster",
            "Beben",
        ),
        (
            "Ausschreitungen in Kumasi: Demonstranten setzten am Montag Autos in Brand.",
            "riot",
            "setzten ... in Brand",
        ),
    ],
)
def test_a_label_and_its_sentence_are_one_event(text: str, kind: str, trigger: str) -> None:
    got = [e.trigger for e in _events(text) if e.kind == kind]
    assert got == [trigger], got
