"""Linear time on pathological sentences, checked by work counts, not by the clock.

Outside testing found time growing with the square of a sentence's length (issue 13:
``"Berlin " * 70000`` took minutes). The fixes bound the work per span and per
quantity (docs/hardening.md, "Linear time"); these tests count that work on two sizes
of the same shape and check it grows in proportion, check that an overlong sentence is
cut, and that moderately large pathological inputs still give sensible results. Time
itself is measured by ``benchmarks/bench_pathological.py``, not here: wall-clock
assertions flake on shared machines.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

import geomap.claims._extract
import geomap.claims._sentence
import geomap.geoparse._accept
import geomap.geoparse._evidence
import geomap.geoparse._rank
import geomap.geoparse._resolve
from geomap.geoparse import WEIGHTS
from geomap.pipeline import analyze
from geomap.text import MAX_SENTENCE_CHARS, split_sentences

# Work may grow by this factor when the input doubles (linear: 2, quadratic: 4).
MAX_GROWTH = 2.3


def _count_calls(monkeypatch, owner: object, name: str, result=None) -> list[int]:
    """Wrap ``owner.name`` so each call is counted; ``result`` (if given) replaces its
    answer, to force the worst case."""
    counter = [0]
    original: Callable = getattr(owner, name)

    def counting(*args, **kwargs):
        counter[0] += 1
        got = original(*args, **kwargs)
        return got if result is None else result

    monkeypatch.setattr(owner, name, counting)
    return counter


def _work(monkeypatch, gaz, owner: object, name: str, text: str, lang: str, result=None) -> int:
    return _work_in(monkeypatch, gaz, (owner,), name, text, lang, result)


def _work_in(
    monkeypatch, gaz, owners: tuple[object, ...], name: str, text: str, lang: str, result=None
) -> int:
    """Calls of ``name`` as every module in ``owners`` looks it up (a helper imported
    into several modules is one binding per module), summed."""
    with monkeypatch.context() as m:
        counters = [_count_calls(m, owner, name, result) for owner in owners]
        analyze(text, lang=lang, gazetteer=gaz)
    return sum(counter[0] for counter in counters)


# --- local context: pairs compared per span are bounded -----------------------------------


def test_local_context_compares_a_bounded_number_of_neighbours(monkeypatch, gaz):
    """Every pair of distinct, surely resolved names in one sentence is a candidate for
    local context. ``joined`` is asked once per pair compared; forcing it to say "joined"
    makes every comparison fail, so each span walks its whole window: the worst case."""
    unit = "Berlin Hamburg München Köln "
    counts = [
        _work(
            monkeypatch,
            gaz,
            geomap.geoparse._evidence,
            "joined",
            unit * n,
            "de",
            result=True,
        )
        for n in (100, 200)
    ]
    spans = 4 * 200
    window = WEIGHTS.local_max_neighbours + WEIGHTS.local_after_tokens
    assert counts[1] <= spans * window
    assert counts[0] > 0
    assert counts[1] <= MAX_GROWTH * counts[0], counts


# --- claims: per-sentence facts are found once, not once per quantity --------------------


def test_claims_read_route_markers_once_per_place(monkeypatch, gaz):
    """``_preceded_by`` (a regex before a place) ran for every place for every quantity
    of the sentence; now each sentence's markers are read once per place."""
    readers = tuple(
        module
        for name, module in sorted(sys.modules.items())
        if name.startswith("geomap.claims.") and hasattr(module, "_preceded_by")
    )
    assert geomap.claims._extract in readers
    counts = [
        _work_in(
            monkeypatch,
            gaz,
            readers,
            "_preceded_by",
            "Berlin 5 km " * n,
            "de",
        )
        for n in (150, 300)
    ]
    assert counts[0] > 0
    assert counts[1] <= MAX_GROWTH * counts[0], counts
    assert counts[1] <= 10 * 300  # a handful per place, not one per place and quantity


