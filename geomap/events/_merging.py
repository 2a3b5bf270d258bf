"""Events: merging clauses into events, and coding the result.

Whether a clause continues the event before it (``_continues``, ``_merge``), one event per
place of a list, and the final coding of a raw event as :class:`~geomap.model.Event`
(``_event``: confidence, precision, place kind). Separate because it works on raw events,
not on text.
"""

from __future__ import annotations

from dataclasses import replace

from geomap.events._actors import _cue_index
from geomap.events._origins import _precision_of, _reference_point
from geomap.events._place import _ADMIN_KINDS, _clause_at
from geomap.events._sentences import _Clause
from geomap.events._state import _Raw, _State
from geomap.events._triggers import _BETWEEN, _OPENING_NOUN, _definite
from geomap.events._vocabulary import (
    _AT_A_SITE,
    _BASE_CONFIDENCE,
    _CONTINUATION_GAP,
    _NO_PLACE_PENALTY,
    _REPORTED_FACTOR,
    _Lexicon,
)
from geomap.geoparse import COMPASS_NAMES
from geomap.model import Event, Place


def _continues(raw: _Raw, previous: _Raw, lex: _Lexicon) -> bool:
    """Does ``raw`` add details to ``previous`` rather than report a new event?"""
    told_next = _lead_told_next(raw, previous, lex)
    if raw.own_actors or (
        raw.time is not None
        and not _launch_told_next(raw, previous)
        and not _shares_the_time(raw, previous)
        and not told_next
    ):
        return False
    if lex.another and _another_one(raw, lex):
        return False  # "... and another slide hit a truck on a road nearby": one more
    gap = raw.clause.sentence.index - previous.last_sentence
    if raw.clause.paragraph != previous.clause.paragraph and (
        gap > 1 or previous.type not in _AT_A_SITE
    ):
        # wire copy gives each sentence a paragraph: the very next one may still add a
        # launch's site ("... launched a rocket on Tuesday. // The rocket lifted off from X.")
        return False
    if gap > _CONTINUATION_GAP:
        return False
    if raw.type != previous.type and raw.type not in lex.continuation.get(previous.type, ()):
        return False
    if raw.place is not None and not lex.additives.isdisjoint(raw.clause.reading.fold_set):
        return False  # "Auch in X gab es Proteste", "Protests were also held in X": another
    if (
        raw.type == previous.type
        and raw.sub_kind
        and previous.sub_kind
        and previous.sub_kind != raw.sub_kind
    ):
        return False  # a landslide after a typhoon is an event of its own
    if (
        raw.type == previous.type
        and raw.type in lex.distinct_acts
        and raw.sub_kind == previous.sub_kind == "other"
        and raw.clause.sentence is previous.clause.sentence
        and raw.trigger.casefold() != previous.trigger.casefold()
    ):
        # two acts of a catch-all sub-kind joined in one sentence ("stürmten die Haftanstalt
        # und befreiten die Geiseln"): two events, as _same_act splits them (session 16,
        # round 2, h16-evde)
        return False
    return not (
        raw.place is not None
        and previous.place is not None
        and raw.place.id != previous.place.id
        and not _site_refined(previous, raw, lex)
        and not (told_next and _area_refined(previous, raw, lex))
    )


# how far before its trigger the word that counts one more may stand ("another slide hit":
# the carrier's noun between)
_ANOTHER_WORDS = 3


def _another_one(raw: _Raw, lex: _Lexicon) -> bool:
    """Does a word of ``[clauses] another`` stand shortly before the event's trigger, with
    no preposition between (``Another slide hit a bus``, ``a second blast hit the market``)?
    Then the clause counts one more event of the kind told before, not a detail of it, also
    without a place of its own. Not after the trigger (``killing another five``), nor in a
    phrase before it (``after another night of rain, the river burst``). Session 24
    (h24-even)."""
    if raw.trigger_span is None or lex.another.isdisjoint(raw.clause.reading.fold_set):
        return False
    toks = raw.clause.tokens
    at = next((k for k, t in enumerate(toks) if t.start == raw.trigger_span[0]), None)
    if at is None:
        return False
    for k in range(at - 1, max(at - 1 - _ANOTHER_WORDS, -1), -1):
        fold = toks[k].fold
        if fold in lex.prepositions:
            return False
        if fold in lex.another:
            return True
    return False


# Kinds whose lead often sums up with no day (``Bei einem Busunglück in den Anden sind 23
# Menschen ums Leben gekommen``) and whose next sentence tells the same event with its day
# and its place (``Der Bus stürzte am Montag in der Region X in eine Schlucht``): hazards
# and accidents (fifteenth session)
_TOLD_NEXT_TYPES = frozenset({"disaster", "accident"})


