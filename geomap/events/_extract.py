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

This module runs the clause loop (:func:`extract_events`); each step lives in a private
module of this package named for its capability (the module map in ``docs/events.md``).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence, Set
from dataclasses import replace
from datetime import date
from functools import partial, wraps
from typing import TYPE_CHECKING, Any, cast

from geomap.events._actors import (
    _actors,
    _add_pronoun_actor,
    _cue,
    _partner,
    _person_registry,
    _person_spans,
    _person_words,
    _quantities,
    _quantity,
    _words,
)
from geomap.events._carry import (
    _agreement_topics,
    _body_lead,
    _byline_span,
    _carry_places,
    _dateline_anchor,
    _dateline_span,
    _filed_day,
    _home_country,
    _lead_date,
    _next_scene_narrows,
    _office_countries,
    _one_country,
    _placed_by_reference,
    _reason_asked,
    _retold_lead_scene,
    _sentence_amounts,
    _sentence_leads,
    _share_opener,
    _site_references,
    _spoken_at,
    _trailing_place,
)
from geomap.events._dating import (
    _after_clause_day,
    _after_toll,
    _attribute_place_tokens,
    _attribution_times,
    _came_after,
    _counted_from,
    _date_events,
    _dated_before_told,
    _dateline_lead,
    _day_last_told,
    _day_told_before,
    _fronted_relation_times,
    _has_frame,
    _near_day,
    _noun_dated,
    _opens_with_time,
    _own_spans,
    _past_attributive_phrases,
    _past_the_opener,
    _past_the_saying,
    _pick_time,
    _plural_anaphor,
    _reported_earlier,
    _said_of_before,
    _sentence_spans,
    _subjunctive_frame,
    _ticker_days,
    _unnamed_relation,
)
from geomap.events._hardest import _narrowed_to_hardest_hit
from geomap.events._merging import (
    _continues,
    _freeze,
    _listed_places,
    _merge,
    _said_near,
    _worth_keeping,
)
from geomap.events._mood import (
    _act_flags,
    _act_instead,
    _act_on_what_will_be,
    _announced,
    _background,
    _flags,
    _fronted_time,
    _gathered_after,
    _noun_phrase_text,
    _object_phrase_times,
    _of_the_victims,
    _own_expected_word,
    _saying_frame,
    _says_what_will_be,
    _toll_phrase,
)
from geomap.events._origins import (
    _HOME_GATHERINGS,
    _fired_from,
    _launcher,
    _launcher_states,
    _origin_of_thing,
    _people_after,
    _people_from,
    _precision_of,
    _protest_target,
    _residents_town,
    _source_of,
    _statement_topics,
    _town_body,
)
from geomap.events._place import (
    _elapsed_before,
    _event_spans,
    _in_event_phrase,
    _journey_to,
    _Lazy,
    _name_fragment,
    _no_scene,
    _onward_start,
    _opening_event_word,
    _particle_tokens,
    _place,
    _story_placed,
)
from geomap.events._rank import _second_opinion
from geomap.events._refine import (
    _adjective_countries,
    _compass_parts,
    _country_namesakes,
    _generic_located_again,
    _headline_told_in_lead,
    _located_again,
    _nationwide,
    _region_subjects,
    _regional_capitals,
    _without_headline_repeats,
)
from geomap.events._sentences import _Clause, _clauses, _list_commas
from geomap.events._sites import (
    _NOT_CARRIED,
    _aside_subject,
    _city_part,
    _country_cut_place,
    _dateline_place,
    _dateline_site_in,
    _dispersal_of,
    _distance_apposition,
    _event_adjective_site,
    _event_site,
    _fronted_place,
    _home_town,
    _labelled_by,
    _origin_only,
    _owner_country,
    _pronoun_subject,
    _reason_place,
    _relative_object_subject,
    _relative_subject_place,
    _reported_from,
    _resumed_predicate_place,
    _same_area,
    _same_site,
    _scene_over,
    _sibling_finer,
    _site_named_before,
    _site_noun_place,
    _take_label,
    _town_on_river,
)
from geomap.events._state import _Raw, _State
from geomap.events._timeexpr import TimeValue, anchor_date
from geomap.events._triggers import (
    _appositive,
    _can_fall,
    _capitalised_headline_at,
    _cause_first,
    _court_name_after,
    _definite,
    _earlier_relative,
    _fronted_dated_noun,
    _headline_present_at,
    _headline_present_in,
    _infinitive_clause,
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
    _F,
    _Later,
    _Lexicon,
    _lexicon,
    _plain_saying,
    _speech_act,
    _Trigger,
)
from geomap.events._why import note, recording
from geomap.model import Document, Event, Place, kind_info

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
def _evacuated_by(trig: _Trigger, clause: _Clause, lex: _Lexicon) -> bool:
    """Is ``trig`` a disaster whose clause tells people evacuated (a word of the
    ``[quantities] evacuated`` field: ``Floods forced the evacuation of 300 people from X``,
    ``Wegen des Waldbrands wurden 500 Menschen aus X in Sicherheit gebracht``)? The
    evacuation is no event of its own (docs/events.md, session 28); where the people were
    moved from is where the disaster struck when its clause names no other place, as an
    abduction's people's town is where they were taken."""
    return trig.type == "disaster" and lex.quantity_words["evacuated"].any_in(
        t.text for t in clause.tokens
    )


