"""The candidate places of an event and the second opinion's rule (issue 20, session 30).

:mod:`geomap.events._rank` lists, per event, the places a ranker would weigh (the cascade's
choice, the places of the event's own clause and sentence, the previous event's place, the
dateline's, the lede's, the story's scene, the chosen area's country and the towns of that
country the article names) with general features. Cross-validation on dev did not show a
gain worth shipping (docs/events.md, session 30), so no weights file is shipped and the
events are the cascade's. These tests check the table a user of
``benchmarks/event_place_rank.py`` reads on look-alike wire stories (both languages, regions
of no held-out list), the rule a shipped model would apply (a dot product and a margin),
that the events do not change without a model, and that the training script runs.

Stories: a dateline capital with the events in a province town; a lede scene then
follow-ups; an event placed in a country where a town of it is named. Guards: a story at
the dateline city itself, two events in two towns.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import geomap
from geomap.events import _rank

DAY = "2026-10-14"  # a Wednesday
ROOT = Path(__file__).resolve().parents[2]

DATELINE_TOWN = [
    (
        "en",
        "RABAT, Oct 13 (Reuters) - Police fired tear gas at hundreds of protesters in the "
        "northern town of Taza on Monday, witnesses said.\n\nThe demonstrators had blocked "
        "the main road into the town to demand clean drinking water. Several officers were "
        "injured when stones were thrown, a local official told Reuters.\n\nOn Tuesday police "
        'arrested 14 people. "We only want water," said one resident.',
        "arrested",
        "Taza",
        "Rabat",
    ),
    (
        "de",
        "TASCHKENT, 13. Oktober (dpa) - In der usbekischen Stadt Samarkand haben am Montag "
        "Hunderte Markthändler gegen neue Gebühren protestiert.\n\nDie Polizei nahm am "
        "Dienstag nach Angaben von Augenzeugen zwölf Demonstranten fest. „Wir können nicht "
        "mehr zahlen“, sagte ein Händler.",
        "nahm",
        "Samarkand",
        "Tashkent",
    ),
]

LEDE_SCENE = [
    (
        "en",
        "HANOI, Oct 13 (AP) - A bus plunged off a mountain pass near the city of Hue on "
        "Monday, killing nine passengers, officials said.\n\nRescuers pulled 20 survivors "
        "from the wreck overnight. The driver was detained on Tuesday, police said.",
        "detained",
        "Huế",
    ),
    (
        "de",
        "WARSCHAU, 13. Oktober (dpa) - Bei einem Brand in einer Lagerhalle in der "
        "ostpolnischen Stadt Lublin sind am Montag zwei Arbeiter ums Leben gekommen.\n\nDie "
        "Feuerwehr löschte den Brand nach sechs Stunden. Am Dienstag nahm die Polizei den "
        "Betreiber der Halle fest.",
        "nahm",
        "Lublin",
    ),
]

COARSE = [
    (
        "en",
        "NAIROBI, Oct 13 (Reuters) - Floods killed at least 11 people in Kenya on Monday "
        "after heavy rain.\n\nThe worst damage was in the town of Eldoret, where a landslide "
        "buried dozens of homes, the Red Cross said.",
        "Floods",
        "Kenya",
        "Eldoret",
    ),
    (
        "de",
        "ATHEN, 13. Oktober (dpa) - Ein Unwetter hat am Montag in Griechenland schwere "
        "Schäden angerichtet.\n\nAm schlimmsten traf es die Stadt Larisa, wo Straßen "
        "überflutet und Hunderte Keller vollgelaufen sind, teilte die Feuerwehr mit.",
        "Unwetter",
        "Greece",
        "Lárisa",
    ),
]

GUARDS = [
    (
        "en",
        "RABAT, Oct 13 (Reuters) - Thousands of teachers marched through Rabat on Monday to "
        "demand higher pay.\n\nPolice later detained 20 marchers outside parliament, the "
        "union said.",
        ["Rabat", "Rabat"],
    ),
    (
        "de",
        "TASCHKENT, 13. Oktober (dpa) - In Taschkent haben am Montag Tausende Lehrer für "
        "höhere Löhne demonstriert.\n\nDie Polizei nahm am Abend 20 Demonstranten fest, "
        "teilte die Gewerkschaft mit.",
        ["Tashkent", "Tashkent"],
    ),
    (
        "en",
        "HANOI, Oct 13 (AP) - A fire destroyed a market in Hue on Monday. On Tuesday, a "
        "separate blaze gutted a factory in Da Nang, killing three workers.",
        ["Huế", "Da Nang"],
    ),
    (
        "de",
        "WARSCHAU, 13. Oktober (dpa) - In Lublin ist am Montag eine Lagerhalle abgebrannt. "
        "Am Dienstag zerstörte ein weiteres Feuer eine Fabrik in Krakau, drei Arbeiter "
        "starben.",
        ["Lublin", "Kraków"],
    ),
]


def _table(text: str, lang: str) -> list[tuple[object, list[_rank.Candidate]]]:
    with _rank.recorded() as sink:
        geomap.analyze(text, lang=lang, date=DAY)
    return list(sink)


def _row(text: str, lang: str, trigger: str) -> tuple[object, list[_rank.Candidate]]:
    rows = [(r, c) for r, c in _table(text, lang) if trigger in r.trigger]  # type: ignore[attr-defined]
    assert rows, f"no event with {trigger!r}"
    return rows[0]


def _by_name(cands: list[_rank.Candidate]) -> dict[str, _rank.Candidate]:
    return {c.place.name: c for c in cands if c.place is not None and c.place.name}


@pytest.mark.parametrize(("lang", "text", "trigger", "town", "capital"), DATELINE_TOWN)
def test_dateline_capital_and_province_town_are_both_candidates(
    lang: str, text: str, trigger: str, town: str, capital: str
) -> None:
    """A follow-up under a capital's dateline: the cascade carries the story's town; the
    dateline capital stands beside it as a candidate of its own slot, and the town fills
    the lede's and the previous event's slots too."""
    raw, cands = _row(text, lang, trigger)
    named = _by_name(cands)
    assert raw.place is not None and raw.place.name == town  # type: ignore[attr-defined]
    assert "chosen" in named[town].slots and {"lede", "previous"} <= named[town].slots
    assert "dateline" in named[capital].slots and "chosen" not in named[capital].slots
    assert named[capital].features["slot_dateline"] == 1.0
    assert "sdist_far" in named[capital].features or "sdist_1" in named[capital].features


@pytest.mark.parametrize(("lang", "text", "trigger", "town"), LEDE_SCENE)
def test_follow_up_weighs_the_lede_scene(lang: str, text: str, trigger: str, town: str) -> None:
    """An arrest paragraphs after the lede: the lede's town is the cascade's carried choice
    and the story's scene; its features say where it came from, not what it is called."""
    raw, cands = _row(text, lang, trigger)
    named = _by_name(cands)
    assert raw.place_method == "carried"  # type: ignore[attr-defined]
    c = named[town]
    assert {"chosen", "lede", "scene"} <= c.slots
    assert c.features["chosen_m_carried"] == 1.0 and c.features["k_town"] == 1.0
    assert not any(town.casefold() in k.casefold() for k in c.features)


