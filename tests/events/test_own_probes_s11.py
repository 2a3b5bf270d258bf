"""Two classes found by the integrator probing articles of its own (eleventh session);
the sentences here are of other regions and wording (docs/events.md).

A. A headline's present tense is no present tense after an infinitive marker: in
   ``police fired tear gas at protesters who tried to storm the office`` the word ``storm``
   (``[clauses] headline_present``) is an infinitive, so the event is not dated to the
   report's day; it takes the day of the story (``[clauses] before_infinitive``).
B. A seat of state after an adjective of office (``at the presidential palace``, ``outside
   the national parliament``; ``[places] seat_adjectives``) stands in the capital, not in
   the town the paragraph before named; ``the regional parliament`` stays elsewhere.
"""

from __future__ import annotations

import pytest

import geomap


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        (
            "en",
            "ACCRA, May 7 (Reuters) - Thousands marched through Kumasi on Tuesday. Police "
            "fired tear gas at protesters who tried to storm the regional office.",
            "2026-05-05",
        ),
        (
            "en",
            "DHAKA, May 7 (Reuters) - Students rallied in Sylhet on Monday. Riot police "
            "clashed with a crowd that threatened to kill a local official.",
            "2026-05-04",
        ),
        (
            "de",
            "ACCRA, 7. Mai (dpa) – Tausende demonstrierten am Dienstag in Kumasi. Die Polizei "
            "setzte Tränengas gegen Demonstranten ein, die versuchten, das Amt zu stürmen.",
            "2026-05-05",
        ),
    ],
)
def test_an_infinitive_is_no_present_tense(lang, text, day):
    events = geomap.analyze(text, lang=lang, date="2026-05-07").events
    assert len(events) >= 2
    assert events[-1].date == day


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "BOGOTA, May 7 (Reuters) - Farmers blocked roads near Popayán on Tuesday.\n\n"
            "President Ana Rojas met union leaders at the presidential palace on Wednesday.",
            "Bogotá",
        ),
        (
            "NAIROBI, May 7 (Reuters) - Protesters marched in Kisumu on Tuesday.\n\n"
            "Hundreds of teachers rallied outside the national parliament on Wednesday.",
            "Nairobi",
        ),
    ],
)
def test_a_seat_after_an_adjective_of_office_is_in_the_capital(text, place):
    events = geomap.analyze(text, lang="en", date="2026-05-07").events
    assert events[-1].place_name == place


def test_a_regional_parliament_is_not_the_capital():
    text = (
        "NAIROBI, May 7 (Reuters) - Protesters marched in Kisumu on Tuesday.\n\n"
        "Hundreds of teachers rallied outside the regional parliament on Wednesday."
    )
    events = geomap.analyze(text, lang="en", date="2026-05-07").events
    assert events[-1].place_name != "Nairobi"
