"""Wording from the twelfth session's dev articles (issue 20), in other regions and other
words: a protest against a thing that is only planned (``against a planned motorway``); a
question of why an event told before happened; a ministry and an embassy as the place of a
protest (in the capital of the country they stand in); gangs or bandits who storm a town or
a neighbourhood (an attack on civilians, placed at the town after ``of``); clashes between
communities with no armed men (mob violence); stones thrown in the German perfect
(``Steine ... geworfen``); a launch site whose name ends in ``Base``; a
sea's stretch named from a town (``into the sea east of X``: where the missile fell, not
the launch site); coordinated verbs that share the place phrase the last one ends with.
Written for these tests, not drawn from any benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

MON, TUE = "2025-06-09", "2025-06-10"

# (text, lang, kind, sub_kind, day, place)
REPORTED: list[object] = [
    # a planned thing the protest is against: the protest happened
    (
        "Hundreds of farmers marched in Nantes on Tuesday against a planned motorway.",
        "en",
        "protest",
        None,
        TUE,
        "Nantes",
    ),
    (
        "Residents rallied in Cusco on Monday against the government's planned airport.",
        "en",
        "protest",
        None,
        MON,
        "Cusco",
    ),
    (
        "Fishermen protested in Mombasa on Tuesday against a delayed port deal.",
        "en",
        "protest",
        None,
        TUE,
        "Mombasa",
    ),
    # a ministry stands in the capital of the story's country, not in the town named last
    (
        "In the port city of Mombasa, dockworkers went on strike on Monday. Nurses protested "
        "outside the health ministry on Tuesday.",
        "en",
        "protest",
        None,
        TUE,
        "Nairobi",
    ),
    (
        "In Graz demonstrierten am Montag Bauern. Am Dienstag protestierten Pflegekräfte vor "
        "dem Gesundheitsministerium.",
        "de",
        "protest",
        None,
        TUE,
        "Vienna|Wien",
    ),
    # a town in the clause stays finer than the capital; a state ministry is not the capital's
    (
        "Teachers protested outside the education ministry in Lucknow on Tuesday.",
        "en",
        "protest",
        None,
        TUE,
        "Lucknow",
    ),
    (
        "Farmers marched in Lucknow on Monday. On Tuesday they protested outside the state "
        "ministry.",
        "en",
        "protest",
        None,
        TUE,
        "Lucknow",
    ),
    # an embassy stands in the host country's capital, not in its owner's country
    (
        "Fishermen clashed with coast guards near Palawan on Monday. On Tuesday, activists "
        "protested outside the Chinese embassy.",
        "en",
        "protest",
        None,
        TUE,
        "Manila",
    ),
    (
        "In Hamburg gingen am Montag Tausende auf die Straße. Am Dienstag protestierten "
        "Exil-Iraner vor der iranischen Botschaft.",
        "de",
        "protest",
        None,
        TUE,
        "Berlin",
    ),
    (
        "Students marched in Nakuru on Monday. Police fired tear gas at protesters outside the "
        "embassy in Nairobi on Tuesday.",
        "en",
        "protest",
        "protest_with_intervention",
        TUE,
        "Nairobi",
    ),
    # gangs, bandits and gunmen who storm a town or a neighbourhood attack civilians
    (
        "Bandits stormed the town of Zurmi in Zamfara state on Monday, killing 30 people.",
        "en",
        "violence_against_civilians",
        "attack",
        MON,
        "Zurmi",
    ),
    (
        "Gang members attacked homes in the Cite Soleil district of Port-au-Prince on Tuesday.",
        "en",
        "violence_against_civilians",
        "attack",
        TUE,
        "Port-au-Prince|Cite Soleil",
    ),
    (
        "Gunmen stormed a neighbourhood of Culiacan on Tuesday, killing six people.",
        "en",
        "violence_against_civilians",
        "attack",
        TUE,
        "Culiac",
    ),
    # the object of an attack on civilians is where it happened, as a strike's is
    (
        "Gunmen attacked villagers of Zurmi on Monday.",
        "en",
        "violence_against_civilians",
        "attack",
        MON,
        "Zurmi",
    ),
    # a launch site whose name ends in "Base" is where it lifted off, not a target
    (
        "SpaceX launched a Falcon 9 rocket from Vandenberg Space Force Base in California on "
        "Tuesday.",
        "en",
        "launch",
        None,
        TUE,
        "Vandenberg|California",
    ),
    # a sea's stretch named from a town ("into the sea east of X") is where the missile came
    # down; the launch takes the site the next sentence gives, else the launching state
    (
        "SEOUL (AP) — North Korea fired a missile into the sea east of Hamhung on Tuesday. It "
        "was launched from near Pyongyang.",
        "en",
        "launch",
        None,
        TUE,
        "Pyongyang",
    ),
    (
        "Seoul (dpa) - Nordkorea hat am Dienstag eine Rakete ins Meer östlich von Hamhung "
        "abgefeuert. Sie wurde nahe Pjöngjang gestartet.",
        "de",
        "launch",
        None,
        TUE,
        "Pyongyang|Pjöngjang",
    ),
    (
        "China fired missiles into waters north of Taiwan on Tuesday.",
        "en",
        "launch",
        None,
        TUE,
        "China",
    ),
    # a hazard on a coast east of a town is still near the town
    (
        "A storm hit the coast east of Hamhung on Tuesday.",
        "en",
        "disaster",
        None,
        TUE,
        "Hamh",
    ),
    # clashes between communities, villagers or rival crowds with no armed men: mob violence
    (
        "Rival groups clashed in the town of Jos on Tuesday, throwing stones and burning cars.",
        "en",
        "riot",
        "mob_violence",
        TUE,
        "Jos",
    ),
    (
        "Hindu and Muslim groups clashed in Nagpur on Monday night.",
        "en",
        "riot",
        "mob_violence",
        MON,
        "Nagpur",
    ),
    (
        "Villagers from two communities clashed over land near Bawku on Monday.",
        "en",
        "riot",
        "mob_violence",
        MON,
        "Bawku",
    ),
    (
        "Am Montag kam es in Nagpur zu Zusammenstößen zwischen Hindus und Muslimen.",
        "de",
        "riot",
        "mob_violence",
        MON,
        "Nagpur",
    ),
    # stones or fire bombs thrown, told in the German perfect
    (
        "Athen (dpa) - Jugendliche haben am Dienstagabend Brandsätze auf Polizisten geworfen.",
        "de",
        "riot",
        None,
        TUE,
        "Athen",
    ),
    (
        "In Kisumu haben Demonstranten am Montag Steine auf Polizisten geworfen.",
        "de",
        "riot",
        None,
        MON,
        "Kisumu",
    ),
    # armed men in the clash keep it a battle
    (
        "Gunmen clashed with villagers near Bawku on Monday.",
        "en",
        "battle",
        "armed_clash",
        MON,
        "Bawku",
    ),
    (
        "Am Montag kam es bei Goma zu Zusammenstößen zwischen Rebellen und Dorfbewohnern.",
        "de",
        "battle",
        "armed_clash",
        MON,
        "Goma",
    ),
    # coordinated verbs share the place (and the day) the last one ends with
    (
        "Police arrested 12 protesters and fired tear gas in Nairobi on Monday.",
        "en",
        "strategic_development",
        "arrest",
        MON,
        "Nairobi",
    ),
    (
        "Bandits abducted 20 pupils and attacked a police post near Kaduna on Monday.",
        "en",
        "violence_against_civilians",
        "abduction",
        MON,
        "Kaduna",
    ),
    (
        "Bewaffnete töteten am Montag zwölf Dorfbewohner und plünderten Geschäfte in Kidal.",
        "de",
        "violence_against_civilians",
        None,
        MON,
        "Kidal",
    ),
    # a reason asked with a time of its own, or about nothing told before, still reports
    (
        "Police did not say why they arrested two journalists in Harare on Monday.",
        "en",
        "strategic_development",
        "arrest",
        MON,
        "Harare",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), REPORTED)
def test_reported(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)


# (text, lang, how many events a reader counts)
COUNTS = [
    # why an event told before happened: the same event, asked about
    (
        "Police arrested 12 men in Quetta on Tuesday. Officials did not say why the men were "
        "arrested.",
        "en",
        1,
    ),
    (
        "Gang members stormed a village near Jos on Monday. It was not clear why the village "
        "had been targeted.",
        "en",
        1,
    ),
    (
        "Bewaffnete überfielen am Montag ein Dorf bei Kidal. Warum das Dorf überfallen wurde, "
        "blieb unklar.",
        "de",
        1,
    ),
    # a look cast is no stone thrown; stones not thrown are none
    ("Der Minister hat am Montag in Berlin einen Blick auf die Pläne geworfen.", "de", 0),
    ("Die Polizei teilte mit, es seien keine Steine geworfen worden.", "de", 0),
    # the planned event itself is still only planned
    ("The planned strike in Lagos on Friday was called off.", "en", 0),
    ("Unions said the planned march in Santiago would go ahead next week.", "en", 0),
]


@pytest.mark.parametrize(("text", "lang", "count"), COUNTS)
def test_event_count(text: str, lang: str, count: int) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert len(events) == count, [(e.kind, e.trigger, e.date, e.place_name) for e in events]


# an attack on a police station or a town by rebels or jihadists is no attack on civilians
NOT_CIVILIANS = [
    "Gunmen attacked a police station in the town of Bama on Monday.",
    "Rebels stormed the town of Bunia on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_CIVILIANS)
def test_not_civilians(text: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert events and all(e.kind != "violence_against_civilians" for e in events), events
