"""Events: a learned second opinion on the event's place (issue 20, session 30).

The place rules (:mod:`geomap.events._place`, :mod:`geomap.events._carry`,
:mod:`geomap.events._refine`) choose one place per event, each rule with good cues but no
common way to weigh them against each other. This module lists, per event, the few places
a reader would weigh -- the cascade's choice, the places of the event's own clause and
sentence, the previous event's place, the dateline's, the lede's, the story's scene, the
chosen place's country and the towns of that country the article names -- and describes
each by general features (which of those slots it fills, how far it stands from the
trigger, the preposition in front of it, its kind, what contains it; never a name or a word
of an article).

:func:`candidates` builds that table; ``benchmarks/event_place_rank.py`` dumps it for the
dev articles and ``scripts/train_place_ranker.py`` fits a logistic regression on it
(docs/events.md, "Session 30: a learned second opinion on the place"). A recorder
(:func:`recorded`, a context variable as in :mod:`geomap.events._why`) hands the table to
the benchmark; with it off, :func:`record` costs one context-variable read and nothing is
built. Every list is bounded (``_MAX_FINER`` towns per event), so the table stays linear
in the events and places of a text.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from geomap.events._carry import _story_scene
from geomap.events._origins import _precision_of
from geomap.events._place import _no_scene
from geomap.events._state import _Raw, _State
from geomap.geometry import geodesic_km
from geomap.model import Place, kind_info

# the slots a candidate may fill (one-hot; a candidate may fill several)
SLOTS = (
    "chosen",
    "clause",
    "sentence",
    "previous",
    "dateline",
    "lede",
    "scene",
    "container",
    "finer",
)
# the cascade's place_method of the chosen candidate
METHODS = ("locative", "descriptive", "back_reference", "there", "carried", "dateline")
# the event's type in a few groups (the kind a second opinion may trust the cascade more for)
GROUPS = {
    "violence": {
        "battle",
        "explosion_remote_violence",
        "violence_against_civilians",
        "strike",
        "impact",
    },
    "unrest": {"protest", "riot"},
    "hazard": {"disaster", "accident"},
    "seat": {"statement", "court", "meeting", "election", "strategic_development"},
    "move": {"travel", "launch"},
}

# towns of the chosen area's country, named anywhere in the article, kept per event
_MAX_FINER = 6
# an admin unit is taken to hold a town of its country within this distance of its point
_HOLDS_KM = 250.0
# characters before a mention read for its preposition (three short words)
_BEFORE_CHARS = 40
_WORD = re.compile(r"[\w'-]+")


@dataclass
class Candidate:
    """One place an event may be at (``place`` None: no place), with its features."""

    place: Place | None
    slots: set[str] = field(default_factory=set)
    mention: Place | None = None  # the mention nearest the event (for position features)
    features: dict[str, float] = field(default_factory=dict)


_SINK: ContextVar[list[tuple[_Raw, list[Candidate]]] | None] = ContextVar(
    "geomap_events_rank", default=None
)


def recording() -> bool:
    return _SINK.get() is not None


def record(raw: _Raw, cands: list[Candidate]) -> None:
    sink = _SINK.get()
    if sink is not None:
        sink.append((raw, cands))


@contextmanager
def recorded() -> Iterator[list[tuple[_Raw, list[Candidate]]]]:
    """Switch the recorder on for the ``with`` block: each event's candidate table is
    appended to the yielded list (the events themselves are unchanged)."""
    sink: list[tuple[_Raw, list[Candidate]]] = []
    token = _SINK.set(sink)
    try:
        yield sink
    finally:
        _SINK.reset(token)


# ---------------------------------------------------------------------------------------
# candidates


def _key(p: Place) -> str:
    return p.id or f"@{p.start}"


def _usable(p: Place) -> bool:
    return p.resolved and p.lat is not None and p.lon is not None and p.role != "adjective"


def _lede_sentence(st: _State) -> int | None:
    """The lede: the dateline's sentence, else the first sentence naming a resolved place
    among the first two."""
    if st.dateline is not None:
        for s in st.doc.sentences:
            if s.start <= st.dateline[0] < s.end:
                return s.index
    for s in st.doc.sentences[:2]:
        if any(_usable(p) for p in st.places_between(s.start, s.end)):
            return s.index
    return None


def _add(cands: dict[str, Candidate], p: Place | None, slot: str, here: int) -> None:
    """Put ``p`` in ``slot`` of the table (one candidate per place, its mention nearest
    the event's sentence ``here`` kept for the position features)."""
    if p is None or not _usable(p):
        return
    c = cands.setdefault(_key(p), Candidate(p))
    c.slots.add(slot)
    if p.sentence >= 0 and (
        c.mention is None or abs(p.sentence - here) < abs(c.mention.sentence - here)
    ):
        c.mention = p


def _km(a: Place, b: Place) -> float:
    return geodesic_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)