@pytest.mark.parametrize(("lang", "text", "trigger", "country", "town"), COARSE)
def test_a_country_choice_lists_the_towns_of_that_country(
    lang: str, text: str, trigger: str, country: str, town: str
) -> None:
    """An event placed in a country whose town the next paragraph names: the town is a
    ``finer`` candidate held by the chosen country; the country ``contains`` it."""
    raw, cands = _row(text, lang, trigger)
    named = _by_name(cands)
    assert raw.place is not None and raw.place.name == country  # type: ignore[attr-defined]
    assert "finer" in named[town].slots
    assert named[town].features.get("contained") == 1.0
    assert named[country].features.get("contains") == 1.0
    assert named[town].features["alt_vs_country"] == 1.0


@pytest.mark.parametrize(("lang", "text", "places"), GUARDS)
def test_guards_keep_the_cascade_places(lang: str, text: str, places: list[str]) -> None:
    """No weights file is shipped: every event keeps the cascade's place, and none is
    marked ``ranked``; a story at the dateline city and two events in two towns stay."""
    assert _rank.model() is None
    evs = geomap.analyze(text, lang=lang, date=DAY).events
    assert [e.place_name for e in evs] == places
    assert all(e.place_method != "ranked" for e in evs)


def test_recorder_changes_no_event() -> None:
    """The table is read beside the events, never into them."""
    for lang, text, *_ in DATELINE_TOWN + LEDE_SCENE + COARSE:
        plain = geomap.analyze(text, lang=lang, date=DAY).events
        with _rank.recorded() as sink:
            seen = geomap.analyze(text, lang=lang, date=DAY).events
        assert sink and seen == plain


