"""Events: who did what, where and when, one per clause.

A clause is an event when it holds a *trigger* from the language's lexicon
(``geomap/lexicons/events_<lang>.toml``): a verb (``feuerte ... ab``, ``arrived``), a noun
(``Treffen``, ``talks``) or, weakest, a verb of saying (``sagte``). The type comes with the
trigger; actors, place, time and quantity are read from the same clause:

- **actors**: names after titles (``Präsident Wladimir Putin``), names next to verbs of
  saying, later short forms (``Kim``) tied to the full name seen first; organisations with
  their country (``südkoreanische Militär (KR)``); a country or city that is the subject
  (``Pakistan feuerte``); ``Beide``/``both`` pick up the previous event's actors.
- **place**: a resolved :class:`~geomap.model.Place` after a place preposition, or a noun
  that points back to one named earlier (``im Raumfahrtzentrum`` -> the facility named
  before), or ``dort``/``there``.
- **time**: :mod:`geomap.events._timeexpr`; a phrase like ``Stunden vor dem Treffen`` becomes
  ``relation`` ``before:<index of the meeting>`` and takes that event's day.

Clauses in direct quotes, hypothetical, future or negated clauses (``könnte``, ``would``,
``nicht``) and headings give no event; reported speech (``seien ... gestürzt``) gives one
with lower confidence. A clause with the same type (or a continuing one: a flight after a
launch) and no actors of its own right after an event adds its details to that event
instead of making a new one. See ``docs/events.md``.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Collection, Sequence, Set
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, partial, wraps
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeGuard, cast

from gazetteer import Candidate, SeatsAPI
from geomap.events._actors import (
    _actors,
    _add_pronoun_actor,
    _after_preposition,
    _cue,
    _cue_index,
    _demonym,
    _is_feature,
    _partner,
    _person_registry,
    _person_spans,
    _person_words,
    _quantities,
    _quantity,
    _words,
)
from geomap.events._compass import lies_in_part, part_point
from geomap.events._mood import (
    _DAY_KINDS,
    _YEAR,
    _act_flags,
    _act_instead,
    _act_on_what_will_be,
    _announced,
    _background,
    _first_words,
    _flags,
    _fronted_time,
    _gathered_after,
    _noun_phrase_text,
    _object_phrase_times,
    _of_the_victims,
    _own_expected_word,
    _saying_frame,
    _says_what_will_be,
    _toll_head,
    _toll_phrase,
)
from geomap.events._origins import (
    _HOME_GATHERINGS,
    _is_capital,
    _launcher,
    _launcher_states,
    _origin_of_thing,
    _people_after,
    _people_from,
    _precision_of,
    _protest_target,
    _reference_point,
    _residents_town,
    _source_of,
    _statement_topics,
    _town_body,
)
from geomap.events._place import (
    _ADMIN_KINDS,
    _DISTANCE_NUMBER,
    _KM_PER_MILE,
    _NAMESAKE_ABROAD_KM,
    _POINT_SPECIFICITY,
    _REFINE_NEAR_KM,
    _SPEAKER_REACH,
    _WATER_KINDS,
    _as_reading,
    _clause_at,
    _elapsed_before,
    _event_noun,
    _event_spans,
    _feature_before,
    _in_event_phrase,
    _journey_to,
    _land_point,
    _name_fragment,
    _no_scene,
    _onward_start,
    _opening_event_word,
    _particle_tokens,
    _place,
    _resolve_time,
    _story_country,
    _story_placed,
)
from geomap.events._sentences import _Clause, _clauses, _list_commas, _Spans
from geomap.events._state import _WORD, _Raw, _State
from geomap.events._timeexpr import (
    TimeSpan,
    TimeValue,
    anchor_date,
    counts_time,
    earlier_auxiliaries,
    events_toml,
    find_times,
    relative_pronouns,
    resolve_time,
    retold_auxiliaries,
    set_for_day,
)
from geomap.events._triggers import (
    _BETWEEN,
    _OPENING_NOUN,
    _appositive,
    _attribute_phrase,
    _can_fall,
    _cause_first,
    _court_name_after,
    _definite,
    _earlier_relative,
    _fronted_dated_noun,
    _headline_present_at,
    _headline_present_in,
    _infinitive_clause,
    _is_trigger_noun,
    _march_joined,
    _means_noun_first,
    _noun_present_beside,
    _noun_relative,
    _opens_after_dateline,
    _own_dated_noun,
    _purpose_of_march,
    _reason_dated_noun,
    _recast,
    _refers_to,
    _resumed_main_clauses,
    _road_crash,
    _share_subject_place,
    _share_trailing_place,
    _share_trailing_time,
    _split_coordinated,
    _split_frame_event,
    _split_object_relative,
    _split_relative,
    _title_line,
    _topic_relative,
    _trigger_in,
    _turned_violent,
    _without_absolute,
    _without_attributive,
    _without_marches_of_a_purpose,
    _without_moving_subject,
    _without_reduced_relative,
)
from geomap.events._vocabulary import (
    _ACTOR_PLACE_KINDS,
    _AT_A_SITE,
    _BACK_REFERENCE_SENTENCES,
    _BASE_CONFIDENCE,
    _CONTEXT_SENTENCES,
    _CONTINUATION_GAP,
    _END,
    _F,
    _FOLD,
    _MAX_CLAUSE_TOKENS,
    _NEIGHBOURS,
    _NO_PLACE_PENALTY,
    _POSSESSIVES,
    _REPORTED_FACTOR,
    _THROWS,
    _Later,
    _Lexicon,
    _lexicon,
    _plain_saying,
    _speech_act,
    _Trigger,
)
from geomap.geometry import geodesic_km
from geomap.geoparse import COMPASS_NAMES
from geomap.lexicons import capitals
from geomap.model import Document, Event, Place, Sentence, kind_info, kinds_where
from geomap.text import AGENCIES, Token, unit_words, word_units

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI


__all__ = ["extract_events"]


# ---------------------------------------------------------------------------------------
# the whole document


def _collector_paused(extract: _F) -> _F:
    """``extract`` with Python's cyclic garbage collector paused while it runs (restored
    after, also on an error; left alone when the caller has paused it).

    Why: reading a document allocates many short-lived objects (word units, clauses,
    readings) that die with the document by reference counting. With the collector on,
    every 700 net allocations start a young collection, some of those objects outlive
    it and are promoted, and the promotions soon start a full collection, which walks
    every object of the process (the gazetteer's and every analysis kept so far: about
    a tenth of the events' time on LGL, and growing with what the caller keeps). Paused,
    the document's objects die before any collection sees them. Memory stays bounded:
    what is allocated is one document's, freed when it is done (the events build no
    reference cycles that outlive the call), and the collector, back on, takes any
    that did."""

    @wraps(extract)
    def paused(*args: Any, **kwargs: Any) -> Any:
        if not gc.isenabled():
            return extract(*args, **kwargs)
        gc.disable()
        try:
            return extract(*args, **kwargs)
        finally:
            gc.enable()

    return cast(_F, paused)


@_collector_paused
def extract_events(
    doc: Document,
    places: Sequence[Place],
    *,
    date: date | None = None,
    gazetteer: GazetteerAPI | None = None,
) -> tuple[Event, ...]:
    """The events of ``doc``, in text order, each with actors, place, time and relations.

    ``date`` is the day the article was written when the caller knows it; otherwise the
    header date anchors relative expressions (a month-only header dates weekdays as
    ``None`` with precision ``month``, keeping their order in ``relation``). With a
    ``gazetteer``, an event in a compass part of a country or a province (``in northern
    X``) is placed at that part (:mod:`geomap.events._compass`); without one, at the whole.
    """
    lex = _lexicon(doc.language)
    anchor, precision = anchor_date(doc.header, date)
    places = sorted(places, key=lambda p: (p.start, p.end))
    clauses = _clauses(
        doc,
        lex.lang,
        lex.inclusions,
        lex.person_relatives,
        lex.subject_relatives,
        lex.pluperfect_ends,
        _list_commas(doc.text, places, lex.conjunctions),
        (lex.apposition_openers, lex.apposition_not_after),
    )
    words = _words(clauses, lex)
    person_spans = _person_spans(lex, words)
    places = [p for p in places if not person_spans.covers(p.start)]
    registry = _person_registry(lex, places, words)
    dateline = _dateline_span(doc) or _byline_span(doc, lex)
    if anchor is None and dateline is not None:
        anchor, precision = _dateline_anchor(doc, dateline)
    elif dateline is not None:
        anchor = _filed_day(doc, dateline, anchor, precision) or anchor
    state = _State(
        doc, lex, places, clauses, registry, anchor, precision, dateline=dateline, words=words
    )
    state.home_cc = _home_country(state)
    previous: _Clause | None = None
    resumed = _resumed_main_clauses(clauses, lex)
    for n, clause in enumerate(clauses):
        whole = resumed.get(n, clause)
        if (
            whole is not None
            and _may_hold_event(whole, state)
            and not clause.quoted
            and not _infinitive_clause(whole, lex)
        ):
            _clause_events(_march_joined(whole, previous, state), state)
        previous = clause
    raws = state.raws
    # verbs of saying: only where nothing stronger was found and a place is named
    for weak in state.weak:
        if weak.clause.sentence.index not in state.sentences_with_event and (
            weak.place or weak.speech_act  # an act with a time of its own: _speech_act
        ):
            raws.append(weak)
    raws.sort(key=lambda r: r.clause.start)
    _sentence_amounts(raws, doc, lex)
    _sentence_leads(raws, state)
    _carry_places(raws, _dateline_place(state.dateline, places), state)
    raws = _located_again(raws, lex)
    _generic_located_again(raws, state)
    raws = _without_headline_repeats(raws, dateline, lex)
    _headline_told_in_lead(raws, state)
    raws = _without_marches_of_a_purpose(raws, lex)
    _region_subjects(raws, state)
    if gazetteer is not None:
        _country_namesakes(raws, state, gazetteer)
        _compass_parts(raws, state, gazetteer)
        _launcher_states(raws, gazetteer)
        _adjective_countries(raws, state, gazetteer)
        _regional_capitals(raws, state, gazetteer)
        _nationwide(raws, state, gazetteer)
    for r in raws:
        r.near = _said_near(r, state)
    _date_events(raws, anchor, precision, _lead_date(doc, dateline, anchor, precision), lex)
    _retold_lead_scene(raws, lex)
    _ticker_days(raws, doc, anchor, precision, lex)
    return _freeze(_worth_keeping(_listed_places(raws, state)), lex)


# at least this many time stamps make a live ticker when none is marked as one (``+++``,
# ``Update``): two lines that only open with a clock time (``14 Uhr: ...``) or are one
# (``09:42 GMT``); one could be a programme's line or a sentence's (_ticker_entries)
_LIVE_BLOG_STAMPS = 2


def _stamp_line(line: str, lex: _Lexicon) -> bool:
    """Is ``line`` a live blog's time stamp alone (``09:42 GMT``, ``Updated 2.15pm BRT``,
    ``14.05 Uhr``): optional ``[clauses] stamp_openers`` words, one clock time, then only
    ``stamp_tails`` words or a time zone's capitals?"""
    words = line.split()
    if not words or len(words) > 6:
        return False
    k = 0
    while k < len(words) and words[k].casefold() in lex.stamp_openers:
        k += 1
    if k >= len(words) or _CLOCK.fullmatch(words[k].casefold()) is None:
        return False
    return all(
        w.casefold() in lex.stamp_tails or (w.isupper() and w.isalpha() and 2 <= len(w) <= 5)
        for w in words[k + 1 :]
    )


# a clock time: minutes under 60 ("3.75 EUR" on a line of its own is a price)
_CLOCK = re.compile(r"\d{1,2}[:.][0-5]\d(?:[ap]\.?m\.?)?")


def _may_hold_event(clause: _Clause, st: _State) -> bool:
    """False for a clause :func:`_clause_events` would pass over (most clauses: no trigger
    word, and no event before it or no site phrase and no place phrase or name opening it),
    told from the texts of its words, before its tokens or its quotation are read."""
    words = clause.words
    if not words:
        return False
    if st.words is None or not st.words.triggers.isdisjoint(words):
        return True
    lex = st.lex
    return bool(st.raws) and (
        not lex.event_site_firsts.isdisjoint(map(str.casefold, words))
        or words[0].casefold() in lex.cues
        or words[0][:1].isupper()
        or _share_opener(clause, lex)
        or _distance_apposition(clause, lex)
    )


def _unplaced_saying(
    clause: _Clause,
    st: _State,
    found: Sequence[tuple[int, int, _Trigger, int | None]],
    references: Sequence[str],
) -> bool:
    """Would :func:`_clause_events` end with nothing for a clause whose only readings are
    plain verbs of saying (``said``, ``sagte``; no speech act) that no place could follow?

    Such a verb is kept only with a place (:func:`extract_events`), and it takes one only
    from a place right after it in its clause or from a site phrase (an event's site, a
    site noun, a participle before a kind noun); without either, its time, mood, actors
    and place need not be read. Most clauses with a trigger word are of this kind (``...,
    the mayor said.``). Told from the first reading (no word taken by a time phrase):
    taking words away only takes readings away, and with no noun reading the types told
    before do not matter. The events are the same as without this test; it only saves the
    reading (a fifth of the events' time on LGL)."""
    if not found or references:
        return False
    lex = st.lex
    if not all(_plain_saying(trig, lex) for _, _, trig, _ in found):
        return False
    first = clause.tokens[min(f[1] for f in found)].start
    if any(
        p.resolved and p.role in ("name", "derived") and p.start > first
        for p in st.places_between(clause.start, clause.end)
    ):
        return False  # a place after it (_place with weak_at)
    previous = st.raws[-1] if st.raws else None
    return (
        _event_adjective_site(clause, st, -1) is None  # -1: any word may be the participle
        and _event_site(clause, st.raws, lex) is None
        and _site_noun_place(clause, st) is None
        and (previous is None or not _site_references(clause, lex, previous))
    )


def _saying_without_site(clause: _Clause, st: _State, triggers: frozenset[str]) -> bool:
    """:func:`_unplaced_saying` told from the clause's words alone, before its tokens and
    its triggers are read: every trigger word of the clause can be only a plain verb of
    saying (:meth:`_Lexicon.plain_saying_unless`; a trigger of several words counts only
    when each of its other words matches a word of the clause, as :func:`_particle_at`
    needs), no resolved place stands anywhere in it, and none of the words the site
    phrases need is there (an event-site phrase's first word, a kind noun, a site noun).
    Then its triggers are plain verbs of saying or none, with no noun to refer back, and
    :func:`_clause_events` ends with nothing either way."""
    lex = st.lex
    words = clause.words
    for word in triggers.intersection(words):
        more = lex.plain_saying_unless(word)
        if (
            more is None
            or (
                more
                # a trigger of several words needs its last word in the clause: one remembered
                # glob of those last words first (most clauses hold none: "told reporters")
                and lex.plain_saying_ends(word).any_in(words)
                and any(all(any(map(w.match, words)) for w in trig.words[1:]) for trig in more)
            )
        ):
            return False
    if any(
        p.resolved and p.role in ("name", "derived")
        for p in st.places_between(clause.start, clause.end)
    ):
        return False  # a place after the verb (_unplaced_saying)
    return (
        lex.event_site_firsts.isdisjoint(map(str.casefold, words))  # _event_site, references
        and not lex.any_feature.any_in(words[2:])  # _event_adjective_site
        and not (lex.site_nouns and any(map(lex.is_site_noun, words)))
    )


def _only_headline_carriers(clause: _Clause, lex: _Lexicon, triggers: Set[str]) -> bool:
    """Are the clause's only trigger words present forms of carriers (``pass``, ``passes``
    of ``passed``: :func:`_present_carriers`) where no headline's verb can stand (not the
    opening clause of a line without a closing mark)? Then the clause is one without a
    trigger word, as it was before those forms were derived: ``..., on a mountain pass in
    X province`` still places the event before it (_trailing_place)."""
    if lex.present_carriers.keys().isdisjoint(clause.words):
        return False  # most clauses: one set test in C (the forms are marked in lower case)
    hits = [w for w in clause.words if w in triggers]
    if not all(w.casefold() in lex.present_carriers for w in hits):
        return False
    sent = clause.sentence
    text = sent.text.rstrip()
    return clause.start != sent.start or not text or not text[-1].isalnum()


def _clause_events(clause: _Clause, st: _State, shared: list[str] | None = None) -> None:
    """Find the event of one clause (or of its coordinated parts) and add it to ``st``."""
    lex, doc = st.lex, st.doc
    sent = clause.sentence
    triggers = st.words.triggers if st.words is not None else None
    if (
        triggers.isdisjoint(clause.words) or _only_headline_carriers(clause, lex, triggers)
        if triggers is not None
        else not any(lex.any_trigger.match(t.text) for t in clause.tokens)
    ):
        # most clauses: no trigger word, no need for their time expressions; one naming an
        # event's site may still place the event before it ("The epicentre was off ...")
        references = (
            _site_references(clause, lex, st.raws[-1])
            if st.raws
            and shared is None
            and not lex.event_site_firsts.isdisjoint(map(str.casefold, clause.words))
            else []
        )
        if references:
            _placed_by_reference(clause, st, st.raws[-1], references)
        elif (
            st.raws
            and shared is None
            and clause.words
            and (
                clause.words[0].casefold() in lex.cues
                or clause.words[0][:1].isupper()
                or _share_opener(clause, lex)
                or _distance_apposition(clause, lex)  # ", 70 km north of X,"
            )
        ):
            # a place phrase, or a bare name in apposition ("island, Vanua Levu,")
            _trailing_place(clause, st, st.raws[-1])
        return
    if triggers is not None and _saying_without_site(clause, st, triggers):
        return  # most clauses with a trigger word: "..., police said."
    split = (
        _noun_relative(clause, lex, partial(st.sentence_times, sent))
        or _topic_relative(clause, lex, partial(st.sentence_times, sent))
        or _own_dated_noun(clause, st, triggers)
        or _fronted_dated_noun(clause, st, triggers)
        or _reason_dated_noun(clause, st, triggers)
    )
    if split is not None:
        for part in split:
            _clause_events(part, st, shared)
        return
    kinds_at = {
        clause.index_at(p.start): p.kind
        for p in st.places_between(clause.start, clause.end)
        if p.resolved and p.role == "name"
    }
    # the triggers with no word taken by a time phrase first: words taken away only take
    # readings away, so a clause with none here has none at all, and its sentence's time
    # expressions (a fifth of the events' time) need not be read for it
    if not clause.before and (
        subject := _aside_subject(clause, st)
        or _relative_object_subject(clause, st)
        or _pronoun_subject(clause, st)
    ):
        # "The ferry, which had left X at dawn, sank off Y": the carrier reads its noun in
        # the subject the aside cut off, as in a coordinated part (session 19)
        clause = clause.part(clause.tokens, before=subject)
    found, references = _trigger_in(
        clause, lex, _person_words(clause, st), st.types, kinds_at, triggers
    )
    if _unplaced_saying(clause, st, found, references):
        return
    if found or references:
        spans, covered = _event_spans(clause, st.sentence_times(sent), doc, lex)
        if covered and _counted_from(clause, st) is not None:
            # "..., a day after an air strike killed four people": the event the opening
            # relation names is the clause's own, its noun may be the trigger
            first = clause.tokens[0].start
            opening = [sp for sp, _ in spans if sp.start == first]
            covered -= {
                i
                for i, t in enumerate(clause.tokens)
                if any(sp.start <= t.start < sp.end for sp in opening)
            }
        # a definite noun dated before every event told so far names an earlier one, not them
        told_types = set() if _dated_before_told(spans, st, clause.sentence) else st.types
        if covered or told_types is not st.types:
            found, references = _trigger_in(clause, lex, covered, told_types, kinds_at, triggers)
    else:
        spans, covered = [], set()
    if shared is None and all(f[2].pos == "weak" for f in found):
        # "Nach dem Erdbeben vom Sonntag in Kathmandu suchen Helfer ...", "After the collapse
        # of a bridge in Genoa on Tuesday, ...": a phrase naming an event no earlier clause
        # reported, in a clause with no event of its own, reports that event; so it does
        # beside a verb of saying only ("No casualties were reported after a drone strike
        # on X on Monday": the strike, not the report)
        known = {t for t, _ in st.types}
        orphans = [
            sp
            for sp, ref in spans
            if ref is not None
            # one of a type told, but dated before every event told ("After the blast at a
            # stall in X last week" after a blast on Monday): a new one (session 15, round 2)
            and (ref not in known or not told_types)
            and sp.text.split()[0].casefold() in lex.relation_words
            and not _elapsed_before(clause.tokens, sp.start, lex)  # "ten years after"
        ]
        if orphans and (
            len(orphans) < len(spans)  # the clause dates it: "vom Sonntag"
            # "Die Zahl der Toten nach dem Erdbeben in X ist auf 19 gestiegen": the event
            # a toll update counts (_toll_phrase)
            or any(_after_toll(clause, sp.start, lex) for sp in orphans)
        ):
            spans = [(sp, ref) for sp, ref in spans if sp not in orphans]
            covered = {
                i
                for i, t in enumerate(clause.tokens)
                if any(sp.start <= t.start < sp.end for sp, _ in spans)
            }
            found, references = _trigger_in(clause, lex, covered, told_types, kinds_at, triggers)
    previous = st.raws[-1] if st.raws else None
    if found and not _can_fall(clause, lex, previous):
        found = [
            _road_crash(f, clause.tokens, found, lex)
            for f in found
            if f[2].type != "impact" or _road_crash(f, clause.tokens, found, lex) is not f
        ]
    if not found:
        if previous is not None:
            references = [*references, *_site_references(clause, lex, previous)]
        if references and previous is not None:
            _placed_by_reference(clause, st, previous, references)
        return
    found = _cause_first(
        _without_attributive(
            _without_reduced_relative(
                _without_moving_subject(_without_absolute(found, clause, lex), clause.tokens, lex),
                clause.tokens,
                lex,
            ),
            clause.tokens,
            lex,
        ),
        clause.tokens,
        lex,
    )
    if not found:
        return  # only an English participle used as an adjective ("the ousted government")
    found = _means_noun_first(found, clause.tokens, lex)
    parts = _split_coordinated(clause, found, lex)
    relative = len(parts) == 1
    if relative:
        parts = _split_relative(clause, found, lex)
    if relative and len(parts) == 1:
        # the object's relative clause: two acts that share the sentence's place and day
        parts = _split_object_relative(clause, found, lex)
        relative = len(parts) == 1
    if relative and len(parts) == 1:
        # "Während der Unruhen ... nahm die Polizei 12 Personen fest": the frame's event and
        # the arrest
        parts = _split_frame_event(clause, found, lex)
        relative = len(parts) == 1
    if len(parts) > 1:
        first_actors: list[str] | None = None
        start = len(st.raws)
        for part in parts:
            before = len(st.raws)
            _clause_events(part, st, shared=first_actors)
            if first_actors is None and len(st.raws) > before:
                first_actors = st.raws[-1].actors
        if relative:
            for r in st.raws[before:]:
                r.aside = True  # the relative clause's earlier event: no "previous" one
        else:
            # the subject's town first: a later part's trailing place may be only the
            # fronted country its noun took ("In X, a court in Y convicted ... and sentenced
            # them after a trial"; session 20, round 2)
            _share_subject_place(st.raws[start:], lex)
            _share_trailing_place(st.raws[start:], lex)
            _share_trailing_time(st.raws[start:])
        return
    if lex.victims_of and len(found) > 1:
        # "held a vigil ... for the victims of the canopy collapse": the vigil, not the
        # collapse told before (_of_the_victims; session 24, round 2)
        folds = clause.reading.folds
        found = [f for f in found if not _of_the_victims(folds, f[1], lex)] or found
    _, trig_i, trig, particle = found[0]
    if trig.type == "protest" and trig.sub_kind not in lex.crowd_dispersals:
        # "Protesters set up barricades ... and police fired tear gas to disperse them": one
        # protest, met with force (session 16, round 3; _dispersal_of across clauses)
        force = next(
            (
                f[2]
                for f in found[1:]
                if f[1] > trig_i
                and f[2].type == "protest"
                and f[2].sub_kind in lex.crowd_dispersals
            ),
            None,
        )
        if force is not None:
            trig = replace(trig, sub_kind=force.sub_kind)
        else:
            trig = _turned_violent(trig, trig_i, found, lex)
    if trig.pos == "weak" and sent.index in st.sentences_with_event:
        if references and previous is not None:
            # "..., and police said the attack took place near the town of X": the saying
            # is no event, but the noun it tells of may say where the event was
            _placed_by_reference(clause, st, previous, references)
        return  # a verb of saying counts only in a sentence without an event (extract_events)
    if (
        trig.pos == "noun"
        and _appositive(clause, lex)
        and not _opens_with_time(clause, st.sentence_times(sent))
        and not _opens_after_dateline(clause, st)
    ):
        return
    if trig.pos == "weak" and _says_what_will_be(clause, trig_i, lex):
        return
    if _speech_act(trig, lex) and _act_on_what_will_be(clause, trig_i, lex):
        return
    act = _speech_act(trig, lex)
    frame = _subjunctive_frame(clause, st, lex)
    if not act and _own_expected_word(clause, trig, trig_i, lex):
        # "hatte den Kandidaten von der Wahl ausgeschlossen": the trigger's own word, bound
        # to its noun, is no "ruled out" of the clause (session 17, h17-evB)
        toks = clause.tokens
        hypo, reported = _flags(clause.part(toks[:trig_i] + toks[trig_i + 1 :]), lex, trig_i)
    else:
        hypo, reported = (
            _act_flags(clause, lex, trig_i, frame)
            if act
            else _flags(clause, lex, trig_i, frame, trig.pos == "verb")
        )
    if not act and trig.pos == "noun" and _announced(found, trig_i, lex, clause.tokens):
        hypo = True  # "kündigten Wahlen innerhalb von zwei Jahren an": not yet held
    dropped = hypo or _background(clause, lex, trig_i, trig, st.anchor, st.sentence_times(sent))
    if dropped and not act:
        instead = _act_instead(found, clause, lex, frame, [sp for sp, _ in spans])
        if instead is not None:  # "The army denied on Tuesday that its jets had bombed ..."
            _, trig_i, trig, particle = instead
            act, dropped, reported = True, False, False
    if dropped or _reason_asked(clause, trig_i, trig.type, spans, st.types, lex):
        return
    noun_use = trig.pos == "noun" or (
        trig_i > 0 and clause.tokens[trig_i - 1].fold in lex.determiners
    )  # "the attacks", "the bombing": a verb's form used as a noun
    if (
        noun_use
        and _definite(clause.tokens, trig_i, lex)
        and not st.sentence_times(sent)
        and all(t != trig.type for t, _ in st.types)
        and not _dateline_lead(sent, st)
    ):
        # "accuse the junta of using the attacks as a pretext", "der Kämpfe müde": a definite
        # event noun with no time in its sentence and no event of its type before it names
        # what the reader already knows, not a new event; naming the event just told by a
        # related type's noun, it may still say where that was ("Gunmen killed eight people
        # in X province. The attack took place in <town>")
        if previous is not None and _refers_to(previous.type, (trig.type,), lex):
            _placed_by_reference(clause, st, previous, [trig.type])
        return
    spans = _object_phrase_times(clause, trig_i, spans, lex, st.sentence_times(sent))
    own = _own_spans(clause, trig_i, spans, lex)
    if (
        not own
        and spans
        and trig.sub_kind in lex.crowd_dispersals
        and _gathered_after(clause, trig_i, lex)
    ):
        own = spans  # "fired water cannon at supporters who had gathered ... on Thursday"
    own_time = bool(own) or (act and _fronted_time(clause, st.sentence_times(sent), lex))
    dated_by_saying = bool(spans) and not own  # its clause's time is another event's
    reported_earlier = False
    spans = _past_the_opener(clause, trig_i, _past_the_saying(clause, trig_i, own, lex), lex)
    if trig.pos == "noun" and (dated := _noun_dated(clause, trig_i, spans, lex)):
        spans = dated
    spans = _past_attributive_phrases(clause, trig_i, spans, lex)
    toll = _toll_phrase(clause, trig_i, lex)
    if toll is not None:
        # "The death toll from floods in X rose to 45 on Tuesday": the update's day says when
        # the dead were counted; only a time inside the toll phrase is the event's
        spans = [(sp, ref) for sp, ref in spans if toll[0] <= sp.start < toll[1]]
    if spans and _said_of_before(clause, trig_i, spans, lex):
        spans, dated_by_saying = [], True
    elif not spans and toll is not None:
        dated_by_saying = True  # no day of its own here: the day last told for it, or none
    elif not spans and _earlier_relative(clause, lex):
        dated_by_saying = True  # "guards who had been taken hostage": before the main event
    elif not spans:
        neighbours = st.neighbours(clause)
        spans = _sentence_spans(clause, st.sentence_times(sent), doc, lex, neighbours)
        if spans and trig.pos != "weak" and _attribution_times(clause, spans, lex, neighbours):
            spans, dated_by_saying = [], True
        elif not spans and _unnamed_relation(clause, st):
            dated_by_saying = True  # its day counts from something the text names no event of
        elif not spans and trig.pos != "weak" and _reported_earlier(clause, neighbours, lex):
            # "Eine Sprecherin sagte, fünf Verdächtige seien festgenommen worden": told in
            # the perfect subjunctive with no time in its sentence, it has no day of its own
            # to take from an event of another type before it (session 17 round 2, h17-evB)
            dated_by_saying = reported_earlier = True
        elif not spans and trig.pos != "weak":
            spans = _after_clause_day(clause, neighbours, st.sentence_times(sent), doc, lex)
    clause_places = st.places_between(clause.start, clause.end)
    actors, used = _actors(clause, trig_i, lex, st.registry, clause_places, covered)
    topics = (
        _statement_topics(clause, trig_i, lex, covered, {r.type for r in st.raws})
        if trig.type == "statement" or trig.pos == "weak"
        else _agreement_topics(clause, clause_places, lex)
        if trig.type == "meeting" or trig.sub_kind == "agreement"
        else frozenset()
    )
    if trig.type in lex.state_subject and any(
        clause_places[k].kind in _ACTOR_PLACE_KINDS for k in used
    ):
        # "Japan protestierte": a state protests by diplomacy, it does not demonstrate
        trig = replace(trig, type=lex.state_subject[trig.type], sub_kind=None)
    trig = _recast(trig, clause, trig_i, lex, st)
    # a kind noun ("im Raumfahrtzentrum") may point back this far
    window = doc.sentences[max(0, sent.index - _BACK_REFERENCE_SENTENCES)].start
    dateline = st.dateline
    # the lede names the story's place: a kind noun of a later paragraph that finds none of
    # its kind in the window points back to it ("In der Ölstadt X ..." then, seven sentences
    # on, "verhängten eine Ausgangssperre über die Stadt"; session 13, h-evwde)
    lede = doc.sentences[0]
    start = lede.start if lede.end <= window else min(window, clause.start)
    # worked out when first read: most events are placed by their own clause, and each
    # place of the window asks _no_scene (which builds its clause's words)
    earlier = _Later(
        lambda: [
            p
            for p in st.places_between(start, clause.end)
            if (p.start < lede.end or p.start >= min(window, clause.start))
            and not (dateline and dateline[0] <= p.start < dateline[1])
            and not _no_scene(p, st)
        ]
    )
    place, outside, how, targeted = _place(
        clause,
        lex,
        clause_places,
        {id(clause_places[k]) for k in used},
        previous,
        earlier,
        dateline=dateline,
        # an undated act is placed as a verb of saying is: only by a place right after it
        weak_at=trig_i if trig.pos == "weak" and not (act and own_time) else None,
        trig_i=trig_i,
        skip=covered
        | _attribute_place_tokens(clause, trig_i, clause_places, lex)
        | _particle_tokens(clause, trig, trig_i, clause_places),
        launch=trig.type == "launch",
        hazard=trig.type in lex.object_place_types,
        site_kinds=lex.site_kinds.get(f"{trig.type}.{trig.sub_kind}", frozenset()),
        verb_at=trig_i if trig.pos == "verb" else None,
        topics=topics,
        trigger_at=trig_i,
        travel=trig.type == "travel",
        kind_of=trig.type,
        taken_from=trig.sub_kind == "abduction",
        sub_kind_of=trig.sub_kind,
        spoken=frozenset()
        if trig.type in _NOT_CARRIED
        else frozenset(o.place.start for o in st.raws if o.place is not None and _spoken_at(o)),
        home=st.home_cc,
        placed_at=_story_placed(st.raws, lex),
        own_day=st.told_on_its_day,
        unplaced_after=max((o.clause.start for o in st.raws if o.place is None), default=-1),
    )
    if (
        place is None
        and trig.type in lex.passive_targets
        and lex.passive.intersection(clause.reading.folds[:trig_i])
    ):
        # "Odessa wurde ... angegriffen", "Kharkiv was shelled": a town as the subject of a
        # passive is what was hit, the event's place, not who did it
        hit = next(
            (clause_places[k] for k in sorted(used) if clause_places[k].kind in lex.passive_kinds),
            None,
        )
        if hit is not None:
            place, outside, how = hit, False, "locative"
            actors = [a for a in actors if a != (hit.name or hit.mention)]
    if place is None and trig.type != "travel":
        # "Kharkiv police arrested five men": the town's own body acted in its town
        body = _town_body(clause, [clause_places[k] for k in sorted(used)], trig_i, lex)
        if body is not None:
            place, outside, how = body, False, "locative"
    if place is None and trig.type in _HOME_GATHERINGS:
        home = _residents_town(clause, st, trig_i, lex)
        if home is not None:
            place, outside, how = home, False, "locative"
    if (trig.pos != "weak" or (act and own_time)) and (
        place is None or (how in ("locative", "back_reference", "there") and trig.type != "travel")
    ):
        front, front_outside, front_how = _fronted_place(
            clause, st, lex, previous, dateline, earlier
        )
        if front is not None and _sibling_finer(front, clause, previous):
            # "In Nicaragua, a court in Managua convicted two priests and sentenced them":
            # the coordinated part's sibling named the town of the fronted country; the
            # part takes it, as it would with no fronted phrase (session 19)
            front = None
        if front is not None and (
            place is None
            or _scene_over(front, place)
            # "In A, where ..., workers marched through the old town": a back reference of
            # the clause means the town its sentence just named in front (session 22)
            or (how in ("back_reference", "there") and front_how == "locative")
            # "In the capital, police arrested 40 students after protests in A": the place
            # of a phrase telling an event of its own is no match for a fronted one
            or (
                how == "locative"
                and clause.start <= place.start < clause.end
                and _in_event_phrase(
                    clause.tokens,
                    clause.index_at(place.start),
                    trig_i,
                    lex,
                    [clause.index_at(p.start) for p in clause_places if p.start < place.start],
                )
            )
            or (
                trig.type == "protest"
                and clause.start <= place.start < clause.end
                and _protest_target(clause.tokens, clause.index_at(place.start), trig_i, lex)
            )
            or _reason_place(clause, place, trig_i, trig.type, trig.sub_kind, lex)
        ):
            place, outside, how = front, front_outside, front_how
        if place is None:
            # "A market in X, <Country>, was destroyed": the country's commas cut one
            # clause in two; the place before them is the event's (session 18)
            place = _country_cut_place(clause, st, lex, previous, dateline, earlier)
            if place is not None:
                outside, how = False, "locative"
        if place is None and trig.pos == "noun":
            # "The storm, the strongest in a decade, hit X on Monday": the aside cut the
            # subject from its predicate; the predicate's place is the event's (session 19)
            place = _resumed_predicate_place(clause, st, lex, trig, trig_i, previous, earlier)
            if place is not None:
                outside, how = False, "locative"
    if trig.pos == "noun" and (place is None or how == "locative"):
        # "The quake, which was felt in Y, struck near X": Y is the relative clause's,
        # the resumed predicate's X the event's (session 19)
        resumed = _relative_subject_place(clause, st, lex, trig, trig_i, place, previous, earlier)
        if resumed is not None:
            place, outside, how = resumed, False, "locative"
    if (
        place is not None
        and how == "locative"
        and trig.type == "court"
        and _reason_place(clause, place, trig_i, trig.type, trig.sub_kind, lex)
        and not any(
            lex.court_nouns.match(t.text)
            for t in clause.tokens[trig_i + 1 : clause.index_at(place.start)]
        )
        and not _court_name_after(clause.tokens, clause.index_at(place.end - 1), lex)
    ):
        # "<A> (AP) - A former mayor was sentenced ... for the killing of a journalist
        # in <B>": the crime's town; the court sits in the dateline's town of that
        # country ("jailed for two months by a court in Kutaisi" names the court's own town;
        # session 25, round 2, h25-even)
        home = _dateline_place(dateline, st.places)
        if home is not None and home.kind != "country" and home.country_code == place.country_code:
            place, outside, how = home, False, "dateline"
    if place is not None and how == "locative" and _owner_country(place, clause, lex):
        # "in Kenya's biggest slum" under a NAIROBI dateline: the dateline city
        home = _dateline_place(dateline, st.places)
        if home is not None and home.kind != "country" and home.country_code == place.country_code:
            place, outside, how = home, False, "dateline"
    if how == "back_reference" and place is not None and _city_part(clause, place, st):
        # "Students marched through the city centre" in a paragraph naming no city: the
        # dateline's city, not a town a paragraph before named
        home = _dateline_place(dateline, st.places)
        if home is not None and _precision_of(home, lex) == "point":
            place, outside, how = home, False, "dateline"
    if how == "locative" and place is not None and place.kind == "river":
        # "tried to block a bridge over the <river>" after a march in <A>, "Die Elbe
        # ist über die Ufer getreten" under "Flut in Pirna": a river runs hundreds of
        # kilometres; the town the story's event before it took says where on it
        town = _town_on_river(clause, st, place)
        if town is not None:
            place, how = town, "carried"
    if how == "back_reference":
        # "was arrested in his home town", "in seiner Heimatstadt": where the people come
        # from, named before ("both from A", "stammen aus A"), not the latest scene
        hometown = _home_town(clause, st)
        if hometown is not None:
            place = hometown
    if place is None or how == "back_reference":
        # "in the flooded town", "in der überfluteten Stadt": the town of the flood
        hit = _event_adjective_site(clause, st, trig_i)
        if hit is not None:
            place, outside, how = hit, False, "back_reference"
    if place is None or how in ("there", "back_reference") or _origin_only(place, clause, lex):
        # "reiste an die Unglücksstelle und sprach dort ...": the site names the place that
        # "dort" only points back to, and "the affected region" the event's, not the region
        # named last; "Rescue teams from Germany arrived in the quake zone": the site, not
        # where the travellers came from
        site = _event_site(clause, st.raws, lex)
        if site is not None:
            place, outside, how = site, False, "back_reference"
    if place is None:
        site = _site_noun_place(clause, st)
        if site is not None:
            place, outside, how = site, False, "back_reference"
    if trig.type in _AT_A_SITE and (place is None or _reported_from(place, clause, lex)):
        site = _site_named_before(clause, st, clause_places)
        if site is not None:
            place, outside, how = site, False, "back_reference"
    elif trig.type in _AT_A_SITE and how == "locative" and place is not None:
        site = _dateline_site_in(place, dateline, st)
        if site is not None:
            place, outside, how = site, False, "dateline"
    if how in (None, "back_reference", "carried"):
        same_site = _same_site(clause, trig.type, st, trig.sub_kind)
        if same_site is not None:
            place, outside, how = same_site, False, "back_reference"
    if how in (None, "back_reference", "carried", "there"):
        same_area = _same_area(clause, st)
        if same_area is not None:
            place, outside, how = same_area, False, "back_reference"
    if place is None and trig.pos == "weak" and not (act and own_time):
        return  # a verb of saying counts only with a place (extract_events): no need to go on
    if place is None and not own_time and _saying_frame(clause, trig_i, trig, lex):
        return  # "said in a televised address that ...": the frame of a quote
    value, ref_type = _pick_time(_fronted_relation_times(clause, trig_i, spans), lex, st)
    counted_from = _counted_from(clause, st)
    if counted_from is not None:
        value, ref_type = counted_from, None
    elif references and trig.pos == "verb":
        came_after = _came_after(clause, trig_i, references, st)
        if came_after is not None:
            value, ref_type = came_after
    if value is None and not dated_by_saying:
        same = previous is not None and previous.clause.paragraph == clause.paragraph
        value = _day_told_before(clause, st, previous.clause.end if same and previous else -1)
    if value is None and toll is not None:
        value = _day_last_told(st, trig.type)
    if (
        value is None
        and not dated_by_saying
        and st.anchor is not None
        and st.precision == "day"
        and (
            any(
                lex.headline_present.match(t.text)
                and (k == 0 or not t.is_cap or _title_line(clause, lex))
                and not (k > 0 and clause.tokens[k - 1].fold in lex.before_infinitive)
                for k, t in enumerate(clause.tokens)
            )
            or trig is lex.subject_verbs.get(clause.tokens[trig_i].fold)
            or trig is lex.present_forms.get(clause.tokens[trig_i].fold)
            or clause.tokens[trig_i].fold in lex.present_carriers
            or _headline_present_in(clause, trig_i, trig, lex)
            or (
                clause.tokens[trig_i].fold in lex.noun_presents
                and _headline_present_at(clause, trig_i, lex)
            )
            or _noun_present_beside(clause, trig_i, lex)
        )
    ):
        # "Quake hits eastern Turkey", "Gunmen kill 15 villagers": a headline's or a lead's
        # present tense tells the report's own news
        value = TimeValue(st.anchor.isoformat(), "day", "(the present tense)", kind="context")
    if (
        value is not None
        and value.date is not None
        and value.precision == "day"
        and st.anchor is not None
        and st.precision == "day"
        and value.date > st.anchor.isoformat()
    ):
        return  # "protests in Caracas next Saturday": a day after the report is still to come
    if (
        counted_from is None
        and value is not None
        and value.date is not None
        and st.anchor is not None
        and value.date != st.anchor.isoformat()
        and (
            (trig.pos == "verb" and lex.present_tense.match(clause.tokens[trig_i].text))
            # "Der Prozess ... beginnt am Montag": the noun's event is set for that day
            or (trig.pos == "noun" and any(lex.present_tense.match(t.text) for t in clause.tokens))
        )
        and lex.ongoing.isdisjoint(clause.reading.fold_set)  # "streiken seit Montag"
        and not _purpose_of_march(clause, trig_i, trig, lex)  # "zogen ..., um zu protestieren"
    ):
        return  # "Die Fluglotsen streiken am Freitag": the present tense of another day is a plan
    near_day = None
    if value is not None and value.ref == "previous" and value.relation is not None:
        near_day = _near_day(clause, st)
    trigger_text = clause.tokens[trig_i].text
    if particle is not None:
        n = len(trig.words) - 1
        words = " ".join(t.text for t in clause.tokens[particle : particle + n])
        if trig.particle_before and n == 1 and clause.tokens[particle].fold in lex.prepositions:
            # "auf eine Gruppe ... geschossen": the word before only opens the verb's object;
            # the verb names the event, as a reader quotes it (session 25, h25-evde)
            pass
        elif trig.particle_before:
            # the words in the order of the text: "Tränengas ... eingesetzt", as a reader
            # quotes a split phrase (the word before comes first)
            gap = " " if particle + n == trig_i else " ... "
            trigger_text = f"{words}{gap}{trigger_text}"
        else:
            trigger_text += (" " if particle == trig_i + 1 else " ... ") + words
    else:
        trigger_text = _noun_phrase_text(clause.tokens, trig_i, lex) or trigger_text
    # a destination of a predicate coordinated after the trigger ("and crossed back into
    # X") names no country the event happened in either (session 14, round 2)
    onward_at = (
        _onward_start(clause.tokens, trig_i, lex)
        if trig.pos == "verb" and trig.type != "travel" and lex.onward_preps
        else len(clause.tokens)
    )
    gone_to = {
        id(p)
        for p in clause_places
        if clause.index_at(p.start) > onward_at
        and _cue(clause.tokens, clause.index_at(p.start), lex, covered) in lex.onward_preps
    }
    if trig.type not in ("travel", "launch", "statement"):
        # "detained 14 men smuggling weapons across the border from X": an origin names no
        # country the event happened in either (session 16, round 2)
        gone_to |= {
            id(p)
            for p in clause_places
            if _origin_of_thing(clause.tokens, clause.index_at(p.start), trig_i, lex, covered)
        }
    raw = _Raw(
        type=trig.type,
        trigger=trigger_text,
        pos=trig.pos,
        clause=clause,
        actors=actors,
        own_actors=bool(actors),
        place=place,
        outside=outside,
        time=value,
        time_ref_type=ref_type,
        references=references,
        quantity=_quantity(clause, lex, covered),
        amounts=_quantities(doc.text, clause.start, clause.end, lex),
        # a river or sea runs through several countries: its one country code says
        # nothing about where the clause happened ("a declaration on the <river>")
        countries=frozenset(
            p.country_code
            for p in clause_places
            if p.resolved
            and p.country_code
            and not kind_info(p.kind).is_water
            and p.role != "adjective"  # "Zimbabwean migrants": whose, not where
            and p.mention.casefold() not in lex.org_words  # "Police arrested ..."
            and not _opening_event_word(clause, p, lex)
            and not _name_fragment(clause.text, p, clause_places, lex)
            and not _people_after(clause.tokens, p, clause.index_at(p.start), lex)
            and not _people_from(clause.tokens, clause.index_at(p.start), lex)
            and clause.index_at(p.start) not in topics  # what a statement is about
            and clause.index_at(p.start) != trig_i  # "in Brand geraten": no town
            and not _partner(clause.tokens, clause.index_at(p.start), lex)
            and not _source_of(clause.tokens, clause.index_at(p.start), lex)
            and not _journey_to(clause.tokens, clause.index_at(p.start), lex)
            and id(p) not in gone_to
        )
        | _office_countries(clause, clause_places, lex),
        country=_one_country([p for p in clause_places if id(p) not in gone_to]),
        reported=reported or _has_frame(clause, st.neighbours(clause), lex),
        last_sentence=sent.index,
        sub_kind=trig.sub_kind,
        place_method=how,
        targeted=targeted,
        trigger_span=(clause.tokens[trig_i].start, clause.tokens[trig_i].end),
        dated_by_saying=dated_by_saying,
        reported_earlier=reported_earlier,
        near_day=near_day,
        speech_act=act,
        launcher=_launcher(clause, trig_i, [clause_places[k] for k in sorted(used)], lex)
        if trig.type in _AT_A_SITE
        else None,
    )
    if trig.pos == "weak":
        _add_pronoun_actor(raw, st, trig_i)
        st.weak.append(raw)
        return
    st.sentences_with_event.add(sent.index)
    if previous is not None and _dispersal_of(raw, previous, lex):
        # "Protesters set up barricades ..., and police fired tear gas": one protest met
        # with force, as ACLED counts it (session 16, round 3)
        previous.sub_kind = raw.sub_kind
        previous.actors = list(dict.fromkeys([*previous.actors, *raw.actors]))
        st.types.add((previous.type, previous.sub_kind))
        _merge(previous, raw, lex)
        return
    if previous is not None and not shared and _labelled_by(previous, raw, lex):
        _take_label(previous, raw, st, lex)
        return
    if previous is not None and not shared and _continues(raw, previous, lex):
        _merge(previous, raw, lex)
        return
    _add_pronoun_actor(raw, st, trig_i)
    if shared:
        raw.actors = list(dict.fromkeys([*shared, *raw.actors]))
    if not raw.actors and previous is not None and _plural_anaphor(clause, lex):
        raw.actors = list(previous.actors)
    st.raws.append(raw)
    st.types.add((raw.type, raw.sub_kind))


