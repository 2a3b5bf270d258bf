"""A name two countries bear (issues 20 and 21).

Wire copy writes `Congo` (German `Kongo`) alone for the Democratic Republic and `Republic of
Congo` or `Congo-Brazzaville` for its neighbour, but both countries bear the short name
(``gazetteer/data/aliases.csv``). Before, the short name was the smaller Republic's alone,
so a sentence about an eastern province of the Democratic Republic lost the province (it
lay in another country than the one the sentence named) and its event went to the wrong
country. Now the text's other places decide, and the bigger country stands when nothing
does. The sentences are this test's own.
"""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the Democratic Republic, by a province or a town of it beside the name
        (
            "Militiamen burned houses in Congo's Kasai province on Friday.",
            "en",
            {"Congo": "CD", "Kasai": "CD"},
        ),
        (
            "Gunmen killed nine farmers near Beni in eastern Congo on Sunday.",
            "en",
            {"Congo": "CD", "Beni": "CD"},
        ),
        (
            "Im Osten des Kongo griffen Rebellen am Montag die Stadt Butembo an.",
            "de",
            {"Kongo": "CD", "Butembo": "CD"},
        ),
        # the Republic, by its capital or its port beside the name
        (
            "Heavy rain flooded parts of Dolisie in southern Congo on Thursday.",
            "en",
            {"Congo": "CG", "Dolisie": "CG"},
        ),
        (
            "In Brazzaville, der Hauptstadt Kongos, streikten am Dienstag die Lehrer.",
            "de",
            {"Brazzaville": "CG"},
        ),
        # nothing decides: the bigger country
        ("Congo's health ministry declared a new outbreak on Wednesday.", "en", {"Congo": "CD"}),
    ],
)
def test_the_texts_other_places_decide(text, lang, want):
    places = analyze(text, lang=lang, claims=False, events=False).places
    got = {p.mention: p.country_code for p in places if p.mention in want}
    assert got == want, [(p.mention, p.name, p.country_code) for p in places]


def test_an_event_in_a_province_of_the_democratic_republic():
    text = "GOMA (Reuters) - Rebels attacked a camp in Congo's Ituri province on Tuesday."
    events = analyze(text, lang="en", date="2026-05-06").events
    assert events and "Ituri" in (events[0].place_name or "")