def candidates(raws: Sequence[_Raw], st: _State, dateline: Place | None) -> list[list[Candidate]]:
    """Per event of ``raws`` (text order), its candidate places with their features."""
    lede_i = _lede_sentence(st)
    sents = st.doc.sentences
    lede_places = (
        [p for p in st.places_between(sents[lede_i].start, sents[lede_i].end) if _usable(p)]
        if lede_i is not None
        else []
    )
    usable = [p for p in st.places if _usable(p)]
    towns_by_cc: dict[str, list[Place]] = {}
    countries: dict[str, Place] = {}
    admins: list[Place] = []
    for p in usable:
        k = p.kind or ""
        if p.role != "name" or not p.country_code:
            continue
        if k == "country":
            countries.setdefault(p.country_code, p)
        elif kind_info(k).admin_unit:
            admins.append(p)
        elif k in ("city", "facility"):
            got = towns_by_cc.setdefault(p.country_code, [])
            if len(got) < 4 * _MAX_FINER and all(_key(q) != _key(p) for q in got):
                got.append(p)
    at_id: dict[str, int] = {}
    for r in raws:
        if r.place is not None:
            at_id[_key(r.place)] = at_id.get(_key(r.place), 0) + 1
    out: list[list[Candidate]] = []
    for i, r in enumerate(raws):
        cands: dict[str, Candidate] = {}

        here = r.clause.sentence.index

        def add(
            p: Place | None, slot: str, c: dict[str, Candidate] = cands, at: int = here
        ) -> None:
            _add(c, p, slot, at)

        chosen_key = _key(r.place) if r.place is not None else "-"
        if r.place is None:
            cands["-"] = Candidate(None, {"chosen"})
        else:
            cands[chosen_key] = Candidate(r.place, {"chosen"}, r.place)
        sent = r.clause.sentence
        for p in st.places_between(sent.start, sent.end):
            add(p, "clause" if r.clause.start <= p.start < r.clause.end else "sentence")
        if i > 0:
            add(raws[i - 1].place, "previous")
        add(dateline, "dateline")
        for p in lede_places:
            add(p, "lede")
        if dateline is not None:
            scene = _story_scene(r, raws[:i], dateline, st)
            if scene is not None:
                add(scene[0], "scene")
        chosen = r.place
        if chosen is not None and chosen.country_code:
            cc = chosen.country_code
            coarse = _precision_of(chosen, st.lex) != "point" and chosen.role != "derived"
            if (chosen.kind or "") != "country":
                add(countries.get(cc), "container")
                for a in admins:
                    if (
                        a.country_code == cc
                        and _key(a) != chosen_key
                        and geodesic_km(
                            a.lat or 0.0, a.lon or 0.0, chosen.lat or 0.0, chosen.lon or 0.0
                        )
                        < _HOLDS_KM
                    ):
                        add(a, "container")
                        break
            if coarse:
                n = 0
                for p in towns_by_cc.get(cc, ()):
                    if n >= _MAX_FINER:
                        break
                    if (chosen.kind or "") == "country" or _km(p, chosen) < _HOLDS_KM:
                        add(p, "finer")
                        n += 1
        listed = list(cands.values())
        classes = {id(c): _kind_class(c.place, st.lex) if c.place else "none" for c in listed}
        for c in listed:
            c.features = _features(c, r, listed, classes, st, at_id)
        out.append(listed)
    return out


def _kind_class(p: Place, lex: Any) -> str:
    if p.role == "derived":
        return "derived"
    k = p.kind or ""
    if k == "country":
        return "country"
    if kind_info(k).admin_unit:
        return "admin"
    prec = _precision_of(p, lex)
    if prec == "sea":
        return "water"
    if k == "city":
        return "town"
    if prec == "point":
        return "site"
    return "area"


def _holds(a: Place, b: Place, ka: str, kb: str) -> bool:
    """Does area ``a`` (of kind class ``ka``) hold place ``b`` (of ``kb``)? Same country; a
    country holds all of it, an admin unit what lies within ``_HOLDS_KM`` of its point."""
    if a is b or not a.country_code or a.country_code != b.country_code:
        return False
    if ka == "country":
        return kb != "country"
    if ka == "admin":
        return kb in ("town", "site") and _km(a, b) < _HOLDS_KM
    return False


def _prep_class(p: Place, st: _State) -> str:
    """The word class right before a mention: a place preposition (``in``, ``bei``), one
    that puts it near (``near``, ``nahe``), an origin (``from``, ``aus``), a journey's end
    (``to``, ``nach``), or none."""
    lex = st.lex
    text = st.doc.text
    words = [w.casefold() for w in _WORD.findall(text[max(0, p.start - _BEFORE_CHARS) : p.start])]
    for w in reversed(words[-3:]):
        if w in lex.origins:
            return "origin"
        if any(ph and ph[-1] == w for ph in lex.near) or w in lex.outside:
            return "near"
        if w in lex.journey_preps:
            return "journey"
        if w in lex.cues:
            return "in"
    return "none"


def _group(r: _Raw) -> str:
    return next((g for g, types in GROUPS.items() if r.type in types), "other")