def _cand(slots: set[str], features: dict[str, float]) -> _rank.Candidate:
    return _rank.Candidate(None, slots, None, features)


def test_rerank_overrules_only_beyond_the_margin() -> None:
    """The runtime rule: a dot product per candidate; the cascade's choice stays unless
    another candidate scores more than the margin above it; a tie keeps table order."""
    chosen = _cand({"chosen"}, {"slot_chosen": 1.0})
    town = _cand({"finer"}, {"slot_finer": 1.0, "k_town": 1.0})
    m = _rank.Model({"slot_chosen": 1.0, "slot_finer": 0.5, "k_town": 1.0}, 0.0, 0.4)
    assert _rank.rerank([chosen, town], m) is town  # 1.5 - 1.0 > 0.4
    strict = _rank.Model(m.weights, 0.0, 0.5)
    assert _rank.rerank([chosen, town], strict) is None  # 0.5 is not more than 0.5
    tie = _rank.Model({"slot_chosen": 1.0, "slot_finer": 1.0}, 0.0, 0.0)
    assert _rank.rerank([chosen, _cand({"finer"}, {"slot_finer": 1.0})], tie) is None
    assert _rank.score({"a": 2.0, "b": 1.0}, {"a": 0.5, "c": 9.0}, 0.25) == 1.25


def test_model_file_is_read_as_weights(tmp_path: Path) -> None:
    """The file a training writes is read back as weights, bias and margin; an absent
    file means no second opinion."""
    f = tmp_path / "ranker.toml"
    f.write_text("# a header\nbias = 0.5\nmargin = 1.0\n\n[weights]\nslot_chosen = 2.0\n")
    m = _rank.model(f)
    assert m == _rank.Model({"slot_chosen": 2.0}, 0.5, 1.0)
    assert _rank.model(tmp_path / "none.toml") is None


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="scikit-learn absent")
def test_training_script_runs_and_is_deterministic(tmp_path: Path) -> None:
    """``scripts/train_place_ranker.py`` on a small table it is given: the same table
    gives the same weights file, byte for byte (``random_state`` and folds fixed)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_place_ranker as tpr
    finally:
        sys.path.pop(0)
    rows = []
    for n in range(30):
        right_town = n % 3 == 0
        rows.append(
            {
                "article": f"a{n % 10}",
                "lang": "de" if n % 2 else "en",
                "gold": f"g{n}",
                "right_day": True,
                "cascade_right": not right_town,
                "cascade_strict": not right_town,
                "cands": [
                    {
                        "chosen": True,
                        "right": not right_town,
                        "strict": not right_town,
                        "f": {"slot_chosen": 1.0, "k_country": 1.0},
                    },
                    {
                        "chosen": False,
                        "right": right_town,
                        "strict": right_town,
                        "f": {"slot_finer": 1.0, "k_town": 1.0, "later": float(right_town)},
                    },
                ],
            }
        )
    table = tmp_path / "table.jsonl"
    table.write_text("".join(__import__("json").dumps(r) + "\n" for r in rows))
    outs = []
    for k in (1, 2):
        out = tmp_path / f"w{k}.toml"
        assert tpr.main(["--table", str(table), "--write", "--out", str(out)]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    m = _rank.model(tmp_path / "w1.toml")
    assert m is not None and m.weights["later"] > 0