def _is_event_noun(word: str, lex: _Lexicon) -> bool:
    """Is ``word`` the noun of an event of the lexicon, a carrier's (``Feuer``) or a noun
    trigger's (``Explosion``, ``blast``)? Asked only of a
    sentence's opening noun before a relative clause that ends in a participle and a copula
    (:func:`geomap.events._sentences._subject_relative_commas`), so the scan stays rare."""
    return any(c.words.match(word) for c in lex.carriers) or any(
        t.pos == "noun" and t.words[0].match(word) for t in lex.triggers
    )


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
        (lex.participle_copulas, lex.participle_endings),
        lambda word: _is_event_noun(word, lex),
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
        elif recording():
            _note_skipped(clause, whole, state)
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
    raws = _narrowed_to_hardest_hit(raws, state, gazetteer)
    home = _dateline_place(state.dateline, places)
    _carry_places(raws, home, state)
    raws = _located_again(raws, lex)
    _generic_located_again(raws, state)
    raws = _without_headline_repeats(raws, dateline, lex)
    _headline_told_in_lead(raws, state)
    raws = _without_marches_of_a_purpose(raws, lex)
    _region_subjects(raws, state)
    if gazetteer is not None:
        _country_namesakes(raws, state, gazetteer)
        _next_scene_narrows(raws, state, gazetteer)
        _compass_parts(raws, state, gazetteer)
        _launcher_states(raws, gazetteer)
        _adjective_countries(raws, state, gazetteer)
        _regional_capitals(raws, state, gazetteer)
        _nationwide(raws, state, gazetteer)
    for r in raws:
        r.near = _said_near(r, state)
    lead = _lead_date(doc, dateline, anchor, precision) or _body_lead(
        doc, sorted({r.clause.sentence.index for r in raws}), anchor, precision
    )
    _date_events(raws, anchor, precision, lead, lex)
    _retold_lead_scene(raws, lex)
    _ticker_days(raws, doc, anchor, precision, lex)
    _second_opinion(raws, state, home)
    return _freeze(_worth_keeping(_listed_places(raws, state)), lex)


def _note_skipped(clause: _Clause, whole: _Clause | None, st: _State) -> None:
    """Note why the loop of :func:`extract_events` passed over ``clause`` (the debug path
    of :mod:`geomap.events._why`; asked only with a recorder on)."""
    if whole is None:
        reason = "clause read with the main clause it interrupts"
    elif clause.quoted:
        reason = "clause inside a quotation"
    elif not _may_hold_event(whole, st):
        reason = "no trigger word in the clause"
    else:
        reason = "infinitive clause (an intention)"
    note(reason, clause.start, clause.end, "clause")


def _dropped(reason: str, clause: _Clause, trig_i: int | None = None) -> None:
    """Note that ``clause`` (or its chosen trigger at ``trig_i``) made no event, and why
    (:mod:`geomap.events._why`; nothing without a recorder)."""
    if not recording():
        return
    if trig_i is not None:
        tok = clause.tokens[trig_i]
        note(reason, tok.start, tok.end)
        reason = f"another trigger of its clause read first, then: {reason}"
    note(reason, clause.start, clause.end, "clause")


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