# at most this many words in a label before its colon ("Festnahme in Bad Ischl:")
_LABEL_WORDS = 5


def _label_before(previous: _Raw, raw: _Raw) -> bool:
    """Is ``previous`` a label of ``raw``'s sentence: an event (not a verb of saying) in a
    short first clause that ends with a colon (``Festnahme in X: Ein Mann wurde
    festgenommen, nachdem ...``)? The sentence after the colon tells the event itself; the
    label only names it, as a headline would (session 22, round 2, h22-evde)."""
    clause, sent = previous.clause, raw.clause.sentence
    if previous.pos == "weak" or clause.sentence is not sent or raw.clause is clause:
        return False
    if clause.text[sent.start : clause.start].strip() or len(clause.words) > _LABEL_WORDS:
        return False  # not the sentence's first words, or longer than a label
    after = clause.text[clause.end - 1 : clause.end + 2]
    return ":" in after and not after.split(":", 1)[1].strip(" ").startswith(("/", "\n"))


def _labelled_by(previous: _Raw, raw: _Raw, lex: _Lexicon) -> bool:
    """Does the sentence's event ``raw`` tell the event its label ``previous`` names: a label
    (:func:`_label_before`) of the same type, or of a type ``raw`` may continue, and no day
    of its own that differs from the label's? ``Erdbeben in X: Ein Beben erschütterte am
    Montag ...`` is one earthquake, not a second one in the label."""
    if not _label_before(previous, raw):
        return False
    if raw.type != previous.type and raw.type not in lex.continuation.get(previous.type, ()):
        return False
    if (
        raw.type == previous.type
        and raw.sub_kind
        and previous.sub_kind
        and raw.sub_kind != previous.sub_kind
    ):
        return False  # a landslide after a typhoon: an event of its own
    return previous.time is None or raw.time is None or previous.time == raw.time


def _take_label(label: _Raw, raw: _Raw, st: _State, lex: _Lexicon) -> None:
    """The sentence's own event stands for its label's: it takes the label's place and day
    where it has none (:func:`_merge` the other way round) and the label's slot. Its trigger,
    clause and words are the ones a reader points to."""
    _merge(raw, label, lex)
    raw.actors = list(dict.fromkeys([*raw.actors, *label.actors]))
    st.raws[st.raws.index(label)] = raw
    st.types.add((raw.type, raw.sub_kind))


def _dispersal_of(raw: _Raw, previous: _Raw, lex: _Lexicon) -> bool:
    """Is ``raw`` the force used on the protest ``previous`` told just before in its sentence
    (``Protesters set up barricades in X on Monday, and police fired tear gas``)? ACLED
    counts one event, a protest with intervention: a dispersal (``[clauses]
    crowd_dispersals``) of the same sentence, with no day and no place of its own that
    differ from the protest's. A dispersal on another day, or elsewhere, stays an event of
    its own; so does one after a riot (a riot met with force is still a riot)."""
    return (
        raw.type == previous.type == "protest"
        and raw.sub_kind in lex.crowd_dispersals
        and previous.sub_kind not in lex.crowd_dispersals
        and raw.clause.sentence.index == previous.clause.sentence.index
        and (raw.time is None or previous.time is None or raw.time == previous.time)
        and (raw.place is None or previous.place is None or raw.place.id == previous.place.id)
    )


def _event_site(clause: _Clause, raws: Sequence[_Raw], lex: _Lexicon) -> Place | None:
    """``Investigators arrived at the crash site``, ``besuchte den Unglücksort``: a phrase
    naming where an earlier event happened (``[places.event_site]``, by event type; ``*``
    for any) is that event's place: the latest event of such a type with a place, however
    many events of other places came between. The phrase stands after an article or a
    place preposition."""
    toks = clause.tokens
    folds = list(map(_FOLD, toks))
    compounds = lex.event_site_suffixes and any(f.endswith(lex.event_site_suffixes) for f in folds)
    if lex.event_site_firsts.isdisjoint(folds) and not compounds:
        return None  # most clauses: no phrase's first word, one set test in C
    for i in range(1, len(toks)):
        if not (toks[i - 1].fold in lex.determiners or toks[i - 1].fold in lex.cues):
            continue
        types = next(
            (t for t, words in lex.event_sites if tuple(folds[i : i + len(words)]) == words),
            None,
        )
        if types is None and compounds:
            types = _site_compound(folds, i, lex)
        if types is None:
            continue
        told = [
            r
            for r in raws
            if r.place is not None
            and (r.type in types or ("*" in types and r.type not in lex.no_site_types))
        ]
        # an aside told as earlier than another event (``Am Vortag war in X ein Haus
        # eingestürzt``, ``had buried a road the week before``) is not the story's scene
        main = [r for r in told if not _aside(r, lex)]
        return (main or told)[-1].place if told else None
    return None


def _site_compound(folds: Sequence[str], i: int, lex: _Lexicon) -> frozenset[str] | None:
    """The event types a compound site word names by its first part (``[places]
    event_site_suffixes``, ``event_site_heads``): ``the flood-hit area``, ``the storm-hit
    region``, ``the quake-stricken zone`` (a hazard noun, a suffix, then an area noun) and
    ``das Taifungebiet``, ``die Sturmregion`` (a hazard noun and an area suffix in one
    word) are where the latest event of the hazard's type happened. None when the first
    part names no event."""
    word = folds[i]
    suffix = next((x for x in lex.event_site_suffixes if word.endswith(x)), None)
    if suffix is None or len(word) < len(suffix) + 3:
        return None
    if lex.event_site_heads and (i + 1 >= len(folds) or folds[i + 1] not in lex.event_site_heads):
        return None
    stem = word[: -len(suffix)]
    for part in (stem, stem.removesuffix("s")):  # "Überschwemmungsgebiet"
        text = part[:1].upper() + part[1:] if lex.nouns_capitalised else part
        types = frozenset(t.type for t in lex.triggers_of(text) if t.pos == "noun")
        if types:
            return types
    return None


def _origin_only(place: Place, clause: _Clause, lex: _Lexicon) -> bool:
    """Is the place named only as where someone came from (``teams from Germany``,
    ``Helfer aus Deutschland``: an origin word, ``[places] origins``, right before it)?"""
    if not (clause.start <= place.start < clause.end):
        return False
    idx = clause.index_at(place.start)
    return 0 < idx < len(clause.tokens) and clause.tokens[idx - 1].fold in lex.origins


def _aside(r: _Raw, lex: _Lexicon) -> bool:
    """Is the event told as background to the story: dated before another event (``am
    Vortag``, ``a day earlier``) or in the past perfect (``hatten ... weggerissen``, ``had
    buried``; ``[time] earlier_auxiliaries`` before its trigger)?"""
    if r.rel_kind == "before" or (r.time is not None and r.time.relation == "before"):
        return True  # the relation is still on the time while the events are read
    toks = r.clause.tokens
    start = r.trigger_span[0] if r.trigger_span is not None else r.clause.end
    aux = earlier_auxiliaries(lex.lang)
    return any(t.fold in aux for t in toks if t.start < start)


def _event_adjective_site(clause: _Clause, st: _State, trig_i: int) -> Place | None:
    """``Looters ransacked shops in the flooded town``, ``In der überfluteten Stadt
    plünderten Unbekannte Geschäfte``, ``troops entered the shelled city``: a kind noun
    after an article or a place preposition, with an event's participle before it, is the
    place of the latest event of that type, whatever towns were named since (a town where
    parliament held an emergency debate, named between the two, does not become the flooded
    town). A kind noun with a name of its own after it (``the flooded district of X``) names
    that place instead."""
    lex = st.lex
    if not lex.any_feature.any_in(clause.words[2:]):
        return None  # most clauses: no kind noun, one remembered answer per word in C
    toks = clause.tokens
    for i in range(2, len(toks)):
        adj = toks[i - 1]
        if i - 1 == trig_i or not (
            toks[i - 2].fold in lex.determiners or toks[i - 2].fold in lex.cues
        ):
            continue
        if not _is_feature(toks[i], lex) or not lex.any_trigger.match(adj.text):
            continue
        own = i + 1 < len(toks) and (toks[i + 1].fold in lex.transparent or toks[i + 1].is_cap)
        if own and st.places_between(toks[i + 1].start, toks[min(i + 2, len(toks) - 1)].end):
            continue  # "the flooded district of Kullu": its own name
        types = {t.type for t in lex.triggers_of(adj.text)}
        for r in reversed(st.raws):
            if r.place is not None and r.type in types and r.place_method != "dateline":
                return r.place
    return None


def _owner_country(place: Place, clause: _Clause, lex: _Lexicon) -> bool:
    """Is a country named only as the owner of a site noun (``[places] site_nouns``): ``in
    Kenya's biggest slum``, ``im größten Gefängnis Ecuadors``? Such a phrase says whose
    prison, not which town: the event is at one site, not across the country. A country
    the event spreads over (``across Ecuador``, ``in Ecuador``) is no owner."""
    if place.kind != "country" or not (clause.start <= place.start < clause.end):
        return False
    toks = clause.tokens
    idx = clause.index_at(place.start)
    if idx >= len(toks):
        return False
    before = idx - 1 if idx > 0 and toks[idx - 1].fold not in lex.genitive_determiners else idx - 2
    if before >= 0 and lex.site_noun(toks[before].text) is not None:
        return True  # "im Gefängnis Ecuadors", "im Krankenhaus der Philippinen": a genitive
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    # an English possessive: the name's word unit goes on past it ("Ecuador's",
    # "Philippines'")
    if toks[last].end <= place.end or not toks[last].text.endswith(_POSSESSIVE_ENDS):
        return False
    # the possessed noun, past at most two adjectives ("Kenya's biggest slum"); a city it
    # owns by an adjective ("Pakistan's largest city", not "Pakistan's cities"; session 17)
    owned = toks[last + 1 : last + 1 + _OWNED_REACH]
    return any(lex.site_noun(t.text) is not None for t in owned) or any(
        t.fold in lex.owned_cities and k > 0 for k, t in enumerate(owned)
    )


_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


# how far a possessive country may stand before its site noun ("Ecuador's largest
# maximum-security prison": two adjectives and the noun)
_OWNED_REACH = 3


# How many clauses back a site noun ("outside the prison") looks for its earlier mention.
_SITE_NOUN_CLAUSES = 12


def _site_noun_place(clause: _Clause, st: _State) -> Place | None:
    """``Relatives protested outside the prison``, ``vor dem Gefängnis``, ``at the
    stadium``: a definite site noun (``[places] site_nouns``) points back to where an
    earlier sentence (at most six back) put that site: the town named right after its
    earlier mention (``a prison in X``, ``im Gefängnis von X``), else the place of the event
    told in that clause (``Inmates rioted in Ecuador's largest prison`` under a QUITO
    dateline). Why: the writer names the site again to say the scene is the same, and
    the town named last in between (a capital where the cabinet met) is not it."""
    lex = st.lex
    if not lex.site_nouns or not any(map(lex.is_site_noun, clause.words)):
        return None  # most clauses: no site noun, one remembered answer per word in C
    toks = clause.tokens
    wanted = {
        k
        for i, t in enumerate(toks)
        if (k := lex.site_noun(t.text)) is not None
        and _definite(toks, i, lex)
        and not (i + 1 < len(toks) and st.places_between(t.end, toks[i + 1].end))
        # "prosecutors told the court", "sagte vor Gericht": the court as the body spoken
        # to, not a building the scene stands at ("outside the courthouse")
        and (not _court_site(k, lex) or _in_place_phrase(toks, i, lex))
        # "The mine's owner denied ...": a possessive names an owner; only in a place
        # phrase is it a scene ("outside the mine's gates")
        and (not t.text.endswith(_POSSESSIVES) or _in_place_phrase(toks, i, lex))
    }
    if not wanted:
        return None
    first_sentence = clause.sentence.index - _BACK_REFERENCE_SENTENCES
    if any(_court_site(k, lex) for k in wanted):
        # "outside the courthouse", "vor dem Gerichtsgebäude": the court of the story's
        # latest court act (its sentence, its trial), not a court a later sentence named in
        # passing ("the trial was moved after the family said the court in B was too
        # close"). Session 25, round 2 (h25-evplace).
        for r in reversed(st.raws):  # in text order: stop at the window's first sentence
            if r.clause.sentence.index < first_sentence:
                break
            if r.type == "court" and r.place is not None and r.clause.start < clause.start:
                return r.place
    if not st._starts:
        st._starts = [c.start for c in st.clauses]
    pos = bisect.bisect_left(st._starts, clause.start)
    for c in reversed(st.clauses[max(0, pos - _SITE_NOUN_CLAUSES) : pos]):
        if c.sentence.index < first_sentence:
            break
        if c.start >= clause.start:
            continue
        ctoks = c.tokens
        mentioned = [j for j, t in enumerate(ctoks) if lex.site_noun(t.text) in wanted]
        if mentioned:
            # any of the clause's mentions that names its town (``two mine guards ... a
            # mine near X``: the second), else the event the clause told
            named = next(
                (n for j in mentioned if (n := _named_after_site(c, j, st)) is not None), None
            )
            if named is not None:
                return named
            told = next(
                (
                    r.place
                    for r in reversed(st.raws)
                    if r.place is not None and c.start <= r.clause.start < c.end
                ),
                None,
            )
            if told is not None:
                return told
    return None


# How many sentences back the event whose town says where on a river the scene is may be
_RIVER_TOWN_SENTENCES = 2
# How far from a river's one gazetteer point (a river of several countries) that town may
# lie: the Danube's point is Budapest, Vidin lies about 450 km from it, Nairobi 3,500 km from
# the Nile's (Cairo)
_RIVER_TOWN_KM = 600.0


def _town_on_river(clause: _Clause, st: _State, river: Place) -> Place | None:
    """A river that places an event and is the clause's only place (``a bridge over the
    Danube``, ``Die Elbe ist über die Ufer getreten``) yields to the town of the latest event
    told before it, at most two sentences back (the headline's included): of the river's
    country when the gazetteer gives the river one, else within ``_RIVER_TOWN_KM`` of the
    river's point. That town says where on the river the scene is. With no such event
    (``A ferry capsized on the Mekong``, first) the river stays. Session 25, round 2
    (h25-evplace)."""
    if any(
        p.role == "name" and p is not river for p in st.places_between(clause.start, clause.end)
    ):
        return None  # "In der Industriestadt Mosyr trat der Fluss über die Ufer", resolved or not
    first_sentence = clause.sentence.index - _RIVER_TOWN_SENTENCES
    for r in reversed(st.raws):
        if r.clause.sentence.index < first_sentence:
            break
        p = r.place
        if p is None or r.clause.start >= clause.start or p.kind in ("river", "country"):
            continue
        if _precision_of(p, st.lex) != "point":
            return None  # a region or a sea before it: no town to put the river at
        if river.country_code or p.lat is None or river.lat is None:
            # a river of one country (the gazetteer gives one): a town of that country
            return p if p.country_code == river.country_code else None
        # a river of several countries has no code and one point on it: a town far from
        # that point is on another river (an arrest in Nairobi, a boat on the Nile)
        near = geodesic_km(river.lat, river.lon or 0.0, p.lat, p.lon or 0.0) <= _RIVER_TOWN_KM
        return p if near else None
    return None


def _home_town(clause: _Clause, st: _State) -> Place | None:
    """``One was arrested in his home town``, ``in seiner Heimatstadt festgenommen``: a town
    head that is someone's home (``[places] home_words`` on the head or right before it,
    the head a ``[places.back_reference] city`` word) points back to the latest town named
    as where people come from (its word before it one of ``[places] origins``: ``both from
    A``, ``stammen aus A``), at most six sentences back; not to the latest scene (a court's
    town, where the crime was). Session 25, round 2 (h25-evplace)."""
    lex = st.lex
    toks = clause.tokens
    cities = [pat for kind, pat in lex.back_reference if kind == "city"]
    at = next(
        (
            i
            for i, t in enumerate(toks)
            if any(c.match(t.text) for c in cities)
            and (lex.home_words.match(t.text) or (i > 0 and lex.home_words.match(toks[i - 1].text)))
        ),
        None,
    )
    if at is None:
        return None
    first_sentence = clause.sentence.index - _BACK_REFERENCE_SENTENCES
    text = st.doc.text
    for p in reversed(st.places):
        if p.end > toks[at].start:
            continue
        if p.sentence < first_sentence:
            break
        if not p.resolved or p.role != "name" or p.kind == "country":
            continue
        before = text[max(0, p.start - 16) : p.start].split()
        if before and before[-1].casefold() in lex.origins:
            return p
    return None


