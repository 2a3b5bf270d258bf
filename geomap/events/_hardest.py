"""Events: an event placed in an area, narrowed to the town a later sentence says it hit hardest.

``Storms swept across <country> on Monday. The worst damage was in B.``, ``Hochwasser haben
weite Teile <Bundesland> überflutet. Am schwersten betroffen war die Kleinstadt B``: the
lead places the event only in a country or a first-level region; a following sentence that
tells no event of its own says where it hit hardest, was centred or did its damage. A
reader puts the event at B when B lies inside the area; a town outside it is another scene
and the event stays. The words live in ``[hardest_hit]`` of ``events_<lang>.toml``.
An event on a river, a lake or a sea takes a town on its bank or shore, one with no place
yet the town. Separate from :mod:`geomap.events._refine` because it reads sentences with no
event, the area's containment from the gazetteer and a word table of its own (session 28,
issue 20; docs/events.md, "session 28").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from shapely.geometry import Point
from shapely.ops import nearest_points

from geomap.events._actors import _cue
from geomap.events._carry import _measured_within
from geomap.events._origins import _precision_of, _source_of
from geomap.events._place import _REFINE_NEAR_KM, _WATER_KINDS
from geomap.events._refine import _REFINABLE, _another_time, _finer_than, _fits, _has_seats
from geomap.events._sentences import _Clause
from geomap.events._state import _Raw, _State
from geomap.events._timeexpr import events_toml
from geomap.events._vocabulary import _Lexicon
from geomap.geometry import geodesic_km
from geomap.model import Place

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI

# how far from a river's line or a sea's or lake's outline a town may lie and still be on
# it ("Floods along the X river ... The worst-hit town was B"): a town on the bank or the
# shore, not one a valley away
_SHORE_KM = 25.0

# how many words before a town an origin may stand and make it the people's town ("aus der am
# schwersten betroffenen Stadt B in Sicherheit gebracht"), not where they were moved to
_ORIGIN_REACH = 6

# how many sentences after the event a sentence naming where it hit hardest may stand (no
# event between them): wire copy says it in the next sentence or the one after a quote
_AHEAD = 2


@dataclass(frozen=True)
class _Hardest:
    """``[hardest_hit]`` of one language: the phrases (word tuples, a trailing ``*`` for any
    ending), the event types they narrow, the words that put a centre at sea and the
    prepositions that put it off a town (``off B``); the words that say a place was spared
    the worst (``B was spared the worst damage``, ``blieb verschont``) and the words of
    people moved somewhere (``taken to camps in B``, ``nach B gebracht``), session 28
    review; the auxiliaries of a passive of damage (``were destroyed``, session 30)."""

    phrases: tuple[tuple[str, ...], ...]
    types: frozenset[str]
    offshore: tuple[tuple[str, ...], ...]
    offshore_cues: frozenset[str]
    spared: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()
    passives: frozenset[str] = frozenset()


@cache
def _hardest(lang: str) -> _Hardest:
    table = events_toml(lang).get("hardest_hit", {})

    def split(items: Sequence[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(_words(item)) for item in items if item.strip())

    return _Hardest(
        split(table.get("phrases", [])),
        frozenset(table.get("types", [])),
        split(table.get("offshore", [])),
        frozenset(w.casefold() for w in table.get("offshore_cues", [])),
        tuple(w.casefold() for w in table.get("spared", [])),
        tuple(w.casefold() for w in table.get("moved", [])),
        frozenset(w.casefold() for w in table.get("passives", [])),
    )


def _words(text: str) -> list[str]:
    """Case-folded words, a hyphenated compound as its parts (``worst-hit``: worst, hit)."""
    return [part for w in text.casefold().split() for part in w.split("-") if part]


def _word_matches(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


@cache
def _openers(phrases: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words that may open one of ``phrases``: whole first words, and the prefixes of
    first words that end in ``*``; a word that is neither opens none of them."""
    firsts = [ph[0] for ph in phrases if ph]
    return (
        frozenset(p for p in firsts if not p.endswith("*")),
        tuple(p[:-1] for p in firsts if p.endswith("*")),
    )