def _lead_told_next(raw: _Raw, previous: _Raw, lex: _Lexicon) -> bool:
    """Is ``raw`` the very next sentence telling again a hazard or an accident that
    ``previous`` summed up with no day: the same type and sub-kind, a time of its own, in
    the same paragraph, and a verb whose subject opening the clause is definite (``Der Bus
    stürzte am Montag ...``, ``Das überladene Boot kenterte am Montag ...``, ``The ferry
    capsized on Monday ...``)? Then it is one event, with that day and (when finer) that
    place, as a launch's lead and its next sentence are (:func:`_launch_told_next`). A new
    trigger noun (``Am Montag erschütterte ein Nachbeben ...``) or an indefinite subject
    (``Ein zweiter Bus ...``) tells a new event."""
    if (
        previous.type not in _TOLD_NEXT_TYPES
        or raw.type != previous.type
        or raw.sub_kind != previous.sub_kind
        or previous.time is not None
        or raw.time is None
        or raw.pos != "verb"
        or raw.clause.paragraph != previous.clause.paragraph
        or raw.clause.sentence.index - previous.last_sentence != 1
        or raw.trigger_span is None
        or raw.time.precision != "day"
        or raw.time.text.split()[0].casefold() in lex.since_prepositions
    ):
        # a span ("seit Freitag", "since Friday") says how long it went on, not the day
        # the lead happened
        return False
    toks = raw.clause.tokens
    at = next((k for k, t in enumerate(toks) if t.start == raw.trigger_span[0]), None)
    return at is not None and any(
        _definite(toks, k, lex) for k in range(min(at, _OPENING_NOUN + 1))
    )


def _area_refined(previous: _Raw, raw: _Raw, lex: _Lexicon) -> bool:
    """Does ``raw`` place the event ``previous`` placed only in an area (a country, a
    region, a mountain range, a coast) more finely: a place that is not itself a country,
    in the area's country when it has one?"""
    if previous.place is None or raw.place is None:
        return False
    if _precision_of(previous.place, lex) == "point" or raw.place.kind == "country":
        return False
    cc = previous.place.country_code
    return cc is None or raw.place.country_code == cc


def _shares_the_time(raw: _Raw, previous: _Raw) -> bool:
    """``Bei X ist am Montag ein Damm gebrochen, mehrere Dörfer wurden überflutet``: a clause
    of the same sentence with no time of its own (the day it has is the very time phrase of
    the event before it) tells what that event did, not a second one: one flood, not two.
    A time of its own (another day, another phrase) keeps two events."""
    return (
        previous.time is not None
        and raw.clause.sentence.index == previous.clause.sentence.index
        and raw.time == previous.time
        and previous.time.text not in " ".join(t.text for t in raw.clause.tokens)
    )


def _launch_told_next(raw: _Raw, previous: _Raw) -> bool:
    """``Nordkorea hat erneut eine Rakete abgefeuert. Die Rakete sei am Mittwochmorgen aus
    dem Gebiet um X gestartet worden``: a lead that sums up a launch with no day, and the
    very next sentence that tells it again (a launch of no actor of its own) with its day,
    is one launch, not two (as a dateline's lead takes the day its next sentence tells)."""
    return (
        previous.type in _AT_A_SITE
        and raw.type == previous.type
        and previous.time is None
        and raw.clause.sentence.index - previous.last_sentence == 1
    )


def _site_refined(previous: _Raw, raw: _Raw, lex: _Lexicon) -> bool:
    """Does ``raw`` name the site of a launch ``previous`` placed only in an area (``fired
    two missiles off its east coast. // The missiles were launched from the X area``, ``von
    der Ostküste aus ... Die Raketen wurden bei X abgefeuert``): a town or a facility of the
    same country after an area (a coast, a region, a country)? Then it is the same launch,
    told more precisely, and the town is its place."""
    return (
        previous.type in _AT_A_SITE
        and raw.place is not None
        and previous.place is not None
        and raw.place.country_code is not None
        and raw.place.country_code == previous.place.country_code
        and (previous.place.role == "derived" or previous.place.kind in _AREA_KINDS)
        and raw.place.role == "name"
        and _precision_of(raw.place, lex) == "point"
    )


# places that name an area a launch site lies in, not the site
_AREA_KINDS = _ADMIN_KINDS | {"country", "region", "coast"}