def _in_place_phrase(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does token ``i`` stand in a place phrase: the first preposition before it, at most
    three tokens back past its article and adjectives, a place cue or an ``outside`` word
    (``outside the courthouse``, ``vor dem Gerichtsgebäude``)?"""
    for j in range(i - 1, max(i - 4, -1), -1):
        if toks[j].fold in lex.prepositions or toks[j].fold in lex.outside:
            return toks[j].fold in lex.cues or toks[j].fold in lex.outside
    return False


def _court_site(k: int, lex: _Lexicon) -> bool:
    """Is ``site_nouns`` entry ``k`` a court's building (a family that holds a word of
    ``[places] court_nouns``: ``court|courthouse*``, ``gericht|gerichtsgebäude*``)?"""
    return any(lex.site_nouns[k].match(w) for w in lex.court_nouns.patterns if "*" not in w)


def _city_part(clause: _Clause, place: Place, st: _State) -> bool:
    """Does the clause name a part of a city (``[places] city_parts``: ``the city centre``,
    ``die Innenstadt``) that pointed back to ``place`` across a paragraph break? A writer
    who means a town named in passing a paragraph before names it again; a bare ``the city
    centre`` in a paragraph of its own is the story's city (the dateline's)."""
    lex = st.lex
    parts = lex.city_parts
    if not parts or parts.isdisjoint(w.casefold() for w in clause.words):
        return False
    if place.end > clause.start:
        return False
    cities = [pat for kind, pat in lex.back_reference if kind == "city"]
    toks = clause.tokens
    # "the city centre" (the part after a city noun), "die Innenstadt" (a compound of
    # one), not "an evacuation centre in the city"
    if not any(
        t.fold in parts
        and any(c.match(w.text) for c in cities for w in toks[max(0, i - 1) : i + 1])
        for i, t in enumerate(toks)
    ):
        return False
    return _PARAGRAPH_BREAK.search(st.doc.text, place.end, clause.start) is not None


def _named_after_site(clause: _Clause, j: int, st: _State) -> Place | None:
    """The town a site noun's own phrase puts it in: the first place after the noun at
    token ``j``, behind a place preposition at most four tokens on (``a prison in X``,
    ``das Gefängnis in der Stadt X``); not a country (``the largest prison in Ecuador``
    says no town)."""
    lex, toks = st.lex, clause.tokens
    end = min(len(toks), j + 1 + _SITE_NOUN_REACH)
    if j + 1 >= end or toks[j + 1].fold not in lex.cues:
        return None
    for p in st.places_between(toks[j + 1].end, toks[end - 1].end):
        if p.resolved and p.role == "name" and p.kind != "country" and not _no_scene(p, st):
            return p
    return None


def _sibling_finer(front: Place, clause: _Clause, previous: _Raw | None) -> bool:
    """Is a fronted country (``In Nicaragua, a court in Managua convicted two priests and
    sentenced them``) coarser than the place of the coordinated part before this one, in the
    same sentence and that country? A coordinated part (``before``) shares its sibling's
    scene; the fronted country only says where the town lies. Session 19 (h19-events):
    before, the second verb was placed in the country."""
    return (
        front.kind == "country"
        and bool(clause.before)
        and previous is not None
        and previous.place is not None
        and previous.clause.sentence.index == clause.sentence.index
        and previous.place.kind != "country"
        and previous.place.country_code == front.country_code
    )


def _scene_over(front: Place, place: Place) -> bool:
    """Does a place phrase fronted in its own clause (``In the eastern border city of X,
    a court convicted three men of smuggling cigarettes into Brazil``) set the scene over
    the place the event's clause names? It does when that place lies in another country:
    the fronted phrase already placed the sentence, so a foreign place after it is where
    something else went or came from (the smuggling's goal, a partner's capital), not a
    second scene. A place of the same country (``In Ghana, police fired tear gas in
    Kumasi``) is the finer one and stays; a fronted country sets no scene."""
    return (
        front.kind != "country"
        and bool(front.country_code)
        and bool(place.country_code)
        and front.country_code != place.country_code
    )


def _reported_from(place: Place, clause: _Clause, lex: _Lexicon) -> bool:
    """Is a launch clause's place a capital that is not named as where it was fired from
    (``state media in Tehran reported``, not ``fired from near Pyongyang``)?"""
    if not _is_capital(place) or not (clause.start <= place.start < clause.end):
        return False
    idx = clause.index_at(place.start)
    toks = clause.tokens
    if idx >= len(toks):
        return True
    # "from the Sunan airport in Pyongyang": the capital inside the launch's own origin
    # phrase (no comma between) is where it was fired from
    for j in range(idx - 1, max(idx - 2 - _SITE_NOUN_REACH, -1), -1):
        if toks[j].fold in lex.origins:
            return False
        if "," in clause.text[toks[j].end : toks[j + 1].start]:
            break
    return _cue(toks, idx, lex) not in lex.origins


# How many sentences before a launch a site named with no event of its own may be its site
# ("Images showed a new building at the X launch site. North Korea launched a satellite on
# Tuesday, Seoul's military said").
_SITE_SENTENCES = 2


def _site_named_before(clause: _Clause, st: _State, clause_places: Sequence[Place]) -> Place | None:
    """A launch whose clause names no place of its own, only its target (``fired two
    missiles towards Japan``) or a capital where it was reported (``state media in
    Tehran``), happened at a site: the latest facility (a cosmodrome, a launch site, a base)
    named in the sentence or the two before, of a country the clause names if it names any
    (``North Korea launched``: a North Korean site, not a Japanese one); with no facility,
    the town or province named right after a facility noun (``_after_site_noun``)."""
    sent = clause.sentence
    doc_start = st.doc.sentences[max(0, sent.index - _SITE_SENTENCES)].start
    dateline = st.dateline
    # a country the launch aims at ("fired it towards Japan") says nothing of whose site
    countries = {
        p.country_code
        for p in clause_places
        if p.resolved
        and p.kind == "country"
        and _cue(clause.tokens, clause.index_at(p.start), st.lex) not in st.lex.targets
    }
    candidates = [
        p
        for p in st.places_between(doc_start, clause.start)
        if p.resolved
        and p.role == "name"
        and p.kind != "country"
        and not (dateline and dateline[0] <= p.start < dateline[1])
        and not (countries and p.country_code not in countries)
    ]
    # a facility the gazetteer knows by name first; a town or province a facility noun
    # stands before ("at the spaceport in Semnan province") only when none is named: the
    # named site is the stronger evidence
    site = next((p for p in reversed(candidates) if p.kind == "facility"), None)
    if site is None:
        site = next((p for p in reversed(candidates) if _after_site_noun(p, st)), None)
    return site


def _same_site(
    clause: _Clause, type_: str, st: _State, sub_kind: str | None = None
) -> Place | None:
    """``Bereits im Februar war eine Rakete vom selben Startplatz aus geflogen``, ``Zwei
    Tage zuvor war in derselben Mine ...``: a facility noun (``[places.back_reference]
    facility``) right after a word for "the same" (``[places] same_words``) names the site
    of the last event of this type told before, not the place named last (a control room
    in another town). None when no such words stand in the clause or no earlier event of
    the type has a place. Session 17, h17-evB. A road or a line (``[places] route_nouns``:
    ``Erst im Mai war ein Bus auf derselben Strecke umgestürzt``, ``a lorry overturned on
    the same road in March``) names the place of the last event of the same type and
    sub-kind (a road crash's road, not a mine's shaft told after it), else of the type
    (session 19, round 2: before, the route was no site and the last town named, of
    another accident, was carried)."""
    lex = st.lex
    if not lex.same_words:
        return None
    facility = [pat for kind, pat in lex.back_reference if kind == "facility"]
    toks = clause.tokens
    route = False
    for i in range(len(toks) - 1):
        if toks[i].fold not in lex.same_words:
            continue
        if any(p.match(toks[i + 1].text) for p in facility):
            break
        if lex.route_nouns.match(toks[i + 1].text):
            route = True
            break
    else:
        return None
    # the last one whose place its own words gave (a launch's "hob ab" after it carries it)
    told = [r for r in st.raws if r.type == type_ and r.place is not None]
    if route and sub_kind is not None:
        told = [r for r in told if r.sub_kind == sub_kind] or told
    own = [r for r in told if r.place_method not in ("back_reference", "carried")]
    return (own or told)[-1].place if told else None


def _same_area(clause: _Clause, st: _State) -> Place | None:
    """``In the same district, a lorry overturned``, ``In derselben Region brannte ...``: an
    area noun (``[places.back_reference]`` area, region, city or island words) right after
    a word for "the same" (``[places] same_words``) names the area of the last event told
    before that was placed by its own words, whatever its kind, not the place named last
    (a hospital the injured were taken to, a town an official spoke from). None when no
    such words stand in the clause or no earlier event has a place of its own. Session 21,
    round 2: before, the town named last was taken (``Der Fahrer wurde in ein Krankenhaus
    nach X gebracht. In derselben Region ...`` was X)."""
    lex = st.lex
    if not lex.same_words:
        return None
    pats = [pat for kind, pat in lex.back_reference if kind in lex.same_area_classes]
    sent = clause.sentence
    # a word for "the same" first, from the shared reading or the words' texts alone: most
    # clauses hold none, and the sentence's tokens are built only for those that do
    if lex.same_words.isdisjoint(
        clause.reading.fold_set
        if clause.start <= sent.start
        else map(str.casefold, unit_words(clause.text, sent.start, clause.end))
    ):
        return None
    # a fronted phrase is often a clause piece of its own ("In the same district, a lorry
    # ..."): read from the sentence's start
    toks = (
        clause.tokens
        if clause.start <= sent.start
        else word_units(clause.text, sent.start, clause.end, sentence=sent.index)
    )
    if not any(
        toks[i].fold in lex.same_words and any(p.match(toks[i + 1].text) for p in pats)
        for i in range(len(toks) - 1)
    ):
        return None
    told = [
        r
        for r in st.raws
        if r.place is not None and r.type not in _NOT_CARRIED and r.clause.start < clause.start
    ]
    own = [r for r in told if r.place_method not in ("back_reference", "carried", "there")]
    return (own or told)[-1].place if told else None


def _dateline_site_in(place: Place, dateline: tuple[int, int] | None, st: _State) -> Place | None:
    """The dateline's facility, when a launch's own phrase names its site only by a noun and
    a region or a country (``Vom Weltraumbahnhof in <overseas region> ist ... gestartet``
    under a dateline the gazetteer reads as that spaceport): the site the noun means is
    the facility the report was filed from, in the same country, a point where the
    phrase gives an area. Only a facility (a spaceport, a cosmodrome, a base) at the
    dateline: a dateline town beside a region may lie outside it. Session 17, h17-evB."""
    if _precision_of(place, st.lex) not in ("region", "country") or not _after_site_noun(place, st):
        return None
    home = _dateline_place(dateline, st.places)
    if home is None or home.kind != "facility":
        return None
    if home.country_code == place.country_code:
        return home
    # an overseas region with a code of its own (French Guiana, GF) holds a site the
    # gazetteer files under its state (FR): near the region's centre, it is in it
    if (
        _precision_of(place, st.lex) != "region"
        or home.lat is None
        or home.lon is None
        or place.lat is None
        or place.lon is None
    ):
        return None
    near = geodesic_km(home.lat, home.lon, place.lat, place.lon) <= _SITE_IN_REGION_KM
    return home if near else None


# how far from a region's centre its dateline facility may lie (French Guiana's spaceport
# is some 140 km from the region's centre)
_SITE_IN_REGION_KM = 200.0


# how many tokens a launch site's noun may stand before the name of where it is
# ("at the spaceport in Semnan province", "im Raumfahrtzentrum in der Provinz X")
_SITE_NOUN_REACH = 4


def _after_site_noun(p: Place, st: _State) -> bool:
    """Does ``p`` say where a site stands (``the Imam Khomeini spaceport in Semnan
    province``, ``a missile base near X``, ``vom Kosmodrom bei X``): a facility noun
    (``[places.back_reference] facility``) with a place preposition right after it, at most
    four tokens before the name? The gazetteer rarely knows a launch pad by name, but it
    knows the town or province the text puts it in, and that is where the launch was."""
    lex = st.lex
    clause = _clause_at(p.start, st)
    if clause is None:
        return False
    toks = clause.tokens
    idx = clause.index_at(p.start)
    for j in range(idx - 2, max(idx - 2 - _SITE_NOUN_REACH, -1), -1):
        if toks[j + 1].fold in lex.cues and lex.launch_sites.match(toks[j].text):
            # the first name after the noun: "the centre in <town> on <island>" is at the
            # town, the island only says where the town is
            return not st.places_between(toks[j + 1].end, p.start)
    return False


def _fronted_place(
    clause: _Clause,
    st: _State,
    lex: _Lexicon,
    previous: _Raw | None,
    dateline: tuple[int, int] | None,
    earlier: Sequence[Place] = (),
) -> tuple[Place | None, bool, str | None]:
    """``In the town of Baler, a landslide buried six houses``: a place phrase fronted in
    its own clause, right before the event's clause in the same sentence, is the event's
    (also after a participle: ``Speaking in X, the minister condemned ...``);
    an apposition between the two (``In X, the capital of the region, teachers protested``:
    a clause that opens with an article and holds no trigger; ``In X, about 60 km south-west
    of Y, police arrested``, ``In X, rund 60 Kilometer von Y entfernt, ...``: a distance with
    no trigger, :func:`_distance_apposition`) is passed over: the place it measures from is
    no scene. So is a relative clause of place with no trigger (``In X, where the ferry
    was built, ...``, ``In X, wo ...``: ``[places] relative_here``); its places
    say what X is, not where the event was (session 22)."""
    before = [c for c in st.neighbours(clause) if c.end <= clause.start]
    while (
        len(before) > 1
        and before[-1].tokens
        and (
            before[-1].tokens[0].fold in lex.determiners
            or _distance_apposition(before[-1], lex)
            or _near_apposition(before[-1], lex)
            or _country_apposition(before[-1], st, lex)
            or before[-1].tokens[0].fold in lex.relative_here
        )
        and not any(lex.any_trigger.match(t.text) for t in before[-1].tokens)
    ):
        before.pop()
    if not before or not before[-1].tokens:
        return None, False, None
    front = before[-1]
    opener = front.tokens[0].fold
    if (
        len(front.tokens) == 1
        and opener in lex.here
        and opener not in lex.relative_here
        and previous is not None
        and previous.place is not None
    ):
        # "There, police fired tear gas on Tuesday, and in A students marched": a fronted
        # "there" of its own points to the event before, not to A after it (session 22)
        return previous.place, False, "there"
    if opener in lex.coordinators and len(front.tokens) > 2 and front.tokens[1].fold in lex.cues:
        # "..., and in A, the former capital, a landslide buried ...": a coordinated clause
        # opens with its own fronted place (session 22)
        opener = front.tokens[1].fold
    if front.quoted or not (
        opener in lex.cues
        or (
            opener in lex.fronted_openers
            and any(t.fold in lex.cues for t in front.tokens[1:4])  # "Addressing crowds in X"
        )
    ):
        return None, False, None
    front_places = st.places_between(front.start, front.end)
    place, outside, how, _ = _place(
        front,
        lex,
        front_places,
        set(),
        previous,
        earlier,
        dateline=dateline,
        home=st.home_cc,
    )
    return place, outside, how


def _reason_place(
    clause: _Clause, place: Place, trig_i: int, kind: str, sub_kind: str | None, lex: _Lexicon
) -> bool:
    """Is ``place`` in the reason of a court's act or an arrest, after the trigger and a
    charge preposition (``[places] charge_preps``, ``court_charge_preps`` for a court: ``In
    A, detectives detained a notary over a fraud in B``)? Such a place says where the crime
    was; it yields to any other place of the clause already (:func:`_place`), and a place
    phrase fronted before the clause beats it too (session 21: the crime's town, alone in
    the trigger's clause, had kept the arrest from the fronted town)."""
    if not (kind == "court" or sub_kind == "arrest"):
        return False
    if not clause.start <= place.start < clause.end:
        return False
    idx = clause.index_at(place.start)
    return any(
        t.fold in lex.charge_preps or (kind == "court" and t.fold in lex.court_charge_preps)
        for t in clause.tokens[trig_i + 1 : idx]
    )


def _country_cut_place(
    clause: _Clause,
    st: _State,
    lex: _Lexicon,
    previous: _Raw | None,
    dateline: tuple[int, int] | None,
    earlier: Sequence[Place] = (),
) -> Place | None:
    """``A market in Miskolc, Hungary, was destroyed by a fire``, ``searched the rubble in
    X, <Country>, on Monday after the quake``: wire copy names a town's country between
    commas, and the clause splitter cuts the one clause there, so the trigger's part holds
    no place. When the clause right before the trigger's is only a country
    (:func:`_country_apposition`) and the clause before that ends with a place of that
    country and gave no event of its own, the place that clause gives (its own rules:
    whose, origins, speakers) is the event's. The same across a nearness or a distance
    told of that place (``lieferten sich nahe A, unweit der Grenze zu B, Gefechte``,
    :func:`_near_apposition`, :func:`_distance_apposition`) that holds no trigger. Only
    with such an aside between: any other comma may end a clause. Why: the event-site
    probe (session 18, round 2) found every such sentence without a place; the same
    sentence without the aside was placed."""
    before = [c for c in st.neighbours(clause) if c.end <= clause.start]
    if len(before) < 2 or not before[-1].tokens:
        return None
    aside, front = before[-1], before[-2]
    country = _country_apposition(aside, st, lex)
    if not country and not (
        (_near_apposition(aside, lex) or _distance_apposition(aside, lex))
        and not any(lex.any_trigger.match(t.text) for t in aside.tokens)
    ):
        return None
    if front.quoted or not front.tokens or aside.start - front.end > 3:
        return None
    if any(o.clause is front for o in st.raws):
        return None  # an event of its own: its places are its
    front_places = [p for p in st.places_between(front.start, front.end) if p.resolved]
    if not front_places:
        return None
    if country:
        # the country must be the last town's own: else it is a place of its own
        last = max(front_places, key=lambda p: p.start)
        countries = [
            p
            for p in st.places_between(aside.start, aside.end)
            if p.resolved and p.kind == "country"
        ]
        if last.kind == "country" or last.country_code != countries[0].country_code:
            return None
    place, _, _, _ = _place(
        front,
        lex,
        front_places,
        set(),
        previous,
        earlier,
        dateline=dateline,
        home=st.home_cc,
    )
    return place


def _aside_subject(clause: _Clause, st: _State) -> tuple[Token, ...]:
    """The subject an aside cut off from this clause's carrier verb: ``The ferry, which had
    left X at dawn, sank off Y``, ``The plane, a Cessna owned by a mining firm, crashed near
    Y``, ``Die Fähre, die in X abgelegt hatte, sank am Montag vor Y``. The clause opens with a
    carrier word (``[[carriers]]``: it needs a noun to name its event) in lower case; the
    clause before it is an aside between commas (at most ``_COMPARISON_WORDS`` words), and
    the one before that opens the sentence and is only a short subject (at most
    ``_SUBJECT_TAIL`` + 1 words) with no event of its own. Its words are then read as a
    coordinated part before this one is (``before``). Session 19 (h19-events): before, such
    a sentence gave no event at all. Empty when there is no such subject."""
    lex = st.lex
    toks = clause.tokens
    if not toks or not toks[0].text[:1].islower() or not lex.carriers_of(toks[0].text):
        return ()
    prior = [c for c in st.neighbours(clause) if c.end <= clause.start]
    if len(prior) < 2:
        return ()
    aside, subject = prior[-1], prior[-2]
    if subject.start != clause.sentence.start and not (
        st.dateline and st.dateline[0] <= subject.start <= st.dateline[1] + 3
    ):
        return ()
    if not subject.tokens or len(subject.tokens) > _SUBJECT_TAIL + 1:
        return ()
    if not aside.tokens or len(aside.tokens) > _COMPARISON_WORDS:
        return ()
    text = st.doc.text
    if "," not in text[subject.end : aside.start + 1] or "," not in text[aside.end : clause.start]:
        return ()
    if any(o.clause is subject for o in st.raws):
        return ()
    return subject.tokens


#: how far into its clause a subject pronoun may stand (``Am Nachmittag blockierten sie``)
_PRONOUN_REACH = 5


def _pronoun_subject(clause: _Clause, st: _State) -> tuple[Token, ...]:
    """The words of the sentence before, for a clause whose subject is a plural pronoun
    (``[grammar] plural_subject_pronouns``) next to its plural finite verb (``plural_verb_
    endings``): ``Hafenarbeiter legten die Arbeit nieder. Am Nachmittag blockierten sie die
    Zufahrt`` (the dockers blocked it: a protest). A carrier word (``blockierten``) needs its
    subject's noun, which the pronoun only points back to; the sentence before, in the same
    paragraph, is read as its subject (``before``), as a coordinated part's are. Only the
    first clause of its sentence, with the pronoun within ``_PRONOUN_REACH`` words and a
    carrier word in the clause; a singular verb (``Die Polizei blockierte sie``: an object)
    or a new paragraph reads nothing. Session 25 (h25-evde). Empty otherwise."""
    lex = st.lex
    sent = clause.sentence
    if not lex.plural_subject_pronouns or sent.index == 0:
        return ()
    toks = clause.tokens
    at = next(
        (k for k, t in enumerate(toks[:_PRONOUN_REACH]) if t.fold in lex.plural_subject_pronouns),
        None,
    )
    if at is None:
        return ()
    if not any(
        0 <= k < len(toks) and not toks[k].is_cap and toks[k].fold.endswith(lex.plural_verb_endings)
        for k in (at - 1, at + 1)
    ):
        return ()  # "Die Polizei blockierte sie": a singular verb, the pronoun its object
    if not any(lex.carriers_of(t.text) for t in toks) or any(
        c.end <= clause.start for c in st.neighbours(clause)
    ):
        return ()
    prev = st.doc.sentences[sent.index - 1]
    if "\n\n" in st.doc.text[prev.end : sent.start]:
        return ()  # a new paragraph: the pronoun's people are not the sentence's before
    words = word_units(st.doc.text, prev.start, prev.end, sentence=prev.index)
    return tuple(words[:_MAX_CLAUSE_TOKENS])


def _relative_object_subject(clause: _Clause, st: _State) -> tuple[Token, ...]:
    """The people an arrest took, for a comma relative clause on them whose carrier needs its
    subject's noun: ``Die Polizei nahm in X 20 Menschen fest, die eine Straße blockiert
    hatten`` (the people taken had blocked a road: a protest). The German form of
    ``_split_object_relative``: the relative clause is a clause of its own already (its comma),
    but its subject is the pronoun, so the carrier (``blockiert``) found no noun and read
    nothing. Here the clause opens with a plural or feminine relative pronoun
    (``[clauses] relative_pronouns``; ``die``, not ``der``: one man is no crowd), its own
    carrier word follows, it ends in a carrier or an auxiliary with none before (verb-final,
    as a relative clause is; ``die Straße war blockiert`` is a main clause), and the clause
    right before it in the sentence, after a comma, holds an event of ``[clauses]
    object_relative_heads``; that clause's words are read as the carrier's subject
    (``before``), as a coordinated part's are. Session 22, round 2 (h22-trig). Empty when
    there is no such act before."""
    lex = st.lex
    toks = clause.tokens
    if not lex.object_relative_heads or lex.person_relatives or len(toks) < 2:
        return ()
    if toks[0].text != "die" or toks[0].fold not in lex.relative_pronouns:
        return ()
    if not any(lex.carriers_of(t.text) for t in toks[1:]):
        return ()
    if not (lex.carriers_of(toks[-1].text) or toks[-1].fold in lex.auxiliaries) or any(
        t.fold in lex.auxiliaries for t in toks[1:-1]
    ):
        return ()  # a relative clause ends in its verb; "die Straße war blockiert" is none
    prior = [c for c in st.neighbours(clause) if c.end <= clause.start]
    if not prior or "," not in st.doc.text[prior[-1].end : clause.start]:
        return ()
    head = prior[-1]
    if not any(
        r.clause is head
        and (
            r.type in lex.object_relative_heads
            or f"{r.type}.{r.sub_kind}" in lex.object_relative_heads
        )
        for r in st.raws
    ):
        return ()
    return head.tokens


def _resumed_predicate_place(
    clause: _Clause,
    st: _State,
    lex: _Lexicon,
    trig: _Trigger,
    trig_i: int,
    previous: _Raw | None,
    earlier: Sequence[Place] = (),
) -> Place | None:
    """``The storm, the strongest in a decade, hit X on Monday``, ``Typhoon Y, the
    strongest storm this year, lashed X``: an aside between commas cuts an event noun (the
    subject) from its predicate, and the clause splitter leaves the noun's clause without a
    place. When the event's clause is only that subject (the noun and at most
    ``_SUBJECT_TAIL`` words after it), the clause after it is a short aside with no trigger
    of another type (at most ``_COMPARISON_WORDS`` words; ``the strongest storm this year`` only
    renames it), and the clause after that resumes the predicate (its
    first word lower-case and no article, preposition or conjunction: ``hit``,
    ``struck``, ``made``) and gave no event of its own, the place the predicate's clause
    gives (a hazard's object too: ``hit X``) is the event's. Session 19 (h19-events): a place
    named for comparison sits in such asides (``the worst since the 2010 flood in Y``); the
    aside is passed over, not read. Only the two clauses right after the event's: linear."""
    toks = clause.tokens
    if trig_i > _SUBJECT_TAIL or len(toks) - trig_i - 1 > _SUBJECT_TAIL:
        return None
    after = [c for c in st.neighbours(clause) if c.start >= clause.end]
    if len(after) < 2:
        return None
    aside, tail = after[0], after[1]
    if not aside.tokens or len(aside.tokens) > _COMPARISON_WORDS or not tail.tokens:
        return None
    if not st.doc.text[clause.end : aside.start].strip().startswith(","):
        return None
    if any(
        other.type != trig.type
        for t in aside.tokens
        if lex.any_trigger.match(t.text)
        for other in lex.triggers_of(t.text)
    ):
        return None  # an aside that tells another event ("the worst since a cyclone hit Y")
    return _resumed_tail_place(tail, st, lex, trig, previous, earlier)


def _resumed_tail_place(
    tail: _Clause,
    st: _State,
    lex: _Lexicon,
    trig: _Trigger,
    previous: _Raw | None,
    earlier: Sequence[Place],
    also_not_first: frozenset[str] | set[str] = frozenset(),
) -> Place | None:
    """The place of a clause that resumes an event noun's predicate after an aside
    (:func:`_resumed_predicate_place`, :func:`_relative_subject_place`): the clause opens
    lower-case with no article, preposition or conjunction (nor a word of
    ``also_not_first``), gave no event of its own, and names a resolved place; read as the
    event's own clause with its verb first (a hazard's object too: ``hit X``)."""
    first = tail.tokens[0]
    if (
        not first.text[:1].islower()
        or first.fold in lex.determiners
        or first.fold in lex.prepositions
        or first.fold in lex.conjunctions
        or first.fold in also_not_first
    ):
        return None
    if any(o.clause is tail for o in st.raws):
        return None  # an event of its own: its places are its
    tail_places = [p for p in st.places_between(tail.start, tail.end) if p.resolved]
    if not tail_places:
        return None
    place, _, _, _ = _place(
        tail,
        lex,
        tail_places,
        set(),
        previous,
        earlier,
        dateline=st.dateline,
        trig_i=0,
        hazard=trig.type in lex.object_place_types,
        kind_of=trig.type,
        verb_at=0,
    )
    return place


def _relative_subject_place(
    clause: _Clause,
    st: _State,
    lex: _Lexicon,
    trig: _Trigger,
    trig_i: int,
    place: Place | None,
    previous: _Raw | None,
    earlier: Sequence[Place] = (),
) -> Place | None:
    """``The quake, which was felt in Y, struck near X on Monday``: the event noun is the
    subject, a relative clause set off by commas tells something of it (where it was felt,
    where it began), and the predicate after the closing comma says where it happened. When
    the event's clause is the subject (the noun within ``_SUBJECT_TAIL`` words of its start)
    and a comma-opened relative clause (the language profile's relative pronouns), its place
    (if any) lies in that relative clause, and the next clause resumes the predicate (as in
    :func:`_resumed_predicate_place`) with a place of its own and no event, that place is the
    event's. Session 19 (h19-events)."""
    toks = clause.tokens
    pronouns = relative_pronouns(lex.lang)
    if trig_i > _SUBJECT_TAIL or not pronouns:
        return None
    rel = next(
        (
            j
            for j in range(trig_i + 1, min(len(toks), trig_i + 1 + _SUBJECT_TAIL + 1))
            if toks[j].fold in pronouns and "," in st.doc.text[toks[j - 1].end : toks[j].start]
        ),
        None,
    )
    if rel is None:
        return None
    if place is not None and not (
        clause.start <= place.start < clause.end and place.start >= toks[rel].start
    ):
        return None  # the event's own place stands before the relative clause
    after = [c for c in st.neighbours(clause) if c.start >= clause.end]
    if not after or not after[0].tokens:
        return None
    tail = after[0]
    if not st.doc.text[clause.end : tail.start].strip().startswith(","):
        return None
    return _resumed_tail_place(tail, st, lex, trig, previous, earlier, pronouns)


# how many words may follow an event noun in a clause that is only the subject ("Typhoon
# Mawar", "The storm")
_SUBJECT_TAIL = 3
# the longest aside of comparison read between an event noun and its predicate ("the worst
# since a cyclone devastated the port city in 1991": ten words)
_COMPARISON_WORDS = 12


def _country_apposition(clause: _Clause, st: _State, lex: _Lexicon) -> bool:
    """Is the clause only a country's name (``In Kaunas, Lithuania, police arrested ...``,
    ``In Quetta, Pakistan, a court ...``)? Wire copy names a town's country in apposition
    after it; between a fronted place and its event it says where that town lies, as a
    distance does, and the town stays the scene (session 18, the event-site probe: before,
    the country's clause ended the fronted phrase and the event had no place). Only the
    country's tokens, articles and punctuation: a clause with any other word is no
    apposition."""
    toks = clause.tokens
    if not toks or len(toks) > 4:
        return False
    inside = [
        p
        for p in st.places_between(clause.start, clause.end)
        if p.resolved and p.kind == "country" and p.role == "name"
    ]
    return len(inside) == 1 and all(
        inside[0].start <= t.start < inside[0].end
        or not t.text[:1].isalnum()
        or t.fold in lex.determiners
        for t in toks
    )


def _near_apposition(clause: _Clause, lex: _Lexicon) -> bool:
    """Does the clause open with a preposition of nearness (``[places] near``: ``In X, near
    the Venezuelan border, hundreds protested``, ``In X, close to the coast, ...``)? Between a
    fronted place and its event it says where that place lies, as a distance does; the
    border or the coast it names is no scene."""
    folds = clause.reading.folds[:3]
    return any(tuple(folds[: len(ph)]) == ph for ph in lex.near)


def _distance_apposition(clause: _Clause, lex: _Lexicon) -> bool:
    """Is the clause a distance told of the place before it (``about 60 km south-west of
    Y``, ``rund 60 Kilometer von Y entfernt``, ``some 350 km to the north``)? A unit of
    ``[places] distance_units`` right after a number, in the clause's first four words."""
    return _apposition_km(clause, lex) is not None


def _apposition_km(clause: _Clause, lex: _Lexicon) -> float | None:
    """The distance a clause opens with (``about 60 km south-west of Y``: 60; ``zehn
    Kilometer vor Y``: 10), in kilometres: a unit of ``[places] distance_units`` right after
    a number in the clause's first four words, the number in digits or a count word of
    ``[time.numbers]`` (session 19, round 2: before, ``zehn Kilometer vor Y`` was no
    distance). None when there is no such distance."""
    words = clause.words[:4]  # the tokens' texts: a prefilter may ask before tokens exist
    for k, w in enumerate(words):
        unit = w.casefold()
        if k == 0 or unit not in lex.distance_units:
            continue
        number = words[k - 1]
        m = _DISTANCE_NUMBER.fullmatch(number)
        if m is not None:
            whole, part = m.group(1), m.group(2)
            if part is None or len(part) == 3:
                value = float(whole + (part or ""))
            else:
                value = float(f"{whole}.{part}")
        elif number.casefold() in lex.count_values and number.isalpha():
            value = float(lex.count_values[number.casefold()])
        else:
            continue
        return value * _KM_PER_MILE if unit.startswith(("mi", "meil")) else value
    return None


def _near_day(clause: _Clause, st: _State) -> tuple[int, str] | None:
    """The latest day named before the clause in its sentence or the sentence before it
    (same paragraph): ``Flights were cancelled on Monday. The minister arrived the same
    day`` counts from Monday, whether or not the cancellation is an event."""
    doc, sent = st.doc, clause.sentence
    sentences = [sent]
    if sent.index > 0:
        prev = doc.sentences[sent.index - 1]
        if "\n\n" not in doc.text[prev.end : sent.start]:
            sentences.insert(0, prev)
    best: tuple[int, str] | None = None
    for one in sentences:
        for span in st.sentence_times(one):
            if span.start >= clause.start or span.kind not in _DAY_KINDS:
                continue
            value = st.time_value(span.text)
            if value.kind == "lastnight":
                # "Rescuers pulled survivors out overnight. A day earlier, ...": a night
                # with no day named is the story's, not a day to count from
                continue
            if value.date is not None and value.precision == "day":
                best = (span.start, value.date)
    return best


def _unnamed_relation(clause: _Clause, st: _State) -> bool:
    """Does an earlier clause of the sentence count a time from something that is no
    event (``Zwei Tage nachdem die Regierung die Pläne vorgestellt hatte, demonstrierten
    ...``, ``Two days after the minister unveiled the budget, ...``)? Then the event lies
    that offset after a day the text does not give: its day is unknown, and neither the day
    named in the sentence before nor the day of the event before is its day (no guess)."""
    doc = st.doc
    for span in st.sentence_times(clause.sentence):
        if span.kind != "event" or span.end > clause.start:
            continue
        if _event_noun(doc.text, span.start, span.end, st.lex)[0] is None and counts_time(
            span.text, doc.language
        ):
            return True
    return False


def _day_told_before(clause: _Clause, st: _State, after: int) -> TimeValue | None:
    """``PEKING, 19. Juni (Reuters) - China hat am Donnerstag drei Astronauten ...
    geschickt. Eine Rakete ... hob um 9.31 Uhr ... ab``: an event with no time of its own
    takes the day named just before it in its paragraph (its sentence or the one before:
    news tell one day per paragraph) when that day was named after the event before it
    (``after``, else that event's day is carried: ``Counting began on Friday. Police
    arrested 12 people`` is Friday), not a day still to come nor one told in the past
    perfect (another, earlier event)."""
    near = _near_day(clause, st)
    if near is None or near[0] < after:
        return None
    if st.anchor is not None and st.precision == "day" and near[1] > st.anchor.isoformat():
        return None
    doc = st.doc
    home = doc.sentence_at(near[0])  # a bisection, not a scan per event
    if home is None or earlier_auxiliaries(doc.language) & set(home.text.casefold().split()):
        return None
    words = next((sp.text for sp in st.sentence_times(home) if sp.start == near[0]), "")
    return TimeValue(near[1], "day", f"{words} (the sentence before)", kind="context")


def _counted_from(clause: _Clause, st: _State) -> TimeValue | None:
    """``Police arrested two men on Tuesday, a day after a bomb hit a market``, ``..., two
    days after the bombing``: a clause that opens with a relation to another event and
    follows an event of its own sentence tells the event that relation counts from; it
    lies before (after) the event just reported by the offset, not on its day."""
    if not st.raws or not clause.tokens:
        return None
    previous = st.raws[-1]
    if previous.clause.sentence is not clause.sentence or previous.clause.end > clause.start:
        return None
    first = clause.tokens[0]
    span = next(
        (
            sp
            for sp in st.sentence_times(clause.sentence)
            if sp.kind == "event" and sp.start == first.start
        ),
        None,
    )
    if span is None:
        return None
    value = st.time_value(span.text)
    words = (value.ref or "").split()
    if value.relation is None or not words or words[0].casefold() in st.lex.relative_openers:
        return None  # "..., after which police arrested 12": the arrest comes after
    return TimeValue(
        None,
        None,
        span.text,
        relation="before" if value.relation == "after" else "after",
        ref="previous",
        same_day=value.same_day,
        offset_days=-value.offset_days if value.offset_days is not None else None,
        kind="previous",
    )


def _came_after(
    clause: _Clause, trig_i: int, references: Sequence[str], st: _State
) -> tuple[TimeValue, str] | None:
    """``The launch came a week after the North tested a new engine``, ``The attack came two
    days after police arrested ...``: a definite noun naming an event already told opens the
    clause (at most four words before the relation), and the relation's own event is the
    clause's trigger after it. That event lies the offset before (after) the one the noun
    names, not on the day of the event before it."""
    toks = clause.tokens
    span = next(
        (
            sp
            for sp in st.sentence_times(clause.sentence)
            if sp.kind == "event" and toks[0].start < sp.start <= toks[trig_i].start
        ),
        None,
    )
    if span is None or sum(1 for t in toks if t.start < span.start) > 4:
        return None
    value = st.time_value(span.text)
    if value.relation is None:
        return None
    return (
        TimeValue(
            None,
            None,
            span.text,
            relation="before" if value.relation == "after" else "after",
            same_day=value.same_day,
            offset_days=-value.offset_days if value.offset_days is not None else None,
            kind="event",
        ),
        references[0],
    )


def _dateline_lead(sent: Sentence, st: _State) -> bool:
    """Is ``sent`` the sentence a dateline opens (``Tokio, 15. September 2025 (dpa) - Der
    Taifun ... hat ... angerichtet``)? A wire report's lead tells the news, so its definite
    event noun is the news, not what the reader already knows."""
    line = st.dateline
    # "<Ort> (KNA). In <Land> ist ...": a dateline closed by a full stop is a sentence of its
    # own; the one right after it is the lead
    return line is not None and (
        sent.start <= line[0] < sent.end or line[0] < sent.start <= line[1]
    )


def _attribution_times(
    clause: _Clause,
    spans: Sequence[tuple[TimeSpan, str | None]],
    lex: _Lexicon,
    clauses: Sequence[_Clause],
) -> bool:
    """Do all the sentence's times stand in a clause of saying after the event's clause
    (``Police arrested a man, a spokeswoman said on Thursday``)? They date the saying."""
    # "Die Polizei teilte am Dienstag mit, sie habe acht Männer festgenommen": a saying
    # before the clause dates the saying when the clause says its event came before it
    aux = earlier_auxiliaries(lex.lang)
    folds = clause.reading.fold_set
    told = aux & folds
    # "Ein Sprecher sagte am Dienstag, sieben Angreifer seien festgenommen worden": the
    # perfect subjunctive of reported speech (``[clauses] reported_earlier``) marks the event
    # as before the saying too, unless a word ties it to the saying's occasion; a time that
    # counts from an event ("Minuten nach der Meldung über den Start teilte ... mit, die
    # Geschosse seien ins Meer gestürzt") ties them as well
    reported = not lex.reported_links & folds and bool(lex.reported_earlier & folds)
    for span, ref in spans:
        earlier = bool(told) or (reported and ref is None)
        home = next((c for c in clauses if c.start <= span.start < c.end), None)
        if home is None or (home.start < clause.end and not (earlier and home.end <= clause.start)):
            return False
        if (
            home.start >= clause.end
            and home.tokens
            and home.tokens[0].fold in relative_pronouns(lex.lang)
            and aux & {t.fold for t in home.tokens}
        ):
            # "nahm zwei Männer fest, die am Montag Geschäfte geplündert hatten": the
            # relative clause's day is its own verb's, earlier than the event
            continue
        if not any(lex.any_weak.match(tok.text) for tok in home.tokens):
            return False
        if _before_coordinated_saying(home, span, lex):
            return False
    return True


def _before_coordinated_saying(home: _Clause, span: TimeSpan, lex: _Lexicon) -> bool:
    """Does the time ``span`` stand before a coordinator that opens the clause's saying
    (``met student leaders at the palace in X, south of the capital, on Tuesday and promised
    to ...``, ``flew to the provincial capital, also called X, on Thursday and announced
    ...``)? The time ends the part cut off by the apposition and dates its verb; the saying
    after ``and`` shares the subject, not the time."""
    weak = next((t for t in home.tokens if lex.any_weak.match(t.text)), None)
    if weak is None or weak.start < span.end:
        return False
    return any(t.fold in lex.coordinators and span.end <= t.start < weak.start for t in home.tokens)


def _own_spans(
    clause: _Clause,
    trig_i: int,
    spans: list[tuple[TimeSpan, str | None]],
    lex: _Lexicon,
) -> list[tuple[TimeSpan, str | None]]:
    """The clause's times without those of a relative clause in the past perfect after the
    trigger (``arrested two men who had looted shops on Monday``: Monday dates the
    looting). With none left the event takes no day of the sentence either: the clause's
    time was found, and it is another event's. A relative clause in the plain past may
    tell the same occasion (``fired tear gas at protesters who marched ... on Tuesday``)
    and keeps its time."""
    toks = clause.tokens
    opener = next(
        (
            t.start
            for k, t in enumerate(toks[trig_i + 1 :], trig_i + 1)
            if (
                t.fold in lex.relative_openers
                or (t.fold == "that" and not lex.any_weak.match(toks[k - 1].text))
            )
            and not any(sp.start <= t.start < sp.end for sp, _ in spans)  # "that day"
        ),
        None,
    )
    aux = earlier_auxiliaries(lex.lang)
    if opener is None:
        return spans
    if _names_the_trigger(toks, opener, trig_i, spans, aux):
        return spans
    if not any(t.fold in aux for t in toks if t.start > opener) and not _event_noun_before(
        toks, opener, trig_i, lex
    ):
        return spans
    return [(sp, ref) for sp, ref in spans if sp.start < opener]


def _after_toll(clause: _Clause, start: int, lex: _Lexicon) -> bool:
    """The phrase at character ``start`` opens with a toll preposition after a toll phrase
    (``Die Zahl der Toten nach dem Erdbeben``): it names the event a toll counts, not a
    relation to an event told before."""
    k = clause.index_at(start)
    return (
        k is not None
        and bool(lex.tolls)
        and bool(_toll_head(clause.reading.folds, k, lex))
        and not lex.toll_rises.isdisjoint(clause.reading.fold_set)
    )


def _day_last_told(st: _State, kind: str) -> TimeValue | None:
    """The day the text last told for an event of ``kind`` (a toll update with no day of
    its event: ``Floods hit X on Sunday. ... The death toll from the floods rose to 45 on
    Tuesday`` is Sunday's); None when the text told none."""
    return next((r.time for r in reversed(st.raws) if r.type == kind and r.time is not None), None)


def _noun_dated(
    clause: _Clause,
    trig_i: int,
    spans: list[tuple[TimeSpan, str | None]],
    lex: _Lexicon,
) -> list[tuple[TimeSpan, str | None]]:
    """The time an event noun carries as its attribute: ``das Ergebnis der Parlamentswahl
    vom vergangenen Sonntag wurde am Mittwoch verkündet`` dates the election Sunday, not
    Wednesday (the verb's day). Only a time phrase that opens right after the noun with a
    preposition of ``[clauses] noun_date_openers`` (``vom``); none, and the clause's times
    stand as before."""
    toks = clause.tokens
    if trig_i + 1 >= len(toks) or toks[trig_i + 1].fold not in lex.noun_date_openers:
        return []
    at = toks[trig_i + 1].start
    reach = toks[min(trig_i + 3, len(toks) - 1)].start  # "vom (vergangenen) Sonntag"
    return [(sp, ref) for sp, ref in spans if at <= sp.start <= reach][:1]


def _names_the_trigger(
    toks: Sequence[Token],
    opener: int,
    trig_i: int,
    spans: list[tuple[TimeSpan, str | None]],
    aux: Collection[str],
) -> bool:
    """``A fire that broke out at a warehouse in X on Monday had been put out by Wednesday``:
    a relative clause right on the trigger noun, in the plain past up to its own time,
    tells when the event it names happened; the main verb's past perfect (``had been put
    out``) says how things stood later, not that the time dates an earlier event (session
    16, round 3). ``arrested two men who had looted shops on Monday`` (``had`` before the
    time) is not it, nor a relative clause on another noun."""
    k = next((k for k, t in enumerate(toks) if t.start == opener), None)
    if k is None or k - 1 != trig_i:
        return False
    own = [sp.start for sp, _ in spans if sp.start > opener]
    if not own:
        return False
    return not any(t.fold in aux for t in toks[k + 1 :] if t.start < own[0])


def _event_noun_before(toks: Sequence[Token], opener: int, trig_i: int, lex: _Lexicon) -> bool:
    """``arrested two men on suspicion of starting a blaze that broke out near X a week
    ago``, ``detained a man over an attack that killed four soldiers on Sunday``: a relative
    clause on an event noun (other than the trigger) tells that event, and its time is that
    event's, not the clause's own event's, in the plain past too (session 12, evkinds
    helper, second round)."""
    k = next((k for k, t in enumerate(toks) if t.start == opener), None)
    if k is None or k - 1 <= trig_i:
        return False
    noun = toks[k - 1]
    return noun.fold in lex.anchor_nouns or any(
        t.pos == "noun" and len(t.words) == 1 for t in lex.first_word_triggers(noun.text)
    )


def _past_the_saying(
    clause: _Clause,
    trig_i: int,
    spans: list[tuple[TimeSpan, str | None]],
    lex: _Lexicon,
) -> list[tuple[TimeSpan, str | None]]:
    """``Police said on Tuesday they had rescued 12 hostages on Sunday``, ``officials said
    Monday crews found the wreck late Saturday``: a reported event with a day of its own
    after its trigger (``On Tuesday police said ...`` too). A time before the trigger, with
    a verb of saying before the trigger, is the report's day, not the event's, and gives
    way to it; without a day after the trigger the report's day stays
    (``_said_of_before`` decides it by the tense)."""
    toks = clause.tokens
    trigger = toks[trig_i].start
    # "said Wednesday that Saturday's earthquake ...": the day right before the noun is
    # its own (the nearest one only: the saying's day stands before it; not a day right
    # after the verb of saying, "said Monday floods swept ...", which is the saying's)
    nearest = max((sp for sp, _ in spans if sp.end <= trigger), key=_END, default=None)
    before = [t for t in toks if nearest is not None and t.end <= nearest.start]
    attributive = (
        {nearest.start}
        if nearest is not None
        and nearest.kind in _DAY_KINDS
        and _ATTRIBUTIVE_GAP.fullmatch(clause.text[nearest.end : trigger])
        and not (before and lex.any_weak.match(before[-1].text))
        else set()
    )
    if not any(
        (sp.start > trigger or sp.start in attributive) and sp.kind in _DAY_KINDS for sp, _ in spans
    ):
        return spans
    if not any(lex.any_weak.match(t.text) for t in toks[:trig_i]):
        return spans
    return [(sp, ref) for sp, ref in spans if sp.start > trigger or sp.start in attributive]


# between a day and the event noun it dates: nothing, or a possessive with up to one word
# on each side ("the Tuesday attack", "Saturday's earthquake", "Sunday night's deadly
# blast"); not a subject of its own ("said Tuesday gunmen kidnapped ...")
_ATTRIBUTIVE_GAP = re.compile(r"(?:(?:\s+[\w-]+)?['’]s(?:\s+[\w-]+)?)?\s+")


def _past_the_opener(
    clause: _Clause,
    trig_i: int,
    spans: list[tuple[TimeSpan, str | None]],
    lex: _Lexicon,
) -> list[tuple[TimeSpan, str | None]]:
    """``Schools stayed closed on Tuesday after an earthquake struck the city on Monday``:
    the trigger stands in a part opened by ``after`` (``[clauses] own_time_openers``:
    ``because``, ``when``, ``weil``, ``nachdem``), which names a day of its own; the times
    before the opener date the main part (the closure), not this event, and give way.
    Without a day after the opener the main part's time stays (``fled after a dam burst
    on Sunday`` has one time, shared). An opener inside a time phrase (``two days after
    the attack``) opens nothing."""
    if not lex.own_time_openers or len(spans) < 2:
        return spans
    toks = clause.tokens
    opener = next(
        (
            t.start
            for t in reversed(toks[:trig_i])
            if t.fold in lex.own_time_openers
            and not any(sp.start <= t.start < sp.end for sp, _ in spans)
        ),
        None,
    )
    if opener is None:
        return spans
    later = [(sp, ref) for sp, ref in spans if sp.start > opener]
    if len(later) == len(spans) or not any(sp.kind in _DAY_KINDS for sp, _ in later):
        return spans
    return later


def _said_of_before(
    clause: _Clause,
    trig_i: int,
    spans: Sequence[tuple[TimeSpan, str | None]],
    lex: _Lexicon,
) -> bool:
    """``Police said on Tuesday they had detained eight men``: the time stands between a
    verb of saying and an event in the past perfect, which came before the saying; the
    day of the saying is not the event's (``[time] earlier_auxiliaries``)."""
    toks = clause.tokens
    trigger = toks[trig_i].start
    if any(sp.start >= trigger for sp, _ in spans):
        return False
    first, last = min(sp.start for sp, _ in spans), max(sp.end for sp, _ in spans)
    aux = earlier_auxiliaries(lex.lang)
    return any(t.fold in aux for t in toks[:trig_i] if t.start >= last) and any(
        lex.any_weak.match(t.text) for t in toks if t.start < first
    )


def _sentence_spans(
    clause: _Clause,
    spans: Sequence[TimeSpan],
    doc: Document,
    lex: _Lexicon,
    clauses: Sequence[_Clause],
) -> list[tuple[TimeSpan, str | None]]:
    """Time spans elsewhere in the sentence (``clauses``, not in quotes, not relative
    clauses): "sagte X am Mittwoch, ..."; but not the ``earlier in the day`` of ``..., where
    crowds had gathered earlier in the day``, which dates the gathering, nor a ``since``
    phrase (``[clauses] since_prepositions``: ``Gendarmes arrested 42 people during the
    night, ..., bringing the number detained since Monday to 200``), which starts a count,
    not the day of an event in another clause."""
    out: list[tuple[TimeSpan, str | None]] = []
    for other in clauses:
        # the first word's text, not its token: most other clauses hold no time span and
        # need no tokens at all (:func:`_event_spans` builds them only for a span inside)
        if other.quoted or (other.words and other.words[0].casefold() in lex.relative_openers):
            continue
        got, _ = _event_spans(other, spans, doc, lex)
        out.extend(
            (sp, ref)
            for sp, ref in got
            if sp.text.split()[:1] != []
            and sp.text.split()[0].casefold() not in lex.since_prepositions
        )
    return out


def _after_clause_day(
    clause: _Clause,
    clauses: Sequence[_Clause],
    spans: Sequence[TimeSpan],
    doc: Document,
    lex: _Lexicon,
) -> list[tuple[TimeSpan, str | None]]:
    """The day of a clause right after this one that opens with ``nachdem`` (``[clauses]
    after_clause_openers``), for a main clause with no day of its own: ``Ein Mann wurde
    festgenommen, nachdem er am Montag einen Polizisten niedergestochen hatte``. The event
    came on that day or after it; the day is the nearest the text gives (the corpus's
    interval runs from it to the report), where the day of the event told before is
    another's. A clause after ``als`` or ``weil`` gives its day already
    (:func:`_sentence_spans` passes over relative clauses only, and ``nachdem`` opens one
    too). Session 22, round 2, h22-evde."""
    if not lex.after_clause_openers:
        return []
    later = [c for c in clauses if c.start > clause.start]
    if not later:
        return []
    nxt = min(later, key=attrgetter("start"))
    if nxt.quoted or not nxt.words or nxt.words[0].casefold() not in lex.after_clause_openers:
        return []
    got, _ = _event_spans(nxt, spans, doc, lex)
    return [(sp, ref) for sp, ref in got if ref is None and sp.kind != "event"]


def _attribute_place_tokens(
    clause: _Clause, trig_i: int, clause_places: Sequence[Place], lex: _Lexicon
) -> set[int]:
    """The tokens of participles' attribute phrases that hold a place (``Die in A
    stationierten Soldaten griffen ... bei B an``: A says where the soldiers are based, B
    where they attacked), when the clause names a place outside them; the event's place is
    read without them. Not the trigger's own phrase (``der in A entführte Helfer`` with the
    abduction as the event) and not when the phrase holds the clause's only place. Only in a
    language that writes its nouns with a capital, as :func:`_past_attributive_phrases`.
    Session 15, round 2, h15-evde."""
    if not lex.nouns_capitalised or len(clause_places) < 2:
        return set()
    toks = clause.tokens
    inside: set[int] = set()
    for i in range(2, len(toks) - 1):
        if i == trig_i or toks[i].is_cap or not toks[i + 1].is_cap:
            continue
        k = _attribute_phrase(toks, i, lex)
        if k is not None:
            inside.update(range(k, i + 1))
    if not inside:
        return set()
    starts = {toks[j].start for j in inside}
    held = [p for p in clause_places if p.start in starts]
    if not held or len(held) == len(clause_places):
        return set()
    return inside


def _past_attributive_phrases(
    clause: _Clause, trig_i: int, spans: list[tuple[TimeSpan, str | None]], lex: _Lexicon
) -> list[tuple[TimeSpan, str | None]]:
    """The clause's times without those inside a participle's attribute phrase (``Der am
    Montag in X festgenommene Journalist wurde am Dienstag freigelassen``: Monday is the
    arrest's, an adjective here, and the release is Tuesday's), unless the trigger is that
    participle (then the phrase is its own) or no other time is left. Only in a language
    that writes its nouns with a capital: an article, a preposition, names and articles,
    then a lower-case participle before a capitalised noun (session 15, h15-evde)."""
    if not lex.nouns_capitalised or len(spans) < 2:
        return spans
    toks = clause.tokens
    phrases: list[tuple[int, int]] = []
    for i in range(2, len(toks) - 1):
        if i == trig_i or toks[i].is_cap or not toks[i + 1].is_cap:
            continue
        k = _attribute_phrase(toks, i, lex)
        if k is not None:
            phrases.append((toks[k].start, toks[i].start))
    if not phrases:
        return spans
    rest = [(sp, r) for sp, r in spans if not any(a <= sp.start < b for a, b in phrases)]
    return rest or spans


def _set_for(value: TimeValue, span: TimeSpan, st: _State) -> TimeValue:
    """A day and month set for a day to come (``für den 28. November``):
    :func:`geomap.events._timeexpr.set_for_day` against the document's anchor, when it is
    a day."""
    if st.anchor is None or st.precision != "day":
        return value
    return set_for_day(value, st.doc.text, span.start, st.doc.language, st.anchor)


def _pick_time(
    spans: Sequence[tuple[TimeSpan, str | None]], lex: _Lexicon, st: _State
) -> tuple[TimeValue | None, str | None]:
    """The most telling time of a clause: a dated expression beats a relative one, but a
    relative one still supplies the relation (each span resolved against the document's
    anchor, :meth:`_State.time_value`)."""
    best: TimeValue | None = None
    ref_type: str | None = None
    order = {
        "date": 0,
        "dayrange": 0,
        "numeric": 0,
        "monthday": 0,
        "day": 1,
        "weekday": 1,
        "night": 1,
        "ago": 1,
        # the night to the report's day: a day by convention only, so a weekday beats it
        # ("imposed an overnight curfew on Monday" is Monday)
        "lastnight": 1.5,
        "event": 2,
        "previous": 2,
        "week": 3,
        "weekpart": 3,
        "month": 3,
        "monthword": 3,
        "monthsago": 3,
        "yearsago": 3,
        "year": 3,
        "yearpart": 3,
        "half": 3,
    }
    values = [
        (_set_for(value, span, st) if span.kind == "date" else value, rtype)
        for span, rtype in sorted(spans, key=lambda s: order.get(s[0].kind, 4))
        if (value := st.time_value(span.text, lex.lang)).kind != "unknown"
    ]
    dated = any(v.date is not None and v.relation is None for v, _ in values)
    for value, rtype in values:
        if dated and _bare_relation(value):
            # "declared an emergency earlier this month after a drought dried up wells":
            # a bare "after <event>" gives no day, the month does (session 16, round 2)
            continue
        if best is None:
            best, ref_type = value, rtype
        elif _bare_relation(best) and _same_day_part(value):
            # "Nach dem Urteil protestierten am Abend Tausende", "after the vote, late in the
            # evening": the part of the day is that of the named event's day, not of the
            # event just before (session 17, h17-evB)
            best = replace(best, same_day=True, offset_days=0)
        elif best.relation is None and value.relation is not None:
            best = replace(
                best,
                relation=value.relation,
                ref=value.ref,
                offset_days=value.offset_days,
                same_day=value.same_day,
            )
            ref_type = rtype
    if best is not None:
        best = _in_named_year(best, spans, lex, st)
    return best, ref_type


def _bare_relation(value: TimeValue) -> bool:
    """Is the time only a relation to a named event, with no day of its own (``after a
    drought``, ``following the protests``: no offset, not the same day)? Such a phrase says
    in what order two things happened, not when; a month or a week the clause also names
    dates the event better than the named event's day, which may never be given."""
    return (
        value.kind == "event"
        and value.relation is not None
        and value.offset_days is None
        and not value.same_day
    )


def _same_day_part(value: TimeValue) -> bool:
    """Is the time a part of the day of the event before it, with no day of its own (``am
    Abend``, ``later that evening``: the same day, no offset, no weekday)?"""
    return (
        value.ref == "previous"
        and value.same_day
        and value.offset_days in (None, 0)
        and value.weekday is None
        and value.date is None
    )


def _in_named_year(
    best: TimeValue,
    spans: Sequence[tuple[TimeSpan, str | None]],
    lex: _Lexicon,
    st: _State,
) -> TimeValue:
    """``Two years ago on October 7``, ``vor drei Jahren am 5. Mai``, ``last year on
    June 3``: a day and month written without a year, beside words that name a whole
    calendar year, fall in that year; dateparser alone puts them in the latest such day
    before the anchor (this year's), nine days back instead of two years."""
    if (
        best.kind != "date"
        or best.precision != "day"
        or best.date is None
        or _YEAR.search(best.text)
    ):
        return best
    years = {
        (v.start[:4], v.end[:4])
        for sp, _ in spans
        if sp.kind in ("yearsago", "year")
        and (v := st.time_value(sp.text, lex.lang)).precision == "year"
        and v.start is not None
        and v.end is not None
    }
    if len(years) != 1:
        return best
    first, last = next(iter(years))
    if first != last or first == best.date[:4]:
        return best
    try:
        day = date.fromisoformat(best.date).replace(year=int(first))
    except ValueError:  # the 29th of February in a common year: no day
        return replace(
            best, date=None, precision="year", start=f"{first}-01-01", end=f"{first}-12-31"
        )
    return replace(best, date=day.isoformat())


def _fronted_relation_times(
    clause: _Clause, trig_i: int, spans: Sequence[tuple[TimeSpan, str | None]]
) -> Sequence[tuple[TimeSpan, str | None]]:
    """``Nach dem Brand in einem Markt am Samstag nahm die Polizei am Montag drei Männer
    fest``: a clause that opens with a relation to a named event (German puts no comma
    before the verb) may hold that event's day before the trigger; when a day also stands
    after the trigger, the days before it are the named event's, not the clause's."""
    toks = clause.tokens
    if not toks or trig_i >= len(toks):
        return spans
    first, at = toks[0].start, toks[trig_i].start
    if not any(sp.kind == "event" and sp.start == first for sp, _ in spans):
        return spans
    days = [sp for sp, _ in spans if sp.kind in _DAY_KINDS]
    if not any(sp.start > at for sp in days) or not any(sp.start < at for sp in days):
        return spans
    return [(sp, ref) for sp, ref in spans if not (sp.kind in _DAY_KINDS and sp.start < at)]


def _opens_with_time(clause: _Clause, times: Sequence[TimeSpan]) -> bool:
    """Does a time phrase of the sentence open the clause (``..., a day after an air strike
    killed four people``)? Then its article is the time phrase's, and the clause is no
    apposition."""
    first = clause.tokens[0].start if clause.tokens else -1
    return any(sp.start <= first < sp.end for sp in times)


def _dated_before_told(
    spans: Sequence[tuple[TimeSpan, str | None]], st: _State, sent: Sentence
) -> bool:
    """Does the clause's own time (else its sentence's; not one relative to another event)
    end before the day of every event told so far?

    Then a definite event noun in it (``At the start of the month, eight people had died in
    the floods``, ``On January 31, the crash of a cargo plane ...``) names an earlier event
    of that kind, not the one just reported: the date says so. A later date is not enough
    (``On Tuesday, the storm moved inland`` goes on telling the same storm)."""
    told = [r.time.date for r in st.raws if r.time is not None and r.time.date]
    if not told:
        return False
    own = [(sp, None) for sp, ref in spans if ref is None] or [
        (sp, None) for sp in st.sentence_times(sent)
    ]
    own = [(sp, ref) for sp, ref in own if sp.kind not in ("event", "previous")]
    if not own:
        return False
    value, _ = _pick_time(own, st.lex, st)
    if value is None or value.date is None or value.relation is not None:
        return False
    return (value.end or value.date) < min(told)


def _subjunctive_frame(clause: _Clause, st: _State, lex: _Lexicon) -> bool:
    """Does a subjunctive of this clause report speech: a verb of saying in another clause
    of the sentence, and no condition (a hypothetical word) there?"""
    if lex.reported_subjunctive.isdisjoint(clause.reading.fold_set):
        return False
    others = st.neighbours(clause)
    if any(not lex.hypothetical.isdisjoint(other.reading.fold_set) for other in others):
        return False
    if _has_frame(clause, others, lex):
        return True
    if not lex.reported_sources.isdisjoint(clause.reading.fold_set):
        return True  # "Augenzeugen zufolge hätten Soldaten ... geschossen": a source named
    return not others and _after_saying(clause, st, lex)


def _after_saying(clause: _Clause, st: _State, lex: _Lexicon) -> bool:
    """Is a sentence of one clause the next one of reported speech: a verb of saying in the
    sentence just before it, in the same paragraph? Wire copy goes on in the subjunctive
    without saying again who speaks (``..., teilte der Grenzschutz mit. Am Montag hätten
    Soldaten zudem einen Hirten entführt.``); the subjunctive there reports, as it does next
    to its verb of saying (session 22, round 2, h22-evde). A condition or a modal infinitive
    in the clause itself still makes it a possibility (:func:`_flags`)."""
    index = clause.sentence.index
    i = bisect.bisect_left([c.start for c in st.clauses], clause.start)
    before = []
    for c in reversed(st.clauses[max(0, i - _NEIGHBOURS - 1) : i]):
        if c.sentence.index != index - 1:
            break
        before.append(c)
    if not before or before[0].paragraph != clause.paragraph:
        return False
    return _has_frame(clause, before, lex)


def _reported_earlier(clause: _Clause, clauses: Sequence[_Clause], lex: _Lexicon) -> bool:
    """Is the clause reported speech about something done before the saying: a perfect
    subjunctive auxiliary (``[clauses] reported_earlier``: ``seien ... festgenommen
    worden``, ``habe ... befreit``) and a verb of saying in another clause of its sentence?
    Why: such an event's day is not told; the day of the event before it is another
    event's (the corpus convention: ``date_shape = "none"``). An event told in the
    indicative (``Die Polizei nahm 14 Demonstranten fest``), or tied to the event before by
    a word (``[clauses] reported_links``: ``hätten dabei ... festgenommen``), still shares
    that day."""
    folds = clause.reading.fold_set
    if not lex.reported_earlier & folds or lex.reported_links & folds:
        return False  # "hätten dabei zwölf Demonstranten festgenommen": the event before's day
    return _has_frame(clause, [c for c in clauses if c is not clause], lex)


def _has_frame(clause: _Clause, clauses: Sequence[_Clause], lex: _Lexicon) -> bool:
    """Is there a verb of saying in another clause of the same sentence (``clauses``)?"""
    # one pass in C over the words (a glob's remembered answer is a dictionary look-up)
    # (their words' texts: the other clauses' tokens are not built for it)
    words = chain.from_iterable(other.words for other in clauses)
    return any(map(lex.any_weak.match, words))


def _plural_anaphor(clause: _Clause, lex: _Lexicon) -> bool:
    """``Beide trafen sich``: a pronoun subject, i.e. not followed by a noun."""
    toks = clause.tokens
    if not toks or toks[0].fold not in lex.plural_anaphors:
        return False
    nxt = toks[1] if len(toks) > 1 else None
    return nxt is None or not (lex.nouns_capitalised and nxt.is_cap)


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


# A wire-copy dateline the header reader may not take: "GQEBERHA, South Africa, June 11
# (Reuters) -", "Arequipa, March 3, 2025 —", "Gulu, 4 May 2024:": a place, maybe a region, a
# date with a digit, maybe an agency, then a dash or a colon. Bounded repeats on the first
# line only: linear.
_DATELINE = re.compile(
    r"[ \t]*[^\W\d_][^,\n()]{0,40},(?:[ \t]*[^\W\d_][^,\n()]{0,30},)?"
    r"[ \t]*(?=[^\n()—–]{0,25}\d)[^\n()—–]{2,30}?(?:\d|\.|[^\W\d_])[ \t]*"
    r"(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|-{1,2}|:)[ \t]"
)


# the rest of a dateline with no date after the header's city: an agency in brackets and
# the closing dash ("KABUL (AP) — ")
_DATELINE_CLOSE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|-{1,2})[ \t]")