def _phrase_at(
    folds: Sequence[str], phrases: Sequence[tuple[str, ...]]
) -> tuple[int, tuple[str, ...]] | None:
    """The index of the word after the first phrase found in ``folds``, and the phrase.
    Only a word that may open a phrase (:func:`_openers`) is tried against them: a sentence
    is asked once per event placed in an area, and most of its words open none."""
    whole, prefixes = _openers(tuple(phrases))
    for k in range(len(folds)):
        if folds[k] not in whole and not (prefixes and folds[k].startswith(prefixes)):
            continue
        for ph in phrases:
            if len(ph) <= len(folds) - k and all(
                _word_matches(p, folds[k + j]) for j, p in enumerate(ph)
            ):
                return k + len(ph), ph
    return None


def _the_phrase_itself(r: _Raw, phrase: tuple[str, ...], text: str) -> bool:
    """Is ``r``'s trigger a word of the hardest-hit phrase (``Besonders schwer getroffen
    wurde B``: ``getroffen``, read as a meeting; ``Am härtesten traf es B``: ``traf``)? Then
    the sentence tells where the event before hit, not an event of its own."""
    if r.trigger_span is None:
        return False
    words = _words(text[r.trigger_span[0] : r.trigger_span[1]])
    return bool(words) and all(any(_word_matches(p, w) for p in phrase) for w in words)


def _what_it_did_there(
    o: _Raw, r: _Raw, later: Sequence[_Clause], table: _Hardest, lex: _Lexicon
) -> bool:
    """Is ``o`` (an event of the hardest-hit sentence after ``r``'s) read from a relative
    clause of place (``[places] relative_here``: ``where``, ``wo``) after the phrase's
    clause (``later``), of a type the phrase narrows (``Hardest hit was B, where hundreds of
    homes were flooded``, ``Am schlimmsten traf es die Stadt B, wo Hunderte Häuser zerstört
    wurden``)? Such a clause tells what the event did at B, no event of its own (session
    30, h30-left): of the event's own kind and sub-kind, or a verb told in the passive
    with no doer (what was done to B, not by whom). ``..., where rioters looted shops``
    has doers of another kind, ``..., wo ein Erdrutsch drei Häuser verschüttete`` names
    another hazard, and each stays an event; so does one of another day
    (:func:`_another_time`, asked after)."""
    if o.trigger_span is None or o.type not in table.types:
        return False
    at = o.trigger_span[0]
    return any(
        c.start <= at < c.end
        and bool(c.words)
        and c.words[0].casefold() in lex.relative_here
        and (
            (o.type, o.sub_kind) == (r.type, r.sub_kind)
            or (o.pos == "verb" and _passive_without_doer(c, table, lex))
        )
        for c in later
    )


def _passive_without_doer(clause: _Clause, table: _Hardest, lex: _Lexicon) -> bool:
    """Is ``clause`` told in the passive (an auxiliary of ``[hardest_hit] passives``) with
    no doer (no word of ``[grammar] passive_agents``: ``by a landslide``, ``durch einen
    Erdrutsch`` name another hazard)?"""
    folds = [w.casefold() for w in clause.words]
    return any(w in table.passives for w in folds) and not any(
        w in lex.passive_agents for w in folds
    )


def _inside(area: Place, town: Place, gaz: GazetteerAPI | None) -> bool:
    """Does ``town`` lie in ``area`` (a country, or a province with its seat's admin code or
    its radius in the gazetteer)? A country: the same country code (already asked by
    :func:`_finer_than`). A province: the town's first-level code is its seat's; without a
    seat, within the province's radius; without either, the same country is taken."""
    if area.kind == "country" or gaz is None or not area.id or not town.id:
        return True
    unit = gaz.get(area.id)
    where = gaz.get(town.id)
    if unit is None or where is None:
        return True
    seat = gaz.seat(area.id) if unit.kind == "admin1" and _has_seats(gaz) else None
    if seat is not None and seat.admin1 and where.admin1:
        return bool(seat.admin1 == where.admin1)
    if unit.radius_km:
        return geodesic_km(unit.lat, unit.lon, where.lat, where.lon) <= unit.radius_km
    return True