def _features(
    c: Candidate,
    r: _Raw,
    listed: list[Candidate],
    classes: dict[int, str],
    st: _State,
    at_id: dict[str, int],
) -> dict[str, float]:
    f: dict[str, float] = {}
    for s in c.slots:
        f[f"slot_{s}"] = 1.0
    chosen = next(x for x in listed if "chosen" in x.slots)
    chosen_class = classes[id(chosen)]
    is_chosen = "chosen" in c.slots
    group = _group(r)
    if is_chosen:
        method = r.place_method if r.place_method in METHODS else "other"
        f[f"chosen_m_{method}"] = 1.0
        f[f"chosen_g_{group}"] = 1.0
    else:
        # what the alternative stands against: the cascade's choice by class and method
        f[f"alt_vs_{chosen_class}"] = 1.0
        if r.place_method in ("carried", "dateline"):
            f["alt_vs_carried"] = 1.0
        if {"clause", "sentence"} & c.slots:
            f[f"own_vs_{chosen_class}"] = 1.0
        if "finer" in c.slots:
            f[f"finer_g_{group}"] = 1.0
    if c.place is None:
        f["null"] = 1.0
        return f
    f[f"k_{classes[id(c)]}"] = 1.0
    m = c.mention
    here = r.clause.sentence.index
    if m is not None and m.sentence >= 0:
        d = m.sentence - here
        f["sdist_0" if d == 0 else "sdist_1" if abs(d) == 1 else "sdist_far"] = 1.0
        if d > 0:
            f["later"] = 1.0
        if d == 0:
            trig = r.trigger_span[0] if r.trigger_span else r.clause.start
            f["before_trigger" if m.start < trig else "after_trigger"] = 1.0
            gap = len(_WORD.findall(st.doc.text[min(m.end, trig) : max(m.start, trig)]))
            f["tokdist"] = min(math.log1p(gap) / 3.0, 1.0)
        f[f"prep_{_prep_class(m, st)}"] = 1.0
        if _no_scene(m, st):
            f["no_scene"] = 1.0
    for o in listed:
        if o is c or o.place is None:
            continue
        if _holds(c.place, o.place, classes[id(c)], classes[id(o)]):
            f["contains"] = 1.0
        if _holds(o.place, c.place, classes[id(o)], classes[id(c)]):
            f["contained"] = 1.0
    others = at_id.get(_key(c.place), 0) - (1 if is_chosen else 0)
    if others > 0:
        f["events_here"] = min(math.log1p(others) / 2.0, 1.0)
    tied = {p.country_code for p in (r.country, r.launcher) if p is not None}
    if c.place.country_code and c.place.country_code in tied:
        f["actor_country"] = 1.0
    return f


# ---------------------------------------------------------------------------------------
# the second opinion


def score(features: dict[str, float], weights: dict[str, float], bias: float) -> float:
    """The model's score of one candidate: a dot product of its features and the weights."""
    return bias + sum(v * weights.get(k, 0.0) for k, v in features.items())


# the trained weights (scripts/train_place_ranker.py writes them; absent: no second opinion)
_MODEL_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "place_ranker.toml"


@dataclass(frozen=True)
class Model:
    """Weights of the ranker: a candidate's score is ``bias + features . weights``; the
    cascade's choice is overruled only when another candidate scores more than
    ``margin`` above it."""

    weights: dict[str, float]
    bias: float
    margin: float


@cache
def model(path: Path = _MODEL_PATH) -> Model | None:
    """The shipped model, read once; None when no file is shipped."""
    if not path.is_file():
        return None
    with path.open("rb") as f:
        data = tomllib.load(f)
    return Model(
        {str(k): float(v) for k, v in data["weights"].items()},
        float(data["bias"]),
        float(data["margin"]),
    )


def rerank(cands: list[Candidate], m: Model) -> Candidate | None:
    """The candidate that overrules the cascade's choice, or None when the choice stays:
    the best-scoring one (the first in table order on a tie), when it beats the choice by
    more than the model's margin."""
    chosen = next(c for c in cands if "chosen" in c.slots)
    base = score(chosen.features, m.weights, m.bias)
    best, top = chosen, base
    for c in cands:
        s = score(c.features, m.weights, m.bias)
        if s > top:
            best, top = c, s
    if best is chosen or top - base <= m.margin:
        return None
    return best


_OFF: ContextVar[bool] = ContextVar("geomap_events_rank_off", default=False)


@contextmanager
def without_model(off: bool = True) -> Iterator[None]:
    """Switch the shipped model off (``off``) for the ``with`` block: the cascade's places
    alone (the benchmarks' before and after, the training table)."""
    token = _OFF.set(off)
    try:
        yield
    finally:
        _OFF.reset(token)


def _second_opinion(raws: list[_Raw], st: _State, dateline: Place | None) -> None:
    """Record each event's candidate table when a recorder is on, and let the shipped
    model overrule the cascade's place where it is confident (``place_method`` ``ranked``)."""
    m = None if _OFF.get() else model()
    if m is None and not recording():
        return
    tables = candidates(raws, st, dateline)
    for r, cands in zip(raws, tables, strict=True):
        record(r, cands)
        if m is None:
            continue
        best = rerank(cands, m)
        if best is None:
            continue
        r.place = best.place
        r.place_method = "ranked"
        r.part = None
        r.near = False
        r.outside = False