# a dateline with a date and an agency but no city (UPI's "Nov. 19 (UPI) -- ", "19 Nov (UPI)
# - "): its date is the report's, no time of the lead's event (session 16, h16-even)
_DATELINE_DATE_ONLY = re.compile(
    r"[ \t]*(?:[^\W\d_]{3,9}\.?[ \t]+\d{1,2}|\d{1,2}\.?[ \t]+[^\W\d_]{3,9}\.?)"
    r"(?:,[ \t]*\d{4})?[ \t]*\([^()\n]{1,30}\)[ \t]*(?:—|–|-{1,2})[ \t]"
)


def _dateline_span(doc: Document) -> tuple[int, int] | None:
    """Where the dateline is: the header's, else a dateline with a date at the very start.
    A header's dateline with no date ends past its agency and dash (``KABUL (AP) — A
    blast hit ...``: the lead's subject opens after it; session 15, round 2)."""
    h = doc.header
    if h.dateline_start is not None and h.dateline_end is not None:
        end = h.dateline_end
        m = _DATELINE.match(doc.text, h.dateline_start) or _DATELINE_CLOSE.match(doc.text, end)
        return (h.dateline_start, m.end() if m else end)
    m = _DATELINE.match(doc.text, h.body_start) or _DATELINE_DATE_ONLY.match(doc.text, h.body_start)
    if m is None:
        return _agency_stop_dateline(doc.text, h.body_start)
    return (m.start(), m.end())


# epd's and KNA's dateline: a town and an agency in brackets closed by a full stop ("<Ort>
# (KNA). In <Land> ist ..."); only a known agency (a party after a name, "Ana Ruiz (PPK).", is none)
_DATELINE_AGENCY_STOP = re.compile(
    r"[ \t]*[^\W\d_][^,.\n()]{0,40}?[ \t]*\(([^()\n]{1,30})\)\.[ \t]"
)
_AGENCY_FOLDS = frozenset(a.casefold() for a in AGENCIES)


def _agency_stop_dateline(text: str, start: int) -> tuple[int, int] | None:
    """The span of a dateline ``Ort (epd).`` at ``start``, else None: a wire report's lead
    after it tells the news (:func:`_dateline_lead`) as after ``Ort (dpa) -`` (session 23,
    round 2, h23-evde). Each part of the bracket (``sda/afp``) must be a known agency."""
    m = _DATELINE_AGENCY_STOP.match(text, start)
    if m is None or not all(
        part.strip().casefold() in _AGENCY_FOLDS for part in m.group(1).split("/")
    ):
        return None
    return (m.start(), m.end())


# a byline line is short: a few words, no sentence of its own
_BYLINE_WORDS = 12


def _byline_span(doc: Document, lex: _Lexicon) -> tuple[int, int] | None:
    """A first line that says where the reporter is (``From our correspondent in
    Nairobi``, ``Von unserem Korrespondenten in Nairobi``: a byline word of ``[places]
    bylines``, a few words, no sentence end), read as a dateline: its place is where the
    report was filed, the event's place only when the text names no other (step 4), never
    a locative phrase of the lead that the line runs into."""
    start = doc.header.body_start
    end = doc.text.find("\n", start, start + 200)
    if end < 0:
        return None
    line = doc.text[start:end].strip()
    words = line.split()
    if not words or len(words) > _BYLINE_WORDS or line[-1] in ".!?:":
        return None
    if not any(lex.bylines.match(w.strip(",")) for w in words):
        return None
    if any(lex.any_trigger.match(w.strip(",")) for w in words):
        return None  # "Reporters protest in X": a headline telling an event
    return (start, end)


def _home_country(st: _State) -> str | None:
    """The country code of the dateline's town (:func:`_dateline_place`), else None."""
    home = _dateline_place(st.dateline, st.places)
    return (home.country_code or None) if home is not None else None


def _dateline_place(span: tuple[int, int] | None, places: Sequence[Place]) -> Place | None:
    """The resolved place of the dateline (``GULU, May 4 (Reuters) -``): its first one."""
    if span is None:
        return None
    return next(
        (p for p in places if p.resolved and p.role == "name" and span[0] <= p.start < span[1]),
        None,
    )


# A statement is made where its speaker is, not where the story happened.
_NOT_CARRIED = frozenset({"statement", "court"})
# Types a state or its people do at home: with no place anywhere, the one country the clause
# names is the place (_carry_places); an attack or a launch may be abroad.
_AT_HOME = frozenset({"election", "strategic_development"})


def _sentence_amounts(raws: list[_Raw], doc: Document, lex: _Lexicon) -> None:
    """Numbers in the rest of an event's sentence belong to it until the next event's clause
    (``struck ..., killing at least 14 people and injuring 230``)."""
    for i, r in enumerate(raws):
        sent = r.clause.sentence
        stop = sent.end
        if i + 1 < len(raws) and raws[i + 1].clause.sentence.index == sent.index:
            stop = min(stop, raws[i + 1].clause.start)
        if stop > r.clause.end:
            for key, value in _quantities(doc.text, r.clause.end, stop, lex).items():
                r.amounts.setdefault(key, value)


def _dateline_anchor(doc: Document, span: tuple[int, int]) -> tuple[date | None, str | None]:
    """The dateline's date when it has a year (``Lima, March 3, 2025 —``); a day and month
    without a year say nothing without the header or ``--date``."""
    found = [
        t
        for t in find_times(doc.text[span[0] : span[1]], doc.language)
        if t.kind in ("date", "numeric")  # "LUSAKA, 12.03.2024 -" too
    ]
    if not found or not re.search(r"\d{4}", found[0].text):
        return None, None
    value = resolve_time(found[0].text, doc.language, None, None)
    return (date.fromisoformat(value.date), "day") if value.date else (None, None)


# how many days before the document's date a dateline's day may lie and still be the day
# the report was filed (a paper prints wire copy the next day or after a weekend)
_FILED_DAYS_BEFORE = 7