def _merge(into: _Raw, raw: _Raw, lex: _Lexicon) -> None:
    if raw.place is not None and (
        into.place is None
        or _site_refined(into, raw, lex)
        or (_lead_told_next(raw, into, lex) and _area_refined(into, raw, lex))
    ):
        into.place, into.outside, into.place_method = raw.place, raw.outside, raw.place_method
    if into.time is None and raw.time is not None:
        into.time, into.time_ref_type = raw.time, raw.time_ref_type  # _launch_told_next
    if into.quantity is None:
        into.quantity = raw.quantity
    for key, value in raw.amounts.items():
        into.amounts.setdefault(key, value)
    into.last_sentence = raw.clause.sentence.index


# Types coded one event per place, as ACLED codes an event per location and day: "protests
# in X, Y and Z" are three protests. A hazard, an accident, a meeting, a vote or a court
# action named with several places is one occurrence over them (EM-DAT lists the places
# of one disaster), and stays one event at its first place.
_PER_PLACE = frozenset(
    {"battle", "strike", "violence_against_civilians", "protest", "riot", "strategic_development"}
)


def _listed_places(raws: list[_Raw], st: _State) -> list[_Raw]:
    """``Thousands protested in Lyon, Marseille and Toulouse``, ``Drohnen trafen Charkiw,
    Odessa und Sumy``: an event of a type coded per place (:data:`_PER_PLACE`) whose own
    place (``locative``) is one of a list of places of its precision, joined by commas and
    the language's conjunctions (``[actors] conjunctions``), is one event per place: a copy
    for each other place of the list, after it. A list starts after a place cue or right
    after the trigger (its object) and never after ``between`` (``the road between X and Y``
    is one stretch) or an origin (``Protesters from X and Y``); a name of another
    precision ends it (``in Kharkiv, Ukraine``)."""
    out: list[_Raw] = []
    for r in raws:
        out.append(r)
        if r.type not in _PER_PLACE or r.place_method != "locative" or r.place is None:
            continue
        out.extend(replace(r, place=q) for q in _list_around(r, st))
    return out


def _list_around(r: _Raw, st: _State) -> list[Place]:
    """The other places of the list that holds ``r``'s place, in text order. The list may
    run past the clause's commas, which cut clauses: it is read on the sentence's text."""
    place, lex, text = r.place, st.lex, st.doc.text
    assert place is not None
    sent = r.clause.sentence
    named = [
        p
        for p in st.places_between(sent.start, sent.end)
        if p.resolved and p.role == "name" and p.name
    ]
    if not any(p is place for p in named):
        return []
    precision = _precision_of(place, lex)
    k = next(i for i, p in enumerate(named) if p is place)

    def joined(a: Place, b: Place) -> bool:
        gap = text[a.end : b.start].split()
        words = [w.strip(",").casefold() for w in gap]
        return (
            bool(gap)
            and len(gap) <= 2
            and all(w in lex.conjunctions for w in words if w)
            and (gap[0].startswith(",") or words[0] in lex.conjunctions or gap[0] == ",")
            and _precision_of(b, lex) == precision
        )

    lo = k
    while lo > 0 and joined(named[lo - 1], named[lo]):
        lo -= 1
    hi = k
    while hi + 1 < len(named) and joined(named[hi], named[hi + 1]):
        hi += 1
    if hi == lo:
        return []
    before = text[max(sent.start, named[lo].start - 40) : named[lo].start].split()
    trigger_end = r.trigger_span[1] if r.trigger_span else -1
    word = before[-1].casefold() if before else ""
    if word in _BETWEEN or word in lex.origins:
        return []  # one stretch ("between X and Y"); where people came from ("from X and Y")
    if not (word in lex.cues or trigger_end == _word_end(text, named[lo])):
        return []
    seen = {place.name}
    others = []
    for q in named[lo : hi + 1]:
        if q.name not in seen:  # "in Lyon and Lyon" is one place
            seen.add(q.name)
            others.append(q)
    return others


def _word_end(text: str, p: Place) -> int:
    """The end of the word before a place (the trigger's, when the place is its object)."""
    return len(text[: p.start].rstrip())


def _freeze(raws: list[_Raw], lex: _Lexicon) -> tuple[Event, ...]:
    index = {id(r): i for i, r in enumerate(raws)}
    return tuple(_event(i, r, index, lex) for i, r in enumerate(raws))


def _worth_keeping(raws: list[_Raw]) -> list[_Raw]:
    """Drop events with neither a place nor a time nor a tie to another event ("when they
    arrived", "has launched his book"): they say too little to be a row. An event another
    one points to stays."""
    pointed = {id(r.rel_to) for r in raws if r.rel_to} | {
        id(r.inherited_from) for r in raws if r.inherited_from
    }
    return [
        r for r in raws if r.place or r.date or r.date_precision or r.rel_to or id(r) in pointed
    ]