def _on_land(town: Place, lex: _Lexicon) -> bool:
    """Is ``town`` a resolved town (a named point with coordinates)?"""
    return (
        town.resolved
        and town.role == "name"
        and town.lat is not None
        and town.lon is not None
        and _precision_of(town, lex) == "point"
    )


def _on_the_water(water: Place, town: Place, lex: _Lexicon, gaz: GazetteerAPI | None) -> bool:
    """Is ``town`` (a resolved town) on the river, the lake or the sea ``water`` an event
    was placed at: within ``_SHORE_KM`` of its line or outline in the gazetteer? Without a
    geometry nothing says so, and the event stays."""
    if gaz is None or not water.id or not _on_land(town, lex):
        return False
    shape = gaz.geometry(water.id)
    if shape is None or town.lat is None or town.lon is None:
        return False
    here = Point(town.lon, town.lat)
    near = nearest_points(shape, here)[0]
    return geodesic_km(town.lat, town.lon, near.y, near.x) <= _SHORE_KM


def _town_of(
    clauses: Sequence[_Clause], r: _Raw, st: _State, gaz: GazetteerAPI | None
) -> Place | None:
    """The town a hardest-hit sentence names for ``r``, placed in an area (or nowhere): its
    first resolved town inside the area, not after an origin (``aus``, ``from``), a source
    (``according to officials in B``), a word of ``outside`` or a direction with no distance
    or a far one (``north of B``, ``about 80 km south-west of B``: measured from B, not at
    it; ``10 km north of B`` is near B, as :func:`_placed_by_reference` reads it); None
    when the sentence puts the centre at sea (an offshore phrase before the town) or names
    no such town. A clause that says its town was spared (``[hardest_hit] spared``: ``C
    was spared the worst``, ``blieb verschont``) names none."""
    lex, table, area = st.lex, _hardest(st.lex.lang), r.place
    for clause in clauses:
        toks = clause.tokens
        if any(_word_matches(w, x) for w in table.spared for x in _words(" ".join(clause.words))):
            continue  # "B was spared the worst damage": where it did not hit
        for p in st.places_between(clause.start, clause.end):
            idx = clause.index_at(p.start)
            before = _words(" ".join(t.text for t in toks[:idx]))
            if _phrase_at(before, table.offshore) is not None:
                return None  # "The epicentre was at sea, 40 km off B": not at B
            after = _words(" ".join(t.text for t in toks[idx + 1 :])) if lex.verb_second else []
            if p.kind in _WATER_KINDS or _not_where_it_hit(before, after, table, lex):
                continue
            if area is None:
                if not (_on_land(p, lex) and _fits(r, p)):
                    continue
            elif area.kind in _WATER_KINDS:
                if not _on_the_water(area, p, lex, gaz):
                    continue
            elif not _finer_than(area, p, lex):
                continue
            cue = _cue(toks, idx, lex) if idx < len(toks) else None
            if cue is not None and (
                cue in lex.origins
                or cue in lex.outside
                or _source_of(toks, idx, lex)
                or cue in table.offshore_cues
                or (cue in lex.directions and not _measured_within(toks, idx, lex, _REFINE_NEAR_KM))
            ):
                continue
            return p if area is None or area.kind in _WATER_KINDS or _inside(area, p, gaz) else None
    return None