def test_clause_start_is_found_by_bisection(monkeypatch, gaz):
    """The clause punctuation of a sentence is scanned once, not from the sentence start
    for every quantity: the scans are counted by sentence."""
    calls: list[int] = []
    original = geomap.claims._sentence._Places.clause_start

    def counting(self, sent, pos):
        calls.append(sent.index)
        return original(self, sent, pos)

    monkeypatch.setattr(geomap.claims._sentence._Places, "clause_start", counting)
    marks_built: list[int] = []
    original_init = geomap.claims._sentence._Places.__init__

    def init(self, doc, places):
        original_init(self, doc, places)
        real = self._clause_marks

        class Spy(dict):
            def __setitem__(self, key, value):
                marks_built.append(key)
                super().__setitem__(key, value)

        self._clause_marks = Spy(real)

    monkeypatch.setattr(geomap.claims._sentence._Places, "__init__", init)
    analyze("Es liegt " + "5 km, " * 400 + "von Berlin entfernt.", lang="de", gazetteer=gaz)
    assert len(calls) > 100  # asked for many quantities ...
    assert len(marks_built) == len(set(calls))  # ... but each sentence scanned once


# --- sentences: an overlong run is cut at a safe point ------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "Berlin ",  # only spaces: cut at a space
        "Berlin Hamburg\n",  # a line break is preferred to a space
        "liegt 5 km, ",  # clause punctuation is preferred to a space
    ],
)
def test_a_sentence_longer_than_the_maximum_is_split_at_a_safe_point(unit):
    text = unit * (3 * MAX_SENTENCE_CHARS // len(unit))
    sents = split_sentences(text)
    assert len(sents) >= 3
    for s in sents:
        assert text[s.start : s.end] == s.text
        assert 0 < len(s.text) <= MAX_SENTENCE_CHARS
        assert s.text == s.text.strip()
        # cut after a whole unit, at its preferred boundary: no word is split
        assert s.text.endswith(unit.rstrip())
        assert s.start == 0 or text[s.start :].startswith(unit.lstrip())
        assert s.end == len(text.rstrip()) or text[s.end].isspace()
    assert [s.index for s in sents] == list(range(len(sents)))


def test_a_run_without_white_space_is_cut_hard_at_the_maximum():
    text = "x" * (2 * MAX_SENTENCE_CHARS + 10)
    sents = split_sentences(text)
    assert [len(s.text) for s in sents] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 10]


def test_real_sentences_are_far_below_the_maximum():
    # the longest sentence of the dev corpus, LGL and GeoWebNews has 774 characters
    assert MAX_SENTENCE_CHARS >= 10 * 774


# --- moderately large pathological inputs complete with sensible results -----------------


def test_a_long_sentence_of_one_place_name(gaz):
    a = analyze("Berlin " * 3000, lang="de", gazetteer=gaz)
    assert len(a.places) == 3000
    assert {(p.name, p.country_code) for p in a.places} == {("Berlin", "DE")}


def test_place_names_on_lines_without_full_stops(gaz):
    a = analyze("Berlin\n" * 3000, lang="de", gazetteer=gaz)
    assert len(a.places) == 3000
    assert {p.name for p in a.places} == {"Berlin"}


def test_a_long_sentence_of_distances_has_no_claim(gaz):
    a = analyze("5 km " * 3000, lang="de", gazetteer=gaz)
    assert a.places == ()
    assert a.claims == ()


def test_a_long_sentence_of_places_and_distances(gaz):
    a = analyze("Berlin 5 km " * 1000, lang="de", gazetteer=gaz)
    assert len(a.places) == 1000
    for c in a.claims:  # whatever is read must be a sane claim from the text
        assert c.stated_km == pytest.approx(5.0)


# --- dense shapes: a repeated name is weighed a bounded number of times ------------------


def test_a_repeated_name_is_ranked_a_bounded_number_of_times(monkeypatch, gaz):
    """``"Berlin " * n``: every mention used to be decided and ranked (over 15 readings)
    in each pass. Now only the first ``Weights.max_ranked_mentions`` mentions of a name
    are weighed (a later one with the same cues takes their outcome), and ``rank`` is
    memoised on what it reads of a mention, so the readings are scored once per pass
    however often the name recurs."""
    ranking, accept = geomap.geoparse._rank, geomap.geoparse._accept
    ranked = [
        _work(monkeypatch, gaz, ranking, "rank_fresh", "Berlin " * n, "de") for n in (1000, 2000)
    ]
    decided = [
        _work(monkeypatch, gaz, accept, "decide_static", "Berlin " * n, "de") for n in (1000, 2000)
    ]
    assert ranked[0] == ranked[1] <= 3  # at most one per pass
    # the first max_ranked_mentions, and a later one only where its cues are new (the
    # last "Berlin" has no word after it)
    assert decided[0] == decided[1] <= WEIGHTS.max_ranked_mentions + 2


