"""The stored LemmInflect answers (``geomap/lexicons/inflections_en.csv``, session 28): the
English events lexicon built with them is the one LemmInflect gives, every stored row is
LemmInflect's own answer, and the file holds every word the lexicons ask (else a process
loads LemmInflect's tables again: a third of a second of every English ``geomap check``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from geomap.lexicons import _inflect, participle_of_past, plural_of, present_of_past
from geomap.lexicons._profile import read_toml

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT / "geomap" / "lexicons"
STORED = _inflect._stored  # the file's answers, kept before a fixture replaces them


def _raw(lang: str) -> dict:
    return read_toml(LEXICONS / f"events_{lang}.toml")


@pytest.fixture
def without_table(monkeypatch):
    """Every answer from LemmInflect itself, as before the table."""
    monkeypatch.setattr(_inflect, "_stored", lambda: {})
    for cached in (participle_of_past, present_of_past, plural_of):
        cached.cache_clear()
    yield
    for cached in (participle_of_past, present_of_past, plural_of):
        cached.cache_clear()


def test_every_stored_row_is_lemminflects_own_answer():
    derive = {
        "participle": _inflect._participle_of_past,
        "present": _inflect._present_of_past,
        "plural": _inflect._plural_of,
    }
    stored = _inflect._stored()
    assert len(stored) > 500
    wrong = {key: forms for key, forms in stored.items() if derive[key[0]](key[1]) != forms}
    assert not wrong, "run: python scripts/build_wordlists.py inflections"


def test_the_english_lexicon_with_the_table_is_the_one_lemminflect_gives(without_table):
    raw = _raw("en")
    derived = _inflect.with_forms(raw)
    for cached in (participle_of_past, present_of_past, plural_of):
        cached.cache_clear()
    _inflect._stored = STORED  # (the fixture's monkeypatch restores the module after)
    assert _inflect.with_forms(raw) == derived
    assert derived != raw  # forms were added: "blown up", "massacres"


def test_a_word_the_table_lacks_is_asked_of_lemminflect(monkeypatch):
    # a word added to a lexicon after the file was built still gets its forms
    monkeypatch.setattr(_inflect, "_stored", lambda: {})
    for cached in (participle_of_past, present_of_past, plural_of):
        cached.cache_clear()
    try:
        assert participle_of_past("forsook") == ("forsaken",)
        assert present_of_past("strove") == ("strive", "strives")
        assert plural_of("blockade") == ("blockades",)
        assert participle_of_past("bombarded") == ()  # a regular past: its own participle
    finally:
        for cached in (participle_of_past, present_of_past, plural_of):
            cached.cache_clear()


def test_the_table_holds_every_word_the_lexicons_ask():
    # in a fresh interpreter: the builder records the questions of a lexicon built anew
    script = str(ROOT / "scripts" / "build_wordlists.py")
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('b', {script!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        "for row in m.inflections(): print('\\t'.join(row))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    asked = {tuple(line.split("\t")[:2]) for line in out.splitlines()}
    assert asked
    missing = asked - set(_inflect._stored())
    assert not missing, (
        f"run: python scripts/build_wordlists.py inflections ({sorted(missing)[:5]})"
    )


def test_an_english_lexicon_loads_no_lemminflect_table():
    code = (
        "import sys\n"
        "from geomap.events._vocabulary import _lexicon\n"
        "_lexicon('en'); _lexicon('de')\n"
        "print('lemminflect' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.strip() == "False"


def test_the_forms_a_report_uses_are_still_read():
    # the table changes where the forms come from, not what an event reads: a participle
    # of an irregular past (stored "blew" -> "blown") and a headline present ("fought" ->
    # "fight") in a report of another region than the corpora's
    from geomap import pipeline

    text = (
        "KHARKIV, May 3 (Reuters) - A railway bridge near Kupiansk was blown up overnight, "
        "the regional governor said on Friday.\n\n"
        "Troops fight for control of Vovchansk\n\n"
        "Ukrainian troops fought Russian units in the streets of Vovchansk on Thursday."
    )
    events = pipeline.analyze(text, lang="en").events
    triggers = [e.trigger.casefold() for e in events]
    assert any(t.startswith("blown") for t in triggers), triggers
    assert STORED()[("participle", "blew")] == ("blown",)