def _not_where_it_hit(
    before: Sequence[str], after: Sequence[str], table: _Hardest, lex: _Lexicon
) -> bool:
    """Does a town between the words ``before`` and ``after`` it (its clause's, case-folded;
    ``after`` only where a participle closes the clause) stand where people were moved to
    (a word of ``[hardest_hit] moved`` before or after it, and no origin between the
    word before and the town: the people's town, ``aus B gebracht``, is where it hit;
    ``Residents of the worst-hit villages were taken to camps in B``, ``in Notunterkünfte
    nach B gebracht``), or right after a negation (``The worst damage was not in B but in
    ...``, ``nicht B, sondern``)? Then it is not where the event hit (session 28 review)."""
    if any(w in lex.negations for w in before[-2:]):
        return True

    def moved(w: str) -> bool:
        return any(_word_matches(m, w) for m in table.moved)

    last = max((k for k, w in enumerate(before) if moved(w)), default=-1)
    if any(w in lex.origins for w in before[max(last + 1, len(before) - _ORIGIN_REACH) :]):
        return False  # "aus der am schwersten betroffenen Stadt B in Sicherheit gebracht"
    return last >= 0 or any(moved(w) for w in after)


def _narrowed_to_hardest_hit(raws: list[_Raw], st: _State, gaz: GazetteerAPI | None) -> list[_Raw]:
    """Give an event of a type of ``[hardest_hit] types`` placed in an area (``_REFINABLE``:
    a country, a province; or a river, a lake, a sea) or nowhere yet the town that a
    following sentence with no event names after a phrase of ``[hardest_hit] phrases``
    (``The worst-hit town was B``, ``B bore the brunt``, ``Am schwersten betroffen war B``,
    ``Das Epizentrum lag nahe B``), when no event comes between them, the sentence speaks
    of the event's time (:func:`_another_time`) and B lies in the area (:func:`_town_of`).
    An event read from the phrase's own words (``Besonders schwer getroffen wurde B``:
    ``getroffen`` as a meeting) is no event of that sentence and is dropped. Runs before
    the places are carried over, so a follow-up with no place of its own takes B from it.
    Two towns after the phrase (``worst hit were B and C``): the first, as the sentence
    ranks it; a centre at sea leaves the event where it was (docs/events.md, session 28).
    Returns the events without the dropped ones."""
    table = _hardest(st.lex.lang)
    if not table.phrases or not raws:
        return raws
    dropped: set[int] = set()
    for r in raws:
        area = r.place
        if id(r) in dropped or r.type not in table.types:
            continue
        # an event at an area is narrowed; one with no place yet takes the town as its
        # place; one at a town keeps it, but the phrase's own words are still no event
        narrow = area is None or area.kind in _REFINABLE or area.kind in _WATER_KINDS
        for s in range(r.last_sentence + 1, r.last_sentence + 1 + _AHEAD):
            sentence = st.sentence_clauses(s)
            if not sentence:
                break
            clauses = [c for c in sentence if not c.quoted]
            words = _words(" ".join(w for c in clauses for w in c.words))
            found = _phrase_at(words, table.phrases)
            own = st.raws_of_sentence(raws, s)
            if found is None:
                if own:
                    break  # another event between them
                continue
            # the town stands in the phrase's clause or before it: a later clause says who
            # told it or where people went ("..., the Red Cross said in B")
            upto = next(
                k
                for k in range(1, len(clauses) + 1)
                if _phrase_at(
                    _words(" ".join(w for c in clauses[:k] for w in c.words)), (found[1],)
                )
            )
            if any(
                not _the_phrase_itself(o, found[1], st.doc.text)
                and not _what_it_did_there(o, r, clauses[upto:], table, st.lex)
                for o in own
            ):
                break  # the sentence tells an event of its own
            if not clauses or _another_time(clauses, r, st):
                break  # "In 2008 the worst-hit town was B": another time's damage
            dropped.update(id(o) for o in own)
            if own:
                st.sentences_with_event.discard(s)
            town = _town_of(clauses[:upto], r, st, gaz) if narrow else None
            if town is not None:
                r.place, r.place_method = town, "locative"
            break
    return [r for r in raws if id(r) not in dropped] if dropped else raws
