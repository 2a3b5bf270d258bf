"""News events named by words added to the lexicons, both languages (sentences of my own)."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


@pytest.mark.parametrize(
    ("lang", "text", "kind", "sub_kind", "place", "day"),
    [
        ("en", "A man stabbed three people at a market in Mombasa on Monday.",
         "violence_against_civilians", "attack", "Mombasa", "2025-06-09"),
        ("en", "Mutinous soldiers seized power in Niamey on Sunday.",
         "strategic_development", "other", "Niamey", "2025-06-08"),
        ("en", "A court in Lagos fined the company on Tuesday.",
         "court", "sentence", "Lagos", "2025-06-10"),
        ("en", "A tsunami hit the coast near Sendai on Monday.",
         "disaster", "earthquake", "Sendai", "2025-06-09"),
        ("en", "A cargo plane crash-landed at the airport in Goma on Monday.",
         "accident", "air", "Goma", "2025-06-09"),
        ("en", "A tornado ripped through the town of Rolling Fork on Sunday night.",
         "disaster", "storm", "Rolling Fork", "2025-06-08"),
        ("en", "A fire broke out in a high-rise in Milan on Monday.",
         "accident", "industrial", "Milan", "2025-06-09"),
        ("en", "Rebels seized the airport in Goma on Monday.",
         "battle", "non_state_actor_overtakes_territory", "Goma", "2025-06-09"),
        ("de", "Am Montag brach in einem Hochhaus in Mailand ein Feuer aus.",
         "accident", "industrial", "Milan", "2025-06-09"),
        ("de", "Demonstranten stürmten am Montag das Parlament in Colombo.",
         "riot", "violent_demonstration", "Colombo", "2025-06-09"),
        ("en", "Fighting erupted between rival militias in Tripoli on Monday.",
         "battle", "armed_clash", "Tripoli", "2025-06-09"),
        ("en", "Pirates hijacked a cargo ship off the coast of Somalia on Monday.",
         "violence_against_civilians", "abduction", "coast of Somalia", "2025-06-09"),
        ("de", "Die Polizei setzte am Montag in Belgrad Wasserwerfer gegen Demonstranten ein.",
         "protest", "protest_with_intervention", "Belgrade", "2025-06-09"),
        ("de", "Die Wähler in Malawi gaben am Montag ihre Stimme ab.",
         "election", "vote", "Malawi", "2025-06-09"),
        ("de", "Der Präsident verhängte am Montag in Lima den Ausnahmezustand.",
         "statement", None, "Lima", "2025-06-09"),
        ("de", "Ein Mann hat am Montag in Mombasa drei Menschen erstochen.",
         "violence_against_civilians", "attack", "Mombasa", "2025-06-09"),
        ("de", "In einer Fabrik in Dhaka ist am Montag ein Großbrand ausgebrochen.",
         "accident", "industrial", "Dhaka", "2025-06-09"),
        ("de", "Der Regierungschef ist am Dienstag in Lima zurückgetreten.",
         "strategic_development", "other", "Lima", "2025-06-10"),
        ("de", "Ein Tsunami traf am Montag die Küste bei Sendai.",
         "disaster", "earthquake", "Sendai", "2025-06-09"),
        ("de", "Ein Unwetter hat am Montag in Innsbruck zahlreiche Straßen überflutet.",
         "disaster", "storm", "Innsbruck", "2025-06-09"),
        ("de", "Der Inn hat am Montag die Altstadt von Passau überflutet.",
         "disaster", "flood", "Passau", "2025-06-09"),
        ("en", "A mudflow buried the main road near Almaty on Monday.",
         "disaster", "mass_movement", "Almaty", "2025-06-09"),
    ],
)  # fmt: skip
def test_event_word(lang, text, kind, sub_kind, place, day) -> None:
    a = geomap.analyze(text, lang=lang, date=DAY)
    assert [(e.type, e.sub_kind, e.place_name, e.date) for e in a.events] == [
        (kind, sub_kind, place, day)
    ]


def test_a_german_particle_closes_its_clause() -> None:
    # "räumte ... ein" (conceded) needs its particle at the end: here "ein" is an article
    a = geomap.analyze("Die Polizei räumte am Montag ein Protestcamp in Belgrad.", lang="de",
                       date=DAY)  # fmt: skip
    assert all(e.type != "statement" for e in a.events)


def test_a_superscript_digit_is_no_count() -> None:
    # "²" is a digit to str.isdigit but no number to int(): no count, and no crash
    a = geomap.analyze("A bus crashed near Tema on Monday, killing ² people.", lang="en",
                       date=DAY)  # fmt: skip
    assert [(e.kind, e.dead) for e in a.events] == [("accident", None)]