def _filed_day(
    doc: Document, span: tuple[int, int], anchor: date | None, precision: str | None
) -> date | None:
    """The dateline's day when it lies in the week before the document's date (``PRISTINA,
    10. Juni (dpa) - Gestern ...`` printed on 11 June): the day the report was filed, from
    which its ``heute``, ``gestern`` and weekdays count, not the day it was printed.
    ``None`` for a dateline without a day, one after the document's date or long before it
    (then the document's date stands). Session 15, round 2, h15-evde."""
    if anchor is None or precision != "day":
        return None
    found = [
        t
        for t in find_times(doc.text[span[0] : span[1]], doc.language)
        if t.kind in ("date", "numeric")
    ]
    if not found:
        return None
    value = resolve_time(found[0].text, doc.language, anchor, precision)
    if value.date is None or value.precision != "day":
        return None
    filed = date.fromisoformat(value.date)
    return filed if 0 < (anchor - filed).days <= _FILED_DAYS_BEFORE else None


def _lead_date(
    doc: Document, span: tuple[int, int] | None, anchor: date | None, precision: str | None
) -> tuple[int, str, str] | None:
    """(sentence, day, words) of the dateline's date: wire copy's lead reports that day
    when it names no other (``ACCRA, Sept 9 (AP) — ... declared``). A dateline without a
    day, or without a year and no anchor, gives nothing."""
    if span is None:
        return None
    found = [
        t
        for t in find_times(doc.text[span[0] : span[1]], doc.language)
        if t.kind in ("date", "numeric")  # "LUSAKA, 12.03.2024 -" too
    ]
    if not found:
        return _undated_lead(doc, span, anchor, precision)
    value = resolve_time(found[0].text, doc.language, anchor, precision)
    if value.date is None or value.precision != "day":
        return None
    lead = next((s.index for s in doc.sentences if s.start <= span[0] < s.end), None)
    if lead is None:
        return None
    told = _told_next(doc, lead, value.date, anchor, precision)
    return (lead, *told) if told else (lead, value.date, f"{found[0].text} (dateline)")


_NEXT_SENTENCE = " (next sentence)"


def _retold_lead_scene(raws: Sequence[_Raw], lex: _Lexicon) -> None:
    """A lead that took its day from the next sentence (:func:`_told_next`) and is placed
    only in a country or a region takes the town where that sentence tells an event of
    its own type, in the same paragraph and country: the sentence retells the lead with
    its details (``In <Land> sind bei einem Überfall ... getötet
    worden. Bewaffnete hätten das Lager am Rande der Stadt <Stadt> ... am Sonntagabend
    angegriffen``). Another kind of event, or a town of another country, leaves the lead
    where it was. Session 26 (h26-evde)."""
    for k, r in enumerate(raws):
        if (
            not (r.date_text or "").endswith(_NEXT_SENTENCE)
            or r.place is None
            or _precision_of(r.place, lex) == "point"
        ):
            continue
        nxt = r.clause.sentence.index + 1
        for o in raws[k + 1 :]:
            if o.clause.sentence.index != nxt:
                if o.clause.sentence.index > nxt:
                    break
                continue
            if (
                o.type == r.type
                and o.clause.paragraph == r.clause.paragraph
                and o.place is not None
                and _precision_of(o.place, lex) == "point"
                and o.place.country_code == r.place.country_code
            ):
                r.place, r.outside, r.place_method = o.place, o.outside, "carried"
                break


def _undated_lead(
    doc: Document, span: tuple[int, int], anchor: date | None, precision: str | None
) -> tuple[int, str, str] | None:
    """(sentence, day, words) of a lead under a dateline with no date (``Brüssel (AFP) - ...
    ist es die zweite Nacht in Folge zu Krawallen gekommen. Jugendliche errichteten in der
    Nacht zum Donnerstag Barrikaden``): the lead that names no day takes the day its next
    sentence tells (:func:`_told_next`), on or before the article's day, as under a dated
    dateline; the article's day itself is not the lead's (an undated dateline says nothing
    of the day). Session 25, round 2 (h25-evde)."""
    if anchor is None or precision != "day":
        return None
    lead = next((s.index for s in doc.sentences if s.start <= span[0] < s.end), None)
    if lead is None:
        return None
    told = _told_next(doc, lead, anchor.isoformat(), anchor, precision)
    return (lead, *told) if told else None


def _alone_in_paragraph(doc: Document, index: int) -> bool:
    """Is sentence ``index`` a paragraph of its own (a blank line before it or the text's
    start, and one after it)?"""
    here = doc.sentences[index]
    before = doc.text[: here.start].rstrip(" \t")
    opens = (
        index == 0
        or before.endswith("\n\n")
        or "\n\n" in doc.text[doc.sentences[index - 1].end : here.start]
    )
    return opens and (
        index + 1 >= len(doc.sentences)
        or "\n\n" in doc.text[here.end : doc.sentences[index + 1].start]
    )


def _told_next(
    doc: Document, lead: int, filed: str, anchor: date | None, precision: str | None
) -> tuple[str, str] | None:
    """(day, words) of a lead that names no day when the next sentence of its paragraph
    does: wire copy sums up first and tells the day next (``BUENOS AIRES, 11. Sept. (dpa)
    - ... ist es zu Ausschreitungen gekommen. Vermummte warfen am Mittwochabend ...``);
    the dateline is the day the report was filed. Not a sentence in the past perfect
    (``Bereits am Montag hatte ...``: another, earlier event), nor a span's start (``seit
    Freitag``)."""
    if lead + 1 >= len(doc.sentences):
        return None
    here, nxt = doc.sentences[lead], doc.sentences[lead + 1]
    if "\n\n" in doc.text[here.end : nxt.start] and not _alone_in_paragraph(doc, lead):
        return None  # a lead alone in its paragraph (wire style) goes on in the next one
    words = set(nxt.text.casefold().split())
    retold, earlier_words = retold_auxiliaries(doc.language)
    if (earlier_auxiliaries(doc.language) & words) - retold or (
        retold & words and earlier_words & words
    ):
        return None  # "hatte": an earlier event; "hätten" alone: the lead retold
    since = _lexicon(doc.language).since_prepositions
    for span in find_times(nxt.text, doc.language):
        if span.kind not in _DAY_KINDS:
            continue
        if span.text.split()[0].casefold() in since:
            # "seit Freitag", "since Friday": where a span began, not the lead's day
            # (session 25, round 2, h25-evde)
            return None
        value = resolve_time(span.text, doc.language, anchor, precision)
        if value.date is not None and value.precision == "day" and value.date <= filed:
            return value.date, f"{span.text}{_NEXT_SENTENCE}"
        return None
    return None


def _carry_places(raws: list[_Raw], dateline: Place | None, st: _State) -> None:
    """Events without a place of their own: the story's place carried over (the place of
    the event before, in the same paragraph or at most two sentences back; else a town
    named in the sentence right before, in the same paragraph, that reported no event with
    a place: ``Protesters gathered at the port of X on Sunday. Police fired tear gas at them
    the next day``), else the dateline city (wire copy files from where it happened when it
    names nothing else)."""
    for i, r in enumerate(raws):
        if (
            r.launcher is not None
            and r.place is not None
            and r.place.role == "derived"
            and r.place.country_code != r.launcher.country_code
        ):
            # "Nordkorea hat ... abgefeuert. Die Raketen seien vor der Westküste abgefeuert
            # worden" under a SEOUL dateline: the coast is the launching state's, not the
            # country the geoparser built "the west coast" of
            r.place, r.place_method = r.launcher, "country"
        if r.place is None and r.targeted and r.launcher is not None:
            # "North Korea fired a missile towards Japan": fired from its own territory
            r.place, r.place_method = r.launcher, "country"
        if (
            r.place is not None
            and r.place_method == "locative"
            and (scene := _scene_over_sayer(r, r.place, raws[:i], st)) is not None
        ):
            # "Herders cut the pipeline near A. Officials in B said troops arrested five of
            # them": B is where the officials speak from; the arrest is A's
            r.place, r.outside, r.place_method = scene.place, scene.outside, "carried"
            continue
        if r.place is not None and r.place_method == "locative" and _foreign_owned(r.place, st):
            # "in Kenya's western highlands" read as a Ugandan namesake town: the
            # owner says it is no such town; the event is placed as one with no place
            r.place, r.place_method = None, None
        if r.place is not None or r.targeted:
            _read_elsewhere(r, st)
            continue
        _carry_one(r, i, raws, dateline, st)
        unknown = _unknown_own_town(r, st)
        country = _town_adjective_country(r, unknown, st) if unknown is not None else None
        if country is not None and (
            r.place is None or r.place.country_code != country.country_code
        ):
            # "KAMPALA ... Gunmen killed four traders in the Congolese border town of X", X
            # not in the gazetteer: the clause says the town is in that country, so the
            # story's place or the dateline of another country is where it was not; the
            # country is what the text says (a place of the same country carried over
            # stays: the story's place is often near the town)
            r.place, r.place_method = country, "country"
        _read_elsewhere(r, st)


def _read_elsewhere(r: _Raw, st: _State) -> None:
    """An event the dateline placed takes the place the article gives for it elsewhere:
    the province or district the article names when its own clause names a village the
    gazetteer lacks (:func:`_enclosing_region`), else the town a describing sentence right
    after it names (:func:`_later_scene`).

    Why: the dateline says where the report was filed. A clause that names a village of its
    own says the event was not in the dateline's city; a sentence right after the event
    that reports none and opens with a definite article (``The blast ripped through a
    market on Tuesday. The town of A, 40 km from the capital, ...``) describes its scene.
    Held-out's commonest wrong place was the dateline (or a town carried over) while the
    right one stood elsewhere in the article (session 23, round 2, h23-evplace)."""
    if r.place is None or r.place_method != "dateline" or not _in_dateline(r.place, st):
        return  # not the report's dateline ("Montepuez - Hunderte demonstrierten ...")
    unknown = _unknown_own_town(r, st)
    found = (
        _enclosing_region(r, unknown, st) if unknown is not None else _later_scene(r, r.place, st)
    )
    if found is not None:
        r.place, r.outside, r.place_method = found, False, "carried"


# how many sentences after an unknown village's a province that holds it may be named
_ENCLOSING_AHEAD = 2


def _enclosing_region(r: _Raw, village: Place, st: _State) -> Place | None:
    """The nearest province, district or region (a resolved name coarser than a town, finer
    than a country) of the dateline's country that the article names around ``village``:
    after it in its sentence, in the next two sentences (``... outside the village of B.
    Police called it the deadliest in Y county ...``), else the latest one before it.

    Why: a reader who cannot place the village places the event in the unit the article
    puts it in (precision ``region``), not in the capital the report was filed from nor in
    the attackers' home town (``Raiders from A looted a depot outside the village of B``)."""
    home = r.place
    if home is None:
        return None

    text = st.doc.text

    def fits(p: Place) -> bool:
        return (
            p.resolved
            and p.role == "name"
            and p.kind != "country"
            and kind_info(p.kind).event_specificity < _POINT_SPECIFICITY
            and p.country_code == home.country_code
            and not _in_dateline(p, st)
            # a province of another event's sentence is that event's ("Last month floods
            # killed 20 in A county"), one after an origin or a neighbour word is where
            # the attackers came from ("had crossed from neighbouring A county"), not the
            # village's (session 24, h24-evplace)
            and (p.sentence == village.sentence or p.sentence not in st.sentences_with_event)
            and not _neighbouring(text, p, st.lex)
            and not _after_origin(text, p, st.lex)
        )

    index = village.sentence
    sentences = st.doc.sentences
    # the places from the village to the end of the last sentence looked at, and those
    # before it, nearest first: two look-ups in the sorted places, not a scan of all
    last = sentences[min(index + _ENCLOSING_AHEAD, len(sentences) - 1)].end if sentences else 0
    ahead = [
        p
        for p in st.places_between(village.start + 1, max(last, village.start + 1))
        if index <= p.sentence <= index + _ENCLOSING_AHEAD
    ]
    behind = reversed(st.places_between(0, village.start))
    return next((p for p in chain(ahead, behind) if fits(p)), None)


def _in_dateline(p: Place, st: _State) -> bool:
    """Does ``p`` stand in the report's dateline?"""
    return st.dateline is not None and st.dateline[0] <= p.start < st.dateline[1]


def _later_scene(r: _Raw, home: Place, st: _State) -> Place | None:
    """The town that the sentence right after ``r``'s names first (a province first says
    nothing of the scene), when that sentence
    reports no event, stands in the same paragraph, opens with a definite article
    (``[places] scene_openers``: it describes, ``The town of A ...``, ``The raid was the
    deadliest in A county ...``) and the town lies in the dateline's country and is not the
    dateline's own. A place after ``since``/``seit`` is a comparison's (``the worst since
    the floods in C``), not the scene's; a sentence with a time of its own tells another
    happening, not this one's scene."""
    sentences = st.doc.sentences
    index = r.clause.sentence.index
    if index + 1 >= len(sentences) or index + 1 in st.sentences_with_event:
        return None
    nxt = sentences[index + 1]
    text = st.doc.text
    if "\n" in text[r.clause.sentence.end : nxt.start]:
        return None  # a new paragraph
    words = _WORD.findall(nxt.text[:40].casefold())
    if not words or words[0] not in st.lex.scene_openers:
        return None
    if st.sentence_times(nxt):
        # "The town of A was hit by floods last year": a time of its own says it tells
        # another, older happening, not the scene of this one (any word that opens a
        # trigger was tried too: it also refused "... where most homes are built of ...")
        return None
    folded = _WORD.findall(nxt.text.casefold())
    if st.lex.scene_words and st.lex.scene_words.isdisjoint(folded):
        # "The city of A, where the movement began, stayed calm", "The union's leader, from
        # the town of A, said ...": a sentence that does not say where its town lies
        # compares or tells whose, it does not describe the scene (session 24, h24-evplace)
        return None
    cut = next(
        (
            m.start()
            for m in _WORD.finditer(nxt.text.casefold())
            if m.group() in st.lex.since_prepositions
        ),
        len(nxt.text),
    )
    for p in st.places_between(nxt.start, nxt.start + cut):
        if not p.resolved or p.role != "name" or p.kind == "country":
            continue
        if kind_info(p.kind).event_specificity < _POINT_SPECIFICITY:
            return None  # a province describes the story's setting, not its scene
        if p.country_code != home.country_code or p.id == home.id:
            return None
        return p
    return None


def _foreign_owned(place: Place, st: _State) -> bool:
    """Is ``place`` read right after another country's possessive (``Kenya's western
    highlands`` read as a Ugandan namesake), at most two small words between? The owner says
    which country the place lies in; a namesake elsewhere is not it."""
    if place.kind == "country" or place.country_code is None:
        return False
    text = st.doc.text
    for p in st.places_between(max(place.start - 40, 0), place.start):
        if p.kind != "country" or not p.country_code or p.country_code == place.country_code:
            continue
        gap = text[p.end : place.start]
        # a preposition in the gap says the possessive owns a noun, not the place
        # ("<Country>'s attack on A", "<Country>'s army in A"): A is the event's own
        if _OWNER_GAP.fullmatch(gap) and st.lex.prepositions.isdisjoint(
            _WORD.findall(gap.casefold())
        ):
            return True
    return False


# a possessive ending, then at most two lowercase words: bounded, no nesting
_OWNER_GAP = re.compile(r"(?:'s|’s|'|’)[ \t]+(?:[a-z][a-z-]{0,20}[ \t]+){0,2}")


# the close of a place that opens a sentence as a dateline does (``Montepuez - ...``,
# ``Odessa: ...``, ``Gulu (AFP) – ...``): maybe an agency in brackets, then a dash or a
# colon and a space. Bounded, anchored at the place's end: linear.
_LEAD_CLOSE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|-{1,2}|:)[ \t]")


def _lead_place(sent: Sentence, st: _State) -> Place | None:
    """The place a sentence opens with as a dateline opens a report (``Montepuez - Hunderte
    demonstrierten ...``, ``Tete: Am Mittwoch ...``, ``Gulu (AFP) - ...``), else None: a
    resolved name that is the sentence's first word, a dash or a colon right after it. Not
    the report's own dateline (:func:`_dateline_span` reads that one)."""
    text = st.doc.text
    first = (
        sent.start + len(text[sent.start : sent.end]) - len(text[sent.start : sent.end].lstrip())
    )
    if st.dateline is not None and st.dateline[0] <= first < st.dateline[1]:
        return None
    lead = next(
        (p for p in st.places_between(first, first + 1) if p.resolved and p.role == "name"),
        None,
    )
    if lead is None or not _LEAD_CLOSE.match(text, lead.end, sent.end):
        return None
    return lead


def _sayer_town(r: _Raw, place: Place, st: _State) -> bool:
    """Is ``place`` only the town of the one who tells of ``r``: named in the phrase of a
    sayer that opens ``r``'s sentence, maybe after a fronted time (``[places]
    capital_body_preps`` right before it and at most three words, no preposition first,
    one of them a sayer's noun of ``[places] sayer_nouns``, before that: ``Police in B``,
    ``Die Polizei in B``, ``On Tuesday, police in B``; not ``Auch in B gab es Proteste``),
    with a verb of saying after it within ``_SPEAKER_REACH`` tokens and ``r``'s trigger
    after the verb (``Officials in B said troops arrested five of them``, ``Die Behörden in
    B erklärten, Soldaten hätten ... festgenommen``)?"""
    lex = st.lex
    sent = r.clause.sentence
    if not sent.start <= place.start < sent.end or r.trigger_span is None:
        return False
    clause = _clause_at(place.start, st)
    if clause is None or clause.sentence.index != sent.index:
        return False
    toks = clause.tokens
    idx = clause.index_at(place.start)
    if idx < 2 or idx >= len(toks) or toks[idx - 1].fold not in lex.capital_body_preps:
        return False
    # the sayer's phrase opens the sentence, or follows a fronted time and its comma (``On
    # Tuesday, police in B said``); no aside between it and the town
    opens = next((k for k in range(idx - 1, 0, -1) if "," in toks[k].gap_before), 0)
    head = st.doc.text[sent.start : toks[opens].start]
    if head.strip() and not _only_time(head, sent.start, st, sent):
        return False
    if idx - opens > _SPEAKER_REACH + 1 or toks[opens].fold in lex.prepositions:
        return False
    if not any(lex.sayer_nouns.match(t.text) for t in toks[opens : idx - 1]):
        return False  # "Auch in B gab es Proteste": no sayer
    says = next(
        (
            k
            for k in range(idx + 1, min(idx + 2 + _SPEAKER_REACH, len(toks)))
            if lex.any_weak.match(toks[k].text)
        ),
        None,
    )
    return says is not None and toks[says].end <= r.trigger_span[0]


def _only_time(head: str, start: int, st: _State, sent: Sentence) -> bool:
    """Is ``head`` (the sentence's text from ``start``) only time expressions and
    punctuation (``On Tuesday,``, ``Am Dienstag``)?"""
    rest = head
    for t in st.sentence_times(sent):
        if t.end <= start + len(head):
            a, b = t.start - start, t.end - start
            if a >= 0:
                rest = rest[:a] + " " * (b - a) + rest[b:]
    return not any(ch.isalnum() for ch in rest)


def _scene_over_sayer(r: _Raw, place: Place, before: Sequence[_Raw], st: _State) -> _Raw | None:
    """The event before ``r`` whose place ``r`` takes instead of ``place``, the town its
    sayer speaks from (:func:`_sayer_town`), else None: an event at most
    ``_CONTEXT_SENTENCES`` sentences before, in the same paragraph, placed at another town
    that fits ``r``. Why: a police force or a navy that tells of an arrest or a dispersal
    at most two sentences after the story told where it happened speaks of that scene
    (``Herders cut the pipeline near A on Wednesday. Officials in B said troops arrested
    five of them``, ``A barge sank off A. Army commanders in B said they held its
    skipper``); with no such event just before, the sayer's town stays the place (``Police
    in B said they arrested eight men``: the police act where they are)."""
    if not _sayer_town(r, place, st):
        return None
    prev = next((o for o in reversed(before) if o.place is not None), None)
    if (
        prev is None
        or prev.place is None
        or prev.place.name == place.name
        or prev.clause.paragraph != r.clause.paragraph
        or r.clause.sentence.index - prev.last_sentence > _CONTEXT_SENTENCES
        or not _fits(r, prev.place)
    ):
        return None
    return prev


def _sentence_leads(raws: list[_Raw], st: _State) -> None:
    """An event in a sentence that opens with a place as a dateline does (``Montepuez -
    Hunderte Menschen demonstrierten am Mittwoch``, ``Nikopol: In der Nacht beschoss die
    Armee Wohnhäuser am Ufer des Flusses``) is at that place when its own clause names no
    place, or only a water (a town's river bank is the town's), or a place outside the
    sentence was taken for it (a back reference): the sentence names where it happened
    before anything else, so no place from outside it, the story's place carried over or
    the report's dateline, is the event's. Runs before :func:`_carry_places`, so the
    events carried from it take it too (session 20, round 3)."""
    leads: dict[int, Place | None] = {}
    for r in raws:
        sent = r.clause.sentence
        if sent.index not in leads:
            leads[sent.index] = _lead_place(sent, st)
        lead = leads[sent.index]
        if lead is None or r.targeted or r.place is lead:
            continue
        p = r.place
        if (
            p is None
            or not sent.start <= p.start < sent.end
            or (kind_info(p.kind).is_water and _precision_of(lead, st.lex) == "point")
        ):
            r.place, r.outside, r.place_method = lead, False, "dateline"


def _legislature_vote(r: _Raw, lex: _Lexicon) -> bool:
    """Is ``r`` a vote (``election.vote``: a bill passed, a law approved) by a legislature
    named before its trigger (``[places] legislatures``: ``Parliament approved the law``,
    ``Lawmakers passed the budget``)? A legislature votes where it sits, so the story's town
    of the sentence before is not carried to it; the dateline or the country is (as for
    :func:`_seated` acts). Session 17 (h17-evA)."""
    if r.type != "election" or r.sub_kind != "vote" or not lex.legislatures:
        return False
    at = r.trigger_span[0] if r.trigger_span is not None else r.clause.end
    return any(t.fold in lex.legislatures for t in r.clause.tokens if t.start < at)


def _carry_one(r: _Raw, i: int, raws: list[_Raw], dateline: Place | None, st: _State) -> None:
    """The story's place, the dateline or the country for ``raws[i]``, which has none of
    its own (the steps of :func:`_carry_places`)."""
    prev = next((o for o in reversed(raws[:i]) if o.place is not None), None)
    if dateline is not None and _town_site(r, dateline, st):
        # "rallied in Freedom Square", "met envoys at State House" in a paragraph that names
        # no town: the dateline town's site, not the town of the story before
        r.place, r.place_method = dateline, "dateline"
        return
    carried = (
        r.type not in _NOT_CARRIED
        or (r.country is None and _filed_abroad(raws[:i], dateline))
        or _local_authority(r, prev, st.lex)
        or _court_before(r, prev, st.lex)
    ) and not (_seated(r.trigger, st.lex) or _legislature_vote(r, st.lex))
    if carried and _talks_abroad(r, prev, dateline, st):
        carried = False  # "met Indonesian officials": where the state sits, not the scene
    if carried and prev is not None and r.type not in _NOT_CARRIED:
        prev = _scene_before_speaker(r, prev, raws[:i])
        prev = _recent_scene(r, prev, raws[:i])
    if carried and (subject := _subject_before(r, raws[:i], st)) is not None:
        r.place, r.place_method = subject, "carried"
        return
    if (
        carried
        and (frame := _saying_frame_place(r, st)) is not None
        and _scene_over_sayer(r, frame, raws[:i], st) is None
    ):
        r.place, r.place_method = frame, "carried"
        return
    if (own := _object_relative_place(r, st)) is not None:
        r.place, r.place_method = own, "carried"
        return
    if carried and (scene := _scene_of_sentence(r, raws, st)) is not None:
        r.place, r.outside, r.place_method = scene.place, scene.outside, "carried"
        if r.time is None and scene.time is not None and _coordinated_next(r, scene, st):
            # "shot dead nine traders and torched their lorries near X on Sunday": the
            # trailing time, like the place, belongs to both predicates
            r.time, r.time_ref_type = scene.time, scene.time_ref_type
        return
    if carried and (joined := _joined_part(r, raws[i + 1 : i + 2], st)) is not None:
        r.place, r.outside, r.place_method = joined.place, joined.outside, "carried"
        return
    if (
        carried
        and prev is not None
        and prev.place is not None
        and _fits(r, prev.place)
        and (
            prev.clause.paragraph == r.clause.paragraph
            or r.clause.sentence.index - prev.last_sentence <= _CONTEXT_SENTENCES
        )
    ):
        r.place, r.outside, r.place_method = prev.place, prev.outside, "carried"
    elif carried and (named := _named_just_before(r, prev, st)):
        r.place, r.place_method = named, "carried"
    elif (
        carried
        and dateline is not None
        and (scene := _story_scene(r, raws[:i], dateline)) is not None
    ):
        r.place, r.outside, r.place_method = scene.place, scene.outside, "carried"
    elif dateline is not None and (away := _unit_abroad(r, dateline, st)) is not None:
        # "NAIROBI - ... attacked the town of <a town the gazetteer lacks> in <region>":
        # the region or country the sentence names, not the hub the story was filed from
        r.place, r.place_method = away, "country"
    elif dateline is not None and _fits(r, dateline) and not _bureau(r, dateline):
        r.place, r.place_method = dateline, "dateline"
    elif not carried and r.country is not None:
        # "Tonga's prime minister declared a state of emergency": made in that country
        r.place, r.place_method = r.country, "country"
    elif r.launcher is not None:
        # "Pakistan test-fired a missile" with no site anywhere: a state launches from
        # its own territory, so the country is known even when the site is not
        r.place, r.place_method = r.launcher, "country"
    elif r.type in _AT_HOME and r.country is not None:
        # "Swiss voters rejected ...", "Chile arrested ..." with no place anywhere: a
        # vote or a state's act at home happens in the one country its clause names
        r.place, r.place_method = r.country, "country"


def _town_site(r: _Raw, dateline: Place, st: _State) -> bool:
    """Is ``r``, with no place of its own, at a named site of the dateline's town: does its
    clause name a site the geoparser could not place (``in <Name> Square``, ``at State
    House``, ``outside <Name> Palace``, ``auf dem <Name>-Platz``: capitalised words no place
    covers ending in one of ``[places] town_sites``, or joined to it by a hyphen, after a
    place preposition) in a paragraph that names no other place up to that clause?

    Why: wire copy names a square, a street, a palace or a stadium of the dateline's town
    without the town (a reader of a ``<CAPITAL> -`` story knows where ``Liberty Square``
    is). Such a site opening a paragraph moves the scene away from the town of the
    paragraph before; a paragraph that names a town (``In <Town>, police dispersed a crowd
    in Unity Square``) keeps the site there. The dateline must be a town (a point) that
    fits the clause (no other country named; not a capital that is only a launch's bureau).
    Cost: one pass over the clause's words and the paragraph's places per event with no
    place. Session 17 (h17-evplace's ``_town_site`` and h17-evA's landmark rule, one rule
    since round 2)."""
    lex = st.lex
    if (
        not lex.town_sites.patterns
        or _precision_of(dateline, lex) != "point"
        or not _fits(r, dateline)
        or _bureau(r, dateline)
    ):
        return False
    clause = r.clause
    toks = clause.tokens
    covered = _Spans(
        [(p.start, p.end) for p in st.places_between(clause.start, clause.end) if p.resolved]
    )
    site = False
    for k, tok in enumerate(toks):
        head, _, tail = tok.text.rpartition("-")
        if head and tail[:1].isupper() and lex.town_sites.match(tail):
            name_at = k  # "Maidan-Platz": the name and the site word in one
        elif (
            k > 0
            and tok.text[:1].isupper()
            and lex.town_sites.match(tok.text)
            and toks[k - 1].is_cap
        ):
            name_at = k - 1
        else:
            continue
        if not toks[name_at].text[:1].isupper() or covered.covers(toks[name_at].start):
            continue
        first = name_at
        while first > 0 and toks[first - 1].is_cap and not _site_cue(toks[first - 1].fold, lex):
            first -= 1
        j = first - 1
        while j >= 0 and toks[j].fold in lex.determiners:
            j -= 1
        if j >= 0 and _site_cue(toks[j].fold, lex):
            site = True
            break
    if not site:
        return False
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(st.doc.text, 0, clause.start)]
    start = breaks[-1] if breaks else 0
    return not any(
        p.resolved and p.role in ("name", "derived") and p.id != dateline.id
        for p in st.places_between(start, clause.end)
    )


def _site_cue(fold: str, lex: _Lexicon) -> bool:
    """Is ``fold`` a word that puts what follows at a place (``in``, ``at``, ``on``,
    ``outside``, ``auf``): a preposition of the actors' or the places' lexicon?"""
    return fold in lex.prepositions or fold in lex.cues or fold in lex.outside


def _talks_abroad(r: _Raw, prev: _Raw | None, dateline: Place | None, st: _State) -> bool:
    """Is ``r`` a meeting with another state's people (``met Indonesian officials``, ``held
    talks with his Bahraini counterpart``, ``empfing eine Delegation aus Mali``), with no
    place of its own, after an event that was no journey?

    Such talks are held where the host state sits, which a wire story filed from that
    state's capital gives by its dateline; the scene of the disaster or the clash told
    before is not where a minister receives a foreign delegation. The guest's country
    names who came, not where. The rule: a meeting whose clause names, after its trigger,
    a country or a country's adjective other than the dateline's is not carried from the
    event before, unless that event was a journey (``flew to X. He met the Y president``
    is in X). It then takes the dateline (or, with none, the country its clause names) as
    a statement does. Cost: one pass over the clause's places per meeting with no place."""
    if r.type != "meeting" or dateline is None or not dateline.country_code:
        return False
    if prev is not None and prev.type == "travel":
        return False
    clause = r.clause
    after = r.trigger_span[1] if r.trigger_span else clause.start
    return any(
        p.resolved
        and p.country_code
        and p.country_code != dateline.country_code
        and (p.kind == "country" or p.role == "adjective")
        and after <= p.start < clause.end
        for p in st.places
    )


def _spoken_at(o: _Raw) -> bool:
    """Was ``o`` a statement or a court action placed by its own phrase (``The government
    in X declared a state of emergency``, ``Der Präsident rief in X den Notstand aus``)?
    Its place is where the speaker or the court sits, not the story's scene."""
    return o.type in _NOT_CARRIED and o.place_method == "locative"


def _scene_before_speaker(r: _Raw, prev: _Raw, before: Sequence[_Raw]) -> _Raw:
    """The event to carry a place from for ``r``, which is no statement and has no place
    of its own, when the event right before it is a statement made elsewhere
    (:func:`_spoken_at`): the latest event before that statement that happened somewhere,
    when it is as near as a carried place may be (same paragraph or at most two sentences
    back); else ``prev`` as before.

    ``Floods swept through A on Monday. The government in B declared a state of emergency.
    On Tuesday, a second wave of floods hit`` is at A: the statement says where the capital
    spoke from, and a story told between the scene and its follow-up does not move the
    scene there (fifteenth session; before, the second flood was carried to B)."""
    if not _spoken_at(prev):
        return prev
    for o in reversed(before):
        if o.place is None or o is prev:
            continue
        if _spoken_at(o):
            continue
        near = (
            o.clause.paragraph == r.clause.paragraph
            or r.clause.sentence.index - o.last_sentence <= _CONTEXT_SENTENCES
        )
        return o if near and _fits(r, o.place) else prev
    return prev


# how many days before a carried event the event it inherits from may lie before an event
# nearer in time is preferred (_recent_scene)
_BACKGROUND_DAYS = 7


def _raw_day(r: _Raw) -> date | None:
    """The day ``r``'s own time expression gives, else None."""
    if r.time is None or r.time.date is None:
        return None
    try:
        return date.fromisoformat(r.time.date)
    except ValueError:
        return None


def _recent_scene(r: _Raw, prev: _Raw, before: Sequence[_Raw]) -> _Raw:
    """The event to carry a place from for ``r`` when the event right before it is
    background, dated more than ``_BACKGROUND_DAYS`` before ``r``'s own day: the latest
    event of ``r``'s paragraph before it that is dated within that many days of ``r``, else
    ``prev`` as before. ``Protesters clashed with police in A on Monday. The protests began
    last month in B. Police arrested 40 people on Tuesday`` is at A: the story's scene is
    the event of the days around the arrest, not the history told between (session 22,
    round 2)."""
    day, was = _raw_day(r), _raw_day(prev)
    if day is None or was is None or (day - was).days <= _BACKGROUND_DAYS:
        return prev
    for o in reversed(before):
        if o is prev or o.place is None:
            continue
        if o.clause.paragraph != r.clause.paragraph:
            break
        then = _raw_day(o)
        if then is not None and 0 <= (day - then).days <= _BACKGROUND_DAYS:
            return o if _fits(r, o.place) else prev
    return prev


def _unknown_own_town(r: _Raw, st: _State) -> Place | None:
    """A town the event's own clause names in a locative phrase with a feature word before
    it (``in the border town of X``, ``near the village of X``, ``in der Kleinstadt X``)
    that the geoparser could not resolve (the gazetteer lacks it), if any.

    Why: such a clause tells where the event happened, and a country's adjective in the
    town's phrase says in which country (:func:`_town_adjective_country`). A bare
    unresolved name (no feature word, no place preposition) may be anything and does not
    count."""
    clause = r.clause
    toks = clause.tokens
    for p in st.places:
        if (
            p.resolved
            or p.role != "name"
            or p.kind != "city"
            or p.sentence != clause.sentence.index
            or not clause.start <= p.start < clause.end
        ):
            continue
        idx = clause.index_at(p.start)
        if idx < len(toks) and _feature_before(toks, idx, st.lex) and _cue(toks, idx, st.lex):
            return p
    return None


_TOWN_ADJECTIVE_GAP = 6  # tokens from a country's adjective to its town's name