def _line_names_a_place(clause: _Clause, st: _State) -> bool:
    """Does the line of ``clause`` name a resolved place in the clause or before it (a tag
    before a colon: ``<Stadt>: Bus stürzt in Schlucht``; not a later part: ``Sonne trifft
    Meer: Urlaub in X``)? Session 27 (h27-rev2)."""
    places = st.places_between(clause.sentence.start, clause.end)
    return any(p.resolved and p.role == "name" for p in places)


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
        _dropped("no trigger word in the clause (or a headline carrier only)", clause)
        return
    if triggers is not None and _saying_without_site(clause, st, triggers):
        _dropped("a plain verb of saying with no place", clause)
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
    # a derived German headline present is read only in a line that names a place
    # (h27-rev2): a line of none is as often a match's or a figure's ("Müller trifft doppelt")
    placed = None if kinds_at else partial(_line_names_a_place, clause, st)
    found, references = _trigger_in(
        clause, lex, _person_words(clause, st), st.types, kinds_at, triggers, placed
    )
    if _unplaced_saying(clause, st, found, references):
        _dropped("a plain verb of saying with no place", clause)
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
            found, references = _trigger_in(
                clause, lex, covered, told_types, kinds_at, triggers, placed
            )
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
            found, references = _trigger_in(
                clause, lex, covered, told_types, kinds_at, triggers, placed
            )
    previous = st.raws[-1] if st.raws else None
    # only an impact reading changes below (_road_crash returns any other as it is): the
    # test of what can fall, a glob over every word, is asked only of a clause with one
    if any(f[2].type == "impact" for f in found) and not _can_fall(clause, lex, previous):
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
        _dropped(
            "no trigger left (words taken by a time phrase, an impact with nothing to fall, "
            "or a noun referring back)",
            clause,
        )
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
        _dropped("a participle as an adjective, an absolute or a reduced relative", clause)
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
        _dropped("a verb of saying in a sentence with an event", clause, trig_i)
        return  # a verb of saying counts only in a sentence without an event (extract_events)
    if (
        trig.pos == "noun"
        and _appositive(clause, lex)
        and not _opens_with_time(clause, st.sentence_times(sent))
        and not _opens_after_dateline(clause, st)
    ):
        _dropped("a noun in an appositive", clause, trig_i)
        return
    if trig.pos == "weak" and _says_what_will_be(clause, trig_i, lex):
        _dropped("says what will be", clause, trig_i)
        return
    if _speech_act(trig, lex) and _act_on_what_will_be(clause, trig_i, lex):
        _dropped("an act on what will be", clause, trig_i)
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
        _dropped(
            "mood: hypothetical, negated, future or reported (_flags)"
            if hypo
            else "background: told as the past or a state (_background)"
            if dropped
            else "a reason asked of an event told",
            clause,
            trig_i,
        )
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
        # "The Floods Kill 12 in <town>": the subject of a headline's present is its news
        # (session 28)
        and not _headline_present_in(clause, trig_i, trig, lex)
    ):
        # "accuse the junta of using the attacks as a pretext", "der Kämpfe müde": a definite
        # event noun with no time in its sentence and no event of its type before it names
        # what the reader already knows, not a new event; naming the event just told by a
        # related type's noun, it may still say where that was ("Gunmen killed eight people
        # in X province. The attack took place in <town>")
        if previous is not None and _refers_to(previous.type, (trig.type,), lex):
            _placed_by_reference(clause, st, previous, [trig.type])
        _dropped("a definite noun with no time: an event the reader knows", clause, trig_i)
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
        taken_from=trig.sub_kind == "abduction" or _evacuated_by(trig, clause, lex),
        sub_kind_of=trig.sub_kind,
        spoken=frozenset()
        if trig.type in _NOT_CARRIED
        else _Lazy(
            lambda: frozenset(
                o.place.start for o in st.raws if o.place is not None and _spoken_at(o)
            )
        ),
        home=st.home_cc,
        placed_at=_Lazy(lambda: _story_placed(st.raws, lex)),
        own_day=st.told_on_its_day,
        unplaced_after=lambda: max(
            (o.clause.start for o in st.raws if o.place is None), default=-1
        ),
    )
    if (
        (
            place is None
            # "B was shelled from positions near A": where the fire came from only
            # placed the strike for want of another place; the passive's subject is what
            # was hit (session 27)
            or (
                how == "locative"
                and clause.start <= place.start < clause.end
                and _fired_from(clause.tokens, clause.index_at(place.start), lex)
            )
        )
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
        _dropped("a verb of saying with no place", clause, trig_i)
        return  # a verb of saying counts only with a place (extract_events): no need to go on
    if place is None and not own_time and _saying_frame(clause, trig_i, trig, lex):
        _dropped("the frame of a quote", clause, trig_i)
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
            or trig in lex.present_phrases.get(clause.tokens[trig_i].fold, ())
            or clause.tokens[trig_i].fold in lex.present_carriers
            or (
                clause.tokens[trig_i].fold in lex.headline_pasts  # "Fähre sinkt" (session 27)
                and _capitalised_headline_at(clause, trig_i, lex)
            )
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
        _dropped("dated after the report (still to come)", clause, trig_i)
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
        _dropped("a present tense of another day (a plan)", clause, trig_i)
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
    read_tok = clause.tokens[trig_i]
    note("read", read_tok.start, read_tok.end, "read")
    st.sentences_with_event.add(sent.index)
    if previous is not None and _dispersal_of(raw, previous, lex):
        # "Protesters set up barricades ..., and police fired tear gas": one protest met
        # with force, as ACLED counts it (session 16, round 3)
        previous.sub_kind = raw.sub_kind
        previous.actors = list(dict.fromkeys([*previous.actors, *raw.actors]))
        st.types.add((previous.type, previous.sub_kind))
        _merge(previous, raw, lex)
        _dropped("merged: force met a protest told before", clause, trig_i)
        return
    if previous is not None and not shared and _labelled_by(previous, raw, lex):
        _take_label(previous, raw, st, lex)
        _dropped("merged: labels the event before", clause, trig_i)
        return
    if previous is not None and not shared and _continues(raw, previous, lex):
        _merge(previous, raw, lex)
        _dropped("merged: continues the event before", clause, trig_i)
        return
    _add_pronoun_actor(raw, st, trig_i)
    if shared:
        raw.actors = list(dict.fromkeys([*shared, *raw.actors]))
    if not raw.actors and previous is not None and _plural_anaphor(clause, lex):
        raw.actors = list(previous.actors)
    st.raws.append(raw)
    st.types.add((raw.type, raw.sub_kind))
