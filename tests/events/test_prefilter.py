"""The events' prefilter passes every word of the lexicons.

A clause whose words hold no trigger word (``_Words.triggers``, built from the lexicon's
trigger, carrier and compound-head patterns at load time) is passed over without being
read. These tests walk the lexicon files themselves, not the structures built from them, so
that a word added to ``events_<lang>.toml`` that the prefilter would not let through fails
here instead of being silently skipped.

``[[recast]]`` entries need no word of their own to pass: a recast rereads the trigger of a
clause that has already passed by its trigger or carrier word (a recast word that is no
trigger word, such as a noun where only the verb is a trigger, is never read).
"""

from __future__ import annotations

import pytest

from geomap.events._actors import _words
from geomap.events._sentences import _clauses
from geomap.events._vocabulary import _lexicon
from geomap.lexicons import read_toml
from tests.support.events import document


def _sample(pattern: str) -> str:
    """A word the glob matches: its literal parts (a ``*`` may stand for nothing)."""
    return pattern.lstrip("<").replace("*", "")


def _lexicon_words(lang: str) -> list[tuple[str, str]]:
    """(where, first-word pattern) of every trigger and carrier entry."""
    raw = read_toml(f"events_{lang}.toml")
    out: list[tuple[str, str]] = []

    def walk(where: str, table: dict) -> None:
        for key, value in table.items():
            if isinstance(value, dict):
                walk(f"{where}.{key}", value)
            else:
                out.extend((f"{where}.{key}", item.split()[0]) for item in value)

    walk("triggers", raw["triggers"])
    for k, group in enumerate(raw.get("carriers", [])):
        out.extend((f"carriers[{k}].words", w) for w in group["words"])
    # the verb readings right after a bare subject ("Teachers strike", "Police detain")
    for table in ("subject_verbs", "headline_verbs"):
        for key, words in raw.get(table, {}).items():
            out.extend((f"{table}.{key}", w) for w in words)
    # a headline's present that is a noun too ("Warplanes bomb ..."; session 23, round 2)
    for k, entry in enumerate(raw.get("noun_presents", [])):
        out.extend((f"noun_presents[{k}].words", w) for w in entry["words"])
    # a noun read only beside its strikers ("a strike by traders"; session 21)
    out.extend(("labour_strike.words", w) for w in raw.get("labour_strike", {}).get("words", []))
    return out


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_lexicon_entry_passes_the_prefilter(lang: str) -> None:
    entries = _lexicon_words(lang)
    assert len(entries) > 100  # the walk found the lexicon's words
    lex = _lexicon(lang)
    missed = []
    for where, pattern in entries:
        word = _sample(pattern)
        if not word.isalpha():
            continue  # a unit of several words or with a hyphen: tested by its events
        # as a word of running text, in lower case and capitalised (a German noun)
        for form in (word, word[:1].upper() + word[1:]):
            doc = document(f"Am Montag {form} es dort.", lang)
            if form not in _words(_clauses(doc, lang), lex).triggers:
                missed.append((where, pattern, form))
    assert missed == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_sentence_without_lexicon_words_is_passed_over(lang: str) -> None:
    doc = document("Die Katze schlief lange. The cat slept for a long time.", lang)
    assert _words(_clauses(doc, lang), _lexicon(lang)).triggers == frozenset()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_verb_of_saying_opens_a_trigger(lang: str) -> None:
    # the word classes ask whether a new word opens a verb of saying only when it opens a
    # trigger (_words): that holds while every saying pattern is a trigger pattern
    lex = _lexicon(lang)
    assert lex.any_weak.patterns
    assert set(lex.any_weak.patterns) <= set(lex.any_trigger.patterns)


@pytest.mark.parametrize(("lang", "text"), [("en", "Police said so."), ("de", "Sie sagte das.")])
def test_a_verb_of_saying_is_found_on_its_first_sight(lang: str, text: str) -> None:
    lex = _lexicon(lang)
    lex.word_kinds.clear()
    lex.marked_words.clear()
    words = _words(_clauses(document(text, lang), lang), lex)
    assert [toks[i].text for toks, i in words.says] == [text.split()[1]]


def test_every_derived_present_form_passes_the_prefilter() -> None:
    # the headline present of a past trigger or carrier word is derived at load time
    # ("capsizes", "crashes"; sessions 21 and 22), not listed: the prefilter must let it in
    lex = _lexicon("en")
    forms = [*lex.present_forms, *lex.present_carriers]
    assert "crashes" in lex.present_carriers and "capsizes" in lex.present_forms
    doc = document(" ".join(f"A bus {form} here." for form in forms), "en")
    assert set(forms) <= _words(_clauses(doc, "en"), lex).triggers
