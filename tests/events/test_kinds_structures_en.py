"""Sentence structures that still missed in English (issue 20; session 11, evkinds helper),
with some German: an object as the subject of an intransitive event verb (``A fuel tanker
exploded``, ``A footbridge collapsed``), an event noun with a relative clause after it, the
day a report was made against the day of the event it reports (``Police said on Tuesday
they had rescued ... on Sunday``), a place in a prepositional chain (``on the road between
X and Y``, ``a village 20 km south of X``), a passive with its agent (``was attacked by
gunmen in X``) and nominalised events as subjects (``Flooding in X killed``, ``Clashes in
X left``).

Then look-alikes that report no event: a warning, a conditional, a negation, a question, a
habit, a plan, an anniversary and a statistic for the same kinds.

Written for these tests, with other regions and wording than any benchmark article: the
kind, day and place are what a reader names."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

SAT, SUN, MON, TUE = "2025-06-07", "2025-06-08", "2025-06-09", "2025-06-10"

# (text, language, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str | None, str, str]] = [
    # an object as the subject of an intransitive event verb
    (
        "A fuel tanker exploded on a highway near Kisumu on Monday.",
        "en",
        "accident",
        None,
        MON,
        "Kisumu",
    ),
    (
        "A footbridge collapsed over a river in Sylhet on Sunday.",
        "en",
        "accident",
        None,
        SUN,
        "Sylhet",
    ),
    (
        "An irrigation dam burst near Derna on Tuesday.",
        "en",
        "disaster",
        "flood",
        TUE,
        "Derna|Darnah",
    ),
    ("A fire broke out at a market in Onitsha on Monday.", "en", "accident", None, MON, "Onitsha"),
    ("Ein Tanklaster ist am Montag bei Kassel explodiert.", "de", "accident", None, MON, "Kassel"),
    ("Am Sonntag stürzte in Dresden eine Brücke ein.", "de", "accident", None, SUN, "Dresden"),
    # an event noun with a relative clause after it; the mode of a road accident by its vehicle
    (
        "Two people died after a motorcycle accident in which a lorry was involved near Moshi"
        " on Monday.",
        "en",
        "accident",
        "road",
        MON,
        "Moshi",
    ),
    (
        "Two people died in a minibus accident near Mbeya on Sunday.",
        "en",
        "accident",
        "road",
        SUN,
        "Mbeya",
    ),
    (
        "A tractor accident near Kitale killed a farmer on Sunday.",
        "en",
        "accident",
        "road",
        SUN,
        "Kitale",
    ),
    (
        "The blaze, which destroyed forty homes, started in Mombasa on Tuesday.",
        "en",
        "accident",
        None,
        TUE,
        "Mombasa",
    ),
    # the report's day against the event's day
    (
        "Police said on Tuesday they had rescued 12 hostages in Zamfara on Sunday.",
        "en",
        "strategic_development",
        None,
        SUN,
        "Zamfara",
    ),
    (
        "On Tuesday police said they had rescued 12 hostages in Zamfara on Sunday.",
        "en",
        "strategic_development",
        None,
        SUN,
        "Zamfara",
    ),
    (
        "The army said Monday its troops killed 30 militants near Kidal on Saturday.",
        "en",
        "battle",
        None,
        SAT,
        "Kidal",
    ),
    (
        "A spokesman said on Tuesday that gunmen had kidnapped eight farmers in Katsina on Sunday.",
        "en",
        "violence_against_civilians",
        None,
        SUN,
        "Katsina",
    ),
    (
        "Die Polizei teilte am Dienstag mit, sie habe am Sonntag in Bremen zwölf Geiseln befreit.",
        "de",
        "strategic_development",
        None,
        SUN,
        "Bremen",
    ),
    # a place in a prepositional chain
    (
        "Gunmen attacked a checkpoint on the road between Gao and Ansongo on Monday.",
        "en",
        "battle",
        None,
        MON,
        "Gao|Ansongo",
    ),
    (
        "Militants attacked a village 20 km south of Maiduguri on Sunday.",
        "en",
        "violence_against_civilians",
        None,
        SUN,
        "Maiduguri",
    ),
    # a passive with its agent
    ("A convoy was attacked by gunmen in Zamfara on Monday.", "en", "battle", None, MON, "Zamfara"),
    (
        "A bus was hit by a landslide near Dharan on Sunday.",
        "en",
        "disaster",
        "mass_movement",
        SUN,
        "Dharan",
    ),
    # nominalised events as subjects
    ("Flooding in Sylhet killed nine people on Monday.", "en", "disaster", "flood", MON, "Sylhet"),
    ("Clashes in Tripoli left six dead on Sunday.", "en", "battle", None, SUN, "Tripoli"),
    ("Fighting in Khartoum killed 20 civilians on Tuesday.", "en", "battle", None, TUE, "Khartoum"),
    ("Heavy rain in Recife caused landslides on Monday.", "en", "disaster", None, MON, "Recife"),
    (
        "Überschwemmungen in Passau töteten am Montag drei Menschen.",
        "de",
        "disaster",
        "flood",
        MON,
        "Passau",
    ),
]

MISSED = [
    pytest.param(
        "The crash, which killed four people, happened near Arusha on Sunday.",
        "en",
        "accident",
        None,
        SUN,
        # a strict xfail until session 16, round 2: a bare 'crash' named no mode and the
        # relative clause's 'killed' was read as an attack on civilians; a crash that kills
        # with nothing that can fall in sight is now a road crash ([impact] road_nouns)
        "Arusha",
    ),
    pytest.param(
        "Officials said Monday the fire started late Saturday in Kamloops.",
        "en",
        "accident",
        None,
        SAT,
        "Kamloops",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), [*CASES, *MISSED])
def test_the_sentence_reports_its_kind(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)


NON_EVENTS = [
    ("Engineers warned that the dam near Derna could burst.", "en"),
    ("If the bridge in Sylhet collapses, the town will be cut off.", "en"),
    ("The bridge in Sylhet did not collapse on Sunday.", "en"),
    ("Did a tanker explode near Kisumu?", "en"),
    ("Flooding in Sylhet kills hundreds every year.", "en"),
    ("Clashes in Tripoli are expected to resume next week.", "en"),
    ("The town marks the anniversary of the dam burst near Derna on Tuesday.", "en"),
    ("Police said on Tuesday they plan to rescue hostages in Zamfara.", "en"),
    ("Fires in Kamloops have doubled since 2010.", "en"),
    ("The minister warned that motorcycle accidents in Kampala were rising.", "en"),
    ("Wenn die Brücke in Dresden einstürzt, ist die Stadt geteilt.", "de"),
    ("Der Damm bei Kassel könnte brechen, warnten Experten.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NON_EVENTS)
def test_the_look_alike_reports_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert events == (), [(e.kind, e.trigger, e.date, e.place_name) for e in events]