def _event(i: int, r: _Raw, index: dict[int, int], lex: _Lexicon) -> Event:
    confidence = _BASE_CONFIDENCE[r.pos]
    if r.reported:
        confidence *= _REPORTED_FACTOR
    if r.place is None:
        confidence -= _NO_PLACE_PENALTY
    relations = []
    if r.rel_to is not None and id(r.rel_to) in index:
        relations.append(f"{r.rel_kind}:{index[id(r.rel_to)]}")
    if r.outside:
        relations.append("outside")
    date_text = r.date_text
    if r.inherited_from is not None and id(r.inherited_from) in index:
        date_text = f"as event {index[id(r.inherited_from)]} (context)"
    p = r.place
    lat, lon = (p.lat, p.lon) if p else (None, None)
    name = (p.name or p.mention) if p else None
    precision = _precision_of(p, lex) if p else None
    if precision == "point" and r.near:
        precision = "near"
    if r.part is not None and p is not None:
        point, lat, lon = r.part
        name, precision = f"{COMPASS_NAMES[point]} {name}", "region"
        relations.append(f"part:{point}")
    return Event(
        type=r.type,
        trigger=r.trigger,
        actors=tuple(r.actors),
        place_id=p.id if p else None,
        place_name=name,
        lat=lat,
        lon=lon,
        date=r.date,
        date_text=date_text,
        date_precision=r.date_precision,
        relation=";".join(relations) or None,
        sentence=r.clause.sentence.index,
        start=r.clause.start,
        end=r.clause.end,
        confidence=round(max(confidence, 0.05), 2),
        quantity=r.quantity,
        index=i,
        kind=_KIND_OF.get(r.type, r.type),
        sub_kind=r.sub_kind,
        place_method=r.place_method if p else None,
        magnitude=r.amounts.get("magnitude"),
        dead=_int(r.amounts.get("dead")),
        injured=_int(r.amounts.get("injured")),
        missing=_int(r.amounts.get("missing")),
        evacuated=_int(r.amounts.get("evacuated")),
        missiles=_int(r.amounts.get("missiles")),
        date_start=r.interval[0] if r.interval else None,
        date_end=r.interval[1] if r.interval else None,
        place_precision=precision,
        trigger_start=r.trigger_span[0] if r.trigger_span else None,
        trigger_end=r.trigger_span[1] if r.trigger_span else None,
    )


def _said_near(r: _Raw, st: _State) -> bool:
    """Does the event's own clause put it by its town rather than in it? A preposition of
    ``[places] near`` (``a village near X``, ``outside X``, ``off X``, ``unweit von X``,
    ``in der Nähe von X``), or a distance or a direction measured from it (``40 km east of
    X``, ``30 Kilometer nördlich von X``). Its precision is then ``near`` (ACLED's
    geo-precision 2, "near a town"), not ``point``: the point is the town's, the event is
    somewhere around it. Only a place of the event's own locative phrase: a carried place
    keeps the precision it was carried with. A place a later clause or sentence gave the
    event (``Das Feuer war in einem Wald bei der Stadt X ausgebrochen``) is read in its
    own clause."""
    p, lex = r.place, st.lex
    if p is None or r.place_method != "locative":
        return False
    if r.outside:
        return True
    clause: _Clause | None = r.clause
    if clause is None or not clause.start <= p.start < clause.end:
        clause = _clause_at(p.start, st)
        if clause is None or not clause.start <= p.start < clause.end:
            return False
    toks = clause.tokens
    idx = clause.index_at(p.start)
    if idx >= len(toks):
        return False
    at = _cue_index(toks, idx, lex)
    if at is None:
        return _reference_point(idx, None, toks, lex)
    # the preposition with the words before it and those up to the name: "in der Nähe
    # von X", "on the outskirts of X"
    folds = [t.fold for t in toks[max(0, at - 3) : idx]]
    if any(tuple(folds[k : k + len(ph)]) == ph for ph in lex.near for k in range(len(folds))):
        return True
    # "in the north of X" is a part of X, not a direction from it
    cue = None if at > 0 and toks[at - 1].fold in lex.determiners else toks[at].fold
    return _reference_point(idx, cue, toks, lex)


def _int(value: float | None) -> int | None:
    return None if value is None else int(value)


# Geomap's own types that are one taxonomy kind (docs/events.md).
_KIND_OF = {"strike": "explosion_remote_violence", "impact": "explosion_remote_violence"}
