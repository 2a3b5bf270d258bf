"""Which place of its sentence an event happened at, round 2 of the session-18 event-site
probe (docs/events.md, "The place of an event, session 18", round 2): a town's country
between commas that cut the clause, a town's country in brackets, a destination inside
the subject, a town glued to ``-based``, a German noun's origin opening the sentence.
Sentences of our own, with other towns and wording than the generated probe
(benchmarks/material/probe_event_sites18.csv) that showed each class."""

from __future__ import annotations

import pytest

from tests.support.event_table import first_event_place


def _place(lang: str, text: str) -> str | None:
    return first_event_place(lang, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A warehouse in Gyumri, Armenia, was gutted by a fire on Friday.", "Gyumri"),
        (
            "Two schools near Masvingo, Zimbabwe, were damaged by a storm on Sunday, "
            "officials in Harare said.",
            "Masvingo",
        ),
        (
            "Volunteers dug through the debris in Bayburt, Turkey, on Tuesday after the "
            "earthquake.",
            "Bayburt",
        ),
    ],
)
def test_a_towns_country_between_commas_keeps_the_town_en(text, place):
    assert _place("en", text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Die Polizei in Gyumri (Armenien) nahm am Montag drei Schmuggler aus Vanadzor fest.",
            "Gyumri",
        ),
        (
            "Ein Erdrutsch blockierte am Mittwoch die Straße zwischen Trabzon und Erzurum bei "
            "Bayburt (Türkei).",
            "Bayburt",
        ),
    ],
)
def test_a_towns_country_in_brackets_is_no_candidate_de(text, place):
    assert _place("de", text) == place


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "A lorry heading to Vanadzor was hijacked near Spitak on Monday.", "Spitak"),
        ("en", "A patrol bound for Masvingo was ambushed outside Mutare on Friday.", "Mutare"),
        (
            "de",
            "Ein Lastwagen auf dem Weg nach Vanadzor wurde am Montag bei Spitak überfallen.",
            "Spitak",
        ),
        # after the trigger a goal is the event's own
        ("en", "Fighting spread to Bayburt on Sunday.", "Bayburt"),
    ],
)
def test_a_goal_inside_the_subject_yields_to_the_site(lang, text, place):
    assert _place(lang, text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Harare-based rights group said a storm hit Masvingo on Tuesday.", "Masvingo"),
        ("The Trabzon-based newspaper said a landslide buried Bayburt on Friday.", "Bayburt"),
    ],
)
def test_a_town_glued_to_based_is_no_site_en(text, place):
    assert _place("en", text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sanitäter aus Gyumri versorgten am Montag nach dem Unfall in Spitak Verletzte.",
            "Spitak",
        ),
        ("Helfer aus Harare löschten am Sonntag einen Brand in Masvingo.", "Masvingo"),
    ],
)
def test_a_nouns_origin_opening_the_sentence_yields_de(text, place):
    assert _place("de", text) == place


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Milizen lieferten sich am Freitag bei Spitak, unweit der Grenze zu Georgien, "
            "Schusswechsel mit der Armee.",
            "Spitak",
        ),
        (
            "en",
            "Rebels fought the army near Masvingo, about 60 km from Mutare, on Saturday.",
            "Masvingo",
        ),
    ],
)
def test_a_nearness_or_distance_aside_keeps_the_place_before_it(lang, text, place):
    assert _place(lang, text) == place


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Aus Stellungen bei Trabzon abgefeuerte Granaten schlugen am Montag in Bayburt ein.",
            "Bayburt",
        ),
        (
            "en",
            "Fighters from camps near Mutare raided a police post in Masvingo on Friday.",
            "Masvingo",
        ),
    ],
)
def test_a_place_near_an_origin_yields_to_the_site(lang, text, place):
    assert _place(lang, text) == place