def test_mentions_past_the_limit_take_the_reading_of_the_name(gaz):
    k = WEIGHTS.max_ranked_mentions
    text = "Die Delegation reiste nach Paris. " * (2 * k) + "Sie wohnt in der Paris Straße."
    a = analyze(text, lang="de", gazetteer=gaz)
    names = [p for p in a.places if p.mention == "Paris"]
    assert len(names) == 2 * k  # one per mention, with its own offsets and sentence
    assert len({p.id for p in names}) == 1
    assert [p.sentence for p in names] == list(range(2 * k))
    assert all(text[p.start : p.end] == "Paris" for p in names)
    # past the limit, a mention with cues not seen before is still decided on its own
    assert not any(p.start == text.rindex("Paris Straße") for p in a.places)


def test_split_repeats_keeps_the_first_mentions_of_each_name(gaz):
    from geomap.geoparse import find_spans
    from geomap.geoparse._accept import split_repeats
    from geomap.geoparse._context import LookupCache
    from geomap.lexicons import place_lexicon
    from geomap.text import read_text, tokenize

    limit = WEIGHTS.max_ranked_mentions
    doc = read_text("Berlin Hamburg " * (limit + 10), lang="de")
    lookup = LookupCache(gaz, WEIGHTS.lookup_limit)
    spans = find_spans(tokenize(doc), doc.text, place_lexicon("de"), lookup, gaz.get)
    keep, repeats = split_repeats(spans, limit)
    assert len(keep) == 2 * limit
    assert len(repeats) == 2 * 10
    assert all(s.start > max(k.start for k in keep if k.key == s.key) for s in repeats)


def test_the_rank_memo_changes_no_reading(monkeypatch, gaz):
    """The memo is exact: with every ranking computed afresh the examples and the dev
    corpus read the same (the full comparison, 1,197 texts, is in docs/hardening.md)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "tests" / "corpus" / "places").glob("*.txt"))
    paths += sorted((root / "geomap" / "examples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    memo = [analyze(t, gazetteer=gaz).to_dict() for t in texts]

    rank_fresh = geomap.geoparse._rank.rank_fresh

    def fresh(ctx, ps, d, local=None):
        return rank_fresh(ctx, ps, d, local, [])

    monkeypatch.setattr(geomap.geoparse._rank, "rank", fresh)
    assert [analyze(t, gazetteer=gaz).to_dict() for t in texts] == memo


# --- dense shapes: numbers ----------------------------------------------------------------


def test_numbers_of_a_sentence_without_places_are_not_read(monkeypatch, gaz):
    """No place in the sentence, the three before it or the dateline: no claim can name
    an end, so the sentence's quantities are not even looked for."""
    calls = _work(monkeypatch, gaz, geomap.claims._extract, "find_quantities", "5 km " * 3000, "de")
    assert calls == 0


def test_at_most_the_cap_of_distances_is_checked_and_a_warning_says_so(monkeypatch, gaz):
    from geomap.claims._extract import MAX_QUANTITIES_CHECKED, ClaimsLimitWarning

    text = "Berlin liegt " + "5 km, " * 5000 + "von Hamburg entfernt."
    with pytest.warns(ClaimsLimitWarning, match="only the first 1,000"):
        built = _work(monkeypatch, gaz, geomap.claims._extract, "_build", text, "de")
    assert built == MAX_QUANTITIES_CHECKED


def test_an_ordinary_article_is_checked_in_full_without_a_warning(gaz):
    import warnings

    from geomap.claims._extract import ClaimsLimitWarning

    text = "Potsdam liegt rund 30 Kilometer südwestlich von Berlin. " * 3
    with warnings.catch_warnings():
        warnings.simplefilter("error", ClaimsLimitWarning)
        a = analyze(text, lang="de", gazetteer=gaz)
    assert len(a.claims) == 3


def test_the_collector_is_paused_only_while_resolving(monkeypatch, gaz):
    import gc

    from geomap.geoparse import resolve_document
    from geomap.text import read_text

    doc = read_text("Berlin liegt an der Spree. " * 20, lang="de")
    seen: list[bool] = []
    run = geomap.geoparse._resolve._run

    def spying(ctx):
        seen.append(gc.isenabled())
        return run(ctx)

    monkeypatch.setattr(geomap.geoparse._resolve, "_run", spying)
    was = gc.isenabled()
    try:
        gc.enable()
        resolve_document(doc, gaz)
        assert seen == [False] and gc.isenabled()  # paused inside, restored after
        gc.disable()  # the application's own choice is left alone
        resolve_document(doc, gaz)
        assert not gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()