def _town_adjective_country(r: _Raw, town: Place, st: _State) -> Place | None:
    """The country whose adjective stands in ``town``'s own phrase (``the Costa Rican border
    town of X``, ``in der kenianischen Kleinstadt X``: its first word at most six words before
    the name),
    as a country Place. Here the adjective says where the town is, not whose people
    (``Bolivian diplomats``), which is why it counts only right before the town's name."""
    clause = r.clause
    at = clause.index_at(town.start)
    # the town's preposition: an adjective before it modifies another noun (``clashed
    # with an Israeli unit near the village of X``: the unit's, not the village's)
    cue = _cue_index(clause.tokens, at, st.lex)
    if cue is None:
        return None
    best: Place | None = None
    for p in st.places:
        if (
            p.role == "adjective"
            and p.resolved
            and p.kind == "adjective"
            and clause.start <= p.start
            and p.end <= town.start
            and cue < clause.index_at(p.start)
            and at - clause.index_at(p.start) <= _TOWN_ADJECTIVE_GAP
        ):
            best = p
    if best is None:
        return None
    return replace(best, kind="country", role="name", source="context", confidence=0.6)


# Types that follow up a story's scene where it happened: arrests, protests and strikes
# over it, riots (session 13, h-evwde)
_FOLLOW_UPS = frozenset({"strategic_development", "protest", "riot"})
# how near the dateline an event must be placed to be told from the dateline's city
_AT_DATELINE_KM = 50.0


def _story_scene(r: _Raw, before: Sequence[_Raw], dateline: Place) -> _Raw | None:
    """``Moskau (dpa) - Bei einer Explosion ... in der dagestanischen Hauptstadt X ...``, then
    paragraphs later ``Ermittler nahmen am Freitag den Betreiber ... fest``: the lede's own
    scene when no event so far happened at the dateline's city. Then the dateline is the
    bureau the story was filed from (Moscow for Dagestan, a regional capital for a mine in
    its hinterland), and a follow-up with no place of its own (an arrest, a strike, a
    protest: ``_FOLLOW_UPS``) happened where the story did. A story with any event at the
    dateline keeps the dateline for them (``NAIROBI, ... police fired tear gas ...``)."""
    if r.type not in _FOLLOW_UPS or not before or dateline.lat is None or dateline.lon is None:
        return None
    lede = before[0]
    if lede.place is None or lede.place_method != "locative" or not _fits(r, lede.place):
        return None
    for o in before:
        p = o.place
        if o.place_method == "dateline" or (
            p is not None
            and p.lat is not None
            and p.lon is not None
            and geodesic_km(p.lat, p.lon, dateline.lat, dateline.lon) < _AT_DATELINE_KM
        ):
            return None
    return lede


def _joined_part(r: _Raw, after: Sequence[_Raw], st: _State) -> _Raw | None:
    """``Police arrested three men on Tuesday after a bomb exploded at a bus station in X``:
    the event of the other part of the same clause, split at the coordinator between them
    (``after``, ``and``, ``nachdem``), when it has a place and the event has none. What
    followed the bomb in X happened there; the story told before is further away than the
    clause's other half."""
    if not after:
        return None
    nxt = after[0]
    if nxt.place is None or nxt.clause.sentence.index != r.clause.sentence.index:
        return None
    between = st.doc.text[r.clause.end : nxt.clause.start].split()
    if len(between) != 1 or between[0].casefold() not in st.lex.coordinators:
        return None
    return nxt if _fits(r, nxt.place) else None


# how far a relative clause on the event's object may reach for its place (characters)
_OBJECT_RELATIVE_REACH = 160


def _object_relative_place(r: _Raw, st: _State) -> Place | None:
    """``Police fired tear gas on Monday at traders who were protesting in X``, ``Police
    detained on Tuesday 40 miners who were marching in X``: a relative clause on the
    object, with no comma before its pronoun (``[clauses] person_relatives``), that was cut
    from the event's clause because that clause has a day of its own (:func:`_relative_cuts`)
    says where those people were as it happened; its place after a place preposition
    (``[places] cues``, not an origin or a goal) is the event's when the event's own clause
    names none. Before, such an event took the place of the sentence before or none.
    Not a relative clause in the past perfect (``two men who had robbed a bank in X``: an
    earlier act, maybe elsewhere), nor past the relative clause's first comma. Session 26
    (h26-even)."""
    lex = st.lex
    text = st.doc.text
    sent = r.clause.sentence
    start = r.clause.end
    if not lex.person_relatives or start >= sent.end:
        return None
    window = text[start : min(sent.end, start + _OBJECT_RELATIVE_REACH)]
    first = window.lstrip()
    if "," in window[: len(window) - len(first)] or not first.startswith(lex.person_relatives):
        return None
    opened = start + len(window) - len(first)
    words = unit_words(text, opened, opened + len(first))
    if not words or words[0].casefold() not in lex.person_relatives:
        return None
    stop = first.find(",")
    end = opened + (len(first) if stop < 0 else stop)
    own = unit_words(text, opened, end)
    aux = earlier_auxiliaries(lex.lang)
    if any(w.casefold() in aux for w in own):
        return None
    usable = lex.cues - lex.origins - lex.journey_preps
    for p in st.places_between(opened, end):
        if not p.resolved or p.role != "name" or not _fits(r, p):
            continue
        before = unit_words(text, opened, p.start)
        if before and before[-1].casefold() in usable:
            return p
    return None


def _scene_of_sentence(r: _Raw, raws: Sequence[_Raw], st: _State) -> _Raw | None:
    """Another event of ``r``'s own sentence, of its type or a related one (``[time.
    relative] related_types``), placed by its own locative phrase: ``NAIROBI, ... Police
    fired tear gas at protesters on Tuesday after thousands marched through the port city
    of X`` (both protest), ``Bandits killed five herders on Monday, and police said the
    attack took place near the town of Y``, ``Bei einem Busunglück starben 14 Menschen,
    nachdem der Bus in der Region Z in eine Schlucht gestürzt war``. Why: one sentence tells
    one scene; the clause that names the place names it for the whole sentence's event, and
    the dateline (the bureau) or a sentence before is weaker evidence than the sentence
    itself. An event of an unrelated type keeps to the later steps (``The president signed
    the bill, a week after protesters rallied in X`` is not in X), and so does one the
    sentence tells on another day (``signed a treaty on Thursday, two days after a patrol
    boat seized a longliner off Y``: two scenes, :func:`_other_day`). A predicate
    coordinated right after the event's, of any type, shares its place too: ``RSF gunmen
    killed 14 villagers and burned homes in Z`` (a locative phrase at the end of two
    coordinated predicates belongs to both)."""
    lex = st.lex
    sent = r.clause.sentence.index
    for o in raws:
        if o is r or o.clause.sentence.index != sent or o.place is None:
            continue
        if o.place_method != "locative" or not _fits(r, o.place) or _other_day(r, o):
            continue
        if (
            o.type == r.type
            or _refers_to(r.type, (o.type,), lex)
            or _refers_to(o.type, (r.type,), lex)
            or _coordinated_next(r, o, st)
            or _circumstance_of(r, o, st)
        ):
            return o
    return None


# how many words may stand between the preposition that opens a circumstance phrase and its
# event noun ("in a dawn raid", "bei einer nächtlichen Razzia")
_CIRCUMSTANCE_REACH = 3


def _circumstance_of(r: _Raw, o: _Raw, st: _State) -> bool:
    """Is ``o`` an event noun in a phrase that says how or in what ``r`` happened, a clause
    of ``r``'s sentence after ``r``'s own that opens with a place preposition and the noun
    within a few words (``Troops freed three aid workers on Monday who had been held since
    March, in a dawn raid on a camp near X``, ``Die Polizei befreite am Dienstag eine
    Unternehmerin, bei einer Razzia in Y``)? The phrase is ``r``'s adverbial, whatever type
    the noun has: the raid is how they were freed, so where the raid was is where. Session
    21: the event's own sentence named its place in that phrase, and a place carried from
    the paragraph before was taken instead. A verb event after the comma is a clause of its
    own and is not read so."""
    if o.pos != "noun" or o.clause.start < r.clause.end or o.trigger_span is None:
        return False
    words = o.clause.words
    if not words or words[0].casefold() not in st.lex.cues:
        return False
    before = st.doc.text[o.clause.start : o.trigger_span[0]].split()
    return 1 <= len(before) <= _CIRCUMSTANCE_REACH


def _coordinated_next(r: _Raw, o: _Raw, st: _State) -> bool:
    """Is ``o`` the predicate coordinated right after ``r``'s, sharing its subject (only a
    coordinator between their clauses, no actor of its own: ``killed 14 villagers and
    burned homes``)?"""
    if o.own_actors or o.clause.start < r.clause.end:
        return False
    between = st.doc.text[r.clause.end : o.clause.start].split()
    return len(between) == 1 and between[0].casefold() in st.lex.coordinators


def _other_day(r: _Raw, o: _Raw) -> bool:
    """Are ``r`` and ``o`` told on different days: one counted from another (``two days
    after``), or both on a day of their own and not the same one? One told only as before
    or after the other (``nachdem der Bus ... gestürzt war``, ``after thousands marched``)
    is the same scene told in order, whatever day its own words would give."""
    a, b = r.time, o.time
    if any(t is not None and t.offset_days for t in (a, b)):
        return True
    if any(t is not None and t.relation is not None for t in (a, b)):
        return False
    return a is not None and b is not None and a.date is not None and a.date != b.date


def _local_authority(r: _Raw, prev: _Raw | None, lex: _Lexicon) -> bool:
    """``Drohnen griffen die Stadt X an. ... Die Militärverwaltung ordnete am Freitag die
    Evakuierung von elf Dörfern an``: a statement by a town's or a district's own
    administration (``[places] local_authorities``, the noun opening the clause), with
    no place of its own, is made where the event before it in the same paragraph happened,
    not at the dateline (the bureau in the capital). A national body's statement keeps the
    dateline, as every statement did before (``_NOT_CARRIED``)."""
    if r.type != "statement" or prev is None or prev.place is None:
        return False
    if prev.clause.paragraph != r.clause.paragraph or prev.place.kind == "country":
        return False
    toks = r.clause.tokens
    if not toks or toks[0].fold in lex.prepositions:
        return False  # "Nach Angaben der Behörden ...": a source, not the subject
    # the subject opening the clause: its first words past the article ("Die örtliche
    # Verwaltung", "The district administration")
    start = 1 if toks[0].fold in lex.determiners else 0
    return any(lex.local_authorities.match(t.text) for t in toks[start : start + 3])


def _court_before(r: _Raw, prev: _Raw | None, lex: _Lexicon) -> bool:
    """``A court in A sentenced a former mayor on Tuesday. The court acquitted two
    officials``: a court's act with no place of its own whose clause names the court with a
    definite article (``[places] court_nouns``: ``the court``, ``das Gericht``, ``the
    judge``) is an act of the court the event right before told with its town: the same
    paragraph, at most two sentences back, a court's act placed at a point (not a country).
    Before, every court's act with no place took the dateline (``_NOT_CARRIED``: a court
    sits where it sits, often the capital the story is filed from); the definite noun says
    it is the court just named. So is a court's act coordinated with an event of any kind
    placed in its own sentence after its trigger (``Police detained the owner in A on
    Sunday, and prosecutors charged him on Tuesday``), not at its subject's seat (``Police
    in A arrested six men and prosecutors charged them``: session 16's table test). Session
    19, round 3 (h19-events)."""
    if r.type != "court" or prev is None or prev.place is None:
        return False
    if prev.clause.paragraph != r.clause.paragraph or prev.place.kind == "country":
        return False
    if prev.clause.sentence.index == r.clause.sentence.index:
        # "Police detained him in A, and prosecutors charged him on Tuesday"; not the seat
        # of the part's own subject ("Police in A arrested six men and prosecutors charged
        # them": the prosecutors are not the police in A)
        return prev.trigger_span is not None and not (
            prev.clause.start <= prev.place.start < prev.trigger_span[0]
        )
    if prev.type != "court":
        return False
    if not 0 <= r.clause.sentence.index - prev.clause.sentence.index <= 2:
        return False
    toks = r.clause.tokens
    return any(
        lex.court_nouns.match(t.text) and _definite(toks, k, lex) for k, t in enumerate(toks)
    )


def _seated(trigger: str, lex: _Lexicon) -> bool:
    """Is ``trigger`` an act done where an office or a body sits (``[places] seated``), matched
    by its first word (``convened``) or as a whole split verb (``trat ... zurück``: not every
    ``trat``)?"""
    return lex.seated.match(trigger.split()[0]) or lex.seated.match(trigger)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _saying_frame_place(r: _Raw, st: _State) -> Place | None:
    """``Die Polizei in Kano teilte am Dienstag mit, sie habe acht Männer festgenommen``,
    ``Officials in X said, the army had ...``: an event told in the clause right after a
    verb of saying of its sentence, with no place of its own, is where the sayer's own
    locative phrase puts it (the police in Kano detained in Kano), as the English clause
    with no comma already reads it (``Police in Kano said they had detained``). Only the
    saying clause that ends where the event's begins, and only its own locative place (not
    the dateline's). An undated event told in the Konjunktiv II gets none: it may be a
    counterfactual (``bei einer fairen Wahl hätte sie gewonnen``), see :func:`_sayer_place`."""
    if (r.time is None or r.time.date is None) and any(
        t.fold in st.lex.reported_subjunctive for t in r.clause.tokens
    ):
        return None
    sent = r.clause.sentence.index
    for w in st.weak:
        if (
            w.clause.sentence.index == sent
            and w.place is not None
            and w.place_method == "locative"
            and w.clause.end <= r.clause.start
            and not st.doc.text[w.clause.end : r.clause.start].strip(" ,;:\n")
        ):
            return w.place
    return _sayer_place(r, st)


def _sayer_place(r: _Raw, st: _State) -> Place | None:
    """``Die Polizei in Quetta teilte mit, Unbekannte hätten ... angegriffen``: a saying
    clause with no day of its own is no weak event (an undated verb of saying is placed only
    by a place right after it), so :func:`_saying_frame_place` finds none; its sayer's own
    locative phrase (a preposition, then the town, before the verb of saying) still says
    where the police or the authorities are, and the event they tell of with no place of its
    own is there. Only the clause that ends where the event's begins, in its sentence, not
    the dateline (session 14, h-evde). Only an event with a day of its own: told with one it
    is news (``hätten am Montag ... festgenommen``); told without one a subjunctive may be
    a counterfactual (``bei einer fairen Wahl hätte sie gewonnen``), which no place should
    rescue."""
    if r.time is None or r.time.date is None:
        return None
    sent = r.clause.sentence
    text = st.doc.text
    end = len(text[sent.start : r.clause.start].rstrip(" ,;:\n")) + sent.start
    if end <= sent.start:
        return None
    frame = _clause_at(end - 1, st)
    if frame is None or frame is r.clause or frame.sentence.index != sent.index:
        return None
    if text[frame.end : r.clause.start].strip(" ,;:\n"):
        return None
    lex = st.lex
    toks = frame.tokens
    says = next((k for k, t in enumerate(toks) if lex.any_weak.match(t.text)), None)
    if says is None:
        return None
    dateline = st.dateline
    for p in st.places_between(frame.start, toks[says].start):
        if not p.resolved or p.role != "name":
            continue
        if dateline and dateline[0] <= p.start < dateline[1]:
            continue
        k = frame.index_at(p.start)
        # "Die Polizei in X", not "Nach Angaben aus X": the preposition follows the sayer
        if (
            1 < k < says
            and toks[k - 1].fold in lex.prepositions
            and toks[k - 2].fold not in lex.prepositions
        ):
            return p if _fits(r, p) else None
    return None


def _subject_before(r: _Raw, before: Sequence[_Raw], st: _State) -> Place | None:
    """The town that is the subject of the event's clause, cut from it by an aside: ``The
    port city of A, about 100 km east of B, reported flooding``, ``A, eine Stadt mit 10.000
    Einwohnern, meldete Überschwemmungen``. The clause opens after a comma with a lower-case
    word that is no article or preposition (the predicate resumed), no event of the
    sentence stands before it, and the first town of the sentence before the clause (not
    the dateline, not a point a distance is measured from, not in a prepositional phrase
    but after a feature word: ``the eruption of Mount X`` is about an eruption) is its
    subject."""
    clause = r.clause
    toks = clause.tokens
    if not toks or toks[0].is_cap or toks[0].fold in st.lex.determiners:
        return None
    if toks[0].fold in st.lex.prepositions:
        return None
    sent = clause.sentence
    if not st.doc.text[sent.start : clause.start].rstrip().endswith(","):
        return None
    if any(o.clause.sentence.index == sent.index for o in before):
        return None
    dateline = st.dateline
    for p in st.places_between(sent.start, clause.start):
        if not p.resolved or p.role != "name":
            continue
        if dateline and dateline[0] <= p.start < dateline[1]:
            continue
        if _precision_of(p, st.lex) != "point" or _no_scene(p, st):
            continue  # "Kenya's port of A, ...": the town; "The town, 100 km from B,": none
        home = _clause_at(p.start, st)
        if home is None:
            return None
        idx = home.index_at(p.start)
        toks_p = home.tokens
        if _after_preposition(toks_p, idx, st.lex) and not _feature_before(toks_p, idx, st.lex):
            return None  # "The last eruption of Mount X, in 2010, killed": not the subject
        return p if _fits(r, p) else None
    return None


def _named_just_before(r: _Raw, prev: _Raw | None, st: _State) -> Place | None:
    """The town (a place of ``point`` precision) named last in the sentence right before
    the event's, in its paragraph, when no event with a place was read from that sentence
    (the scene was set without an event: ``Protesters gathered at the port of X``)."""
    sent = r.clause.sentence
    if sent.index == 0 or (prev is not None and prev.last_sentence >= sent.index - 1):
        return None
    before = st.doc.sentences[sent.index - 1]
    if _PARAGRAPH_BREAK.search(st.doc.text, before.end, r.clause.start):
        return None  # only the gap between the two sentences is read
    dateline = st.dateline
    for p in reversed(st.places_between(before.start, before.end)):
        if not p.resolved or p.role != "name" or _precision_of(p, st.lex) != "point":
            continue
        if (dateline and dateline[0] <= p.start < dateline[1]) or _no_scene(p, st):
            continue
        if r.type in _AT_A_SITE and p.kind != "facility" and not _after_site_noun(p, st):
            # "The satellite was built at a plant in X. A rocket lifted off": a launch is
            # at its site, and a town named for something else is none
            return None
        return p if _fits(r, p) else None
    return None


def _filed_abroad(before: Sequence[_Raw], dateline: Place | None) -> bool:
    """Is the dateline in another country than every placed event before (``DAKAR, ...
    Soldiers stormed the palace in <a neighbour's capital>. On Monday a colonel declared
    himself president on state television``)? Then the dateline is where the report was
    filed, and a statement or a ruling with no place of its own belongs to the story's
    country, not to the bureau's city (the reason statements are otherwise not carried:
    a minister speaks from the capital the dateline names). One event in the dateline's
    country makes it the story's (an agreement signed abroad is an aside)."""
    if dateline is None or not dateline.country_code:
        return False
    codes = {r.place.country_code for r in before if r.place is not None}
    return bool(codes) and None not in codes and dateline.country_code not in codes


# kinds of place that stand for a story's scene when its town is not found: the model's
# containers (a continent has no country and is never one country's unit)
_ABROAD_UNITS = kinds_where("contains_places")


def _unit_fineness(kind: str | None) -> tuple[int, bool, bool]:
    """Sort key of a container kind, finest first, from the model's table: an event at it
    located more precisely (a region before a country), then one the map zooms to (a
    district before an admin-1 region, drawn as an area), then a local one (a second-level
    unit)."""
    info = kind_info(kind or "country")
    return (-info.event_specificity, info.map_area, not info.local)


def _unit_abroad(r: _Raw, dateline: Place, st: _State) -> Place | None:
    """The region, province or country of another country than the dateline's that
    ``r``'s sentence names, when the sentence also names a town the gazetteer does not know:
    ``NAIROBI - Troops retook <town> in <region>`` (town unknown) is in that region, and
    ``Somali troops killed ... in the town of <town>`` in Somalia, not at the Kenyan
    hub the story was filed from. The finest such unit of the one foreign country; none
    when the sentence names units of two countries or of the dateline's own."""
    home = dateline.country_code
    sent = r.clause.sentence
    here = [p for p in st.places if sent.start <= p.start < sent.end]
    if not home or not any(not p.resolved and p.kind == "city" for p in here):
        return None
    units = [
        p
        for p in here
        if p.resolved and p.country_code and p.kind in _ABROAD_UNITS and p.role != "adjective"
    ]
    if len({p.country_code for p in units}) != 1 or units[0].country_code == home:
        return None
    return min(units, key=lambda p: (_unit_fineness(p.kind), p.start))


def _bureau(r: _Raw, dateline: Place) -> bool:
    """Is the dateline a capital that only says where the report was filed, for an event
    that happens at a site of its own? ``SEOUL, ... North Korea fired a missile``,
    ``BEIJING, ... China launched a crew``: the launch is not in the capital (a dateline
    that is no capital, ``KOUROU, ...``, may be the launch site)."""
    return r.type in _AT_A_SITE and _is_capital(dateline)


def _office_countries(clause: _Clause, places: Sequence[Place], lex: _Lexicon) -> frozenset[str]:
    """The countries of a country adjective right before the title of an office that acts
    from home (``Der ghanaische Präsident empfing ...``, ``the Kenyan foreign minister
    met ...``): a place carried from another country's story does not fit the clause. An
    adjective elsewhere says only whose (``Zimbabwean migrants``)."""
    toks = clause.tokens
    firsts = lex.home_office_firsts
    out: set[str] = set()
    for k in range(len(toks) - 1):
        # most words open no title: one set test before comparing each title's words
        if toks[k + 1].fold not in firsts or not any(
            tuple(t.fold for t in toks[k + 1 : k + 1 + len(o)]) == o for o in lex.home_offices
        ):
            continue
        here = next(
            (p for p in places if p.role == "adjective" and p.start <= toks[k].start < p.end),
            None,
        )
        cc = here.country_code if here is not None else _demonym(toks[k], lex)
        if cc:
            out.add(cc)
    return frozenset(out)


def _one_country(places: Sequence[Place]) -> Place | None:
    """The clause's country Place when it names places of one country only. A country's
    adjective says whose people or things, not where (``Chile expelled two Bolivian
    diplomats`` names Chile only)."""
    named = [p for p in places if p.resolved and p.country_code and p.role != "adjective"]
    if len({p.country_code for p in named}) != 1:
        return None
    return next((p for p in named if p.kind == "country"), None)


def _trailing_place(clause: _Clause, st: _State, previous: _Raw) -> None:
    """``... gunmen stormed a village in northern Burkina Faso, near the town of Djibo``: a
    clause of the event's own sentence that only holds a place phrase (it opens with a place
    preposition, it has no trigger) places the event more finely when the event stands in
    a country or a province that holds it (same country); a direction (``20 km north of
    X``) says near, not at."""
    place = previous.place
    share = _share_opener(clause, st.lex)
    if share and clause.sentence.index == previous.clause.sentence.index:
        # "killed 19 people, most of them in the oasis town of X": where the toll fell is
        # the event's place on a map, finer than a region or none
        _shared_place(clause, st, previous)
        return
    if place is None:
        _apposed_name(clause, st, previous)
        if previous.place is None:
            _place_phrase(clause, st, previous)
        return
    if _distance_contradicts(clause, st, previous):
        return
    if _sea_measured(clause, st, previous):
        return
    if (
        place.kind not in _REFINABLE
        or clause.sentence.index != previous.clause.sentence.index
        or clause.start < previous.clause.start
        or clause.quoted
    ):
        return
    lex, toks = st.lex, clause.tokens
    # "die Provinz X, rund 200 Kilometer nördlich von Y", "a village in X state, about 150 km
    # west of Y": a distance beyond what "near" means says where the area lies, measured
    # from a town far from it; that town is no finer place of the event (session 21)
    far = (km := _apposition_km(clause, lex)) is not None and km > _REFINE_NEAR_KM
    for p in st.places_between(clause.start, clause.end):
        if not _finer_than(place, p, lex, regions=True):
            continue
        idx = clause.index_at(p.start)
        cue = _cue(toks, idx, lex) if idx < len(toks) else None
        if far and idx < len(toks) and _reference_point(idx, cue, toks, lex):
            continue
        # a clause that is only the name is an apposition to the event's place ("on
        # Fiji's second-largest island, Vanua Levu, overnight"): the name says which
        apposed = bool(toks) and all(p.start <= t.start < p.end for t in toks)
        if (cue is None and not apposed) or cue in lex.directions or cue in lex.outside:
            continue
        previous.place, previous.place_method = p, "locative"
        return


def _sea_measured(clause: _Clause, st: _State, previous: _Raw) -> bool:
    """``A migrant boat capsized in the Mediterranean on Sunday, about 40 km south of X``:
    an event placed on a sea, a lake or a river whose sentence goes on with a clause that is
    only a short distance (at most ``_REFINE_NEAR_KM``) from a town or an island is near that
    coast, as the same distance inside the event's clause already makes it
    (:func:`_water_measured_from`); the comma only cut the clause. A far distance (``500
    nautical miles off X``) leaves the sea. Session 21. Returns whether the event was
    placed."""
    place, lex = previous.place, st.lex
    if (
        place is None
        or place.kind not in _WATER_KINDS
        or clause.sentence.index != previous.clause.sentence.index
        or clause.start < previous.clause.end
        or clause.quoted
    ):
        return False
    km = _apposition_km(clause, lex)
    if km is None or km > _REFINE_NEAR_KM:
        return False
    toks = clause.tokens
    for p in st.places_between(clause.start, clause.end):
        if not p.resolved or p.role != "name" or not _land_point(p, lex):
            continue
        idx = clause.index_at(p.start)
        if idx < len(toks) and _reference_point(idx, _cue(toks, idx, lex), toks, lex):
            previous.place, previous.place_method = p, "locative"
            return True
    return False


def _place_phrase(clause: _Clause, st: _State, previous: _Raw) -> None:
    """``BOGOTA, ... Rebels ambushed an army patrol on Monday, killing six soldiers, in a
    rural area of X province``: an event with no place of its own whose sentence goes on
    with a clause that only holds a place phrase (it opens with a place preposition and has
    no trigger) is placed there: the comma cut the event's locative phrase off its clause,
    and without this the dateline city, where the report was filed, became the place. The
    first town or province after a place preposition (not a direction, not ``outside``: a
    point measured from says near, not where); a country alone says less than a dateline of
    that country and is left to the later steps. A clause that is only a distance from a
    town (``Troops clashed near the village of K, 70 km north of G, on Monday``, K unknown
    to the gazetteer) places the event by that town, precision ``near``
    (:func:`_said_near`): nearer than the dateline, and what the text gives."""
    if (
        clause.sentence.index != previous.clause.sentence.index
        or clause.start < previous.clause.end
        or clause.quoted
        or not clause.words
    ):
        return
    lex, toks = st.lex, clause.tokens
    measured = _distance_apposition(clause, lex)
    if not measured and clause.words[0].casefold() not in lex.cues:
        return
    for p in st.places_between(clause.start, clause.end):
        if not p.resolved or p.role != "name" or p.kind == "country":
            continue
        if _precision_of(p, lex) not in ("point", "region") or (not measured and _no_scene(p, st)):
            continue
        idx = clause.index_at(p.start)
        if idx >= len(toks):
            continue
        if measured:
            if not _reference_point(idx, _cue(toks, idx, lex), toks, lex):
                continue
        else:
            cue = _cue(toks, idx, lex)
            if cue is None or cue in lex.directions or cue in lex.outside:
                continue
        previous.place, previous.place_method = p, "locative"
        return


# how much farther than the distance a clause states a town may lie from the event's point
# for the distance still to be read as describing that point (gazetteer points of towns, a
# road's bends): beyond it, the distance places the event (session 19, round 2)
_DISTANCE_SLACK_KM = 25.0


def _distance_contradicts(clause: _Clause, st: _State, previous: _Raw) -> bool:
    """``A bus from A to B plunged into a ravine on the highway, 15 km from C``, ``Ein Bus
    verunglückte auf der Straße zwischen A und B, zehn Kilometer vor A``: a clause of the
    event's own sentence, after its clause, that is only a short distance (at most
    ``_REFINE_NEAR_KM``) from a town C says where the event was. When the event's point lies
    farther from C than that distance allows (``_DISTANCE_SLACK_KM`` more), the distance
    cannot describe that point (it was a route's end, a destination, the other end of a
    road), and C places the event, near it. A point that fits the distance (``near the
    village of K, 20 km from C``: K lies 20 km from C) keeps its place: the clause then says
    where K lies. Why: the accident batch of session 19, round 2, and the event-site probe's
    ``road_between`` family chose the road's other end or the bus's destination, hundreds of
    kilometres from the site. Returns whether the event was placed."""
    place, lex = previous.place, st.lex
    if (
        place is None
        or clause.sentence.index != previous.clause.sentence.index
        or clause.start < previous.clause.end
        or clause.quoted
        or _precision_of(place, lex) != "point"
    ):
        return False
    km = _apposition_km(clause, lex)
    if km is None or km > _REFINE_NEAR_KM:
        return False
    toks = clause.tokens
    for p in st.places_between(clause.start, clause.end):
        if not p.resolved or p.role != "name" or _precision_of(p, lex) != "point":
            continue
        idx = clause.index_at(p.start)
        if idx >= len(toks) or not _reference_point(idx, _cue(toks, idx, lex), toks, lex):
            continue
        if p.lat is None or p.lon is None or place.lat is None or place.lon is None:
            return False
        if geodesic_km(place.lat, place.lon, p.lat, p.lon) <= km + _DISTANCE_SLACK_KM:
            return False  # the distance tells where the event's own town lies
        if _apposed_to(place, clause, st) and not _named_in(p, previous.clause, st):
            # "a market in A, about 30 km from C": right after the event's town the
            # distance is said of that town, as the writer put it, whatever the map says;
            # "zwischen A und B, zehn Kilometer vor A" measures from a town the clause
            # named already, one end of the road: the distance says where on it
            return False
        previous.place, previous.place_method = p, "locative"
        return True
    return False


def _apposed_to(place: Place, clause: _Clause, st: _State) -> bool:
    """Does ``clause`` follow the mention of ``place`` with nothing between them but
    punctuation and the names of areas that hold it (``in A, Serbia, about 30 km from``)?"""
    if place.end > clause.start or clause.start - place.end > 80:
        return False
    gap = st.doc.text[place.end : clause.start]
    for p in st.places_between(place.end, clause.start):
        if _precision_of(p, st.lex) == "point":
            return False
        gap = gap.replace(st.doc.text[p.start : p.end], " ")
    return not any(ch.isalnum() for ch in gap)


def _named_in(p: Place, clause: _Clause, st: _State) -> bool:
    """Does ``clause`` name the town ``p`` is (the same point) before ``p``'s own mention?"""
    return any(
        q.start < p.start and q.resolved and q.lat == p.lat and q.lon == p.lon
        for q in st.places_between(clause.start, clause.end)
    )


def _share_opener(clause: _Clause, lex: _Lexicon) -> bool:
    """Does the clause open with ``[places] share_openers`` (``most of them``, ``die
    meisten``)?"""
    openers = lex.share_openers
    if () not in openers and (
        not clause.words or clause.words[0].casefold() not in _first_words(openers)
    ):
        return False  # most clauses (it is asked of every clause after an event)
    lows = [w.casefold() for w in clause.words[:4]]
    return any(tuple(lows[: len(o)]) == o for o in lex.share_openers)


def _shared_place(clause: _Clause, st: _State, previous: _Raw) -> None:
    """The first place with a place preposition in a ``most of them in X`` clause, when it is
    a town or a site (point precision) of the event's country (or the event has none)."""
    place, lex, toks = previous.place, st.lex, clause.tokens
    for p in st.places_between(clause.start, clause.end):
        if not p.resolved or p.role != "name" or _precision_of(p, lex) != "point":
            continue
        if place is not None and place.country_code != p.country_code:
            continue
        idx = clause.index_at(p.start)
        cue = _cue(toks, idx, lex) if idx < len(toks) else None
        if cue is None or cue in lex.directions or cue in lex.outside:
            continue
        previous.place, previous.place_method = p, "locative"
        return


def _apposed_name(clause: _Clause, st: _State, previous: _Raw) -> None:
    """``Fighting broke out in Karen State's capital, Hpa-An, on Monday``: an event with no
    place whose clause ends in a feature word (``the port city``, ``the provincial
    capital``, ``die Bezirksstadt``) takes the name in apposition right after it, a clause
    of its own sentence that is only that name."""
    if clause.sentence.index != previous.clause.sentence.index:
        return  # (tested first: a clause of another sentence need not build its words)
    toks, before = clause.tokens, previous.clause.tokens
    if (
        not toks
        or not before
        or clause.quoted
        or clause.start < previous.clause.end
        or st.doc.text[previous.clause.end : clause.start].strip(" ,")  # the very next clause
        or not (_is_feature(before[-1], st.lex) or st.lex.capital.match(before[-1].text))
    ):
        return
    for p in st.places_between(clause.start, clause.end):
        if p.resolved and p.role == "name" and all(p.start <= t.start < p.end for t in toks):
            previous.place, previous.place_method = p, "locative"
            return


def _scene_told(clause: _Clause, st: _State, previous: _Raw, references: Sequence[str]) -> None:
    """``Bandits killed five herders on Monday, and police said the attack took place near
    the town of X``: a clause that only refers back to the event just told (a definite noun
    of its type or a related one, in its sentence or the next of its paragraph), when that
    event has no place yet, gives it the one town or province the clause names."""
    if (
        not _refers_to(previous.type, references, st.lex)
        or clause.paragraph != previous.clause.paragraph
        or clause.sentence.index - previous.last_sentence > 1
    ):
        return
    named = [
        p
        for p in st.places_between(clause.start, clause.end)
        if p.resolved and p.role == "name" and p.kind != "country"
    ]
    if len(named) == 1:
        # carried from the referring clause, as a place taken from the clause after it is
        previous.place, previous.place_method = named[0], "carried"


def _site_references(clause: _Clause, lex: _Lexicon, previous: _Raw) -> list[str]:
    """The event types a clause refers back to by naming an event's site (``[places.
    event_site]``: ``The epicentre was off the coast of X``, ``Das Epizentrum lag ...``)."""
    folds = clause.reading.folds
    present = clause.reading.fold_set
    out: list[str] = []
    for types, words in lex.event_sites:
        if words and words[0] not in present:
            continue  # the phrase cannot start anywhere: no scan
        n = len(words)
        if any(tuple(folds[i : i + n]) == words for i in range(len(folds) - n + 1)):
            out += [previous.type] if "*" in types else sorted(types)
    return out


def _placed_by_reference(
    clause: _Clause, st: _State, previous: _Raw, references: Sequence[str]
) -> None:
    """``A train derailed in the province of X. The accident happened near the town of
    Y``: a clause that only refers back to the event just before (a definite noun of its
    type, the next sentence of its paragraph) and names a town of the same country inside
    the area the event was placed in gives the event that town (see :func:`_located_again`
    for a second mention that is read as an event of its own). An event placed in a country
    takes a province too (``A quake jolted the southern Philippines. The epicentre was off the
    coast of <province>``); the clauses after the reference in its sentence are read with it
    (``The epicentre was at sea, 40 km off the coast of <province>``)."""
    _dated_by_reference(clause, st, previous, references)
    place = previous.place
    if _launch_site_told(clause, st, previous, references):
        return
    if place is None:
        _apposed_name(clause, st, previous)
        if previous.place is None:
            _scene_told(clause, st, previous, references)
        return
    if (
        (place.kind not in _REFINABLE and place.kind not in _MEASURED_AREAS)
        or not _refers_to(previous.type, references, st.lex)
        or clause.paragraph != previous.clause.paragraph
        or not (
            clause.sentence.index - previous.last_sentence == 1
            # "bebte im Bundesstaat X die Erde, das Epizentrum lag nahe Y": a later clause
            # of the event's own sentence refers to it as the next sentence does (session
            # 21, round 3)
            or (
                clause.sentence.index == previous.clause.sentence.index
                and clause.start >= previous.clause.end
            )
        )
    ):
        return
    lex = st.lex
    rest = [clause] + [
        c
        for c in st.neighbours(clause)
        if c.start >= clause.end and not any(lex.any_trigger.match(t.text) for t in c.tokens)
    ]
    for part in rest:
        toks = part.tokens
        for p in st.places_between(part.start, part.end):
            if not _finer_than(place, p, lex, regions=True):
                continue
            idx = part.index_at(p.start)
            cue = _cue(toks, idx, lex) if idx < len(toks) else None
            if cue is None or cue in lex.outside:
                continue
            if cue in lex.directions and not (
                place.kind in _MEASURED_AREAS and _measured_within(toks, idx, lex, _REFINE_NEAR_KM)
            ):
                continue
            if place.kind not in _REFINABLE and cue not in lex.directions:
                continue  # a coast is refined only by a distance measured from a town
            previous.place, previous.place_method = p, "locative"
            return


# areas a distance from a town may refine: a whole country, a coast hundreds of kilometres
# long ("struck off Taiwan's east coast. The quake was centred 30 km east of X")
_MEASURED_AREAS = kinds_where("refined_by_distance")


def _measured_within(toks: Sequence[Token], idx: int, lex: _Lexicon, km: float) -> bool:
    """Is the place at ``idx`` the point a distance of at most ``km`` is measured from
    (``40 km south of X``, ``40 Kilometer südlich der Hafenstadt X``: a number and a unit
    of ``[places] distance_units`` at most three words before the direction)? A direction
    with no distance says nothing of how far, and is not read as near."""
    at = _cue_index(toks, idx, lex)
    if at is None:
        return False
    for j in range(at - 1, max(at - 4, 0), -1):
        unit = toks[j].fold
        if unit not in lex.distance_units:
            continue
        m = _DISTANCE_NUMBER.fullmatch(toks[j - 1].text)
        if m is None:
            return False
        whole, part = m.group(1), m.group(2)
        # a separator before three digits groups thousands in both languages ("1,200 km",
        # "1.200 Kilometer"), before one or two it is a decimal ("2.5 km", "2,5 Kilometer")
        if part is None or len(part) == 3:
            value = float(whole + (part or ""))
        else:
            value = float(f"{whole}.{part}")
        if unit.startswith(("mi", "meil")):
            value *= _KM_PER_MILE
        return value <= km
    return False


def _agreement_topics(
    clause: _Clause, clause_places: Sequence[Place], lex: _Lexicon
) -> frozenset[int]:
    """The places an agreement or talks are about, further into the topic phrase than
    :func:`_topic_of` reads (there the place's own preposition is the topic's):
    ``unterzeichneten ein Abkommen über die Nutzung des Wassers aus dem <Fluss>``,
    ``Gespräche über die Lage in <Region>``. A river, a sea, a region or a country anywhere
    after a topic head and its preposition (``[places] topic_heads``, ``topic_preps``) is
    what was agreed or discussed, not where; a town there may be where it was signed (``ein
    Abkommen über Wasser in <Stadt>``) and stays a place. Session 14, h-evde."""
    toks = clause.tokens
    opens = [
        j
        for j, t in enumerate(toks)
        if j > 0 and t.fold in lex.topic_preps and toks[j - 1].fold in lex.topic_heads
    ]
    if not opens:
        return frozenset()
    out = set()
    for p in clause_places:
        if not p.resolved or _precision_of(p, lex) == "point":
            continue
        k = clause.index_at(p.start)
        if any(j < k for j in opens):
            out.add(k)
    return frozenset(out)


def _dated_by_reference(
    clause: _Clause, st: _State, previous: _Raw, references: Sequence[str]
) -> None:
    """``Islamisten haben im Norden Mosambiks ein Dorf überfallen. Der Angriff ereignete sich
    am Sonntag in der Provinz X``: wire copy often tells the event first and its day in the
    next sentence, which only refers back to it (a definite noun of its type, the next
    sentence of its paragraph). An event with no time of its own takes that sentence's day
    (a weekday, a date, a night; not a relation such as ``zwei Tage später``). Session 14,
    h-evde."""
    if previous.time is not None or previous.dated_by_saying:
        return
    lex = st.lex
    if (
        not _refers_to(previous.type, references, lex)
        or clause.paragraph != previous.clause.paragraph
        or clause.sentence.index - previous.last_sentence != 1
    ):
        return
    value = _own_day(clause, st)
    if value is not None:
        previous.time, previous.time_ref_type = value, None


def _own_day(clause: _Clause, st: _State) -> TimeValue | None:
    """The day a clause names of its own (a weekday, a date, a night; not a relation such as
    ``zwei Tage später``), or None."""
    own = [
        (sp, None)
        for sp in st.sentence_times(clause.sentence)
        if sp.kind in _DAY_KINDS and clause.start <= sp.start < clause.end
    ]
    if not own:
        return None
    value, _ = _pick_time(own, st.lex, st)
    if value is None or value.date is None or value.relation is not None:
        return None
    return value


def _reason_asked(
    clause: _Clause,
    trig_i: int,
    kind: str,
    spans: Sequence[object],
    told: Set[tuple[str, str | None]],
    lex: _Lexicon,
) -> bool:
    """Does the clause ask why an event told before happened (``It was not immediately
    clear why the town had been targeted``, ``Warum das Dorf überfallen wurde, blieb
    unklar``)? A reason word (``[clauses] reason_words``) before the trigger, no time of the
    clause's own, and an event of the trigger's type or a related one (``related_types``)
    already told: the writer asks about that event, there is no new one. With a time of its
    own (``No one knows why the bridge collapsed in Genoa on Tuesday``) or nothing of its
    kind told before (``did not say why they arrested two men``) the clause still reports."""
    if spans or not lex.reason_words:
        return False
    if lex.reason_words.isdisjoint(clause.reading.folds[:trig_i]):
        return False
    return any(_refers_to(t, (kind,), lex) for t, _ in told)


# The places an event may stand in and still be refined by a finer one of the same country
# that a later clause or the next sentence names (see :func:`_finer_than`): a province, a
# country.
_REFINABLE = _ADMIN_KINDS | {"country"}


def _finer_than(area: Place, p: Place, lex: _Lexicon, *, regions: bool = False) -> bool:
    """Is ``p`` a finer place than the ``area`` (a province, a country) an event was placed
    in: a resolved name of the same country, a town (``point``) or, with ``regions`` and a
    country as the area, a province? The one test of every refinement of an area-placed
    event (docs/events.md, "Refining an event placed in an area"): a clause of its sentence
    holding only a place phrase (:func:`_trailing_place`), the next sentence referring to it
    (:func:`_placed_by_reference`), telling it again (:func:`_located_again`) or naming it
    by a generic noun (:func:`_generic_located_again`). Why one test: each says "the same
    event, somewhere inside where we put it"; a place of another country or as coarse as the
    area is another scene, not a refinement."""
    if not p.resolved or p.role != "name" or p.kind == "country":
        return False
    if p.country_code != area.country_code:
        return False
    finer = ("point", "region") if regions and area.kind == "country" else ("point",)
    return _precision_of(p, lex) in finer


def _launch_site_told(
    clause: _Clause, st: _State, previous: _Raw, references: Sequence[str]
) -> bool:
    """``Iran launched a rocket on Tuesday. The launch took place at the spaceport in
    Semnan province``, ``Der Start erfolgte vom Weltraumbahnhof ... in der Provinz X``: the
    next sentence refers to a launch that named no site (or only an area: a coast, a
    country) and says where it was: that site is the launch's place. Wire copy reports the
    launch first and where it lifted off next; a launch is at its site. Only a place after
    a place preposition, of the launch's country when it has one: a facility, else a town,
    else a province."""
    place = previous.place
    if (
        previous.type not in _AT_A_SITE
        or previous.type not in references
        or not (place is None or place.role == "derived" or place.kind in _AREA_KINDS)
        or clause.sentence.index - previous.last_sentence != 1
    ):
        return False
    lex = st.lex
    country = place.country_code if place is not None else None
    found: list[Place] = []
    for p in st.places_between(clause.start, clause.end):
        if not p.resolved or p.role != "name" or p.kind == "country":
            continue
        if country and p.country_code != country:
            continue
        idx = clause.index_at(p.start)
        cue = _cue(clause.tokens, idx, lex) if idx < len(clause.tokens) else None
        if cue is None or cue in lex.directions or cue in lex.outside or cue in lex.targets:
            continue
        found.append(p)
    rank = {"point": 0, "region": 1}
    found.sort(key=lambda p: (p.kind != "facility", rank.get(_precision_of(p, lex), 2)))
    if not found or _precision_of(found[0], lex) not in rank:
        return False
    previous.place, previous.place_method = found[0], "locative"
    return True


# the place kinds a compass part is read of: a country, a province, a region (the model's
# containers), not a town ("north of the town" is a direction from it)
_PART_KINDS = kinds_where("contains_places")
# how the event came by its place when a compass part in its own clause may replace it: a
# place of its own clause that is finer (a town) stays
_PART_REPLACES = frozenset({"carried", "dateline", "country"})


def _region_subjects(raws: list[_Raw], state: _State) -> None:
    """``Die Pegel in der Provinz Limburg steigen. Am Montag hatte die Provinz den Notstand
    ausgerufen``, ``Wildfires spread across Oregon. On Tuesday the state declared an
    emergency``: a first-level unit's noun with an article and no name of its own
    (``[places] region_subjects``), as the clause's subject and not after a preposition,
    is the region named last before it; the event is there, not in the dateline's city
    (where the wire filed from) nor at a place carried from an event before. Only an event
    with no locative phrase of its own; English needs the noun right before its verb or an
    auxiliary (``the state declared``, ``the province has declared``), since ``the state``
    before a noun is an adjective (``state media``). A second-level unit counts only where
    the text gives it the same noun (``Cebu province ... the province declared``: the
    Philippines' provinces are second-level), so a county named after its state does not
    take the state's place."""
    lex, st_text = state.lex, state.doc.text
    if not lex.region_subjects:
        return
    regions = sorted(
        (p for p in state.places if p.resolved and p.kind in ("admin1", "admin2")),
        key=lambda p: p.start,
    )
    if not regions:
        return
    for r in raws:
        if r.place_method == "locative" or r.trigger_span is None:
            continue
        toks = r.clause.tokens
        trig_i = r.clause.index_at(r.trigger_span[0])
        for k in range(1, len(toks)):
            if toks[k].fold not in lex.region_subjects or toks[k - 1].fold not in lex.determiners:
                continue
            if k > 1 and toks[k - 2].fold in lex.prepositions:
                continue  # "in der Provinz": a locative, not the subject
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.start in {p.start for p in state.places}:
                continue  # "die Provinz Limburg": named, read as a place already
            if not lex.nouns_capitalised and not (
                k + 1 == trig_i or (nxt is not None and nxt.fold in lex.auxiliaries)
            ):
                continue
            noun = toks[k].fold
            region = next(
                (
                    p
                    for p in reversed(regions)
                    if p.end <= toks[k].start
                    and (p.kind == "admin1" or _unit_named(st_text, p, noun))
                ),
                None,
            )
            if region is None:
                continue
            r.place, r.place_method = region, "back_reference"
            break


def _unit_named(text: str, p: Place, noun: str) -> bool:
    """Does the text call place ``p`` by the unit word ``noun`` right beside it (``Cebu
    province``, ``the province of Cebu``, ``die Provinz Cebu``)?"""
    after = re.findall(r"\w+", text[p.end : p.end + 30].casefold())[:1]
    before = re.findall(r"\w+", text[max(0, p.start - 30) : p.start].casefold())[-2:]
    return noun in after or noun in before


def _nationwide(raws: list[_Raw], state: _State, gaz: GazetteerAPI) -> None:
    """``the ministry ordered a nationwide recall of spirits``, ``rief landesweit den
    Notstand aus``: an event that names no place and no carried one, with a word of a whole
    country's scope (``[places] nationwide``) after its trigger in its clause, happened over
    the country: that of the story (``_country_place``), as ``des Landes`` is. Session 20,
    round 2 (h20-events): such an order had no place at all."""
    words = state.lex.nationwide
    if not words.patterns:
        return
    for r in raws:
        if r.place is not None or r.trigger_span is None:
            continue
        toks = r.clause.tokens
        at = r.clause.index_at(r.trigger_span[0])
        head = next((t for t in toks[at + 1 :] if words.match(t.text)), None)
        if head is None:
            continue
        country = _country_place(r, head, state, gaz)
        if country is not None:
            r.place, r.place_method = country, "descriptive"


def _has_seats(gaz: object) -> TypeGuard[SeatsAPI]:
    """``isinstance(gaz, SeatsAPI)``, answered once per class where the class itself has
    the seats: then each of its instances is one, and ``isinstance`` would read every
    member of the protocol anew each time; a class without them leaves the test to
    ``isinstance`` (an instance may still have them of its own)."""
    kind = type(gaz)
    known = _SEATS_CLASSES.get(kind)
    if known is None:
        known = _SEATS_CLASSES[kind] = issubclass(kind, SeatsAPI)
    return known or isinstance(gaz, SeatsAPI)


# gazetteer class -> does the class have the seats (_has_seats; a few classes a process)
_SEATS_CLASSES: dict[type, bool] = {}


def _neighbouring(text: str, place: Place, lex: _Lexicon) -> bool:
    """Is ``place`` named right after a word that makes it another one than the story's
    (``[places] other_country``: ``the capital of neighbouring B``, ``im benachbarten
    Bezirk B``), one feature word between at most? A rank's capital (``the state capital``)
    does not mean its seat, a village does not lie in it (session 24, h24-evplace)."""
    words = _WORD.findall(text[max(place.start - 30, 0) : place.start])[-2:]
    return any(lex.other_country.match(w.casefold()) for w in words)


def _after_origin(text: str, place: Place, lex: _Lexicon) -> bool:
    """Does an origin preposition (``[places] origins``: ``from``, ``aus``) stand among the
    three words before ``place`` (``crossed from A county``, ``kamen aus dem Bezirk A``)?
    Session 24 (h24-evplace)."""
    words = _WORD.findall(text[max(place.start - 40, 0) : place.start])[-3:]
    return any(w.casefold() in lex.origins for w in words)


def _regional_capitals(raws: list[_Raw], state: _State, gaz: GazetteerAPI) -> None:
    """``Heavy fighting was reported in Helmand province. On Monday, protesters marched in
    the provincial capital``, ``In der Provinz Sindh ... demonstrierten Hunderte in der
    Provinzhauptstadt``: a region's capital named by its rank (``[places]
    regional_capitals``) after a place preposition is the seat of the first-level region
    named last before it (``of X`` right after it first), as the gazetteer's seats give it
    (``Gazetteer.seat``, ``gazetteer/data/admin_seats.csv``), not the region nor the place
    carried from the sentence before. Why data and not the region's biggest town: a
    province's seat is often not its largest city. An event whose own clause names its
    place keeps it; a region with no known seat leaves the event as it was."""
    lex = state.lex
    if not lex.regional_capitals:
        return
    regions = sorted(
        (p for p in state.places if p.resolved and (p.id or "").startswith("admin1:")),
        key=lambda p: p.start,
    )
    # a runtime protocol test reads every member of the gazetteer's class: asked only of
    # a document that names a region (it cost more than the region scan), and answered
    # once per class when the class itself has the seats (_seats_class)
    if not regions or not _has_seats(gaz):
        return
    # the phrases' first words (none when a phrase is empty: it would match anywhere)
    firsts = {ph[0] for ph in lex.regional_capitals} if all(lex.regional_capitals) else None
    for r in raws:
        if r.place is not None and r.place_method == "locative":
            continue
        toks = r.clause.tokens
        folds = r.clause.reading.folds
        for k in range(len(toks)):
            if firsts is not None and folds[k] not in firsts:
                continue  # no phrase opens with this word: none to compare
            phrase = next(
                (ph for ph in lex.regional_capitals if tuple(folds[k : k + len(ph)]) == ph), None
            )
            if phrase is None:
                continue
            head = k + len(phrase) - 1
            if _cue(toks, head, lex) is None:
                continue
            after = toks[head + 1 : head + 4]
            region = next(
                (p for p in regions if after and after[0].start <= p.start <= after[-1].start),
                None,
            ) or next(
                (
                    p
                    for p in reversed(regions)
                    if p.end <= toks[k].start and not _neighbouring(state.doc.text, p, lex)
                ),
                None,
            )
            seat = gaz.seat(region.id or "") if region is not None else None
            if seat is None:
                continue
            was = r.place
            r.place = _known_place(
                seat,
                "city",
                seat.country_code,
                " ".join(t.text for t in toks[k : head + 1]),
                (toks[k].start, toks[head].end),
                r.clause.sentence.index,
            )
            r.place_method = "descriptive"
            _pass_on(raws, r, was)
            break


def _pass_on(raws: list[_Raw], r: _Raw, was: Place | None) -> None:
    """Give ``r``'s new place to the events after it that took ``was``, its old place, by
    pointing back or by carrying (``there``, ``back_reference``, ``carried``), or that
    pointed with ``there`` past ``r`` to a place named before it, in ``r``'s sentence and
    the next, up to the first event placed otherwise: ``Protesters marched in the county
    capital. Police detained two of them there`` is where the march was, once the seat is
    known (session 21, round 2: the seat is read after the events are told, and ``there``
    had taken the town named last)."""
    if was is None or r.place is None:
        return
    after = False
    for o in raws:
        if o is r:
            after = True
            continue
        if not after:
            continue
        if o.place_method not in ("there", "back_reference", "carried") or o.place is None:
            break
        if o.clause.sentence.index > r.clause.sentence.index + 1:
            break  # further on, the old place may have come from an event before r
        if o.place is not was and not (
            # "dort" that passed over r to a town named before r's sentence: r's seat is
            # the nearer antecedent now that it is known
            o.place_method == "there" and o.place.sentence < r.clause.sentence.index
        ):
            break
        o.place = r.place


def _compass_parts(raws: list[_Raw], state: _State, gaz: GazetteerAPI) -> None:
    """Place an event whose clause names a compass part of a country or a province (``in
    southern X``, ``in the north of X``, ``im Süden Xs``, ``im Nordosten des Landes``) at
    that part (``_compass.part_point``), keeping the country or province as its place.

    Why: the writer named the part; the country's centre can be a thousand kilometres from
    it, and a reader's map should show the part. An event whose clause names a town keeps
    the town (finer), and one whose clause names a province keeps it unless the part is the
    province's own; one carried from elsewhere or at the dateline takes the part. An event
    placed at a part that holds the dateline's town takes that town (``_dateline_in_part``),
    and so do the events carried from it."""
    moved: dict[int, Place] = {}  # id of a country's Place -> the dateline town it became
    parts: dict[int, tuple[str, float, float]] = {}  # id of a Place -> the part it was at
    for r in raws:
        if r.place_method == "carried" and r.place is not None and id(r.place) in moved:
            r.place, r.place_method = moved[id(r.place)], "dateline"
            continue
        carried_part = (
            parts.get(id(r.place)) if r.place_method == "carried" and r.place is not None else None
        )
        own = r.place is not None and r.place_method not in _PART_REPLACES
        if own and r.place is not None and r.place.kind not in _PART_KINDS:
            continue
        found = _compass_target(r, state, gaz)
        if found is None:
            if carried_part is not None:
                r.part = carried_part  # carried from "western X": still the west, not X
            continue
        point, target, method = found
        if own and r.place is not None and r.place.kind != "country" and r.place.id != target.id:
            continue
        at = part_point(gaz, target, point)
        if at is None:
            continue
        # "<TOWN> (AFP) - ... in einem Gefängnis im Norden von <Land>": the report was filed
        # from the part's town, the clause names no finer one; else "Brand in A: ..." over
        # "LA PAZ (AFP) - ... im Osten Boliviens": the headline's town in that part is where
        # it happened
        for finder, how in ((_dateline_in_part, "dateline"), (_headline_in_part, "carried")):
            if (r.place is None or r.place.id == target.id) and (
                home := finder(target, point, state, gaz)
            ) is not None:
                if r.place is not None:
                    moved[id(r.place)] = home
                r.place, r.place_method = home, how
                break
        else:
            if r.place is None or r.place.id != target.id:
                r.place, r.place_method = target, method
            r.part = (point, *at)
            parts[id(r.place)] = r.part


def _dateline_in_part(country: Place, point: str, state: _State, gaz: GazetteerAPI) -> Place | None:
    """A town of the dateline (any of ``A/B (AFP) -``) that lies in the ``point`` part of
    ``country`` (``_compass.lies_in_part``), or None.

    Why: wire copy filed from a town and telling an event only by a part of the town's
    country (``in northern X``, ``im Westen Xs``) happened near where the report was filed;
    the dateline's town is a point, the part a third of a country. A dateline town in
    another part or another country says nothing of where the event was (a capital's bureau
    reporting on the far north)."""
    span = state.dateline
    if span is None or country.kind != "country" or not country.country_code:
        return None
    at = part_point(gaz, country, point)
    capital = capitals().get(country.country_code)
    for p in state.places:
        if not (span[0] <= p.start < span[1]) or not p.resolved or p.role != "name":
            continue
        if p.country_code != country.country_code or p.lat is None or p.lon is None:
            continue
        if kind_info(p.kind).event_specificity < _POINT_SPECIFICITY:
            continue
        if (
            capital is not None
            and geodesic_km(p.lat, p.lon, capital[2], capital[3]) < _SAME_TOWN_KM
        ):
            continue  # the capital's bureau reports the whole country
        if at is None or geodesic_km(p.lat, p.lon, *at) > _PART_REACH_KM:
            continue  # a part of a large country ("south-eastern X") is no town's surroundings
        if lies_in_part(gaz, country, point, p.lat, p.lon):
            return p
    return None


def _headline_in_part(country: Place, point: str, state: _State, gaz: GazetteerAPI) -> Place | None:
    """A town the headline (the lines before the dateline) names that lies in the ``point``
    part of ``country`` (``_compass.lies_in_part``), or None.

    Why: a report filed from the capital tells a provincial event by a part of the country
    (``ein Wald im Osten Boliviens``) when its headline has already named the town
    (``Brand in A: ...``); the body need not repeat it. A headline town in another part or
    another country is not the event's (session 23, round 2, h23-evplace)."""
    span = state.dateline
    if span is None or span[0] == 0 or country.kind != "country" or not country.country_code:
        return None
    for p in state.places_between(0, span[0]):
        if not p.resolved or p.role != "name" or p.lat is None or p.lon is None:
            continue
        if p.country_code != country.country_code:
            continue
        if kind_info(p.kind).event_specificity < _POINT_SPECIFICITY:
            continue
        if lies_in_part(gaz, country, point, p.lat, p.lon):
            return p
    return None


# a dateline town this close to the capital's point is the capital
_SAME_TOWN_KM = 15.0
# how far a dateline town may lie from the point of the part it stands for
_PART_REACH_KM = 250.0


def _compass_target(r: _Raw, state: _State, gaz: GazetteerAPI) -> tuple[str, Place, str] | None:
    """(compass point, country or province, place method) of the compass part the clause of
    ``r`` names, or None. A direction word (``[places.compass_parts]``), then a country or a
    province the geoparser resolved, or a word of ``[places.back_reference] country`` (``des
    Landes``, ``the country``: the country of the event's place, else of the story): right
    after it (``southern X``, ``northeast X``, ``im Süden Xs``), after linking words when an
    article stands before a noun of direction (``the north of X``, ``im Norden des Landes``;
    ``200 km north of X`` is a direction from X), or as its owner before it (``X's north``,
    ``the country's north-east``)."""
    lex = state.lex
    toks = r.clause.tokens
    for i, tok in enumerate(toks):
        point = lex.compass.get(tok.fold)
        if point is None or any(p.start <= tok.start < p.end for p in state.places):
            continue  # "North Korea", "South Sudan": a name of its own
        noun = tok.fold in lex.compass_nouns
        if noun and i > 0 and toks[i - 1].fold.endswith(_POSSESSIVES):
            found = _part_of(toks[i - 1], r, state, gaz)
            if found is not None:
                return point, *found
        j = i + 1
        if not noun or (i > 0 and toks[i - 1].fold in lex.determiners):
            while j < len(toks) and j <= i + 3 and toks[j].fold in lex.compass_links:
                j += 1
        if j < len(toks) and (found := _part_of(toks[j], r, state, gaz)) is not None:
            if not noun and _whole_unit(toks, i, found[0], lex):
                continue  # "in the western X region": where the region lies, not its part
            return point, *found
    return None


def _whole_unit(toks: Sequence[Token], i: int, unit: Place, lex: _Lexicon) -> bool:
    """``the western X region``, ``the northern X province``: a direction adjective between
    an article and a province's name that a noun of its rank (``[places] region_subjects``)
    follows says where the whole province lies in its country, not which part of it (``in
    western X`` does). Session 20, round 2 (h20-events): such a phrase put the event at a
    point in the province's west."""
    if unit.kind == "country" or i == 0 or toks[i - 1].fold not in lex.determiners:
        return False
    after = next((t for t in toks if t.start >= unit.end), None)
    return after is not None and after.fold in lex.region_subjects


def _part_of(head: Token, r: _Raw, state: _State, gaz: GazetteerAPI) -> tuple[Place, str] | None:
    """The country or province ``head`` names for a compass part (a Place of the geoparser
    that starts there, ``locative``), or the country a word like ``des Landes``, ``the
    country's`` means (``descriptive``)."""
    named = next(
        (
            p
            for p in state.places
            if p.start == head.start and p.resolved and p.role == "name" and p.kind in _PART_KINDS
        ),
        None,
    )
    if named is not None:
        return named, "locative"
    word = head.text
    for end in _POSSESSIVES:
        word = word.removesuffix(end)
    if any(pat.match(word) for kind, pat in state.lex.back_reference if kind == "country"):
        country = _country_place(r, head, state, gaz)
        return (country, "descriptive") if country is not None else None
    return None


def _country_place(r: _Raw, head: Token, state: _State, gaz: GazetteerAPI) -> Place | None:
    """The country ``des Landes`` / ``the country`` means: that of the event's place, else
    of the story (``_story_country``); the geoparser's Place of it when the text names it,
    else the gazetteer's country (``source="context"``, as a capital phrase's)."""
    cc = r.place.country_code if r.place is not None else None
    cc = cc or _story_country(head, state.places)
    if cc is None:
        return None
    named = next(
        (p for p in state.places if p.resolved and p.kind == "country" and p.country_code == cc),
        None,
    )
    if named is not None:
        return named
    country = gaz.country(cc)
    if country is None:
        return None
    return _known_place(country, "country", cc, head.text, (head.start, head.end))


def _known_place(
    known: Candidate,
    kind: str,
    cc: str | None,
    mention: str,
    span: tuple[int, int],
    sentence: int = -1,
) -> Place:
    """A place the text names only by description (``the country``, ``the provincial
    capital``, a country's adjective), as the gazetteer knows it: ``source="context"`` at
    confidence 0.6, as a capital phrase's."""
    return Place(
        mention=mention,
        start=span[0],
        end=span[1],
        sentence=sentence,
        name=known.name,
        kind=kind,
        country_code=cc,
        lat=known.lat,
        lon=known.lon,
        id=known.id,
        source="context",
        confidence=0.6,
    )


# how far after a country's adjective its settlement noun may stand ("the Syrian border
# town of X": two words)
_ADJECTIVE_HEAD_REACH = 2


def _town_adjective(p: Place) -> bool:
    """Is the adjective ``p`` a town's (German ``<Town>er``: the geoparser's
    town adjectives in ``-er``, read to a populated place of the gazetteer) rather than a
    country's or a region's (``ostslowakischen``, ``bayerischen``)? Session 25 (h25-evde)."""
    return p.role == "adjective" and (p.id or "").startswith("geonames:")


def _adjective_countries(raws: list[_Raw], state: _State, gaz: GazetteerAPI) -> None:
    """``Beirut (dpa) - Bei einem Drohnenangriff im syrischen Grenzort X ...``, ``in der
    kenianischen Kleinstadt X``, ``in the Syrian border town of X``: the clause's locative
    phrase says the country (its adjective) even when the gazetteer lacks the town. An event
    left at a dateline in another country, or with no place, is in that country: a bureau's
    city abroad (Beirut for Syria, Nairobi for Somalia) is where the report was filed, not
    where it happened. The country's Place is the geoparser's when the text names it, else
    the gazetteer's (``source="context"``). So is a town the geoparser read in another
    country inside the phrase itself. Session 13 (h-evwde)."""
    lex = state.lex
    for r in raws:
        toks = r.clause.tokens
        for p in state.places_between(r.clause.start, r.clause.end):
            if p.role != "adjective" or not p.resolved or not p.country_code:
                continue
            if r.place is not None and r.place.country_code == p.country_code:
                break  # the dateline's own country: the dateline may well be the place
            idx = r.clause.index_at(p.start)
            heads = toks[idx + 1 : idx + 1 + _ADJECTIVE_HEAD_REACH]
            if r.place is not None and r.place_method != "dateline":
                # a town read abroad inside the phrase itself ("im afghanischen Bergdorf X"
                # read as a namesake in another country) cannot be the phrase's town; a town
                # just across a border can ("the Syrian border town of Kilis" is Turkish)
                phrase_end = toks[min(idx + _ADJECTIVE_HEAD_REACH + 3, len(toks) - 1)].end
                here, there = r.place, p
                if (
                    not (there.end <= here.start < phrase_end)
                    or here.lat is None
                    or here.lon is None
                    or there.lat is None
                    or there.lon is None
                    or geodesic_km(here.lat, here.lon, there.lat, there.lon) < _NAMESAKE_ABROAD_KM
                ):
                    continue
            if (
                idx >= len(toks)
                or _cue(toks, idx, lex) is None
                or not any(_is_feature(t, lex) or lex.settlement_heads.match(t.text) for t in heads)
            ):
                continue  # "gegen syrische Truppen", "die syrische Regierung": whose, not where
            if _town_adjective(p):
                # "im <Town>er Gewerbegebiet", "am <Town>er Stadtrand": a town's adjective
                # before a part of it says the town itself, not only its country
                r.place, r.outside, r.place_method = (
                    replace(p, kind="city", role="name"),
                    False,
                    "adjective",
                )
                break
            country = next(
                (
                    c
                    for c in state.places
                    if c.resolved and c.kind == "country" and c.country_code == p.country_code
                ),
                None,
            )
            if country is None and (known := gaz.country(p.country_code)) is not None:
                country = _known_place(
                    known, "country", p.country_code, p.mention, (p.start, p.end)
                )
            if country is not None:
                r.place, r.outside, r.place_method = country, False, "adjective"
            break


def _country_namesakes(raws: list[_Raw], state: _State, gaz: GazetteerAPI) -> None:
    """``Ein Erdbeben erschütterte die Kleinstadt X im Osten des Landes``, ``a quake struck the
    town of X in the country's east``: the clause says its town lies in the story's country
    (``des Landes``, ``the country``: that of the places named before the town), so a town the
    geoparser read in a country the text names nowhere else is its namesake in the story's
    country when the gazetteer has one (a small town of a common name abroad is often more
    populous than the one meant). Why here: the geoparser reads the name with the article's
    places around it, not with what the event's clause says of the country. One lookup per
    such place, and only in a clause with such a word."""
    lex = state.lex
    for r in raws:
        place = r.place
        if (
            place is None
            or place.kind == "country"
            or place.country_code is None
            or place.role != "name"
            or not _says_the_country(r.clause, lex)
        ):
            continue
        head = next((t for t in r.clause.tokens if t.start == place.start), None)
        home = _story_country(head, state.places) if head is not None else None
        if home is None or home == place.country_code:
            continue
        if any(
            p.resolved
            and p.country_code == place.country_code
            and p.mention.casefold() != place.mention.casefold()
            for p in state.places
        ):
            continue  # the text names the place's country otherwise: it is meant
        namesake = _namesake_in(place, home, gaz, lex.lang)
        if namesake is not None:
            r.place = namesake


def _says_the_country(clause: _Clause, lex: _Lexicon) -> bool:
    """Does the clause name ``the country`` / ``des Landes`` (a ``[places.back_reference]
    country`` word after a determiner, not a neighbouring one)?"""
    toks = clause.tokens
    return any(
        i > 0
        and (toks[i - 1].fold in lex.determiners or toks[i - 1].fold.endswith(_POSSESSIVES))
        and any(pat.match(tok.text) for kind, pat in lex.back_reference if kind == "country")
        and not lex.other_country.match(tok.fold)
        and not (i > 1 and lex.other_country.match(toks[i - 1].fold))
        for i, tok in enumerate(toks)
    )


def _namesake_in(place: Place, cc: str, gaz: GazetteerAPI, lang: str) -> Place | None:
    """The reading of ``place``'s name in country ``cc``: among the geoparser's alternatives,
    else the gazetteer's best entry of the same kind and name there (looked up by the name as
    written and by the geoparser's name: an exonym may be an alias of the foreign town only)."""
    names = {place.mention.casefold(), (place.name or "").casefold()}
    for alt in place.alternatives:
        if alt.country_code == cc and alt.kind == place.kind and alt.name.casefold() in names:
            return _as_reading(place, alt)
    found = gaz.lookup_many(dict.fromkeys(n for n in (place.mention, place.name) if n), lang=lang)
    for cand in chain.from_iterable(found.values()):
        if (
            cand.country_code == cc
            and cand.kind == place.kind
            and (cand.name.casefold() in names or cand.matched.casefold() in names)
        ):
            return replace(
                place,
                name=cand.name,
                kind=cand.kind,
                country_code=cc,
                lat=cand.lat,
                lon=cand.lon,
                id=cand.id,
                alternatives=(),
            )
    return None


def _located_again(raws: list[_Raw], lex: _Lexicon) -> list[_Raw]:
    """``In der Provinz Québec ist ein Güterzug entgleist. Das Unglück ereignete sich am
    Freitagmorgen in der Kleinstadt X``: the next sentence names the event again (a definite
    noun of its type, in its paragraph) at a town of the same country inside the area the
    event was placed in (a province, a country). That town is the event's place, the time
    the event lacked is taken too, and the second mention is no event of its own. A place
    given by a direction (``20 km nördlich der Insel X``) does not refine."""
    out: list[_Raw] = []
    merged: set[int] = set()
    for i, r in enumerate(raws):
        if id(r) in merged:
            continue
        out.append(r)
        if r.place is None or r.place.kind not in _REFINABLE:
            continue
        later = raws[i + 1] if i + 1 < len(raws) else None
        if (
            later is None
            or not _refers_to(r.type, (later.type,), lex)
            or later.clause.paragraph != r.clause.paragraph
            or later.clause.sentence.index - r.last_sentence != 1
            or later.place is None
            or later.place_method != "locative"
            # an event placed in a whole country takes a province too ("Ein Taifun ist auf
            # den Norden der Philippinen getroffen. Der Sturm erreichte am Dienstag die
            # Küste der Provinz X"), as the reference shapes do (fifteenth session)
            or not _finer_than(r.place, later.place, lex, regions=True)
        ):
            continue
        toks, span = later.clause.tokens, later.trigger_span
        at = (
            None
            if span is None
            else next((k for k, t in enumerate(toks) if t.start == span[0]), None)
        )
        if at is None or not _refers_again(toks, at, later, r.type, lex):
            continue
        where = later.clause.index_at(later.place.start)
        if where < len(toks) and _cue(toks, where, lex) in lex.directions:
            continue  # "20 km nördlich der Kleinstadt X": near X, not at X
        r.place, r.place_method = later.place, "locative"
        if later.time is not None and (
            r.time is None or (r.time.kind == "context" and later.time.kind != "context")
        ):
            # a day read from the lead's tense alone yields to the day the retelling names
            # ("Ein Wirbelsturm hat ... verwüstet. Der Zyklon traf am Montag ...")
            r.time, r.time_ref_type = later.time, later.time_ref_type
        merged.add(id(later))
    return out


def _refers_again(toks: Sequence[Token], at: int, later: _Raw, kind: str, lex: _Lexicon) -> bool:
    """Does ``later`` name an event of ``kind`` again: its trigger a definite noun (``Das
    Unglück ereignete sich``), or its verb's subject one, opening the clause before the
    verb (``Das Feuer war ... in den Hügeln oberhalb der Stadt X ausgebrochen``, ``The
    blaze had started near X``: a trigger noun of the event's type or a related one, or a
    generic noun of ``[places.generic_event_nouns]`` that may name it)?"""
    if later.pos == "noun":
        return _definite(toks, at, lex)
    # the trigger itself may be the opening noun a carrier verb reads ("Der Sturm erreichte
    # am Dienstag die Küste ...": trigger "Sturm"), so it is one of the words looked at
    for k in range(min(at + 1, _OPENING_NOUN + 1)):
        tok = toks[k]
        if not _definite(toks, k, lex):
            continue
        generic = lex.generic_event_nouns.get(tok.fold)
        if generic is not None and ("*" in generic or _refers_to(kind, generic, lex)):
            return True  # "Das Feuer war ... ausgebrochen", "The incident happened"
        if not lex.any_trigger.match(tok.text):
            continue
        types = {t.type for t in lex.triggers_of(tok.text) if t.pos == "noun"}
        if any(_is_trigger_noun(tok, t, lex) and _refers_to(kind, (t,), lex) for t in types):
            return True
    return False


def _generic_located_again(raws: list[_Raw], st: _State) -> None:
    """``A bus crashed in Bolivia's Potosi province on Monday. The accident happened near the
    town of Uyuni``, ``Ein Zug entgleiste in Ägypten. Der Vorfall ereignete sich bei X``: the
    next sentence of the paragraph names the event again by a definite generic noun
    (``[places] generic_event_nouns``: accident, incident, tragedy; no trigger, so no event
    of its own) at a town of the same country, after a place preposition. As in
    :func:`_located_again`, that town refines an event placed only in an area (a province, a
    country); the generic noun never tells a new event, and a sentence with an event of its
    own is left to that event."""
    lex = st.lex
    if not lex.generic_event_nouns:
        return
    with_event = {r.clause.sentence.index for r in raws}
    generic = lex.generic_event_nouns.keys()
    by_sentence: dict[int, list[_Clause]] = {}
    for c in st.clauses:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for r in raws:
        refinable = r.place is not None and r.place.kind in _REFINABLE
        undated = r.time is None and not r.dated_by_saying
        if not refinable and not undated:
            continue
        nxt = r.last_sentence + 1
        if nxt in with_event:
            continue
        for clause in by_sentence.get(nxt, []):
            if clause.paragraph != r.clause.paragraph or generic.isdisjoint(
                map(str.casefold, clause.words)
            ):
                continue  # no generic noun among its words: its tokens need not be built
            toks = clause.tokens
            named = any(
                (types := lex.generic_event_nouns.get(t.fold)) is not None
                and ("*" in types or _refers_to(r.type, types, lex))
                and _definite(toks, k, lex)
                for k, t in enumerate(toks)
            )
            if not named:
                continue
            if undated and (day := _own_day(clause, st)) is not None:
                # "Der Vorfall ereignete sich am Sonntag": the day too (session 14, h-evde)
                r.time, r.time_ref_type = day, None
            if not refinable:
                break
            assert r.place is not None
            for p in st.places_between(clause.start, clause.end):
                where = clause.index_at(p.start)
                cue = _cue(toks, where, lex) if where < len(toks) else None
                if cue not in lex.generic_event_cues or not _finer_than(r.place, p, lex):
                    continue
                r.place, r.place_method = p, "locative"
                break
            break


def _without_headline_repeats(
    raws: list[_Raw], dateline: tuple[int, int] | None, lex: _Lexicon
) -> list[_Raw]:
    """``Gunmen kill eight in <north of a country>`` / ``Tote bei Angriff in <Land>`` above
    ``<CITY>, May 6 (Reuters) - Gunmen killed eight people in the town of X on Monday``: a
    headline sums up what the report tells below its dateline. An event read in the headline is
    dropped when the report's body tells one of its type or a related one (``[time.relative]
    related_types``) in the same country (or the headline names no place): the body's
    telling has the day and the town, the headline's would be the same event again on the
    map, a day and a place coarser. A headline event the body does not tell stays."""
    if dateline is None:
        return raws
    body = [r for r in raws if r.clause.start >= dateline[0]]

    def told_below(h: _Raw) -> bool:
        cc = h.place.country_code if h.place is not None else None
        # the headline's noun names the body's event (``Tote bei Angriff`` over a killing):
        # a collapse or a crash the body tells is what a quake or a storm of the headline
        # caused, not the headline again (``Erdbeben erschüttert <Land>`` over ``stürzten
        # Teile einer Kirche ein``; session 25, round 2, h25-evde)
        return any(
            _refers_to(b.type, (h.type,), lex)
            and (cc is None or (b.place is not None and b.place.country_code == cc))
            for b in body
        )

    return [r for r in raws if r.clause.start >= dateline[0] or not told_below(r)]


def _headline_told_in_lead(raws: Sequence[_Raw], st: _State) -> None:
    """``Erdbeben erschüttert Montenegro`` over ``Podgorica (dpa) - Nach dem nächtlichen Beben
    haben Rettungskräfte in der Kleinstadt <B> ...``: an event told only in the headline
    (:func:`_without_headline_repeats` kept it), placed in an area (a country, a province),
    whose lead below the dateline names it again by a word of its type (``Beben``) without
    telling it as an event, is at the lead's first finer place of that area after a place
    preposition, as a next sentence's generic noun refines an event
    (:func:`_generic_located_again`). The dateline's own town is no such place. Session 25,
    round 2 (h25-evde)."""
    dateline, lex = st.dateline, st.lex
    if dateline is None:
        return
    heads = [
        r
        for r in raws
        if r.clause.end <= dateline[0] and r.place is not None and r.place.kind in _REFINABLE
    ]
    if not heads:
        return
    lead = next((c.sentence.index for c in st.clauses if c.start >= dateline[1]), None)
    clauses = [c for c in st.clauses if c.sentence.index == lead and c.end > dateline[1]]
    for r in heads:
        named = any(
            lex.any_trigger.match(t.text) and any(g.type == r.type for g in lex.triggers_of(t.text))
            for c in clauses
            for t in c.tokens
            if t.start >= dateline[1]
        )
        if not named:
            continue
        for c in clauses:
            toks = c.tokens
            for p in st.places_between(max(c.start, dateline[1]), c.end):
                assert r.place is not None
                where = c.index_at(p.start)
                cue = _cue(toks, where, lex) if where < len(toks) else None
                if cue in lex.generic_event_cues and _finer_than(r.place, p, lex, regions=True):
                    r.place, r.place_method = p, "locative"
                    break
            else:
                continue
            break


def _fits(r: _Raw, place: Place) -> bool:
    """A clause naming a place of another country (``Pakistan fired ... into the sea``)
    is not at a place carried from elsewhere."""
    return not r.countries or place.country_code in r.countries


def _told_in_perfect(r: _Raw, lex: _Lexicon) -> bool:
    """Is ``r`` told in the perfect (``[clauses] undated_perfect`` before its trigger in its
    clause; English only, German's perfect is its narrative past:
    ``Crowds have rallied outside the assembly in X, organisers said on Friday``)? With only a day
    of saying in its sentence such a lead gives no day at all: the perfect says it happened
    by the day it was told, not on the day the next sentence names (the corpus's ``none``).
    Session 23, round 2 (h23-even)."""
    if r.trigger_span is None:
        return False
    return any(
        t.fold in lex.undated_perfect for t in r.clause.tokens if t.start < r.trigger_span[0]
    )


def _date_events(
    raws: list[_Raw],
    anchor: date | None,
    precision: str | None,
    lead: tuple[int, str, str] | None = None,
    lex: _Lexicon | None = None,
) -> None:
    """Dates from the clauses, then from relations to other events and from the context.

    A clause with no time of its own shares the day of the event before it in the same
    paragraph (news tell one day per paragraph), or a sentence or two later when the two are
    related; relative dates may depend on such shared days and the other way round, so a
    few rounds settle them.
    """
    for r in raws:
        r.date, r.date_precision, r.date_text = _resolve_time(r.time, anchor, precision)
        if r.time is not None and r.date is not None and r.time.start:
            r.interval = (r.time.start, r.time.end or r.time.start)
        if (
            lead is not None
            and _no_day(r.time)
            # a day of saying is not the event's, but the day the next sentence tells is
            and (not r.dated_by_saying or lead[2].endswith(_NEXT_SENTENCE))
            and r.clause.sentence.index == lead[0]
            and not (r.dated_by_saying and lex is not None and _told_in_perfect(r, lex))
        ):
            r.date, r.date_precision, r.date_text = lead[1], "day", lead[2]
    _named_again(raws)
    first_of: dict[str, _Raw] = {}
    for r in raws:
        first_of.setdefault(r.type, r)
    lex_detail_types = lex.reported_detail_types if lex is not None else frozenset()
    at_of = {id(o): k for k, o in enumerate(raws)}
    for _ in range(4):
        for i, r in enumerate(raws):
            target = _relation_target(raws, i, first_of, lex)
            if target is None:
                offset = r.time.offset_days if r.time is not None else None
                if r.date is None and r.near_day is not None and offset is not None:
                    # "Flights were cancelled on Monday. X arrived the same day": no event
                    # before it, but a day
                    day = date.fromisoformat(r.near_day[1]) + timedelta(days=offset)
                    r.date, r.date_precision = day.isoformat(), "day"
                continue
            assert r.time is not None
            r.rel_kind, r.rel_to = r.time.relation, target
            if r.date is None and r.time.offset_days is not None:
                base = target.date
                if (
                    r.near_day is not None
                    and r.near_day[0] >= target.clause.end
                    and not _past_flashback(raws, i, target, at_of)
                ):
                    base = r.near_day[1]  # a day named after the event counted from
                if base is not None:
                    day = date.fromisoformat(base) + timedelta(days=r.time.offset_days)
                    r.date, r.date_precision = day.isoformat(), "day"
                elif target.date_precision:
                    r.date_precision = target.date_precision
        for i, r in enumerate(raws):
            if (r.time is not None and not _bare_after(r)) or r.date is not None or i == 0:
                continue
            prev = raws[i - 1]
            same_kind = (
                prev.type == r.type and (prev.sub_kind == r.sub_kind or r.type in lex_detail_types)
            ) or (  # "Mehrere Granaten seien eingeschlagen" after a bombardment: what fell
                prev.type in r.references or (r.type == "impact" and prev.type in _THROWS)
            )
            if r.dated_by_saying and not (r.reported_earlier and same_kind):
                continue
            near = r.clause.sentence.index - prev.last_sentence <= _CONTEXT_SENTENCES
            same_story = prev.clause.paragraph == r.clause.paragraph or (
                near and _related(r, prev) and not _lead_story(r, raws[0])
            )
            if same_story and prev.date is not None and not _new_story(r, lex):
                r.date, r.date_precision = prev.date, prev.date_precision
                r.interval = prev.interval
                r.inherited_from = prev
    _same_day_first(raws, anchor, precision, lead)
    _story_day(raws, lex)
    _count_from_story_day(raws)
    latest: dict[str, _Raw] = {}
    for i, r in enumerate(raws):
        if r.rel_to is None and r.references:
            r.rel_to = max(
                (latest[t] for t in r.references if t in latest),
                key=lambda o: o.clause.start,
                default=None,
            )
            r.rel_kind = "after" if r.rel_to else None
        if r.rel_to is None and r.type == "impact" and i > 0:
            # what falls was thrown by the launch or strike just before
            prev = raws[i - 1]
            if prev.type in _THROWS and r.clause.sentence.index - prev.last_sentence <= 2:
                r.rel_kind, r.rel_to = "after", prev
                if (
                    prev.date is None
                    and prev.time is None
                    and r.date is not None
                    and r.clause.sentence.index - prev.last_sentence == 1
                ):
                    # "North Korea has test-fired a missile. It fell into the sea on Monday
                    # evening": a launch told with no day takes the day its missile came
                    # down in the next sentence, minutes later (round 3, h15-evde)
                    prev.date, prev.date_precision = r.date, r.date_precision
        latest[r.type] = r
    _weekday_order(raws)


@cache
def _ticker_stamp(lang: str) -> re.Pattern[str] | None:
    """The time stamp that opens an entry of a live ticker (``+++ 14.32 Uhr +++``, ``Update,
    16 Uhr:``, ``Update, 4pm:``): the lexicon's ``[time] ticker_updates`` and
    ``ticker_clock`` words around a clock time at a line's start. Groups ``plus``, ``upd``
    and ``clock`` tell which marks it has; one of them makes it a stamp (a bare ``3:`` is a
    list's number). No nested repetition: linear on any line."""
    words = events_toml(lang).get("time", {})
    updates, clock = words.get("ticker_updates", []), words.get("ticker_clock", [])
    if not updates and not clock:
        return None
    upd = "|".join(re.escape(w) for w in updates) or "(?!)"
    clk = "|".join(re.escape(w) for w in clock) or "(?!)"
    return re.compile(
        rf"^[ \t]*(?P<plus>\+\+\+[ \t]*)?(?:(?P<upd>{upd})[ \t]*(?:[,:][ \t]*)?)?"
        rf"\d{{1,2}}(?:[.:][0-5]\d)?[ \t]?(?P<clock>{clk})?\.?[ \t]*(?:\+\+\+|:|[-\u2013\u2014])",
        re.M | re.I,
    )


def _ticker_entries(doc: Document, lex: _Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, stamp) of each entry of a live ticker or a live blog: from a stamp that
    opens a line (:func:`_ticker_stamp`: ``+++ 14.32 Uhr +++``, ``Update, 4pm:``) to the next
    blank line or the next stamp, or from a stamp on a line of its own (:func:`_stamp_line`:
    ``09:42 GMT``, ``Updated 2.15pm BRT``) to the next stamp. A stamp marked as a ticker's
    (``+++``, an update word) makes a ticker alone; clock times alone need
    ``_LIVE_BLOG_STAMPS`` of them (``Um 14 Uhr: ...`` once in a report is no ticker).
    One mechanism for both shapes (review of session 25, round 2, h25-mend2: two readers
    had been written for them)."""
    text = doc.text
    # (start, end of the stamp, stamp, marked, on a line of its own)
    marks: list[tuple[int, int, str, bool, bool]] = []
    pattern = _ticker_stamp(doc.language)
    if pattern is not None:
        for m in pattern.finditer(text):
            marked = bool(m.group("plus") or m.group("upd"))
            if marked or m.group("clock"):
                stamp = m.group(0).strip(" \t+:-\u2013\u2014")
                marks.append((m.start(), m.end(), stamp, marked, False))
    if lex.stamp_openers:
        start = 0
        for line in text.split("\n"):
            if _stamp_line(line, lex):
                stamp = f"{line.strip()} (time stamp)"
                marks.append((start, start + len(line), stamp, False, True))
            start += len(line) + 1
    if not any(m[3] for m in marks) and len(marks) < _LIVE_BLOG_STAMPS:
        return []
    marks.sort()
    # the blank lines once, each entry's next one by bisection: a text of many stamps and no
    # blank line must not be scanned to its end once per stamp
    blanks = [b.start() for b in re.finditer("(?=\n\n)", text)]
    entries = []
    for k, (at, stamp_end, stamp, _, alone) in enumerate(marks):
        nxt = bisect.bisect_left(blanks, stamp_end)
        end = len(text) if alone or nxt == len(blanks) else blanks[nxt]
        if k + 1 < len(marks):
            end = min(end, marks[k + 1][0])
        entries.append((at, end, stamp))
    return entries


def _part_of_day(time: TimeValue | None) -> bool:
    """Words that name only a part of the day of the event before (``in der Nacht``, ``am
    Morgen``, ``in the evening``): the same day, counted from another event."""
    return (
        time is not None
        and time.kind == "previous"
        and time.same_day
        and not time.offset_days
        and time.date is None
        and time.weekday is None
    )


def _ticker_days(
    raws: Sequence[_Raw], doc: Document, anchor: date | None, precision: str | None, lex: _Lexicon
) -> None:
    """A live ticker's entry is told on the day it is stamped: the article's (session 25,
    round 2, h25-evde). An event in an entry that names no day of its own (``+++ 16.45 Uhr
    +++ X ist in <B> eingetroffen``, ``Update, 15 Uhr: ... in der Nacht ...``) takes the
    article's day instead of none or the day of another entry; one with a day of its own
    (``Am Montag hatte ...``) keeps it. A live blog's entries under stamps on lines of their
    own (``09:42 GMT`` / ``Drones hit a fuel depot at the port, witnesses said.``) alike
    (h25-even: such events had no date at all)."""
    if anchor is None or precision != "day":
        return
    entries = _ticker_entries(doc, lex)
    if not entries:
        return
    for r in raws:
        entry = next((e for e in entries if e[0] <= r.clause.start < e[1]), None)
        if entry is None:
            continue
        # the day of an event outside the entry, shared or counted from ("in der Nacht",
        # "am Morgen": a part of the day of the event before)
        source = r.inherited_from or (r.rel_to if _part_of_day(r.time) else None)
        outside = source is not None and not entry[0] <= source.clause.start < entry[1]
        no_day = r.date is None and (_no_day(r.time) or _part_of_day(r.time))
        if (no_day and r.date_precision is None) or outside:
            r.date, r.date_precision, r.date_text = anchor.isoformat(), "day", entry[2]
            r.inherited_from = None


def _same_day_first(
    raws: list[_Raw], anchor: date | None, precision: str | None, lead: tuple[int, str, str] | None
) -> None:
    """The report's first event dated only by a part of a day with no day named (``In den
    frühen Morgenstunden griffen Drohnen X an``, ``In der Nacht ...``, ``Later in the day``)
    is on the dateline's day, else on the day the report was written (``date``, or a header
    with a day). Why: such words say "the same day as the event before"; with no event before
    it, the day is the report's own, as wire copy tells what happened that morning or that
    night without naming the day. The words are kept as its date text."""
    if not raws:
        return
    r = raws[0]
    t = r.time
    if (
        r.date is not None
        or r.rel_to is not None
        or t is None
        or not t.same_day
        or t.ref != "previous"
        or t.weekday is not None
        or t.offset_days not in (None, 0)
    ):
        return
    if lead is not None and not _other_story_next(raws, r, lead, anchor, precision):
        r.date = lead[1]
    elif anchor is not None and precision == "day":
        r.date = anchor.isoformat()
    else:
        return
    r.date_precision = "day"


def _other_story_next(
    raws: list[_Raw],
    r: _Raw,
    lead: tuple[int, str, str],
    anchor: date | None,
    precision: str | None,
) -> bool:
    """Was the lead's day (``_told_next``) read from the first sentence of the next paragraph
    while that sentence tells another story (``In der Nacht lieferten sich Demonstranten in X
    Straßenschlachten. // Am Samstag demonstrierten Tausende in Y``)? A part of the day with
    no day named says "the report's day"; the next paragraph's day is the event's only when
    that paragraph goes on with it (a reference, a shared actor or place: ``Die Krawalle
    begannen am Dienstagabend``). A next sentence with no event read keeps the day, as
    before; with no report day to fall back on, too."""
    if not lead[2].endswith(_NEXT_SENTENCE) or anchor is None or precision != "day":
        return False
    nxt = [x for x in raws if x.clause.sentence.index == lead[0] + 1]
    if not nxt or all(x.clause.paragraph == r.clause.paragraph for x in nxt):
        return False
    return not any(_related(x, r) or x.type == r.type for x in nxt)


def _lead_story(r: _Raw, lead: _Raw) -> bool:
    """Does ``r``, in a later paragraph, tie to the lead event, which has a day of its own
    words? Then the lead's day (``_story_day``) is its day rather than that of a related
    event of the paragraph before (``President X arrived in <the host city> on Thursday
    evening. // Y held talks ... on the sidelines``: the summit's day, not the arrival's)."""
    return (
        lead is not r
        and lead.clause.paragraph != r.clause.paragraph
        and lead.time is not None
        and lead.time.date is not None
        and lead.time.precision == "day"
        and _related(r, lead)
    )


def _no_day(time: TimeValue | None) -> bool:
    """No time words, or words that name no day, span, weekday, month or offset: a bare
    circumstance (``Nach tagelangen Regenfällen``) leaves the lead to the dateline's day."""
    return time is None or (
        time.date is None
        and time.precision is None
        and time.offset_days is None
        and time.weekday is None
        and time.month is None
        and not time.same_day
    )


def _story_day(raws: list[_Raw], lex: _Lexicon | None) -> None:
    """A report tells one day: an event that names no time of its own and shares no day
    with a neighbour (a later paragraph: ``In the port city of X, 40,000 people marched``,
    ``The minister condemned the launch in Tokyo``) happened on the lead event's day, when
    the lead (the first event of the text) has a day of its own words or of the dateline.
    An event with any time words of its own (``on Tuesday they had detained``, ``a week
    after``) keeps what they say, even nothing; so does one whose sentence says it tells
    another story (``In a separate incident, ...``, ``_new_story``)."""
    if not raws:
        return
    lead = raws[0]
    if lead.date is None or lead.date_precision != "day" or lead.inherited_from is not None:
        return
    for r in raws[1:]:
        if (
            r.time is None
            and r.date is None
            and not r.dated_by_saying
            and r.place is not None
            and not _new_story(r, lex)
        ):
            # (an event with nothing to show stays so: the lead's day does not keep it)
            r.date, r.date_precision = lead.date, lead.date_precision
            r.interval = lead.interval
            r.inherited_from = lead


def _count_from_story_day(raws: list[_Raw]) -> None:
    """``Y held talks on the sidelines. A day earlier, the two countries had opened a border
    crossing``: a day counted from an event that got its day only from the story's lead
    (``_story_day``, after the relations were settled) is counted once that day is known.
    One pass over the events: the counted day is final, nothing is counted from it again."""
    for r in raws:
        target = r.rel_to
        if (
            r.date is None
            and target is not None
            and target.date is not None
            and target.date_precision == "day"
            and r.time is not None
            and r.time.offset_days is not None
        ):
            day = date.fromisoformat(target.date[:10]) + timedelta(days=r.time.offset_days)
            r.date, r.date_precision = day.isoformat(), "day"


def _named_again(raws: list[_Raw]) -> None:
    """``Die Junta hat ein Dorf bombardiert. Bei dem Luftangriff am Montagmorgen ...``: an
    event with no time of its own takes the day of a clause in the next sentence of its
    paragraph that names it again (a definite noun of its type) with a day of its own."""
    for i, r in enumerate(raws):
        if r.time is not None or r.date is not None or r.dated_by_saying:
            continue
        for later in raws[i + 1 : i + 3]:
            if (
                later.clause.paragraph != r.clause.paragraph
                or later.clause.sentence.index - r.last_sentence > 1
            ):
                break
            if r.type in later.references and later.time is not None and later.date:
                r.date, r.date_precision = later.date, later.date_precision
                r.interval = later.interval
                r.inherited_from = later
                break


def _related(r: _Raw, prev: _Raw) -> bool:
    """Does ``r`` continue the story of ``prev``: a shared actor or place, a reference to it
    ("verurteilte den Raketenstart"), or what fell after a launch?"""
    if prev.type in r.references or (r.type == "impact" and prev.type in _THROWS):
        return True
    if set(r.actors) & set(prev.actors):
        return True
    names = {p.name for p in (r.place, prev.place) if p is not None}
    if r.place is not None and prev.place is not None and r.place.id == prev.place.id:
        return True
    return bool(names & (set(r.actors) | set(prev.actors)))


def _new_story(r: _Raw, lex: _Lexicon | None) -> bool:
    """``In a separate incident, gunmen attacked ...``, ``Unabhängig davon griffen ...``:
    the sentence says it tells another occasion, so the day of the event before is not its
    own; with no day of its own its date stays unknown (nothing is guessed)."""
    if lex is None or not lex.new_story_openers:
        return False
    head = r.clause.sentence.text.lstrip().casefold()
    return any(
        head.startswith(p) and not head[len(p) : len(p) + 1].isalnum()
        for p in lex.new_story_openers
    )


def _bare_after(r: _Raw) -> bool:
    """Is the event's only time a bare ``after`` an event noun with no distance (``Nach der
    Festnahme lieferten sich ...``, ``Nach dem Urteil zogen ...``) that gave it no day? Such
    a sentence goes on with the story just told: it takes the day of the event before it,
    as an event with no time does (the context), instead of staying undated. A distance
    (``zwei Tage nach``) or a relation to the event before (``Tage später``: ``previous``)
    keeps its own reading. Session 25 (h25-evde)."""
    t = r.time
    return (
        t is not None
        and r.date is None
        and t.relation == "after"
        and t.kind == "event"
        and t.offset_days is None
        and t.ref != "previous"
    )


def _relation_target(
    raws: list[_Raw], i: int, first_of: dict[str, _Raw], lex: _Lexicon | None
) -> _Raw | None:
    r = raws[i]
    if r.time is None or r.time.relation is None:
        return None
    if r.time.ref == "previous":
        told = (raws[k] for k in range(i - 1, -1, -1) if not raws[k].aside)
        first = next(told, None)  # the rest is walked only after a flashback's day
        if first is not None and first.date is not None and (r.time.offset_days or 0) > 0:
            day = first.date
            rest = list(told)
            if _flashback(first, rest, lex):
                # "Tags darauf", "the next day" after an earlier event told in the past
                # perfect: the day after the story's own event before that flashback
                story = next(o for o in rest if o.date is not None and o.date > day)
                if not _flashback_goes_on(r, first, story):
                    return story
        return first
    if r.time_ref_type is None:
        return None
    # "vor dem Treffen": the first event of that type (news name the main event first);
    # with none of that type, the first of a related type ("after the crash": an accident).
    # An anchor noun of several types ("Ausbruch": "disaster|strategic_development") takes
    # the first of them the article tells of (session 16, h16-evde)
    types = r.time_ref_type.split("|")
    target = next((first_of[t] for t in types if t in first_of), None)
    related = lex.related_types.get(types[0], ()) if lex is not None else ()
    if target is None and related:
        # of the related types, the event told last before this one ("vor den Schüssen"
        # after a soldier shot dead, not the bomb told later; "a day after the fire" after
        # the shop set alight, not the first riot), else the first told after it
        family = set(related)
        before = [o for o in raws[:i] if o.type in family and not o.aside]
        target = (
            before[-1]
            if before
            else next((o for o in raws[i + 1 :] if o.type in family and not o.aside), None)
        )
    if target is r:  # the first of its type: the next one
        target = next((o for o in raws[i + 1 :] if o.type in types), None)
    return target


def _flashback_goes_on(r: _Raw, flashback: _Raw, story: _Raw) -> bool:
    """Does ``r`` go on telling the ``flashback`` rather than the ``story``'s line: in the
    flashback's paragraph, the story's event in an earlier one (``Das Landgericht A hat ...
    verurteilt.`` || ``Der Angeklagte hatte den Fahrer im März in B getötet. Zwei Tage
    später nahmen Zielfahnder ihn in C fest``: the arrest two days after the killing, not two
    days after the verdict)? A paragraph of its own is a story of its own, as in
    :func:`_date_events`; in one paragraph the story's line goes on (:func:`_flashback`).
    Session 25, round 2 (h25-evde)."""
    here = r.clause.paragraph
    return flashback.clause.paragraph == here and story.clause.paragraph != here


def _flashback(prev: _Raw, before: Sequence[_Raw], lex: _Lexicon | None) -> bool:
    """Is ``prev`` an earlier event told in the past perfect after the story's own (``A bomb
    killed five people in A on Tuesday. Gunmen had attacked a church there on Sunday. The
    next day police arrested ten suspects``, ``Zwei Tage zuvor war dort ein Bus beschossen
    worden. Am Tag danach ...``)? Its clause holds an auxiliary of an
    earlier event (``[time] earlier_auxiliaries``, or German ``war ... worden``: ``[clauses]
    pluperfect_ends``) and its day lies before that of an event told before it. Then a
    ``next day`` counts from the story's line, not from the flashback (session 23,
    h23-evplace)."""
    if lex is None or prev.date is None:
        return False
    if not any(o.date is not None and o.date > prev.date for o in before):
        return False
    folds = prev.clause.reading.fold_set
    return bool(folds & earlier_auxiliaries(lex.lang)) or any(
        set(ends) <= folds for ends in lex.pluperfect_ends
    )


def _past_flashback(raws: list[_Raw], i: int, target: _Raw, at_of: dict[int, int]) -> bool:
    """Was ``target`` reached past a flashback (:func:`_flashback`) told between it and
    ``raws[i]``? Then the day named in the flashback is no day to count from. ``at_of``:
    each event's index by ``id`` (built once per article, no search per event)."""
    time = raws[i].time
    if time is None or time.ref != "previous":
        return False
    at = at_of[id(target)]
    return any(not o.aside for o in raws[at + 1 : i])


def _weekday_order(raws: list[_Raw]) -> None:
    """With only the month known, weekdays still order events (Sunday before Monday).

    Each weekday is the most recent one before an unknown report day; that day is taken as
    the one that puts all the named weekdays into the shortest span before it (a report
    looks back over the last few days), so "Montag, Dienstag, Mittwoch" ends on Wednesday
    and "Sonntag, Montag" on Monday. Each event is then ``before`` the next later one.
    """
    dated = [
        (r.time.weekday, r)
        for r in raws
        if r.date is None and r.time is not None and r.time.weekday is not None
    ]
    days = {wd for wd, _ in dated}
    if len(days) < 2:
        return

    def back(wd: int, anchor_wd: int) -> int:
        return (anchor_wd - wd) % 7

    best = min(range(7), key=lambda a: (max(back(wd, a) for wd in days), a))
    first_on: dict[int, _Raw] = {}
    for wd, r in dated:
        first_on.setdefault(back(wd, best), r)
    for wd, r in dated:
        later = [b for b in first_on if b < back(wd, best)]
        if later and r.rel_to is None:
            r.rel_kind, r.rel_to = "before", first_on[max(later)]


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
