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
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence, Set
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, partial, wraps
from importlib import resources
from itertools import chain, compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeGuard, cast

from gazetteer import Candidate, SeatsAPI
from geomap.events._compass import lies_in_part, part_point
from geomap.events._sentences import _CLAUSE_CUT, _Clause, _clauses, _list_commas, _Spans
from geomap.events._state import _WORD, _person, _Raw, _State, _Words
from geomap.events._timeexpr import (
    TimeSpan,
    TimeValue,
    anchor_date,
    counts_time,
    earlier_auxiliaries,
    events_toml,
    find_times,
    part_of_this_month,
    relative_pronouns,
    resolve_time,
    retold_auxiliaries,
    set_for_day,
)
from geomap.events._vocabulary import (
    _ACTOR_PLACE_KINDS,
    _AT_A_SITE,
    _BACK_REFERENCE_SENTENCES,
    _BASE_CONFIDENCE,
    _CONTEXT_SENTENCES,
    _CONTINUATION_GAP,
    _CUE_WINDOW,
    _DENIAL_REACH,
    _END,
    _EVENT_COMPLEMENT,
    _F,
    _FOLD,
    _MAX_CLAUSE_TOKENS,
    _NAME_PREFIX,
    _NEIGHBOURS,
    _NO_PLACE_PENALTY,
    _POSSESSIVES,
    _QUOTES,
    _REPORTED_FACTOR,
    _TEXT,
    _THROWS,
    _WEAK_PLACE_WINDOW,
    GLOB_MEMO_SIZE,
    _Carrier,
    _Glob,
    _Later,
    _Lexicon,
    _lexicon,
    _plain_saying,
    _speech_act,
    _Trigger,
)
from geomap.geometry import geodesic_km
from geomap.geoparse import COMPASS_NAMES, WEIGHTS
from geomap.lexicons import capitals, demonyms, place_lexicon
from geomap.model import (
    LINE_GEOMETRIES,
    Alternative,
    Document,
    Event,
    Place,
    Sentence,
    kind_info,
    kinds_where,
)
from geomap.text import AGENCIES, Token, unit_words, word_units

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI


__all__ = ["extract_events"]


_TRIGGER, _TITLE, _SAYS = 1, 2, 4  # what a word can be, as bits (_Lexicon.word_kinds)


def _words(clauses: Sequence[_Clause], lex: _Lexicon) -> _Words:
    memo, marked_before = lex.word_kinds, lex.marked_words
    words = set(chain.from_iterable(clause.words for clause in clauses))
    # the words seen before are answered by two set operations in C (most words of a
    # document are no trigger, title or verb of saying); only new words are tried
    kinds = {w: memo[w] for w in words.intersection(marked_before)}
    for w in words.difference(memo):
        # a verb of saying's first words are among every trigger's (any_weak's patterns are
        # any_trigger's): a word no trigger opens is asked no more (most new words)
        trigger = lex.any_trigger.match(w)
        got = (
            (
                _TRIGGER
                if trigger
                or (low := w.casefold()) in lex.subject_verbs
                or low in lex.labour_words
                or low in lex.attack_words
                or low in lex.present_forms
                or low in lex.noun_presents
                # (lower case only: a headline's verb is never capitalised, and "Pass" in
                # a name must not make its clause one with a trigger word)
                or w in lex.present_carriers
                else 0
            )
            | (_TITLE if _is_title_word(w, lex) else 0)
            | (_SAYS if trigger and lex.any_weak.match(w) else 0)
        )
        if len(memo) >= GLOB_MEMO_SIZE:
            memo.clear()
            marked_before.clear()
        memo[w] = got
        if got:
            marked_before.add(w)
            kinds[w] = got
    titled = {w for w, k in kinds.items() if k & _TITLE}
    weak = {w for w, k in kinds.items() if k & _SAYS}
    marked = titled | weak
    capitalised = lex.nouns_capitalised
    titles: list[tuple[tuple[Token, ...], int]] = []
    says: list[tuple[tuple[Token, ...], int]] = []
    for clause in clauses:
        texts = clause.words
        if marked.isdisjoint(texts):
            continue  # most clauses: no title, no verb of saying (their words are not built)
        # the clause's tokens only for a title or for a verb of saying with a word beside it
        # that may open a name (``..., police said.`` names nobody: _person_registry reads
        # a name right after the verb or ending right before it)
        toks: tuple[Token, ...] = ()
        for i, text in enumerate(texts):
            if text in marked:
                if text in titled and (not capitalised or text[:1].isupper()):
                    toks = toks or clause.tokens
                    titles.append((toks, i))
                if text in weak and (_may_open_name(texts, i - 1) or _may_open_name(texts, i + 1)):
                    toks = toks or clause.tokens
                    says.append((toks, i))
    return _Words(
        triggers=frozenset(w for w, k in kinds.items() if k & _TRIGGER)
        | _title_line_carriers(clauses, lex),
        titles=tuple(titles),
        says=tuple(says),
    )


def _title_line_carriers(clauses: Sequence[_Clause], lex: _Lexicon) -> frozenset[str]:
    """The capitalised present forms of carriers (``Sinks``, ``Overturns``) on a headline line
    set in title case (:func:`_title_line`): trigger words of this document only, where a
    headline's verb is capitalised (``Ferry Sinks Off X``); elsewhere a capitalised form
    stays none, as in a name (``Pass``). Not remembered across documents (``word_kinds``).
    Session 24 (h24-even)."""
    if lex.nouns_capitalised or not lex.present_carriers:
        return frozenset()
    openers = [clause for clause in clauses if clause.start == clause.sentence.start]
    # the capitalised forms among the distinct words of the lines' first clauses, each word
    # asked once (most documents have none; session 26)
    forms = {
        w
        for w in set(chain.from_iterable(clause.words for clause in openers))
        if w[:1].isupper() and w.casefold() in lex.present_carriers
    }
    if not forms:
        return frozenset()
    return frozenset(
        w
        for clause in openers
        if not forms.isdisjoint(clause.words) and _title_line(clause, lex)
        for w in clause.words
        if w in forms
    )


def _may_open_name(texts: Sequence[str], k: int) -> bool:
    """Could the word at ``k`` be part of a name, as :func:`_nameish` asks first (a capital or
    a name prefix such as ``al-``)? False outside the clause. Told from the word's text, as
    the token's ``is_cap`` is (:func:`geomap.text.word_units`)."""
    if not 0 <= k < len(texts):
        return False
    text = texts[k]
    return text[:1].isupper() or _NAME_PREFIX.match(text) is not None


def _person_registry(lex: _Lexicon, places: Sequence[Place], words: _Words) -> dict[str, str]:
    """token -> full person name, from names after titles and next to verbs of saying.

    Built over the whole document first, so ``Kim`` anywhere maps to ``Kim Jong Un``.
    """
    spans = _Spans([(p.start, p.end) for p in places if p.role in ("name", "adjective")])
    full_names: list[str] = []
    for toks, i in words.titles:
        j = i + 1
        # "Secretary of State Antony Blinken", "Minister of Defence X"
        while j + 1 < len(toks) and toks[j].fold == "of" and toks[j + 1].is_cap:
            j += 2
        name = _name_after(toks, j, lex, spans)
        if name:
            full_names.append(name)
    # names next to verbs of saying ("sagte Kim", "Kim said")
    for toks, i in words.says:
        after = _name_after(toks, i + 1, lex, spans) if i + 1 < len(toks) else None
        if after:
            full_names.append(after)
        j = i  # "Subhabrata Majumdar said": the whole name before the verb
        while j > 0 and i - j < 4 and _nameish(toks[j - 1], lex, spans):
            j -= 1
        if j < i and not (j > 0 and toks[j - 1].fold in lex.determiners):
            full_names.append(" ".join(t.text for t in toks[j:i]))
    registry: dict[str, str] = {}
    # longer names first: "Kim" maps to "Kim Jong Un" rather than to itself
    for name in sorted(dict.fromkeys(full_names), key=lambda n: -len(n.split())):
        for part in name.split():
            registry.setdefault(part, name)
        registry.setdefault(name, name)
    return registry


def _person_spans(lex: _Lexicon, words: _Words) -> _Spans:
    """Character spans of names after a title with a first and a last name, places or not:
    ``Innenministerin Paris Smith``, ``Governor Austin Pratt`` name a person, not Paris or
    Austin (the geoparser may have taken the word for the town)."""
    none = _Spans([])
    out: list[tuple[int, int]] = []
    for toks, i in words.titles:
        if lex.nouns_capitalised and lex.any_feature.match(toks[i].text):
            # "der früheren Königsstadt X": a compound the title's stem opens and a feature
            # word ends (``[places] back_reference``) is a kind of town, not a title: the
            # words after it are the town's name and what the clause goes on with
            # ("Königsstadt <X> Tausende"), no person's (session 20, round 3)
            continue
        j = i + 1
        while j + 1 < len(toks) and toks[j].fold == "of" and toks[j + 1].is_cap:
            j += 2
        k = j
        while k < len(toks) and k - j < 4 and _nameish(toks[k], lex, none):
            k += 1
        if k - j >= 2:
            out.append((toks[j].start, toks[k - 1].end))
    return _Spans(out)


def _nameish(tok: Token, lex: _Lexicon, place_spans: _Spans) -> bool:
    return (
        (tok.is_cap or bool(_NAME_PREFIX.match(tok.text)))
        and not tok.text.isupper()
        and tok.fold not in lex.not_names
        and tok.fold not in lex.determiners
        and not _is_title(tok, lex)
        and not any(_is_org_at((tok,), 0, lex))
        and not place_spans.covers(tok.start)
    )


def _name_after(toks: Sequence[Token], i: int, lex: _Lexicon, spans: _Spans) -> str | None:
    parts: list[str] = []
    while i < len(toks) and len(parts) < 6:
        tok = toks[i]
        if parts and tok.start - toks[i - 1].end > 1:
            break
        connector = bool(parts) and tok.text in lex.name_connectors
        if not (connector or _nameish(tok, lex, spans)):
            break
        bare = re.sub(r"['’]s$", "", tok.text)
        parts.append(bare)
        i += 1
        if bare != tok.text:
            break  # "al-Assad's rule": the name ends with the possessive
    while parts and parts[-1] in lex.name_connectors:
        parts.pop()
    return " ".join(parts) or None


def _person_words(clause: _Clause, st: _State) -> set[int]:
    """The clause's capitalised trigger words that are the surname of a person the document
    names (the registry: a name of two words or more after a title or beside a verb of
    saying, this word its last; or a one-word name, not a plural's ``s`` form: ``Flood
    said``), in a language whose nouns are written in lower case:
    ``Author Maren Storm ... Storm said``, ``Flood asked the student``: the person, no
    event (session 21, round 2: a local paper's talk by an author of such a name gave
    fifteen disasters). A lower-case ``storm`` in the same article stays the storm; so does
    a name's first word and a plural (``Supervisor of Elections Pam Carpenter`` registers
    ``Elections`` as the first of three words: the city's elections stay)."""
    registry = st.registry
    if st.lex.nouns_capitalised or not registry or registry.keys().isdisjoint(clause.words):
        return set()
    return {
        i
        for i, t in enumerate(clause.tokens)
        if t.is_cap
        and (name := registry.get(t.text)) is not None
        and (name.endswith(" " + t.text) or (name == t.text and not t.text.endswith("s")))
        and st.lex.any_trigger.match(t.text)
    }


# how far into its clause a definite carrier noun may stand to be the clause's subject that
# refers back ("The blast", "The huge blast", "The second gas blast")
_OPENING_NOUN = 3


def _told_before(
    trig: _Trigger, known_types: Collection[tuple[str, str | None]], lex: _Lexicon
) -> bool:
    """Was an event this trigger's definite noun may name told before? One of its type and
    sub-kind; or, for a noun of no sub-kind, one of its type or a related one
    (:func:`_refers_to`) of any sub-kind: ``No group claimed responsibility for the attack``
    after ``A car bomb exploded`` names the bombing, ``The attack came two days after ...``
    after rebels who attacked a base with drones names that attack (an attack names no
    sub-kind of its own), while ``the trial`` after ``charged`` is a new step of the case."""
    if (trig.type, trig.sub_kind) in known_types:
        return True
    return trig.sub_kind is None and any(_refers_to(t, (trig.type,), lex) for t, _ in known_types)


def _trigger_in(
    clause: _Clause,
    lex: _Lexicon,
    skip: set[int],
    known_types: set[tuple[str, str | None]],
    place_kinds: dict[int, str] | None = None,
    words: Set[str] | None = None,
) -> tuple[list[tuple[int, int, _Trigger, int | None]], list[str]]:
    """The clause's triggers as (rank, token index, trigger, particle index), best first,
    and the event types its definite nouns refer back to.

    Verbs beat nouns, nouns beat verbs of saying; a definite noun whose type is already an
    event (``das Treffen``) or the object of a verb trigger (``verurteilte den
    Raketenstart``) refers back and is returned among the references. ``words``: the
    document's trigger words (:class:`_Words`); a token of any other text can be no
    trigger and no subject verb, and is passed over by one set test.
    """
    toks = clause.tokens
    found: list[tuple[int, int, _Trigger, int | None]] = []
    references: list[str] = []
    rank = {"verb": 0, "noun": 1, "weak": 2}
    figurative: set[int] = set()
    # a token of no trigger word of the document is passed over: the others' indices are
    # picked in C (most tokens of a clause with a trigger word are none)
    candidates = (
        range(len(toks))
        if words is None
        else compress(range(len(toks)), map(words.__contains__, map(_TEXT, toks)))
    )
    for i in candidates:
        if i in skip:
            continue
        tok = toks[i]
        subject_verb = _subject_verb(toks, i, lex)
        if subject_verb is not None and not (
            lex.figurative and _figurative(toks, i, lex) is not None
        ):
            found.append((rank["verb"], i, subject_verb, None))
            continue
        if subject_verb is not None:
            continue  # "Shares rally in X": a market's word before it (``[[figurative]]``)
        if (
            lex.labour_trigger is not None
            and tok.fold in lex.labour_words
            and _labour_strike(toks, i, lex)
        ):
            found.append((rank["noun"], i, lex.labour_trigger, None))
            continue
        if (
            lex.attack_trigger is not None
            and tok.fold in lex.attack_words
            and _attack_strike(toks, i, lex)
        ):
            found.append((rank["noun"], i, replace(lex.attack_trigger, text=tok.text), None))
            continue
        if tok.fold in lex.noun_presents and (
            read := _noun_present(clause, i, lex, skip, place_kinds or {})
        ):
            found.append((rank["verb"], *read))  # "Warplanes bomb fuel depot near X"
            continue
        if (
            tok.fold in lex.present_forms
            and (present := _headline_present_verb(clause, i, lex, place_kinds or {}))
            and not (lex.figurative and _figurative(toks, i, lex) is not None)
        ):
            found.append((rank["verb"], i, present, None))
            continue
        if tok.fold in lex.present_carriers and _headline_present_at(clause, i, lex):
            # "A crowded bus overturns in X": the past carrier reads the subject's noun
            past = lex.present_carriers[tok.fold]
            as_past = (*toks[:i], tok._replace(text=past, fold=past), *toks[i + 1 :])
            carried = _carried(as_past, i, lex, skip, clause.before, place_kinds or {})
            if carried is not None:
                at, trig_c = carried
                if at == i:
                    trig_c = replace(trig_c, text=tok.text)
                found.append((rank["verb"], at, trig_c, None))
                continue
        if not lex.any_trigger.match(tok.text):
            continue
        if i in figurative:
            continue  # "a storm of protest": the follower of a figurative word is none
        if place_kinds and _town_beat_town(toks, i, lex, place_kinds):
            continue  # "<A> conquered <B>": a match (``[grammar] team_verbs``)
        if place_kinds and _part_of_feature(toks, i, lex, place_kinds):
            continue  # "near the summit of <Mount>": the mountain's top, no meeting
        if lex.figurative and (follower := _figurative(toks, i, lex)) is not None:
            if follower > i and not lex.kept_followers.match(toks[follower].text):
                # "brachte den Brand unter Kontrolle": no takeover, but the fire it acts on
                # is still one (``[grammar] kept_followers``; session 26)
                figurative.add(follower)
            # nor is the word itself a noun a later carrier reads ("Riot police broke up a
            # protest": no riot broke out; session 14)
            figurative.add(i)
            continue  # "captured the title", "a storm of criticism": no event
        if _moved_people(toks, i, lex):
            continue  # "The wounded were flown to B for treatment": their care, no journey
        if (
            i > 0
            and toks[i - 1].fold in lex.infinitive_markers
            and not tok.is_cap
            and not any(_purpose_of_march(clause, i, t, lex) for t in lex.triggers_of(tok.text))
        ):
            # "kündigte an, die Grenze zu schließen": a carrier verb in the infinitive is an
            # intention, as a trigger verb is (below); a noun after "zu" is no infinitive
            continue
        carried = _carried(toks, i, lex, skip | figurative, clause.before, place_kinds or {})
        if carried is None and (purpose := _participle_purpose(clause, i, lex)) is not None:
            carried = (i, purpose)
        if (
            carried is not None
            and not _phrase_of(toks, i, carried[1].type, lex)
            and not _phrase_of_other_kind(toks, i, lex)
        ):
            # the event is named by its noun when the noun is a trigger ("Ein Erdbeben ...
            # erschütterte"), else by the carrier ("eine Rakete traf")
            at, trig_c = carried
            if (
                at == i
                and i <= _OPENING_NOUN
                and (trig_c.type, trig_c.sub_kind) in known_types
                and _definite(toks, i, lex)
                # an English past form is the clause's verb, not a noun after an article:
                # "the government banned all rallies" after a curfew was told (session 16)
                and (lex.nouns_capitalised or not toks[i].fold.endswith("ed"))
            ):
                # "The blast at the plant sent smoke over X" after the explosion was told: a
                # carrier word read as a noun after an article, opening the clause, refers
                # back, as a trigger noun does ("during the breakout" inside a clause is left
                # to the clause's reading)
                references.append(trig_c.type)
                continue
            found.append((rank["verb"] if trig_c.pos == "verb" else rank["noun"], at, trig_c, None))
            continue
        types: set[str] = set()  # a word may trigger two types ("landete": travel, impact)
        for trig in lex.triggers_of(tok.text):
            if trig.type in types:
                continue
            if lex.nouns_capitalised and trig.pos == "noun" and not tok.is_cap:
                continue
            if lex.nouns_capitalised and trig.pos != "noun" and tok.is_cap and i > 0:
                continue
            if not lex.nouns_capitalised and trig.pos == "verb" and _in_proper_name(toks, i):
                continue
            if not lex.nouns_capitalised and trig.pos == "verb" and _opens_with_name(toks, i):
                continue
            if (
                trig.pos == "noun"
                and lex.name_heads
                and 0 < i < len(toks) - 1
                and tok.is_cap
                and toks[i + 1].is_cap
                and toks[i + 1].fold in lex.name_heads
            ):
                continue  # "Tornado Alley", "Flood Street": a name's first word (session 17)
            if (
                trig.pos == "verb"
                and i > 0
                and toks[i - 1].fold in lex.infinitive_markers
                and not _purpose_of_march(clause, i, trig, lex)
            ):
                continue
            # an infinitive before "zu" and a modal infinitive ("drohte, die Streikführer
            # festnehmen zu lassen"): a plan or a threat, as "zu" right before the verb
            # (session 16, h16-evde: the bare infinitive is a trigger after "ließ")
            if (
                trig.pos == "verb"
                and i + 2 < len(toks)
                and toks[i + 1].fold in lex.infinitive_markers
                and toks[i + 2].fold in lex.modal_infinitives
            ):
                continue
            if trig.pos == "verb" and len(trig.words) == 1 and _other_separable_verb(toks, i, lex):
                continue
            particle = None
            if len(trig.words) > 1:
                particle = _particle_at(toks, i, trig, lex)
                if particle is None:
                    continue
            if trig.pos == "noun" and (
                (_told_before(trig, known_types, lex) and _definite(toks, i, lex))
                # a participle used as an adjective is no verb of the clause ("rejected a
                # plan for an elected president in a referendum": the referendum; session 15)
                or any(f[2].pos == "verb" and not _attributive_at(toks, f[1], lex) for f in found)
                and not _after_coordinator(toks, i, lex)
                and not _cause_of_death(toks, i, found, lex)
            ):
                references.append(trig.type)
                break
            found.append((rank[trig.pos], i, trig, particle))
            types.add(trig.type)
    # a word that is the rest of a several-word trigger of the clause names no event of its
    # own: "hatten ... das Feuer auf ... eröffnet und fünf getötet" is the shooting, not a
    # fire the casualty verb reads (session 13, h-evwde)
    phrase_words = {f[3] + k for f in found if f[3] is not None for k in range(len(f[2].words) - 1)}
    if phrase_words:
        found = [f for f in found if f[3] is not None or f[1] not in phrase_words]
    # an impact reading first: it is dropped later when nothing in the clause can fall; a
    # noun in a circumstance phrase ("Bei Protesten ... ist es zu Ausschreitungen
    # gekommen") after the clause's other nouns
    found.sort(
        key=lambda f: (
            f[0],
            f[2].pos == "noun" and _circumstance(toks, f[1], lex),
            f[2].pos == "weak" and f[2].text not in lex.speech_acts,  # "said in a statement"
            f[1],
            f[2].type != "impact",
        )
    )
    if found and found[0][2].pos == "verb" and lex.casualty.match(toks[found[0][1]].text):
        # "bei Angriffen ... getötet", "killing 19": the dead are a quantity of the event
        # the clause names, when it names one
        named = next((f for f in found if f[2].pos == "noun"), None)
        if named is not None:
            found.remove(named)
            found.insert(0, named)
    return found, references


def _purpose_of_march(clause: _Clause, i: int, trig: _Trigger, lex: _Lexicon) -> bool:
    """Is the protest verb ``i`` after ``zu`` the purpose of a march the clause before told
    (``zogen ... durch die Altstadt, um gegen X zu protestieren``, ``fuhren ... vor das
    Landhaus, um zu demonstrieren``)? Then the crowd's going is the protest, and the
    infinitive names it: an event, not a plan (session 23, round 2, h23-evde). The clause
    opens with a purpose word (``[clauses] purpose_openers``: ``um``), and the words of its
    sentence before it hold a past verb of going (``march_verbs``: ``zogen``, ``fuhren``,
    ``marschierten``) and no modal or future word (``[clauses] hypothetical``: ``wollen``,
    ``sollen`` make both a plan)."""
    return trig.type in lex.march_types and _march_purpose_clause(clause, lex)


def _march_purpose_clause(clause: _Clause, lex: _Lexicon) -> bool:
    """Does ``clause`` hold a purpose word (``[clauses] purpose_openers``) after a past verb
    of going (``march_verbs``), with no modal or future word (``[clauses] hypothetical``)
    before it (:func:`_purpose_of_march`)? The clause is the going and its purpose joined
    (:func:`_march_joined`)."""
    if not lex.march_verbs:
        return False
    folds = clause.reading.folds
    k = next((j for j, w in enumerate(folds) if j > 0 and w in lex.purpose_openers), None)
    if k is None:
        return False
    before = folds[:k]
    return any(lex.march_verbs.match(w) for w in before) and lex.hypothetical.isdisjoint(before)


def _without_marches_of_a_purpose(raws: list[_Raw], lex: _Lexicon) -> list[_Raw]:
    """``In X zogen ... durch die Innenstadt, um gegen Y zu protestieren``: the going, read
    by a carrier (``zog* >durch``), and the purpose read with it (:func:`_march_joined`)
    are one protest, both read at the march verb; the joined clause's event stays (session
    24, round 2, h24-evde). An event at the same word as an event of its type read in the
    joined clause is dropped (of two joined ones the later)."""
    joined = [r for r in raws if r.type in lex.march_types and _march_purpose_clause(r.clause, lex)]
    if not joined:
        return raws
    order = {id(r): k for k, r in enumerate(raws)}
    ids = {id(r) for r in joined}

    def covered(r: _Raw, o: _Raw) -> bool:
        if o is r or o.type != r.type or r.trigger_span is None:
            return False
        at = r.trigger_span[0]
        if not o.clause.start <= at < o.clause.end:
            return False
        return (
            o.trigger_span is not None
            and o.trigger_span[0] == at
            and (id(r) not in ids or order[id(o)] < order[id(r)])
        )

    return [r for r in raws if not any(covered(r, o) for o in joined)]


def _march_joined(clause: _Clause, previous: _Clause | None, st: _State) -> _Clause:
    """``In X marschierten am Samstag 300 Bauern zum Rathaus, um für Y zu
    demonstrieren``: a purpose clause after the clause of its sentence right before it is
    read with it, so that the protest its infinitive names takes the going's day, place and
    crowd (:func:`_purpose_of_march`; session 23, round 2, h23-evde). A purpose clause with
    a time of its own (``fuhren am Montag nach X, um am Mittwoch zu protestieren``) is a
    plan, and any other clause is returned as it is."""
    lex = st.lex
    if (
        previous is None
        or not lex.march_verbs
        or not clause.words
        or clause.words[0].casefold() not in lex.purpose_openers
        or previous.sentence.index != clause.sentence.index
        or previous.end > clause.start
        or not any(lex.march_verbs.match(w.casefold()) for w in previous.words)
    ):
        return clause
    if any(clause.start <= t.start < clause.end for t in st.sentence_times(clause.sentence)):
        return clause
    joined = previous.part((*previous.tokens, *clause.tokens), end=clause.end)
    return joined if _march_purpose_clause(joined, lex) else clause


def _resumed_main_clauses(clauses: Sequence[_Clause], lex: _Lexicon) -> dict[int, _Clause | None]:
    """``Die Polizei nahm den Fahrer, der nach dem Unfall geflüchtet war, am Montag in X
    fest``: a German main clause parted by a relative clause set off by commas, whose rest
    after the second comma closes with the split verb's particle. The two parts of the main
    clause are read as one clause (the relative clause stays a clause of its own), or the
    particle, its day and its place are lost. Returns, by clause index, the joined clause for
    the rest and None for the first part (read with the rest, not alone). Only in a language
    whose particles close the clause (``[grammar] particles``); the rest opens with a
    lower-case word that opens no clause of its own (no conjunction, subordinator or
    relative pronoun) and ends with a separable particle of ``[grammar]
    separable_particles`` that changes a verb's sense; the relative clause opens with a
    relative pronoun and ends with a lower-case verb. Session 24 (h24-evde)."""
    if not lex.particles_at_clause_end or not lex.sense_changing_particles:
        return {}
    openers = (
        lex.coordinators
        | lex.conjunctions
        | lex.factual_subordinators
        | lex.own_time_openers
        | lex.verb_last_openers
        | lex.purpose_openers
        | lex.relative_pronouns
    )
    out: dict[int, _Clause | None] = {}
    for n in range(2, len(clauses)):
        first, relative, rest = clauses[n - 2], clauses[n - 1], clauses[n]
        if (
            not rest.words
            or rest.words[-1].casefold() not in lex.sense_changing_particles
            or not rest.words[0][:1].islower()
            or rest.words[0].casefold() in openers
            or len(first.words) < 2
            or len(relative.words) < 2
            or relative.words[0].casefold() not in lex.relative_pronouns
            or not relative.words[-1][:1].islower()
            or (first.words[0].islower() and first.words[0] in lex.relative_pronouns)
            or first.words[-1].casefold() in lex.sense_changing_particles
            or not first.sentence.index == relative.sentence.index == rest.sentence.index
            or n - 2 in out
        ):
            continue
        out[n - 2] = None
        out[n] = first.part((*first.tokens, *rest.tokens), end=rest.end)
    return out


def _infinitive_clause(clause: _Clause, lex: _Lexicon) -> bool:
    """``Die Junta kündigte an, innerhalb von 18 Monaten Wahlen abzuhalten``, ``Die Rebellen
    drohten, die Stadt anzugreifen``: a clause after a comma that closes with an infinitive
    with ``zu`` (``[grammar] infinitive_markers``: ``zu abhalten`` fused as ``abzuhalten``
    after a separable particle, or ``zu`` before it, or a perfect infinitive, ``getötet zu
    haben``) has no finite verb: what it names is planned, threatened, tried or denied, not
    reported, its event nouns too (a verb right after ``zu`` was read so already). Not a
    purpose clause (``[clauses] purpose_openers``: ``um ... zu``, which may name the march
    told before it, :func:`_march_joined`). Session 24 (h24-evde)."""
    words = clause.words
    if (
        not lex.infinitive_markers
        or len(words) < 2
        or clause.start == clause.sentence.start
        or words[0].casefold() in lex.purpose_openers
        or not words[-1].islower()
    ):
        return False
    last, before = words[-1], words[-2].casefold()
    if before in lex.infinitive_markers:
        return last in lex.perfect_infinitives or last.endswith(lex.infinitive_endings)
    return last.endswith(lex.infinitive_endings) and any(
        last.startswith(particle + marker) and len(last) > len(particle + marker) + 3
        for particle in lex.sense_changing_particles
        for marker in lex.infinitive_markers
    )


def _auxiliary_verb(tok: Token, lex: _Lexicon) -> bool:
    """Is ``tok`` an auxiliary verb (``[actors] auxiliaries``) as written: in a language that
    writes its nouns with a capital, the lower-case word only (``waren ... überflutet
    worden`` is the auxiliary, ``mit billigen Waren überflutet`` the goods; session 24,
    h24-evde)."""
    return tok.fold in lex.auxiliaries and not (lex.nouns_capitalised and tok.is_cap)


def _figurative(toks: Sequence[Token], i: int, lex: _Lexicon) -> int | None:
    """Where the follower stands that makes trigger word ``i`` figurative
    (``[[figurative]]``): one of its entry's followers within the entry's reach after it,
    before the clause's next conjunction; None when the word is literal. A team that
    ``captured the title``, a ministry that ``launched a vaccination drive``, ``a storm of
    criticism``, ``Die Firma startete eine Werbekampagne``: the same words as a battle, a
    launch or a storm, and no event; nor is the follower one (``a storm of protest``).
    Why the words after it: what the verb acts on, or what the noun is made of, tells the
    literal from the figurative reading in both languages. An entry whose follower is the
    verb's object (``object``) stops at a preposition where the object follows the verb
    (not verb-second: ``launched missiles at a campaign rally`` is a launch); German puts
    its object after the day and the place, and before a participle at the clause's end
    (``before``: ``hat den Titel erobert``)."""
    for _, followers, reach, obj, before in lex.figurative_of(toks[i].text):
        for k in range(i + 1, min(i + 1 + reach, len(toks))):
            fold = toks[k].fold
            if fold in lex.conjunctions or (
                obj and not lex.verb_second and fold in lex.prepositions
            ):
                break
            if followers.match(toks[k].text):
                return k
        if before:
            for k in range(i - 1, max(-1, i - 1 - reach), -1):
                if toks[k].fold in lex.conjunctions:
                    break
                if followers.match(toks[k].text) and not _auxiliary_verb(toks[k], lex):
                    return k
    return None


def _town_beat_town(
    toks: Sequence[Token], i: int, lex: _Lexicon, place_kinds: dict[int, str]
) -> bool:
    """Is trigger word ``i`` a verb of ``[grammar] team_verbs`` with a town right before it
    and a town right after it (``<A> conquered <B>``, ``<A> routed <B> on
    Sunday``)? A town that conquers or routs a town is its team: a match, no battle.
    Armies, rebels and states take towns (``Rebels conquered Kidal``, ``Russia conquered
    X``: no town before the verb; ``Troops from A stormed B``: the town before is no
    subject), and a town with more words between is left alone."""
    return (
        toks[i].fold in lex.team_verbs
        and place_kinds.get(i - 1) == "city"
        and place_kinds.get(i + 1) == "city"
        and (i < 2 or toks[i - 2].fold not in lex.prepositions)  # "Troops from A stormed B"
    )


def _journey_home(
    clause: _Clause, trig_i: int, places: Sequence[Place], used: set[int]
) -> Place | None:
    """The country an actor before a journey home belongs to (``<Land>'s president
    returned home from <A>``, ``Der Präsident <Lands> kehrte in die Heimat zurück``): the
    resolved country among the clause's actors' places before trigger ``trig_i``, where the
    journey ended. None when the subject names no country (the story's place is left to
    the rules that carry it)."""
    for p in places:
        if (
            id(p) in used
            and p.resolved
            and p.kind == "country"
            and clause.index_at(p.start) < trig_i
        ):
            return p
    return None


def _part_of_feature(
    toks: Sequence[Token], i: int, lex: _Lexicon, place_kinds: dict[int, str]
) -> bool:
    """Is trigger word ``i`` a noun of ``[grammar] feature_part_nouns`` whose next words,
    through ``feature_part_links`` only, open a place of ``feature_part_kinds`` (``near the
    summit of <Mount>``, ``am Gipfel des <Bergs>``)? Then it names the mountain's top, where
    something happened, not a meeting of leaders. A summit of a bloc or held in a town
    (``the summit of the African Union``, ``a summit in <Stadt>``) names no mountain after
    it and stays a meeting."""
    if toks[i].fold not in lex.feature_part_nouns:
        return False
    for k in range(i + 1, min(i + 4, len(toks))):
        if place_kinds.get(k) in lex.feature_part_kinds:
            return True
        if toks[k].fold not in lex.feature_part_links:
            return False
    return False


def _moved_people(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is trigger word ``i`` a journey's participle (``[grammar] moved_participles``:
    ``flown``, ``geflogen``) in a passive (an auxiliary of ``[grammar] passive`` before it
    in the clause, or German ``worden`` right after it) whose subject, before it in the
    clause, names people hurt, rescued or a ship's crew (``moved_people``: ``The wounded
    were flown to B for treatment``, ``Die Verletzten wurden nach B geflogen``)? Then the
    clause tells of their care, a quantity of the accident: no journey, and its B is no
    event's place that a later sentence could inherit. Released hostages flown home are a
    journey of the corpus (``die vier seien ... geflogen worden``): no such noun, no match."""
    if not lex.moved_people or toks[i].fold not in lex.moved_participles:
        return False
    passive = any(toks[k].fold in lex.passive for k in range(i)) or (
        i + 1 < len(toks) and toks[i + 1].fold in lex.passive
    )
    return passive and any(lex.moved_people.match(toks[k].text) for k in range(i))


def _in_proper_name(toks: Sequence[Token], i: int) -> bool:
    """A capitalised English verb inside a run of capitalised words is part of a name (``the
    Met Office said``, ``Fort Worth Fire Rescue``): English capitalises a verb only at the
    start of a sentence. Not at the clause's start, and not in a line set in title case,
    where every word is capitalised (``Quake Strikes Southern Iceland``)."""
    tok = toks[i]
    if i == 0 or not tok.is_cap or tok.is_upper:
        return False
    after = i + 1 < len(toks) and toks[i + 1].is_cap
    if not (after or (i > 1 and toks[i - 1].is_cap)):
        return False
    words = [t for t in toks if t.text[:1].isalpha()]
    return 3 * sum(not t.is_cap for t in words) >= len(words)


# words that may follow a clause-opening English participle without making it a name
# ("Killed Sunday were ...", "Arrested Monday, the man ...": a day, not a name's second word)
_DAY_WORDS = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    )
)


def _opens_with_name(toks: Sequence[Token], i: int) -> bool:
    """Is the capitalised English verb that opens the clause the first word of a name
    (``Met Eireann warned that ...``, ``Met Office forecasters said ...``)? English opens a
    sentence with its subject, so an irregular verb form there followed by another
    capitalised word (no day or month) and then a lower-case word is a name;
    :func:`_in_proper_name` leaves the clause's start alone because a capital is normal
    there. Not in a line set in title case
    or capitals. Session 18 (h18-events): a weather service's name read as a meeting."""
    if i != 0 or len(toks) < 3:
        return False
    tok, nxt, third = toks[0], toks[1], toks[2]
    return (
        tok.is_cap
        and not tok.is_upper
        # a regular participle opens a clause as an adjective ("Flooded Kerala villages were
        # evacuated"): only an irregular form ("Met", "Struck") is read as a name's word
        and not tok.fold.endswith("ed")
        and nxt.is_cap
        and not nxt.is_upper
        and nxt.fold not in _DAY_WORDS
        and third.text[:1].isalpha()
        and not third.is_cap
    )


# the most words a bare plural subject before a subject verb may take ("Thousands of
# angry farmers protest in X")
_SUBJECT_WORDS = 4


def _subject_verb(toks: Sequence[Token], i: int, lex: _Lexicon) -> _Trigger | None:
    """The verb reading of an event noun (``[subject_verbs]``) right after a bare plural
    subject that opens the clause: ``Thousands protest in X``, ``Teachers strike in X``,
    ``Hundreds of nurses rally in X``. Bare: no determiner, no preposition but ``of``, the
    word before it a count (``thousands``, ``200``) or a plural (ending in ``s``, or one of
    ``subject_plurals``); then the word can only be a verb (``the protest``, ``a strike``,
    ``air strike``, ``hunger strike`` are nouns: a determiner or a singular noun stands before
    them). A preposition or the clause's end follows it (``Protests strike a chord`` is
    another verb), and no armed subject stands before it (``Rebels strike in X`` attack).
    A ``[headline_verbs]`` word is a verb only: any object may follow it and any subject
    precede it (``Gunmen kidnap two aid workers``); the bare plural subject keeps out a
    modal, an infinitive or a causative before it (``Police can detain``, ``vowed to
    detain``, ``lets police detain``)."""
    trig = lex.subject_verbs.get(toks[i].fold) if lex.subject_verbs else None
    if trig is None:
        return None
    end = _place_after_subject(toks, i, lex)  # "Lawmakers in X vote": the subject ends at "in"
    if not 0 < end <= _SUBJECT_WORDS:
        return None
    before = [t.fold for t in toks[:end]]
    last = before[-1]
    if not (
        last in lex.count_words
        or last.isdecimal()
        or last in lex.subject_plurals
        or (last.endswith("s") and not last.endswith("'s"))
    ):
        return None  # "a general strike", "air strike", "the doctors' strike": a noun
    verb_only = toks[i].fold in lex.headline_verbs
    if any(
        w in lex.determiners
        or (w in lex.prepositions and w not in lex.transparent)
        or (not verb_only and lex.armed_subjects.match(w))
        for w in before
    ):
        return None  # "the strike", "Militants strike in X": no protest
    if verb_only:
        return trig  # "Police detain 40 students": a verb, whatever follows
    after = toks[i + 1].fold if i + 1 < len(toks) else None
    if after is not None and after not in lex.prepositions and after not in lex.cues:
        return None  # "Protests strike a chord": a verb with an object is another verb
    return trig


# the most words of a place name between a subject and its verb ("Lawmakers in Buenos Aires
# vote")
_PLACE_WORDS = 3


def _place_after_subject(toks: Sequence[Token], i: int, lex: _Lexicon) -> int:
    """Where the subject before the verb at ``i`` ends when a preposition and a capitalised
    name of at most ``_PLACE_WORDS`` words stand between them (``Lawmakers in Lima vote to
    ...``, ``Nurses in Tromsø walk out``: the subject's place, not part of its noun
    phrase); else ``i``. Session 23, round 2 (h23-even)."""
    k = i - 1
    while k > 0 and i - k <= _PLACE_WORDS and toks[k].is_cap and not toks[k].is_upper:
        k -= 1
    if k < i - 1 and k > 0 and toks[k].fold in lex.prepositions and not toks[k].is_cap:
        return k
    return i


def _headline_present_verb(
    clause: _Clause, i: int, lex: _Lexicon, place_kinds: Mapping[int, str] | None = None
) -> _Trigger | None:
    """The past trigger whose present form (``[grammar] present_from_past``,
    :func:`_present_forms`) token ``i`` is, read as a headline's verb: ``A ferry capsizes
    off X``, ``The army deploys troops in X``, ``Students picket in X``. Only in a line
    with no closing mark (a headline: in running text the present is a habit, a plan or a
    schedule), in the clause that opens it, right after its subject: a singular one opened
    by an article for the ``-s`` form, a bare plural one (as ``[subject_verbs]`` read it)
    for the base form; no preposition but ``of`` in the subject (``Forest rangers in X``
    would make the verb a noun's neighbour, not the subject's)."""
    trig = lex.present_forms.get(clause.tokens[i].fold)
    if trig is None or not _headline_present_at(clause, i, lex, place_kinds):
        return None
    return trig


def _headline_present_in(clause: _Clause, trig_i: int, trig: _Trigger, lex: _Lexicon) -> bool:
    """Does a headline's present verb date the event of trigger ``trig_i`` (the report's
    day)? The trigger itself as an ``-s`` verb of its own (``Ethiopian premier hosts Somali
    leader in X``), or the verb after a noun trigger, a present form of a past trigger or
    carrier (``Wildfire destroys farms near X``), each where
    :func:`_headline_present_at` puts a headline's verb. Session 23 (h23-even)."""
    toks = clause.tokens
    if (
        trig.pos == "verb"
        and toks[trig_i].fold.endswith("s")
        and _headline_present_at(clause, trig_i, lex)
    ):
        return True
    k = trig_i + 1
    return (
        k < len(toks)
        and (toks[k].fold in lex.present_forms or toks[k].fold in lex.present_carriers)
        and _headline_present_at(clause, k, lex)
    )


def _noun_present(
    clause: _Clause, i: int, lex: _Lexicon, skip: set[int], place_kinds: dict
) -> tuple[int, _Trigger, int | None] | None:
    """The reading of token ``i`` as a headline's present that is also a noun or has
    another sense (``[[noun_presents]]``: ``Warplanes bomb fuel depot near X``, ``Troops
    shell rebel positions``, ``Court sentences journalist to six years``, ``Soldiers clash
    with militants``): where :func:`_headline_present_at` puts a headline's verb, after a
    subject whose last word is one of its entry's heads (``Film crew shoots``,
    ``Play bombs``: another sense), with a lowercase object or one of the
    entry's prepositions after it (``Court sentences have lengthened in X``: a noun). Read as
    its past word is (its carrier or its verb trigger, the particle after it: ``Gunmen
    shoot dead ...``), named by the present word. Session 23, round 2 (h23-even)."""
    toks = clause.tokens
    if i + 1 >= len(toks) or not _headline_present_at(clause, i, lex):
        return None
    nxt = toks[i + 1]
    for pasts, heads, after in lex.noun_presents[toks[i].fold]:
        if not heads.match(toks[i - 1].text):
            continue
        if (
            nxt.fold in lex.prepositions
            or (nxt.is_cap and not _title_line(clause, lex))
            or not nxt.text[:1].isalnum()
        ) and nxt.fold not in after:
            continue  # "Court sentences have lengthened in X": a noun, no object after it
        for n, past in enumerate(pasts):
            read = _read_as_past(clause, i, past, lex, skip, place_kinds)
            if read is None:
                continue
            if n and _recast(read[1], clause, read[0], lex) is read[1]:
                continue  # a later past only where its doer and target name the kind
            return read
    return None


def _noun_present_beside(clause: _Clause, trig_i: int, lex: _Lexicon) -> bool:
    """Is another word of the clause than the trigger at ``trig_i`` a headline's present
    read by ``[[noun_presents]]`` (:func:`_noun_present`): ``Earthquake strikes eastern X``,
    whose event the noun names (``Earthquake``, read by the carrier of ``struck``), tells the
    report's own news in the present as ``Quake hits eastern X`` does. ``Israeli strikes
    have killed ...`` has no such present (no hazard before ``strikes``). Session 24,
    round 2 (h24-even)."""
    return any(
        k != trig_i
        and t.fold in lex.noun_presents
        and _noun_present(clause, k, lex, set(), {}) is not None
        for k, t in enumerate(clause.tokens[: _SUBJECT_WORDS + 2])
    )


def _read_as_past(
    clause: _Clause, i: int, past: str, lex: _Lexicon, skip: set[int], place_kinds: dict
) -> tuple[int, _Trigger, int | None] | None:
    """Token ``i`` read as the past word ``past`` (:func:`_noun_present`): its carrier's
    reading, else its verb trigger's (with the particle after it), named by the token."""
    toks = clause.tokens
    as_past = (*toks[:i], toks[i]._replace(text=past, fold=past), *toks[i + 1 :])
    carried = _carried(as_past, i, lex, skip, clause.before, place_kinds)
    if carried is not None:
        at, trig = carried
        return at, (replace(trig, text=toks[i].text) if at == i else trig), None
    for trig in lex.triggers_of(past):
        if trig.pos != "verb":
            continue
        particle = _particle_at(as_past, i, trig, lex) if len(trig.words) > 1 else None
        if len(trig.words) > 1 and particle is None:
            continue
        text = " ".join([toks[i].text, *trig.text.split()[1:]])
        return i, replace(trig, text=text), particle
    return None


def _headline_present_at(
    clause: _Clause, i: int, lex: _Lexicon, place_kinds: Mapping[int, str] | None = None
) -> bool:
    """Does token ``i`` stand as a headline's present verb (:func:`_headline_present_verb`):
    in a line with no closing mark, in its opening clause, right after its subject?

    With ``place_kinds`` (token index to the kind of the resolved place it opens), a subject
    of two bare names (``Kenya, Ethiopia sign ...``, ``Kenya and Ethiopia sign ...``) must
    name countries: two firms that sign a deal (``Acme and Globex sign ...``) are no
    strategic development of a state."""
    toks = clause.tokens
    if not 0 < i <= _SUBJECT_WORDS + 1 or (toks[i].is_cap and not _title_line(clause, lex)):
        return False
    sent = clause.sentence
    listed = clause.start != sent.start and _name_and_comma_before(clause)
    if clause.start != sent.start and not listed:
        return False
    if listed and place_kinds is not None and not _names_are_countries(toks, i, lex, place_kinds):
        return False  # "Acme, Globex sign ...": the party after the comma is no country
    text = sent.text.rstrip()
    if not text or not (text[-1].isalnum()):
        return False  # a sentence of running text, not a headline
    before = [t.fold for t in toks[:i]]
    if any(w in lex.prepositions and w not in lex.transparent for w in before):
        return False
    if before[-1] in lex.determiners or before[-1] in lex.indefinite:
        return False  # "the founders": a noun after its article
    if toks[i].fold.endswith("s"):
        return (
            before[0] in lex.determiners
            or before[0] in lex.indefinite
            or _bare_singular_subject(toks, i, lex)
        )
    last = before[-1]
    bare_plural = (
        last in lex.subject_plurals
        or last.isdecimal()
        or (last.endswith("s") and not last.endswith("'s"))
        or (listed and all(t.is_cap for t in toks[:i]))
        or (
            _coordinated_names(toks, i, lex)
            and (place_kinds is None or _names_are_countries(toks, i, lex, place_kinds))
        )
    )
    return bare_plural and not any(w in lex.determiners for w in before)


def _name_and_comma_before(clause: _Clause) -> bool:
    """Does the clause's line open with a name of at most three capitalised words and a
    comma before it (``Kenya, Ethiopia sign border accord``: the comma cut the clause
    between the two parties of a headline's plural subject)? Session 23, round 2."""
    head = clause.text[clause.sentence.start : clause.start].rstrip()
    if not head.endswith(","):
        return False
    words = head[:-1].split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def _coordinated_names(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Are the words before token ``i`` two names joined by a comma or ``and`` (``Kenya,
    Ethiopia sign accord``, ``Kenya and Ethiopia sign ...``): a plural subject, as a
    headline writes two parties. Every word but the joining one capitalised. Session 23,
    round 2 (h23-even)."""
    if i < 2 or not all(t.is_cap or t.fold in lex.coordinators for t in toks[:i]):
        return False
    return any(
        toks[k].fold in lex.coordinators or toks[k].gap_before.strip() == "," for k in range(1, i)
    )


def _names_are_countries(
    toks: Sequence[Token], i: int, lex: _Lexicon, place_kinds: Mapping[int, str]
) -> bool:
    """Does every name before token ``i`` (a capitalised word that opens the line or
    follows a comma or a coordinator) open a country the geoparser resolved? Session 23,
    round 2 (review): a headline's two parties of a strategic development are states."""
    return all(
        place_kinds.get(k) == "country"
        for k in range(i)
        if toks[k].is_cap
        and (k == 0 or toks[k - 1].fold in lex.coordinators or "," in toks[k].gap_before)
    )


def _bare_singular_subject(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is what stands before the ``-s`` verb at ``i`` a headline's singular subject with its
    article dropped (``Tribunal fines mining firm in X``, ``Wildfire destroys farms near
    X``, ``Ethiopian premier hosts Somali leader``)? Headlines leave the article out, so
    the subject opens the line with a capital and no determiner at all, and its last word is
    no plural (``County jails``, ``Court sentences``: a plural noun, not a verb after a singular;
    ``Minibus``, ``Crisis`` end in ``s`` and are singular). Session 23 (h23-even)."""
    if not toks[0].is_cap:
        return False
    last = toks[i - 1].fold
    if last in lex.subject_plurals or last.isdecimal():
        return False
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return False  # a plural ("County jails"); "Minibus", "Crisis" are singulars
    return not any(t.fold in lex.determiners or t.fold in lex.indefinite for t in toks[:i])


def _headline_future(clause: _Clause, lex: _Lexicon) -> int | None:
    """Where the clause is a headline's future, ``<subject> to <verb> ...`` (``Ghana to stage
    run-off in X``, ``Army to deploy troops in X``): the index of its ``to``, or ``None``.
    A line with no closing mark (a headline), its opening clause, a lowercase ``to``
    (``[clauses] before_infinitive``) after a subject of at most four words that are all
    capitalised (a name or the line's first word: ``Parliament to vote``) and a lowercase
    word after it. A verb before ``to`` (``Nigerians flock to polls``, ``Deputies vote in X
    to dismiss the mayor``) keeps the line a present; so does a title-case line (``To``). A
    passive of the past has the same shape (``Ferry to island capsized off X``): the caller
    takes a verb trigger past the infinitive for the line's own verb (h23-mend). Session 23
    (h23-even)."""
    toks = clause.tokens
    sent = clause.sentence
    if clause.start != sent.start or len(toks) < 3:
        return None
    text = sent.text.rstrip()
    if not text or not text[-1].isalnum():
        return None  # running text or a question, not a headline
    titled = None
    for j in range(1, min(len(toks) - 1, _SUBJECT_WORDS + 1)):
        if toks[j].text in lex.before_infinitive:
            nxt = toks[j + 1]
            future = (
                nxt.text.isalpha()
                and nxt.text.islower()
                and nxt.fold not in lex.determiners
                and all(t.is_cap for t in toks[:j])
            )
            return j if future else None
        if toks[j].fold in lex.before_infinitive and toks[j].is_cap:
            titled = _title_line(clause, lex) if titled is None else titled
            return j if titled and _title_infinitive(toks[j + 1], lex) else None
        if not toks[j].is_cap:
            return None
    return None


# the fewest words after a headline's first that title case capitalises (function words
# not counted): "Ferry Sinks Off Zanzibar" has two
_TITLE_WORDS = 2


def _title_line(clause: _Clause, lex: _Lexicon) -> bool:
    """Is the clause's sentence a headline line set in title case (``Court Jails <Name> In
    <Town>``, ``Gunmen Kill <N> in <Town> Raid``)? Only where capitals mark names
    (not German), with no closing mark, and every word after the first capitalised but
    function words (prepositions, articles, coordinators, ``to``), at least
    ``_TITLE_WORDS`` of them. There a capital marks neither a name nor a sentence's start,
    and the headline readers (:func:`_headline_present_at`, :func:`_noun_present`,
    :func:`_headline_future`) pass over it as they pass over a lower-case word. Session 24
    (h24-even): a title-case line read no verb and no plan before."""
    if lex.nouns_capitalised:
        return False
    text = clause.sentence.text.rstrip()
    if not text or not text[-1].isalnum():
        return False  # running text or a question, not a headline
    capitals = 0
    for word in text.split()[1:]:
        core = word.strip(_TITLE_PUNCTUATION)
        if not core[:1].isalpha():
            continue  # a number or a dash: "Gunmen Kill 12 ..."
        fold = core.casefold()
        if (
            fold in lex.prepositions
            or fold in lex.determiners
            or fold in lex.coordinators
            or fold in lex.before_infinitive
        ):
            continue  # "in", "of", "and", "to": lower case in many house styles
        if not core[:1].isupper():
            return False  # a lower-case word: sentence case ("Court jails blogger in X")
        capitals += 1
    return capitals >= _TITLE_WORDS


# what may stand around a headline's word ("Turku,", "(Reuters)", "'Peace'")
_TITLE_PUNCTUATION = ",;:()[]\"'‘’“”"


def _title_infinitive(tok: Token, lex: _Lexicon) -> bool:
    """Can the capitalised word after a title-case line's ``To`` be an infinitive (``Lithuania
    To Hold Referendum``, ``Army To Deploy Troops``)? A word, no article or number, and no
    plural's ``s`` (``Nigerians Flock To Polls``, ``Farmers Head To Markets``: a verb before
    ``To``, and a plural noun after it; ``Discuss``, ``Focus`` end in ``ss`` and ``us``).
    Session 24 (h24-even)."""
    fold = tok.fold
    return (
        tok.text.isalpha()
        and fold not in lex.determiners
        and fold not in lex.indefinite
        and (not fold.endswith("s") or fold.endswith(("ss", "us")))
    )


# how many words the strikers may take after their link ("a strike by the city's bus
# drivers"), and the start verb before the noun ("began an indefinite strike")
_LABOUR_WORDS = 4


def _labour_strike(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the noun at ``i`` (``[labour_strike] words``: ``strike``) a labour strike? Alone
    the word is also an attack's (``a strike on a convoy killed ...``), a verb (``strike a
    deal``) or part of a longer trigger (``general strike``, ``air strike``: read by its
    own words). A labour strike by its strikers or its verb: a striker right before it
    (``the teachers' strike``, ``a bus drivers strike``), strikers after a link (``a strike
    by market traders``, up to four words after ``by``), or a verb that starts or keeps
    one before it past an article and adjectives (``began a strike``, ``held a long
    strike``). Not before an article (``unions strike a deal``: the verb), nor
    right after a trigger word (``general strike``, ``hunger strike``: their own reading)."""
    nxt = toks[i + 1].fold if i + 1 < len(toks) else None
    if nxt is not None and (nxt in lex.determiners or nxt in lex.indefinite):
        return False  # "Unions strike a deal": a verb with its object
    if _longer_strike(toks, i, lex):
        return False  # "general strike", "air strike": a longer trigger's word
    if i > 0 and lex.labour_doers.match(toks[i - 1].text):
        return True  # "the teachers' strike", "a bus drivers strike"
    if nxt in lex.labour_links and any(
        lex.labour_doers.match(t.text) for t in toks[i + 2 : i + 2 + _LABOUR_WORDS]
    ):
        return True  # "a strike by market traders"
    for j in range(i - 1, max(-1, i - 1 - _LABOUR_WORDS), -1):
        low = toks[j].fold
        if low in lex.labour_verbs:
            # "began an indefinite strike"; not "continued strikes on rebel positions": what
            # was struck makes them an attack's (session 25, round 2)
            return not _struck_target(toks, i, lex)
        if low in lex.labour_doer_verbs and any(lex.labour_doers.match(t.text) for t in toks[:j]):
            return True  # "Dock workers launched an indefinite strike"
        if low in lex.prepositions or low in lex.conjunctions:
            break
    return False


def _attack_strike(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the noun at ``i`` (``[labour_strike] attack_words``: ``strike``, ``strikes``) an
    attack's: a link right after it (``on``, ``against``) and what was struck within the
    next three words (``attack_targets``: ``launched a strike on rebel positions``,
    ``strikes against militant hideouts``)? Not a labour strike (:func:`_labour_strike`:
    ``Dock workers launched a strike on Monday``), not a longer trigger's word (``air
    strikes on``: their own reading), not a verb with its object (``strike a deal``).
    Session 25 (h25-even)."""
    if _longer_strike(toks, i, lex):
        return False  # "air strikes on", "hunger strike against": a longer trigger's word
    if toks[i].fold in lex.labour_words and _labour_strike(toks, i, lex):
        return False
    return _struck_target(toks, i, lex) or _armed_launcher(toks, i, lex)


def _longer_strike(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the strike noun at ``i`` a longer trigger's last word: a trigger word right before
    it (``general strike``, ``air strikes``)? Not a verb that starts or launches one (``began
    strikes``, ``launched strikes``: the bare plural right after its verb, session 25,
    round 2)."""
    if i == 0 or not lex.any_trigger.match(toks[i - 1].text):
        return False
    return (
        toks[i - 1].fold not in lex.labour_verbs and toks[i - 1].fold not in lex.labour_doer_verbs
    )


def _struck_target(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does what was struck follow the strike noun at ``i``: a link right after it (``on``,
    ``against``) and one of ``attack_targets`` within the next three words?"""
    if i + 1 >= len(toks) or toks[i + 1].fold not in lex.attack_links:
        return False
    return any(lex.attack_targets.match(t.text) for t in toks[i + 2 : i + 2 + _ATTACK_TARGET_WORDS])


def _armed_launcher(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Did an armed actor launch the strikes at ``i``: one of ``[labour_strike] doer_verbs``
    within four words before it (no preposition between) and one of ``attack_doers`` before
    that verb (``The army launched strikes near X overnight``, ``Rebels launched a strike
    at dawn``)? Workers who launched strikes are strikers (:func:`_labour_strike`).
    Session 25, round 2 (h25-evwords)."""
    for j in range(i - 1, max(-1, i - 1 - _LABOUR_WORDS), -1):
        low = toks[j].fold
        if low in lex.labour_doer_verbs:
            return any(lex.attack_doers.match(t.text) for t in toks[:j])
        if low in lex.prepositions or low in lex.conjunctions:
            return False
    return False


#: how far after its link the target of an attack's ``strike`` may stand ("on suspected
#: rebel positions")
_ATTACK_TARGET_WORDS = 3


def _particle_at(toks: Sequence[Token], i: int, trig: _Trigger, lex: _Lexicon) -> int | None:
    """Where the rest of the several-word trigger ``trig`` whose verb is token ``i`` stands,
    or None. German particles close the clause (``feuerte ... ab``); English ones follow the
    verb (``fired on``); a particle of several words (``went to the polls``, ``auf die
    Straße``) is a phrase: its words follow one another. A preposition marked ``>`` in the
    lexicon (``schoss* >auf``) is no particle but opens the verb's object, which German puts
    anywhere after the verb (``schoss am Montag auf Demonstranten in X``), never last."""
    rest = trig.words[1:]
    later: Sequence[int]
    if trig.particle_before:
        # the words before the verb in its own coordinated part: "das Feuer gelöscht und die
        # Ermittlungen eröffnet" has no "Feuer eröffnet" (session 13, h-evwde)
        stop = next((k for k in range(i - 1, -1, -1) if toks[k].fold in lex.coordinators), -1)
        later = range(i - len(rest), stop, -1)
    elif trig.preposition and lex.particles_at_clause_end and _verb_last(toks, i, lex):
        # a subordinate clause puts the verb last and its object before it ("als
        # Sicherheitskräfte am Montag in X auf Demonstranten schossen"): the preposition
        # stands before the verb, its object between them
        later = [
            j for j in range(i - len(rest) - 1, -1, -1) if _literal_object(toks, j + len(rest), lex)
        ]
    elif trig.preposition:
        # a preposition and its object (one token at least after it), up to the next
        # coordinated part ("schoss ... ab und ..."): its phrase stands anywhere in between
        stop = next(
            (k for k in range(i + 1, len(toks)) if toks[k].fold in lex.conjunctions), len(toks)
        )
        later = [
            j for j in range(i + 1, stop - len(rest)) if _literal_object(toks, j + len(rest), lex)
        ]
    elif lex.particles_at_clause_end:
        # the particle closes the clause (or its part before a coordinator), or the phrase
        # follows the verb ("nahm Ermittlungen auf", "erklärte sich"); "räumte am Montag ein
        # Protestcamp" has an article, not the particle. A phrase of several words is an
        # object with its article, which a phrase of its own may follow ("übernahm die Armee
        # die Kontrolle über den Rundfunk"; session 24, h24-evde), up to the verb's part's end
        part_end = i  # a one-word particle: no phrase
        if len(rest) > 1:
            part_end = next(
                (k for k in range(i + 1, len(toks)) if toks[k].fold in lex.coordinators), len(toks)
            )
        later = [
            j
            for j in range(i + 1, len(toks) - len(rest) + 1)
            if j == i + 1
            or j + len(rest) == len(toks)
            or toks[j + len(rest)].fold in lex.coordinators
            or toks[j].is_cap  # an object noun: "setzte ... Tränengas ein"
            or (j < part_end and _phrase_before_its_object(toks, j + len(rest), lex))
        ]
    else:
        later = range(i + 1, min(i + 2, len(toks) - len(rest) + 1))
    return next(
        (j for j in later if all(w.match(toks[j + k].text) for k, w in enumerate(rest))),
        None,
    )


def _phrase_before_its_object(toks: Sequence[Token], after: int, lex: _Lexicon) -> bool:
    """Does a prepositional phrase of its own open right after a trigger's phrase, at
    ``after`` (``die Kontrolle über den Rundfunk``; not a purpose word, ``um ... zu``)?"""
    return (
        after < len(toks)
        and toks[after].fold in lex.prepositions
        and toks[after].fold not in lex.purpose_openers
    )


def _other_separable_verb(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does a separable particle close the part of the clause that the one-word verb
    trigger at ``i`` opens (``Die Anwohner warfen dem Betreiber Schlamperei vor``:
    ``vorwerfen``, to accuse, no throwing)? In a language whose particles close the clause
    (``[grammar] particles = "clause_end"``), the particle makes another verb of it; a
    trigger of that verb names it with the particle (``nahm* fest``). The part runs to the
    next coordinator (``warfen Steine und zündeten Autos an``: ``an`` is the second verb's).
    Session 23, h23-evde."""
    if not lex.particles_at_clause_end or not lex.sense_changing_particles:
        return False
    end = next((k for k in range(i + 1, len(toks)) if toks[k].fold in lex.coordinators), len(toks))
    # a quotation after the verb is what was said or chanted, its last word no particle
    # ("skandierten am Montag „Ruto muss weg“"; session 24, h24-evde)
    if any(q in toks[k].gap_before for k in range(i + 1, end) for q in _QUOTES):
        return False
    return end - i > 2 and toks[end - 1].fold in lex.sense_changing_particles


def _verb_last(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the verb at ``i`` close a clause that a subordinator or a relative pronoun
    opens (auxiliaries may follow it: ``geschossen hatten``)? Then its objects stand
    before it."""
    if not toks or i == 0:
        return False
    opener = toks[0].fold
    return (
        opener in lex.factual_subordinators
        or opener in lex.own_time_openers
        or opener in lex.relative_pronouns
        or opener in lex.verb_last_openers
    ) and all(t.fold in lex.auxiliaries for t in toks[i + 1 :])


def _literal_object(toks: Sequence[Token], j: int, lex: _Lexicon) -> bool:
    """Is the object a preposition opens at token ``j`` (its first noun, after articles,
    adjectives and numbers) no level, rank or goal (``[grammar] figurative_objects``), and
    not a bare number (``schoss auf 5 Prozent``)?"""
    for tok in toks[j : j + 4]:
        if tok.text[:1].isdecimal():
            return False
        if tok.fold in lex.determiners or (not tok.is_cap and lex.nouns_capitalised):
            continue  # "auf die", "auf ein neues"
        return not lex.figurative_objects.match(tok.text)
    return True


def _phrase_of(toks: Sequence[Token], i: int, kind: str, lex: _Lexicon) -> bool:
    """Is the carrier word at ``i`` the verb of a several-word trigger of the kind it carries,
    its other words in place (``ist ... auf Land getroffen``, ``traf ... auf Land``: a
    landfall)? Then the phrase names the event, not the noun it carries (``Zyklon``), as
    ``made landfall`` does in English (``made`` carries nothing). Why: a phrase says what
    happened (landfall), a bare carrier (``traf``) only that something did; and gold written
    by several hands names the phrase in both languages."""
    return any(
        trig.pos == "verb"
        and trig.type == kind
        and len(trig.words) > 1
        and _particle_at(toks, i, trig, lex) is not None
        for trig in lex.triggers_of(toks[i].text)
    )


def _phrase_of_other_kind(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the carrier word at ``i`` the verb of a several-word trigger of any kind whose
    object is written into it, its words in place (``smashed the windows``, ``burned
    tyres``)? Then the phrase says what happened, as :func:`_phrase_of` says for a phrase of
    the carried kind: ``Angry taxi drivers smashed the windows of a police station`` is a riot,
    though ``taxi`` before the verb would make ``smashed`` a crash (session 18, h18-events).
    Only a phrase whose second word follows the verb at once: a particle at the clause's end
    (``stürzte ... ein``) is the carrier's own reading."""
    return any(
        trig.pos == "verb"
        and len(trig.words) > 1
        and not trig.preposition
        and _particle_at(toks, i, trig, lex) == i + 1
        for trig in lex.triggers_of(toks[i].text)
    )


def _cause_of_death(
    toks: Sequence[Token],
    i: int,
    found: Sequence[tuple[int, int, _Trigger, int | None]],
    lex: _Lexicon,
) -> bool:
    """Does noun ``i`` say what the dead counted by a casualty verb before it died of (``were
    killed in an ambush``, ``died in a prison mutiny``: ``[casualty] causes``)? Then it names
    the event, it is not the verb's object. Only a verb that counts the dead without a doer
    (a passive: ``[grammar] passive``; or ``[casualty] intransitive``: ``died``) yields:
    ``Gunmen killed 12 villagers in an attack`` is the killing its doers did."""
    if not lex.casualty_causes:
        return False
    verbs = [
        f[1]
        for f in found
        if f[2].pos == "verb" and f[1] < i and lex.casualty.match(toks[f[1]].text)
    ]
    if not any(
        toks[v].fold in lex.casualty_intransitive or (v > 0 and toks[v - 1].fold in lex.passive)
        for v in verbs
    ):
        return False
    for j in range(i - 1, max(i - 4, -1), -1):
        if toks[j].fold in lex.casualty_causes:
            return True
        if toks[j].fold in lex.prepositions:
            return False
    return False


def _circumstance(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does a circumstance preposition (``bei``, ``amid``) open the phrase of noun ``i``?"""
    for j in range(i - 1, max(i - 4, -1), -1):
        if toks[j].fold in lex.circumstance:
            return True
        if toks[j].fold in lex.prepositions:
            return False
    return False


def _carried(
    toks: Sequence[Token],
    i: int,
    lex: _Lexicon,
    skip: set[int],
    before: Sequence[Token] = (),
    place_kinds: dict[int, str] | None = None,
) -> tuple[int, _Trigger] | None:
    """The kind a carrier word (``struck``, ``traf``, ``exploded``) takes from the nearest
    noun in its clause that names what did it, and where the event is named (the noun when
    it is a trigger itself, else the carrier); None when no such noun is there (then the
    carrier's own reading applies). A coordinated part with no such noun asks the parts
    before it (``before``: their subject is its subject), and the carrier names the event."""
    found = _carried_in(toks, i, lex, skip, place_kinds or {})
    if found is not None or not before:
        return found
    tok = toks[i]
    for carrier in lex.carriers_of(tok.text):
        if (
            carrier.after_only
            or carrier.passive_only
            or not _carrier_words_in_place(carrier, toks, i, lex)
        ):
            continue  # the parts before name its subject, not its object (nor its victim)
        for other in reversed(before):
            for kind, sub, nouns in carrier.kinds:
                if nouns.match(other.text):
                    pos = "noun" if lex.nouns_capitalised and tok.is_cap and i > 0 else "verb"
                    return i, _Trigger(kind, pos, (), tok.text, sub)
    return None


#: an English participle clause after a comma (``..., calling for lower speed limits``):
#: its ``-ing`` word; one word after the comma, so linear in the sentence
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+([a-z]{2,}ing)\b")


def _participle_purpose(clause: _Clause, i: int, lex: _Lexicon) -> _Trigger | None:
    """The kind a carrier word with no noun of its kind in its own clause (``Hundreds of
    people gathered in X on Tuesday``) takes from a participle clause later in its sentence
    (``..., calling for lower speed limits``, ``... after a teenager was killed, demanding
    ...``): an English ``-ing`` word right after a comma that is one of the carrier's nouns
    (the purpose words of a gathering, ``[[carriers]]``); None otherwise, and in a language
    that writes its nouns with a capital. Only a carrier with no object after it reads so
    (a preposition, a name or nothing next: ``gathered in``, ``gathered outside``):
    ``Investigators gathered evidence in X, calling it crucial`` gathered a thing. Session
    24, round 2 (h24-even)."""
    if lex.nouns_capitalised:
        return None
    toks = clause.tokens
    tok = toks[i]
    if i + 1 < len(toks) and not (toks[i + 1].is_cap or toks[i + 1].fold in lex.prepositions):
        return None
    carriers = [c for c in lex.carriers_of(tok.text) if not c.after_only]
    if not carriers:
        return None
    sentence = clause.sentence
    rest = sentence.text[max(clause.end - sentence.start, 0) :]
    words = _PARTICIPLE_AFTER_COMMA.findall(rest)
    for carrier in carriers:
        for kind, sub, nouns in carrier.kinds:
            if any(map(nouns.match, words)):
                return _Trigger(kind, "verb", (), tok.text, sub)
    return None


def _stative(toks: Sequence[Token], i: int, verbs: frozenset[str], lex: _Lexicon) -> bool:
    """Is the carrier word at ``i`` a state (``seien geschlossen``: one of ``verbs`` before it
    in its clause) rather than an act (``geschlossen worden``: a passive auxiliary after)?"""
    if i + 1 < len(toks) and toks[i + 1].fold in lex.passive:
        return False
    return any(t.fold in verbs for t in toks[:i])


def _other_sense(carrier: _Carrier, texts: Sequence[str]) -> bool:
    """Does a noun of the clause give the carrier word another sense than an event's
    (``not_with``: "Im Stall brannte noch Licht", a lamp alight, not a fire), or does the
    clause lack every noun the word needs for an event's (``needs``)?"""
    if carrier.needs is not None and not any(map(carrier.needs.match, texts)):
        return True  # "Händler fuhren in den Supermarkt": no vehicle, a trip
    return carrier.not_with is not None and any(map(carrier.not_with.match, texts))


# how far after a carrier word its object's noun may stand: an article and one adjective
_OBJECT_REACH = 3


def _object_sense(carrier: _Carrier, toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the object of carrier word ``i`` give it another sense (``not_object``: "The new
    car hit the market", "hits the shelves", "hit showrooms in X": a product on sale, no
    crash)? Only the words right after it, up to ``_OBJECT_REACH``, before a preposition, a
    conjunction, an indefinite article ("A truck hit a market in X" is a crash) or a
    lowercase attribute ("A truck hit the crowded market": a place run into; "hit the
    Kenyan market" is a product's); a noun further on is no object ("A car hit a
    pedestrian near a market")."""
    if carrier.not_object is None:
        return False
    for k in range(i + 1, min(i + 1 + _OBJECT_REACH, len(toks))):
        fold = toks[k].fold
        if fold in lex.prepositions or fold in lex.conjunctions or fold in lex.indefinite:
            return False  # "A truck hit a market in X": an indefinite object is a thing
        if carrier.not_object.match(toks[k].text):
            return True
        if fold not in lex.determiners and not toks[k].is_cap:
            # "A truck hit the crowded market": a lowercase attribute describes the place
            # run into; a market's name stays ("hit the Kenyan market"; review h26-rev2)
            return False
    return False


def _passive_before(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the carrier word at ``i`` a passive participle (``The border was closed``, ``roads
    were blocked``, ``the crossing was briefly reopened``: a passive auxiliary right before
    it, past one adverb)? Then its object stands before it: a carrier that reads only the
    words after it (``after``: ``closed the border``, not ``the crossing had reopened``, a
    state) reads the subject of its passive too."""
    return any(toks[k].fold in lex.passive for k in range(max(i - 2, 0), i))


def _noun_after_word(toks: Sequence[Token], j: int, prepositions: frozenset[str]) -> bool:
    """Does one of ``prepositions`` stand before the noun at ``j``, at most two words back (an
    article and an adjective: "vor dem alten Rathaus")?"""
    return any(toks[k].fold in prepositions for k in range(max(j - 3, 0), j))


def _in_phrase_of(
    toks: Sequence[Token], j: int, prepositions: frozenset[str], lex: _Lexicon
) -> bool:
    """Does the noun at ``j`` stand in a phrase opened by one of ``prepositions``: the
    preposition right before it, or before its article and a lower-case adjective (``auf der
    alten Brücke``)? Unlike :func:`_noun_after_word`, a capitalised word between (``in
    Lagos ein Gerüst``: a place, then the noun's own article) ends the phrase."""
    k = j - 1
    for _ in range(2):
        if k < 0 or toks[k].fold in prepositions:
            break
        if toks[k].fold in lex.determiners or not toks[k].is_cap:
            k -= 1
            continue
        return False
    return k >= 0 and toks[k].fold in prepositions


def _carrier_words_in_place(
    carrier: _Carrier, toks: Sequence[Token], i: int, lex: _Lexicon
) -> bool:
    """Does the carrier word at ``i`` stand as ``carrier`` needs it: a one-word entry, or a
    several-word one (``ging* unter``) with its particle in place (``Ein Boot ging am Montag
    vor X unter``; ``ging ... nieder`` is not it)?"""
    if carrier.singles is None or carrier.singles.match(toks[i].text):
        return True
    return any(
        phrase.words[0].match(toks[i].text) and _particle_at(toks, i, phrase, lex) is not None
        for phrase in carrier.phrases
    )


def _carrier_names(carrier: _Carrier, toks: Sequence[Token], j: int, i: int, lex: _Lexicon) -> bool:
    """Does the noun at ``j``, the subject before the carrier word at ``i`` (or after it with
    ``names_after``), name the event (``names``: "A fire gutted a warehouse")? Not an
    English word capitalised inside a sentence: that is a name's (``the Pacific Ring of Fire
    ... is shaken by quakes``; session 25, h25-evwords)."""
    if j == i or (j > i and not carrier.names_after):
        return False
    if carrier.names is None or not carrier.names.match(toks[j].text):
        return False
    return lex.nouns_capitalised or j == 0 or not toks[j].is_cap or toks[j].is_upper


def _carried_in(
    toks: Sequence[Token], i: int, lex: _Lexicon, skip: set[int], place_kinds: dict[int, str]
) -> tuple[int, _Trigger] | None:
    """:func:`_carried` within the clause's own words."""
    tok = toks[i]
    carriers = tuple(
        c for c in lex.carriers_of(tok.text) if _carrier_words_in_place(c, toks, i, lex)
    )
    if not carriers:
        return None  # most trigger words (said, erklärte): no carrier, no noun to read
    # (not a trigger noun, distance): a noun that names an event beats a nearer one that
    # does not ("Bei der Parlamentswahl ... die meisten Stimmen gewonnen")
    best: tuple[tuple[bool, bool, int], int, _Trigger] | None = None
    texts = [t.text for t in toks]
    # which words may open a two-word noun, and which are a carrier's noun: read in C once
    # per clause and carrier instead of a call per word
    opens_two = list(map(lex.two_word_firsts.match, texts))
    stems = _genitive_stems(toks, lex)
    stemmed = [(j, s) for j, s in enumerate(stems) if s is not None]
    two_ends = [j + 1 for j in compress(range(len(toks) - 1), opens_two)]
    place_at = [j for j in place_kinds if 0 <= j < len(toks)]

    def attributive_on(j: int) -> bool:
        # "The collapsed bridge ... killed": a carrier that reads its subject before it
        # reads, as an adjective before its noun, the noun right after it, past one word
        # ("the collapsed steel bridge"; session 16, round 3)
        return j <= i + 2 and _attributive_at(toks, i, lex)

    for carrier in sorted(carriers, key=lambda c: c.fallback):
        if carrier.fallback and best is not None:
            break  # another block's noun named the kind (``fallback``)
        if carrier.unless and _stative(toks, i, carrier.unless, lex):
            continue
        if _other_sense(carrier, texts) or _object_sense(carrier, toks, i, lex):
            continue
        noun_like = lex.nouns_capitalised and tok.is_cap and i > 0
        # the words' answers mapped in C; a genitive stem asked only where its word says no
        nouns_at = list(map(carrier.any_noun.match, texts))
        for j, s in stemmed:
            if not nouns_at[j]:
                nouns_at[j] = carrier.any_noun.match(s)
        # only a word that is one of its nouns, closes a two-word noun or is a place of a
        # kind can be read below: the others are passed over (in order, as before)
        for j in sorted({*compress(range(len(toks)), nouns_at), *two_ends, *place_at}):
            other = toks[j]
            # a carrier noun may name what did it as its own first part ("Flugzeugabsturz",
            # "Busunglück"): only in a language that writes compounds as one noun
            if (
                (j == i and not (lex.nouns_capitalised and tok.is_cap))
                or j in skip
                or (j < i and carrier.after_only and not _passive_before(toks, i, lex))
                or (
                    carrier.passive_only
                    and (j > i or j < i - _PASSIVE_SUBJECT or not _passive_before(toks, i, lex))
                )
                or (
                    j > i
                    and carrier.before_only
                    and not attributive_on(j)
                    and not _passive_doer(toks, i, j, lex)
                )
                or (carrier.doer_only and not _doer_at(toks, i, j, lex))
            ):
                continue
            two = (
                _two_word_noun(toks, j, lex)
                if j > 0
                and opens_two[j - 1]
                and j - 1 != i
                and not nouns_at[j]
                and not nouns_at[j - 1]
                else None
            )
            if two is not None and any(k == two.type for k, _, _ in carrier.kinds):
                # "A cold wave swept ...": a two-word trigger noun of one of the carrier's
                # kinds names the event even when neither word is one of the carrier's nouns
                # ("a wave of drones" names nothing; "A drone strike hit" reads "drone")
                key = (False, _cause_phrase(toks, j - 1, i, lex), abs(j - i))
                if best is None or key < best[0]:
                    best = (
                        key,
                        j - 1,
                        replace(
                            two,
                            pos="noun" if noun_like else "verb",
                            words=(),
                            text=toks[j - 1].text,
                        ),
                    )
                continue
            stem = stems[j]
            if carrier.prepositions and not _noun_after_word(toks, j, carrier.prepositions):
                continue
            if carrier.not_after and _in_phrase_of(toks, j, carrier.not_after, lex):
                continue
            for kind, sub, nouns in carrier.kinds if nouns_at[j] else ():
                if nouns.match(other.text) or (stem is not None and nouns.match(stem)):
                    kind, sub = _backed_kind(toks, j, carrier, (kind, sub))
                    kind, sub = _modifier_kind(toks, j, carrier, (kind, sub), skip)
                    named = (
                        _is_trigger_noun(other, kind, lex)
                        or _opens_two_word_noun(toks, j, kind, lex)
                        or _carrier_names(carrier, toks, j, i, lex)
                    )
                    key = (
                        not named,
                        _cause_phrase(toks, j, i, lex) or _partner_phrase(toks, j, lex),
                        abs(j - i),
                    )
                    if best is not None and key >= best[0]:
                        break
                    # a noun that killed names the event too, as a trigger noun does
                    # ([casualty]: "a fire at a warehouse killed five" is the fire, the dead
                    # its quantity)
                    at, word = (
                        (j, other.text)
                        if named or (j < i and lex.casualty.match(tok.text))
                        else (i, tok.text)
                    )
                    pos = "noun" if noun_like else "verb"
                    best = (key, at, _Trigger(kind, pos, (), word, sub))
                    two = _two_word_noun(toks, j, lex)
                    if two is not None:
                        # "a forest fire broke out": the two words name the kind, not "fire"
                        best = (
                            (False, key[1], abs(j - i)),
                            j - 1,
                            replace(
                                two,
                                pos="noun" if noun_like else "verb",
                                words=(),
                                text=toks[j - 1].text,
                            ),
                        )
                    break
            place_kind = place_kinds.get(j)
            if (
                place_kind is not None
                and j < i
                and (j == 0 or toks[j - 1].fold in lex.determiners)
                and (j == 0 or toks[j - 1].fold not in lex.cues)  # a subject, not "am X"
            ):
                # the place that did it, named as the carrier's subject ("Der <Vulkan> ist
                # ausgebrochen"): a reading of the carrier, as far from it as it stands
                for kind, sub, kinds in carrier.place_kinds:
                    key = (True, False, abs(j - i))
                    if place_kind in kinds and (best is None or key < best[0]):
                        pos = "noun" if noun_like else "verb"
                        best = (key, i, _Trigger(kind, pos, (), tok.text, sub))
    return (best[1], best[2]) if best else None


def _genitive_stems(toks: Sequence[Token], lex: _Lexicon) -> list[str | None]:
    """Each token's stem without its genitive ending, where it stands as a genitive noun
    (``[grammar] genitive_articles`` right before it, or before one lower-case adjective:
    ``eines Wohnhauses``, ``des alten Parkhauses``), else None. A carrier's nouns are
    written in the nominative; the noun that says what collapsed or crashed often follows
    the event noun in the genitive (``Beim Einsturz eines Wohnhauses``), and listing every
    genitive form of every noun would double the lists (session 15, h15-evde). The
    longest ending that leaves three letters is cut; a language without the keys gets no
    stems."""
    out: list[str | None] = [None] * len(toks)
    if not lex.genitive_articles or not lex.genitive_endings:
        return out
    for j, tok in enumerate(toks):
        if not tok.is_cap or j == 0:
            continue
        art = j - 1
        if art > 0 and not toks[art].is_cap and toks[art].fold not in lex.genitive_articles:
            art -= 1  # one adjective between: "eines dreistöckigen Wohnhauses"
        if toks[art].fold not in lex.genitive_articles:
            continue
        low = tok.text.casefold()
        for ending in lex.genitive_endings:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                out[j] = tok.text[: len(tok.text) - len(ending)]
                break
    return out


def _partner_phrase(toks: Sequence[Token], j: int, lex: _Lexicon) -> bool:
    """Is the noun at ``j`` what a vehicle hit or collided with, after a partner preposition
    (``[grammar] partner_prepositions``) at most two words back (``Eine Straßenbahn ist mit
    einem Bus zusammengeprallt``, ``A ferry rammed into a barge``)? The subject names the
    accident's mode (a tram's: rail); the partner is read only when no other noun is there
    (session 17, h17-acc)."""
    if not lex.partner_prepositions:
        return False
    return any(toks[k].fold in lex.partner_prepositions for k in range(max(j - 3, 0), j))


def _passive_doer(toks: Sequence[Token], i: int, j: int, lex: _Lexicon) -> bool:
    """Is the noun at ``j``, after the carrier at ``i``, the doer of the carrier's passive
    (``A village chief was shot by gunmen``: a passive auxiliary right before the carrier,
    ``by`` (``[grammar] passive_agents``) at most two words before the noun, nothing but
    the agent's words between)? Then it is the subject a carrier that reads only the words
    before it (``before``) reads in the active (``Gunmen shot a village chief``). Session
    24 (h24-even)."""
    if not lex.passive_agents or not _passive_before(toks, i, lex):
        return False
    k = i + 1
    return (
        k < j
        and toks[k].fold in lex.passive_agents
        and j - k <= 2
        and all(t.fold in lex.determiners or not t.is_cap for t in toks[k + 1 : j])
    )


def _doer_at(toks: Sequence[Token], i: int, j: int, lex: _Lexicon) -> bool:
    """Is the noun at ``j`` the doer of the carrier at ``i`` (a ``doer`` carrier): in a
    passive (an auxiliary before it, or ``by`` right after it: ``A cyclist hit by a lorry
    died``) the noun of the ``by`` phrase, at most four words on with nothing but an
    article and lower-case words between (``was hit by a city transit bus``; past the word's
    particle, ``knocked down by a van``); in the active
    a noun before it, its subject (``A bus hit a pedestrian``). Session 25 (h25-even)."""
    # "by" right after the word or past its particle ("knocked down by a van")
    by = next(
        (
            k
            for k in (i + 1, i + 2)
            if k < len(toks)
            and toks[k].fold in lex.passive_agents
            and (k == i + 1 or toks[i + 1].fold in lex.passive_particles)
        ),
        None,
    )
    if by is None and not _passive_before(toks, i, lex):
        return j < i
    return (
        by is not None
        and by < j <= by + _DOER_WORDS
        and all(t.fold in lex.determiners or not t.is_cap for t in toks[by + 1 : j])
    )


#: how far after ``by`` a passive's doer may stand (``by a city transit bus``)
_DOER_WORDS = 4


#: how far before a ``passive`` carrier its subject's noun may stand (``A village chief was
#: shot``, ``Two traders were later shot``): a noun further back belongs to another clause
#: (``the other drivers who entered the lot just before he was shot``)
_PASSIVE_SUBJECT = 4


def _passive_agent_words(toks: Sequence[Token], i: int, lex: _Lexicon) -> list[str]:
    """The words of the doer of the passive at ``i`` named after ``by`` (``A cyclist was
    killed by a lorry``, ``was killed by a train``): what a ``[[recast]]`` entry that reads
    its doer as the subject reads in the active (``A lorry killed a cyclist``). Empty when
    the word is no passive or no agent follows it (:func:`_passive_doer`). Session 24,
    round 2 (h24-even)."""
    return [
        toks[j].text for j in range(i + 2, min(i + 4, len(toks))) if _passive_doer(toks, i, j, lex)
    ]


def _cause_phrase(toks: Sequence[Token], j: int, i: int, lex: _Lexicon) -> bool:
    """Is the noun at ``j``, before the carrier at ``i``, the doer in a participle's phrase
    (``A landslide set off by the first quake buried ...``, ``Floods caused by the storm
    destroyed ...``): ``by`` (``[grammar] passive_agents``) after a lower-case word, at most
    two words before the noun? It names the cause of the subject, not what did the
    carrier's act; a noun before it (the subject) is read first, the cause only when there
    is none (``Houses were destroyed by the floods`` keeps the floods)."""
    if j >= i or not lex.passive_agents:
        return False
    for k in range(j - 1, max(j - 4, 0), -1):
        if toks[k].fold in lex.passive_agents:
            return not toks[k - 1].is_cap and toks[k - 1].fold not in lex.passive
        if toks[k].is_cap:
            return False
    return False


def _backed_kind(
    toks: Sequence[Token], j: int, carrier: _Carrier, kind: tuple[str, str | None]
) -> tuple[str, str | None]:
    """A noun two kinds of a carrier claim (``tanker``: a ship or a lorry) takes the kind
    another noun of its clause backs (``a fuel tanker overturned on a highway``: road);
    without one, the first kind listed."""
    claims = [(k, s, n) for k, s, n in carrier.kinds if n.match(toks[j].text)]
    if len(claims) < 2:
        return kind
    for k, s, nouns in claims:
        if any(nouns.match(t.text) for m, t in enumerate(toks) if m != j):
            return k, s
    return kind


def _modifier_kind(
    toks: Sequence[Token],
    j: int,
    carrier: _Carrier,
    kind: tuple[str, str | None],
    skip: set[int],
) -> tuple[str, str | None]:
    """The kind of a noun that names what did it, or of the noun right before it when that
    one names another kind of the same carrier: a noun before a noun says what kind of it
    (``mortar fire``, ``artillery fire`` killed: shelling, not a fire accident)."""
    if j == 0 or j - 1 in skip:
        return kind
    before = toks[j - 1].text
    for other_kind, other_sub, nouns in carrier.kinds:
        if (other_kind, other_sub) != kind and nouns.match(before):
            return other_kind, other_sub
    return kind


def _two_word_noun(toks: Sequence[Token], j: int, lex: _Lexicon) -> _Trigger | None:
    """The two-word noun trigger that ends at ``j`` ("forest fire", "flash flood"), if any."""
    if j == 0 or not lex.two_word_firsts.match(toks[j - 1].text):
        return None
    return next(
        (
            t
            for t in lex.triggers_of(toks[j - 1].text)
            if t.pos == "noun" and len(t.words) == 2 and t.words[1].match(toks[j].text)
        ),
        None,
    )


def _opens_two_word_noun(toks: Sequence[Token], j: int, kind: str, lex: _Lexicon) -> bool:
    """Does a two-word noun trigger of ``kind`` start at ``j`` ("A drone strike hit ...":
    ``drone`` is what did it, ``drone strike`` names the event)?"""
    two = _two_word_noun(toks, j + 1, lex) if j + 1 < len(toks) else None
    return two is not None and two.type == kind


def _is_trigger_noun(tok: Token, kind: str, lex: _Lexicon) -> bool:
    """Is ``tok`` a trigger noun of ``kind`` by itself ("Erdbeben", "wildfires")?"""
    if lex.nouns_capitalised and not tok.is_cap:
        return False
    return lex.any_trigger.match(tok.text) and any(
        t.type == kind and t.pos == "noun" and len(t.words) == 1 for t in lex.triggers_of(tok.text)
    )


def _looked_into(
    toks: Sequence[Token],
    lows: Sequence[str],
    trig_i: int,
    lex: _Lexicon,
    times: Sequence[TimeSpan],
) -> bool:
    """Is the event noun at ``trig_i`` what an inquiry, a report or a trial looks into
    (``[clauses] inquiries``: ``an inquiry into the train crash``, ``der Untersuchungsbericht
    zum Zugunglück``)? It names a known event, not a new one: an indefinite article (``an
    investigation into a gas explosion that killed ...``) or a day between the two (``an
    inquiry into Monday's crash``) tells a new one, which stays news."""
    if _indefinite(toks, trig_i, lex):
        return False
    for phrase in lex.inquiries:
        n = len(phrase)
        for end in range(max(n, trig_i - 4), trig_i + 1):
            if tuple(lows[end - n : end]) != phrase:
                continue
            lo, hi = toks[end - 1].end, toks[trig_i].start
            if not any(lo <= span.start < hi for span in times):
                return True
    return False


def _story_told(toks: Sequence[Token], lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """Is the event noun at ``trig_i`` what a work tells of (``[clauses] works`` and
    ``work_links``: ``a novel about a murder in X``, ``ein Krimi über einen Mord``, ``a
    documentary by a young director about the massacre``)? A story's subject is no event of
    the day, whatever article it has: the link at most four words before the noun, the work
    at most five words before the link (its maker between). Why not any ``about``: a speaker
    who talked about the attack refers to an event told elsewhere, which the other rules
    read."""
    for j in range(trig_i - 1, max(-1, trig_i - 5), -1):
        if lows[j] in lex.work_links:
            return any(lex.works.match(toks[k].text) for k in range(max(0, j - 5), j))
    return False


def _definite(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does an article stand before token ``i``, past at most two adjectives ("the
    seemingly random attack", "das erste Treffen")?"""
    for j in range(i - 1, max(i - 4, -1), -1):
        if toks[j].fold in lex.determiners:
            return toks[j].fold not in lex.indefinite  # "einen Unfall" is a new one
        if toks[j].fold in lex.prepositions or (lex.nouns_capitalised and toks[j].is_cap):
            return False
    return False


def _indefinite(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does an indefinite article stand before token ``i``, past at most two adjectives
    (``in einem Dorf``, ``a remote village``)? Such a noun names a new place, it points
    back to none."""
    for j in range(i - 1, max(i - 4, -1), -1):
        if toks[j].fold in lex.determiners or toks[j].fold in lex.indefinite:
            return toks[j].fold in lex.indefinite
        if toks[j].fold in lex.prepositions or (lex.nouns_capitalised and toks[j].is_cap):
            return False
    return False


def _bare_plural(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is token ``i`` a plural noun with no determiner before it, back to its preposition
    (``swept through villages in X``, ``in dozens of towns``)? English marks the indefinite
    plural by no article at all: such a noun names new places as ``a village`` does, and
    points back to no town named before (``the villages``, ``these towns`` do). ``nearby``
    before it (``in nearby villages``) still refers to the place named before. Only in a
    language that writes nouns in lower case, and only a noun ending in ``-s`` (session 14,
    round 2)."""
    if lex.nouns_capitalised or not toks[i].fold.endswith("s") or toks[i].fold.endswith("ss"):
        return False
    for j in range(i - 1, max(i - 4, -1), -1):
        low = toks[j].fold
        if low in lex.determiners or (low,) in lex.near:
            return False
        if low in lex.prepositions or low in lex.cues:
            return True
    return False


def _noun_relative(
    clause: _Clause, lex: _Lexicon, times: Callable[[], Sequence[TimeSpan]]
) -> list[_Clause] | None:
    """``residents blocked the road on Tuesday after a motorcycle accident in which a
    teenager died on Monday night``: an indefinite event noun (a new event, not one told
    before) after a relation word (``after``, ``following``, ``before``: not ``about``, what
    was said, nor ``in``, the occasion itself) with a relative clause of its own (``[clauses]
    noun_relatives``: ``in which``) that names its own time, after a clause that has an
    event of its own, tells a second event. Two clauses: the main one up to the relation
    word, and the noun with its relative clause. None when the clause holds no such noun;
    without a time of its own the noun's day is unknown (it came before), and it is left
    to the main clause as before rather than given that clause's day.

    ``times`` gives the sentence's time expressions when called: they are read only for a
    clause that holds such a noun, not for every clause with a trigger word (reading them
    is most of what a sentence's events cost)."""
    words = clause.words
    if (
        not lex.noun_relatives
        or len(words) < 5
        # the pair's second word stands at index 4 or later: most clauses hold none
        or lex.noun_relative_seconds.isdisjoint(map(str.casefold, words[4:]))
    ):
        return None
    toks = clause.tokens
    for k in range(3, len(toks) - 1):
        if (toks[k].fold, toks[k + 1].fold) not in lex.noun_relatives:
            continue
        noun = toks[k - 1]
        one_word = lex.any_trigger.match(noun.text) and any(
            t.pos == "noun" for t in lex.triggers_of(noun.text)
        )
        # or the second word of a two-word noun ("a road accident in which")
        if not (one_word or _two_word_noun(toks, k - 1, lex)) or not _indefinite(toks, k - 1, lex):
            continue
        first = next(
            (j for j in range(k - 2, max(k - 5, 0), -1) if toks[j].fold in lex.indefinite), None
        )
        if first is None or first < 2:
            continue
        before = toks[first - 1].fold
        if before not in lex.relation_words or before in lex.prepositions:
            continue  # "after", "following": the noun's phrase starts there
        main, inner = toks[: first - 1], toks[first:]
        if not any(lex.any_trigger.match(t.text) for t in main):
            return None  # the noun is the clause's only event: nothing to tell apart
        if not any(inner[0].start <= sp.start < clause.end for sp in times()):
            return None  # no day of its own: not the main clause's day either
        return [
            clause.part(main, end=main[-1].end),
            clause.part(inner, start=inner[0].start),
        ]
    return None


# how many words (modifiers) may stand between a topic word's article and its event noun
# ("over a nightclub fire", "into the deadly roof collapse"), and between the noun and the
# relative pronoun ("a fire at a nightclub that")
_TOPIC_MODIFIERS = 3
_TOPIC_NOUN_TAIL = 4


def _topic_relative(
    clause: _Clause, lex: _Lexicon, times: Callable[[], Sequence[TimeSpan]]
) -> list[_Clause] | None:
    """``Thousands marched in X on Sunday over a nightclub fire that killed 12 in Y last
    month``, ``lawmakers voted on Tuesday to open an inquiry into a fire that ...``: an event
    noun after a topic word (``[clauses] topic_words``: ``over``, ``about``, ``into``) with a
    relative clause (``that``, ``which``: ``relative_pronouns``) that names its own time and
    its own place (a capitalised name after a preposition, outside the time phrase) is an
    event of its own, whether the clause before holds an event (the march, the vote) or
    none (``spoke in X on Monday about ...``): the march keeps its place and day, the fire
    gets the relative clause's. Two clauses: the main one up to the topic word, and the noun
    with its relative clause. None when the clause holds no such noun or the relative
    clause no time or no place of its own (``over an attack that killed four soldiers on
    Sunday``: what the main event is about, as before). Session 15, round 2 (h-even). One
    pass over the clause's words."""
    words = clause.words
    if not lex.topic_words or len(words) < 6:
        return None
    pronouns = relative_pronouns(lex.lang)
    if pronouns.isdisjoint(map(str.casefold, words[5:])):
        return None  # the relative pronoun stands at index 5 or later: most clauses hold none
    toks = clause.tokens
    for k in range(2, len(toks) - 3):
        if toks[k].fold not in lex.topic_words or toks[k + 1].fold not in lex.determiners | (
            lex.indefinite
        ):
            continue
        # the relative pronoun past the noun's modifiers and a short phrase of its own; the
        # noun (a trigger noun, or one a verb of the relative clause carries: "a fire that
        # killed") is read by the second clause's own rules
        rel = next(
            (
                j
                for j in range(k + 3, min(k + 3 + _TOPIC_MODIFIERS + _TOPIC_NOUN_TAIL, len(toks)))
                if toks[j].fold in pronouns and toks[j].text.islower()
            ),
            None,
        )
        if rel is None or not any(lex.any_trigger.match(t.text) for t in toks[k + 2 :]):
            continue
        main, inner = toks[:k], toks[k + 1 :]
        # a main clause with no event of its own (``The minister spoke in X on Monday about
        # ...``) still keeps its place and day from the noun's
        own = [sp for sp in times() if toks[rel].start <= sp.start < clause.end]
        if not own:
            return None  # no day of its own: what the main event is about, as before
        if not any(
            toks[j - 1].fold in lex.prepositions
            and toks[j].is_cap
            and not any(sp.start <= toks[j].start < sp.end for sp in own)
            for j in range(rel + 2, len(toks))
        ):
            return None  # no place of its own ("over an attack that killed four soldiers")
        return [
            clause.part(main, end=main[-1].end),
            clause.part(inner, start=inner[0].start),
        ]
    return None


def _own_dated_noun(clause: _Clause, st: _State, triggers: Set[str] | None) -> list[_Clause] | None:
    """``Die Wahlkommission hat am Mittwoch das Endergebnis der Parlamentswahl vom
    vergangenen Freitag bekanntgegeben``: an event noun of a type no earlier clause told,
    dated by its own ``vom``-phrase (``[clauses] noun_date_openers``), inside a clause whose
    other words hold an event of their own (not a mere verb of saying), tells a second
    event: the result on Wednesday and the election on Friday. Two clauses: the noun with
    its date phrase, and the rest. None otherwise (then :func:`_noun_dated` gives a lone
    noun its own day as before). Only the words of the clause are looked at, once per noun
    before ``vom``: linear in the clause."""
    lex = st.lex
    if lex.noun_date_openers.isdisjoint(clause.reading.fold_set):
        return None  # most clauses: no date opener, one set test before their words
    toks = clause.tokens
    if len(toks) < 5:
        return None
    known = {t for t, _ in st.types}
    for k in range(1, len(toks) - 2):
        if toks[k + 1].fold not in lex.noun_date_openers or not lex.any_trigger.match(toks[k].text):
            continue
        nouns = [t for t in lex.triggers_of(toks[k].text) if t.pos == "noun" and len(t.words) == 1]
        if not nouns or nouns[0].type in known:
            continue
        reach = toks[min(k + 3, len(toks) - 1)].start
        dated = [
            sp
            for sp in st.sentence_times(clause.sentence)
            if toks[k + 1].start <= sp.start <= reach
        ]
        if not dated:
            return None
        end = next((j for j in range(k + 1, len(toks)) if toks[j].start >= dated[0].end), len(toks))
        inner, main = toks[k:end], (*toks[:k], *toks[end:])
        rest = clause.part(main)
        found, _ = _trigger_in(rest, lex, set(), st.types, None, triggers)
        if not any(f[2].pos != "weak" for f in found):
            return None  # "gab Einzelheiten zum Anschlag vom Sonntag bekannt": the noun alone
        return [rest, clause.part(inner, start=inner[0].start, end=inner[-1].end)]
    return None


def _charge_word(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does word ``k`` open an act's reason (``[places] charge_preps``)? A preposition
    (``for``, ``over``, ``wegen``) does; a participle (``[places] charge_participles``:
    ``suspected``, ``accused``, ``wanted``) only with a preposition right after it
    (``suspected of planning attacks in B``, ``wanted in B``): before a noun it is an
    attribute of the people held (``arrested two suspected militants in B``: the arrest's
    place). Review h26-rev2."""
    fold = toks[k].fold
    if fold not in lex.charge_participles:
        return fold in lex.charge_preps
    return k + 1 < len(toks) and toks[k + 1].fold in lex.prepositions


def _reason_dated_noun(
    clause: _Clause, st: _State, triggers: Set[str] | None
) -> list[_Clause] | None:
    """``Police in A arrested a man on Tuesday over a knife attack at a station in B last
    week``, ``Die Polizei nahm am Dienstag einen Mann wegen eines Anschlags in B am Sonntag
    fest``: the reason of an arrest or a court action (``[places] charge_preps``: ``over``,
    ``for``, ``wegen``) names an event noun of a type no earlier clause told, with a time of
    its own after the noun, while the clause's own time stands before the reason: two
    events, the arrest on Tuesday and the attack last week in B. Two clauses: the rest, and
    the noun with the words after it up to the end of its time. Only when the rest holds an
    event of its own (not only a verb of saying), a time of its own before the reason and a
    place of its own outside it (else the reason's town stays the arrest's place, as before,
    and the reason is no event of its own).
    Session 19 (h19-events): before, the attack was not found (one event per clause). Linear
    in the clause."""
    lex = st.lex
    if lex.charge_preps.isdisjoint(clause.reading.fold_set):
        return None  # most clauses: no reason preposition, one set test before their words
    toks = clause.tokens
    if len(toks) < 6:
        return None
    known = {t for t, _ in st.types}
    # the sentence's times are read only once a reason preposition is found: most clauses
    # hold none, and most of their sentences need no time scan at all (_clause_events)
    times: list[TimeSpan] | None = None
    for k in range(1, len(toks) - 2):
        if not _charge_word(toks, k, lex):
            continue
        j = next(
            (
                j
                for j in range(k + 1, min(k + 1 + _REASON_NOUN_REACH, len(toks)))
                if lex.any_trigger.match(toks[j].text)
            ),
            None,
        )
        if j is None:
            return None
        nouns = [t for t in lex.triggers_of(toks[j].text) if t.pos == "noun"]
        if not nouns or nouns[0].type in known:
            return None
        if times is None:
            times = [sp for sp in st.sentence_times(clause.sentence) if sp.kind != "event"]
        own = next((sp for sp in times if toks[j].end <= sp.start < clause.end), None)
        before = any(clause.start <= sp.start < toks[k].start for sp in times)
        if own is None or not before:
            return None
        end = next((i for i in range(j, len(toks)) if toks[i].start >= own.end), len(toks))
        outside = (toks[end].start if end < len(toks) else clause.end, clause.end)
        if not any(
            p.resolved
            and p.role == "name"
            and not (st.dateline and st.dateline[0] <= p.start < st.dateline[1])
            and (p.start < toks[k].start or outside[0] <= p.start < outside[1])
            for p in st.places_between(clause.start, clause.end)
        ):
            # no place of the arrest's own: the reason's town stays its place, as before,
            # and the reason is not read as an event of its own
            return None
        inner, main = toks[j:end], (*toks[:k], *toks[end:])
        rest = clause.part(main)
        found, _ = _trigger_in(rest, lex, set(), st.types, None, triggers)
        if not found or found[0][2].pos == "weak" or found[0][2].type not in _REASON_TYPES:
            return None
        return [rest, clause.part(inner, start=inner[0].start, end=inner[-1].end)]
    return None


# the event types whose reason may name an earlier event: an arrest, a charge, a verdict
_REASON_TYPES = frozenset({"strategic_development", "court"})
# how many words after a reason preposition its event noun may stand ("over last week's
# deadly knife attack")
_REASON_NOUN_REACH = 4


def _fronted_dated_noun(
    clause: _Clause, st: _State, triggers: Set[str] | None
) -> list[_Clause] | None:
    """``Nach dem Einsturz einer Fabrik in X in der vergangenen Woche protestierten am
    Sonntag Tausende in Y``, ``Seit dem Putsch in X im vergangenen Monat hat die Junta ...``:
    a German clause fronting a relation phrase (``nach``, ``seit``) on an event noun with a
    time of its own, with no comma before the finite verb (English puts one there, which
    cuts the clause already: ``After the collapse of a factory in X last week, ...``),
    tells two events: the noun's with its place and time, and the main clause's. Two
    clauses: the fronted phrase up to the end of its time, and the rest, when the rest
    holds an event of its own (not only a verb of saying). A fronted time of a past year
    (``im vergangenen Jahr``) then makes only the fronted noun background, as the documented
    rule says, and dates nothing else. A ``seit`` phrase is cut off only where the rest
    holds no event: an event after it is counted since then (a running count). Linear in
    the clause. Session 15, round 3."""
    lex = st.lex
    toks = clause.tokens
    if not lex.verb_second or len(toks) < 6:
        return None
    if toks[0].fold not in lex.relation_words and toks[0].fold not in lex.since_prepositions:
        return None
    k = next(
        (
            j
            for j in range(1, 4)
            # a German noun (capitalised): a trigger noun or a carrier's ("Einsturz")
            if toks[j].is_cap and lex.any_trigger.match(toks[j].text)
        ),
        None,
    )
    if k is None:
        return None
    own = next(
        (
            sp
            for sp in st.sentence_times(clause.sentence)
            if sp.kind != "event" and toks[k].end <= sp.start < clause.end
        ),
        None,
    )
    if own is None:
        return None
    end = next((j for j in range(k + 1, len(toks)) if toks[j].start >= own.end), len(toks))
    if end >= len(toks) - 1 or end - k > 12 or toks[end].is_cap:
        return None  # the finite verb right after the fronted phrase (V2)
    if any(
        toks[j].start < own.start
        and not toks[j].is_cap
        and any(t.pos == "verb" for t in lex.first_word_triggers(toks[j].text))
        for j in range(k + 1, end)
    ):
        # "Nach dem Urteil protestierten am Abend Tausende": the time stands after the
        # main clause's finite verb, so it is the main clause's, not the fronted noun's
        # (session 17, h17-evB)
        return None
    inner, rest = toks[:end], toks[end:]
    main = clause.part(rest, start=rest[0].start, before=clause.before + inner)
    found, _ = _trigger_in(main, lex, set(), st.types, None, triggers)
    if any(f[2].pos != "weak" for f in found) == (toks[0].fold in lex.since_prepositions):
        # after "nach ...", the rest's own event; after "seit ...", an event in the rest is
        # counted since the noun's ("Seit Beginn der Proteste im März wurden ... 300
        # Menschen festgenommen": a running count, the clause stays whole)
        return None
    return [clause.part(inner, end=inner[-1].end), main]


def _split_coordinated(
    clause: _Clause, found: list[tuple[int, int, _Trigger, int | None]], lex: _Lexicon
) -> list[_Clause]:
    """``reiste nach X und traf dort Y``: two verb triggers of different types joined by a
    coordinator become two clauses (the second shares the first's subject)."""
    verbs = sorted(
        (
            f
            for f in found
            if f[2].pos == "verb"
            or (f[2].pos == "noun" and _after_coordinator(clause.tokens, f[1], lex))
            or _held_before_verb(clause.tokens, f, found, lex)
        ),
        key=lambda f: f[1],
    )
    for a, b in zip(verbs, verbs[1:], strict=False):
        cut = next(
            (k for k in range(b[1] - 1, a[1], -1) if clause.tokens[k].fold in lex.coordinators),
            None,
        )
        if cut is None or _victims_of(a[2], clause.tokens, cut, b[1], lex):
            continue
        if any(clause.tokens[k].fold in _BETWEEN for k in range(a[1] + 1, cut)):
            # "A crash between a lorry and a minibus near X killed nine": the coordinator
            # joins the two sides of "between", not two clauses (session 16, round 2)
            continue
        if _same_act(a[2], b[2], lex) and not _own_subject(clause.tokens, cut, b, lex):
            continue
        if _casualty_list(clause.tokens, a[1], cut, b[1], lex):
            continue
        left, right = clause.tokens[:cut], clause.tokens[cut + 1 :]
        return [
            clause.part(left, end=left[-1].end),
            *_split_coordinated(
                clause.part(right, start=right[0].start, before=clause.before + left),
                [
                    (r, i - cut - 1, t, None if p is None else p - cut - 1)
                    for r, i, t, p in found
                    if i > cut
                ],
                lex,
            ),
        ]
    return [clause]


# how far past a coordinator a second casualty word may stand ("and 20 injured", "and
# dozens more were wounded")
_CASUALTY_LIST_WORDS = 4


def _casualty_list(toks: Sequence[Token], first: int, cut: int, second: int, lex: _Lexicon) -> bool:
    """Does the coordinator at ``cut`` join two counts of one event's victims (``Six people
    were killed and 20 injured when a bus overturned``)? The first trigger is a casualty verb
    and a casualty word stands right after the coordinator, before the second trigger: the
    dead and the injured are the victims of what the ``when`` clause tells, not a killing of
    their own. Session 15, round 2."""
    if not lex.casualty.match(toks[first].text):
        return False
    end = min(cut + 1 + _CASUALTY_LIST_WORDS, second)
    return any(lex.casualty.match(toks[k].text) for k in range(cut + 1, end))


def _share_trailing_place(raws: Sequence[_Raw], lex: _Lexicon) -> None:
    """``RSF gunmen killed 14 villagers and burned homes in Um Kadada``, ``Rioters looted
    shops and torched a police post in X``: coordinated verbs of one subject, cut into two
    events, share the place phrase the last one ends with, when the parts before name none
    of their own. Why: the writer put the place once, after the last verb, for the whole
    sentence, and a time after it with it (``arrested 12 protesters and fired tear gas in X
    on Monday``); left alone the first event took the place of the sentence before, or was
    dropped with nothing to show. Not a journey's destination (``killed two men and flew
    to X``: where they went, not where they killed) nor a launch's site."""
    if len(raws) < 2:
        return
    last = raws[-1]
    if (
        last.place is None
        or last.place_method != "locative"
        or last.type in lex.shared_place_not
        or last.outside
    ):
        return
    for r in raws[:-1]:
        if r.place is None and r.type not in lex.shared_place_not:
            r.place, r.place_method = last.place, "locative"
            if r.time is None and not r.dated_by_saying and last.time is not None:
                # "... and fired tear gas in X on Monday": the day after the place, too
                r.time, r.time_ref_type = last.time, last.time_ref_type


def _share_subject_place(raws: Sequence[_Raw], lex: _Lexicon) -> None:
    """``A court in X convicted a former mayor of bribery and sentenced him to six years``,
    ``Police in X arrested six men and charged them with arson``: the place the first part
    names in its subject, before its verb, is where the subject acted, also for a later
    coordinated verb of that subject that names no place of its own. Why: the writer named
    the court or the police by their town once; left alone the second step took the place
    of an earlier sentence or none (session 16, round 2). A later part with a subject of its
    own (more than an auxiliary or an adverb before its verb) does not share it, nor a
    journey's destination or a launch's site (``[clauses] shared_place_not``)."""
    if len(raws) < 2:
        return
    first = raws[0]
    if (
        first.place is None
        or first.place_method != "locative"
        or first.outside
        or first.trigger_span is None
        or not first.clause.start <= first.place.start < first.trigger_span[0]
    ):
        return
    for r in raws[1:]:
        if r.place is not None or r.type in lex.shared_place_not or r.trigger_span is None:
            continue
        toks = r.clause.tokens
        at = r.clause.index_at(r.trigger_span[0])
        if any(t.fold not in lex.auxiliaries and not t.fold.endswith("ly") for t in toks[:at]):
            continue  # "... and protesters marched": a subject of its own
        r.place, r.place_method = first.place, "locative"


# the fewest words between a coordinator and a verb that make a subject of their own
_OWN_SUBJECT_WORDS = 2


def _own_subject(
    tokens: Sequence[Token],
    cut: int,
    second: tuple[int, int, _Trigger, int | None],
    lex: _Lexicon,
) -> bool:
    """Does the verb after the coordinator at ``cut`` have a subject of its own (``rioters
    looted a supermarket and young men armed with slingshots clashed with police``)? Then
    the two verbs are two acts of two groups, also when both are of one type: the writer
    joined two reports in one sentence, each with its own doers (and often its own
    place). Two or more words between the coordinator and the verb, none an auxiliary;
    ``looted shops and torched a police post``, ``marched and then rallied`` share theirs."""
    if second[2].pos != "verb":
        return False
    between = tokens[cut + 1 : second[1]]
    return len(between) >= _OWN_SUBJECT_WORDS and not any(
        t.fold in lex.auxiliaries for t in between
    )


def _turned_violent(
    trig: _Trigger,
    trig_i: int,
    found: Sequence[tuple[int, int, _Trigger, int | None]],
    lex: _Lexicon,
) -> _Trigger:
    """``Anhänger blockierten Zufahrtsstraßen und zündeten Reifen an``: a protest whose own
    subject goes on to a riot's act in the same clause (kept one act by ``[clauses]
    act_parts``) is a violent demonstration (ACLED: riot), not a peaceful protest with a
    riot beside it. Session 17, h17-evB."""
    parts = lex.act_parts.get(trig.type, frozenset())
    violent = next(
        (
            f[2]
            for f in found
            if f[1] > trig_i and f"{f[2].type}.{f[2].sub_kind}" in parts and f[2].type == "riot"
        ),
        None,
    )
    if violent is None:
        return trig
    return replace(trig, type=violent.type, sub_kind=violent.sub_kind)


def _share_trailing_time(raws: Sequence[_Raw]) -> None:
    """``Farmers blocked roads near X and traders protested outside the assembly on
    Monday``: coordinated parts cut into events share the time the last one ends with when
    the parts before have none of their own; the writer put the day once, at the end, for
    the whole sentence (a part dated by a verb of saying keeps its own reading)."""
    if len(raws) < 2 or raws[-1].time is None:
        return
    last = raws[-1]
    for r in raws[:-1]:
        if r.time is None and not r.dated_by_saying:
            r.time, r.time_ref_type = last.time, last.time_ref_type


def _same_act(first: _Trigger, second: _Trigger, lex: _Lexicon) -> bool:
    """Do two coordinated triggers tell one act? Of one type, yes (``demonstrierten und
    marschierten``), unless the type's sub-kinds are acts of their own (``[clauses]
    distinct_acts``) and the two differ: ``haben einen Kleinbus überfallen und sechs
    Männer entführt`` is an attack and an abduction, two events, as ``attacked a village
    and abducted 30 residents`` is (whose ``attacked`` is of another type until the
    recast). ``ein Tanklaster kippte um und geriet in Brand`` stays one accident. A part
    of the first's act (``[clauses] act_parts``) is one act with it too: ``stürmten
    Fabriken und setzten Fahrzeuge in Brand`` is one riot, not a riot and an arson."""
    parts = lex.act_parts.get(first.type, frozenset())
    if second.type in parts or f"{second.type}.{second.sub_kind}" in parts:
        return True
    if first.type != second.type:
        return False
    return not (
        first.type in lex.distinct_acts
        and first.sub_kind
        and second.sub_kind
        and (
            first.sub_kind != second.sub_kind
            # "other" gathers acts of their own: a raid and the hostages freed in it
            # ("stürmten die Haftanstalt und befreiten die Geiseln"), two events; the same
            # word twice stays one (session 16, round 2, h16-evde)
            or (first.sub_kind == "other" and first.text.casefold() != second.text.casefold())
        )
    )


def _earlier_relative(clause: _Clause, lex: _Lexicon) -> bool:
    """Is the clause a relative clause in the past perfect (``who had been taken hostage``)?
    Its event came before its sentence's, so the sentence's time is not its day."""
    toks = clause.tokens
    if len(toks) < 2:
        return False
    if toks[0].fold in lex.relative_openers:
        return any(t.fold in earlier_auxiliaries(lex.lang) for t in toks[1:])
    # a verb-final language: ", die in X entführt worden waren," (not the sentence's start)
    lows = tuple(t.fold for t in toks[-2:])
    return (
        toks[0].fold in lex.relative_pronouns
        and clause.start > clause.sentence.start
        and (lows[-1] in earlier_auxiliaries(lex.lang) or lows in lex.pluperfect_ends)
    )


def _split_relative(
    clause: _Clause, found: list[tuple[int, int, _Trigger, int | None]], lex: _Lexicon
) -> list[_Clause]:
    """``16 passengers who had been abducted near X last week were released``: a relative
    clause in the past perfect between a subject and its verb tells an earlier event of its
    own (the abduction) and the main verb another (the release). Two clauses: the main one
    without the relative words, then the relative one. Only a trigger of another type after
    the relative clause, with ``had`` (``[time] earlier_auxiliaries``) before the first;
    a relative clause in the plain past may tell the same occasion and stays."""
    toks = clause.tokens
    aux = earlier_auxiliaries(lex.lang)
    ordered = sorted(found, key=lambda f: f[1])
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a[2].type == b[2].type or b[2].pos != "verb" or a[1] == 0:
            continue
        opener = next(
            (k for k in range(a[1] - 1, -1, -1) if toks[k].fold in lex.relative_openers), None
        )
        if opener is None or opener == 0 or not any(t.fold in aux for t in toks[opener : a[1]]):
            continue
        end = b[1]
        while end - 1 > a[1] and toks[end - 1].fold in lex.auxiliaries:
            end -= 1  # "were released": the main verb's auxiliaries belong to it
        if end == b[1] and not lex.verb_second:
            continue  # no auxiliary marks where the relative clause ends
        main = toks[:opener] + toks[end:]
        inner = toks[opener:end]  # with its opener: "had" first would read as "Had it ..."
        return [clause.part(main), clause.part(inner, start=inner[0].start, end=inner[-1].end)]
    return [clause]


def _split_object_relative(
    clause: _Clause, found: list[tuple[int, int, _Trigger, int | None]], lex: _Lexicon
) -> list[_Clause]:
    """``Police arrested 30 people who marched on parliament in X on Monday``: a relative
    clause on the object of one act (a person relative pronoun, ``[clauses]
    person_relatives``, with no comma before it) whose verb, right after the pronoun past
    its auxiliaries, is a trigger of another type the lexicon names (``[clauses]
    object_relative_types``: a protest) tells an act of its own: the people
    arrested had marched. Two clauses: the main one up to the pronoun, then the relative
    one, whose words before the pronoun (the object: ``12 protesters``) a carrier reads as
    its subject (``who blocked the road``). Only after an act of ``[clauses]
    object_relative_heads`` (an arrest: the people taken were doing it then; a sentence's
    relative clause names an older act, ``sentenced two men who rioted in March``), on a
    crowd (a plural object: ``arrested a man who marched into a bank`` names no protest). A
    relative clause of the same type stays one act (``fired tear gas at protesters who
    marched``: the march met with force, one protest), as does one whose trigger is not
    its verb (``arrested a man who was at the protest``)."""
    if not lex.object_relative_types or not lex.person_relatives:
        return [clause]
    toks = clause.tokens
    ordered = sorted(found, key=lambda f: f[1])
    first = ordered[0]
    head = first[2]
    if (
        head.type not in lex.object_relative_heads
        and f"{head.type}.{head.sub_kind}" not in lex.object_relative_heads
    ):
        return [clause]
    for later in ordered[1:]:
        trig, at = later[2], later[1]
        if trig.type not in lex.object_relative_types or trig.type == head.type:
            continue
        if trig.pos != "verb":
            continue
        opener = at - 1
        while opener > first[1] and toks[opener].fold in lex.auxiliaries:
            opener -= 1  # "who had marched"
        if opener <= first[1] + 1 or toks[opener].fold not in lex.person_relatives:
            continue
        if "," in toks[opener].gap_before:
            continue  # set off by a comma: already a clause of its own
        last = toks[opener - 1].fold
        if not (last in lex.subject_plurals or (last.endswith("s") and not last.endswith("'s"))):
            continue  # "arrested a man who marched into a bank": one person, no crowd
        main, inner = toks[:opener], toks[opener:]
        return [
            clause.part(main),
            clause.part(
                inner,
                start=inner[0].start,
                end=inner[-1].end,
                before=toks[first[1] + 1 : opener],
            ),
        ]
    return [clause]


# words a frame phrase may hold before its event noun: the preposition's article and an
# adjective ("Bei den heftigen Zusammenstößen")
_FRAME_NOUN_AT = 3


def _split_frame_event(
    clause: _Clause, found: list[tuple[int, int, _Trigger, int | None]], lex: _Lexicon
) -> list[_Clause]:
    """``Während der Unruhen in X nahm die Polizei 12 Personen fest``, ``Bei einem
    Protestmarsch in X wurden neun Studenten festgenommen``: a clause
    that opens with a circumstance phrase (``[clauses] frame_prepositions``: ``bei``,
    ``während``) whose noun is a trigger of ``[clauses] frame_types`` (a protest, a riot, a
    clash) and whose main verb is an act of ``[clauses] frame_heads`` (an arrest) reports
    two events: the people were taken during the protest, and both happened (the corpus
    convention: separate acts are separate events). One clause gave one event, and the
    verb won, so the protest was lost. Two parts: the clause up to the head's verb (the
    frame, its place and day, the toll) and the clause after the frame's noun (the arrest);
    they share the sentence's place and day. Not when the frame's noun names an event told
    before (``Bei der Kundgebung wurden zwei Männer festgenommen``: a reference, no trigger),
    nor for a head of the frame's own type (``Bei einer Demonstration setzte die Polizei
    Tränengas ein``: one protest, met with force)."""
    if not lex.frame_prepositions or not lex.frame_heads:
        return [clause]
    toks = clause.tokens
    if len(toks) < 4:
        return [clause]
    # the frame phrase opens the clause, or stands in its middle before the act's verb ("In
    # X wurden am Montag bei Protesten ... zwölf Menschen festgenommen"; session 26)
    at = next(
        (
            k
            for k in range(len(toks))
            if toks[k].fold in lex.frame_prepositions and (k == 0 or not toks[k].is_cap)
        ),
        None,
    )
    if at is None:
        return [clause]
    frame = next(
        (
            f
            for f in found
            if f[2].pos == "noun"
            and at < f[1] <= at + _FRAME_NOUN_AT
            and f[2].type in lex.frame_types
        ),
        None,
    )
    if frame is None:
        return [clause]
    head = next(
        (
            f
            for f in found
            if f[1] > frame[1] + 1
            and f[2].pos == "verb"
            and f[2].type != frame[2].type
            and (f[2].type in lex.frame_heads or f"{f[2].type}.{f[2].sub_kind}" in lex.frame_heads)
        ),
        None,
    )
    if head is None:
        return [clause]
    return [clause.part(toks[: head[1]]), clause.part(toks[:at] + toks[frame[1] + 1 :])]


# Types whose victims a coordinated casualty verb counts ("ein Lager angegriffen und 40
# Menschen getötet": one attack with 40 dead, not a second event).
_VIOLENT = frozenset({"strike", "violence_against_civilians", "battle", "riot"})
# the types of a mishap or a hazard whose victims a casualty verb counts when it has no
# doer of its own (_victims_of)
_MISHAPS = frozenset({"accident", "disaster"})


# English participle endings: a verb form that can stand as an adjective before its noun
# ("ousted", "stolen", "visiting"); a verb-list word that is also a noun ("a fire", "a
# cyberattack") is no participle
_PAST_PARTICIPLE_ENDINGS = ("ed", "en")
_PARTICIPLE_ENDINGS = (*_PAST_PARTICIPLE_ENDINGS, "ing")


def _without_absolute(
    found: list[tuple[int, int, _Trigger, int | None]], clause: _Clause, lex: _Lexicon
) -> list[tuple[int, int, _Trigger, int | None]]:
    """The triggers without a participle of an absolute phrase (``Hundreds remain in jail,
    most of them arrested for straying across the border``): an ``-ed``/``-en`` participle
    after a count and ``[clauses] absolute_heads`` (``of them``; an ``-ly`` adverb between is
    passed over) whose count follows a comma has no finite verb, it describes the people
    counted; ``Two of them attacked a guard`` opens a sentence and is a clause. Session 14."""
    if not lex.absolute_heads:
        return found
    toks = clause.tokens

    def after_comma(q: int) -> bool:
        if q > 0:
            return "," in toks[q].gap_before
        before = clause.text[max(clause.sentence.start, toks[0].start - 3) : toks[0].start]
        return "," in before

    def absolute(i: int) -> bool:
        if not toks[i].fold.endswith(_PAST_PARTICIPLE_ENDINGS):
            return False
        k = i - 1 if i > 0 and toks[i - 1].fold.endswith("ly") else i
        return any(
            (q := k - len(head) - 1) >= 0
            and tuple(t.fold for t in toks[q + 1 : k]) == head
            and after_comma(q)
            for head in lex.absolute_heads
        )

    return [f for f in found if not (f[2].pos == "verb" and absolute(f[1]))]


def _without_attributive(
    found: list[tuple[int, int, _Trigger, int | None]], toks: Sequence[Token], lex: _Lexicon
) -> list[tuple[int, int, _Trigger, int | None]]:
    """The triggers without a participle used as an adjective (``haben einen inhaftierten
    Journalisten freigelassen``: the release, not an arrest; ``supporters of the deposed
    leader set fire``: the arson, not a coup; ``fans of the visiting team marched``: the march,
    not a visit): in a language that writes its nouns with a capital, a determiner before the
    verb form and a capitalised noun right after it; in English, an article or a possessive
    right before it (``[clauses] attributive_before``; no demonstrative: ``the group that
    attacked``) and a lower-case word after it that is no preposition or coordinator (``the
    shelling of X`` stays). A several-word trigger is a phrase of its own (``a televised
    address``). Kept when it is the clause's only trigger, except an English ``-ed``/``-en``
    participle after an article (``officials of the ousted government``): no finite verb
    can stand there, so it reports nothing."""

    dropped = [
        f
        for f in found
        # a several-word trigger is a phrase of its own ("a televised address"); a carrier's
        # reading (no words of its own) is one word too ("an elected president": session 15)
        if f[2].pos == "verb" and len(f[2].words) <= 1 and _attributive_at(toks, f[1], lex)
    ]
    kept = [f for f in found if f not in dropped]
    if kept and all(lex.casualty.match(toks[g[1]].text) for g in kept):
        # "The collapsed bridge near X killed three motorists": an accident's participle
        # in the subject of a casualty verb names the event the dead are counted for; the
        # verb alone read a killing of civilians (session 16, round 2)
        toll = [f for f in dropped if f[2].type == "accident" and all(f[1] < g[1] for g in kept)]
        if toll:
            return [*toll, *kept]
    if kept or lex.nouns_capitalised:
        return kept or found
    # English, every trigger dropped: an "-ed"/"-en" participle after an article is an
    # adjective even alone; an "-ing" form may still be the clause's only event word
    return [f for f in dropped if not toks[f[1]].fold.endswith(_PAST_PARTICIPLE_ENDINGS)]


def _without_reduced_relative(
    found: list[tuple[int, int, _Trigger, int | None]], toks: Sequence[Token], lex: _Lexicon
) -> list[tuple[int, int, _Trigger, int | None]]:
    """The triggers without an English past participle that describes the subject of a later
    passive (``Two aid workers kidnapped by gunmen in X were released on Monday``, ``Four
    miners taken hostage ... were freed``): a reduced relative clause, the earlier event the
    subject is known by; the passive verb after it is the clause's news and names the event.
    Only a ``-ed``/``-en`` form right after a lower-case word that is no auxiliary,
    determiner, preposition or coordinator, with a passive auxiliary (``[grammar] passive``)
    right before a later verb trigger and no coordinator or relative word between them
    (``Gunmen kidnapped two men who were freed`` keeps both readings to the clause rules).
    Session 15 (h-even)."""
    if lex.nouns_capitalised or not lex.passive:
        return found
    verbs = sorted((f for f in found if f[2].pos == "verb"), key=lambda f: f[1])
    dropped: set[int] = set()
    for f in verbs:
        i = f[1]
        if not 0 < i < len(toks) - 1 or not toks[i].fold.endswith(_PAST_PARTICIPLE_ENDINGS):
            continue
        if not _describes_noun_before(toks[i - 1], lex):
            continue
        for g in verbs:
            j = g[1]
            if j <= i + 1 or toks[j - 1].fold not in lex.passive:
                continue
            between = {t.fold for t in toks[i + 1 : j]}
            if between & (lex.coordinators | lex.relative_openers):
                break
            dropped.add(i)
            break
    return [f for f in found if f[1] not in dropped] if dropped else found


def _describes_noun_before(prev: Token, lex: _Lexicon) -> bool:
    """``prev`` is a lower-case noun a participle right after it may describe (``workers
    taken hostage``, ``a bus travelling to X``): a lower-case word that is no auxiliary,
    passive auxiliary, determiner, preposition, coordinator or relative word, any of which
    would make the participle the clause's own verb or begin another phrase."""
    return (
        prev.text.isalpha()
        and prev.text.islower()
        and prev.fold not in lex.auxiliaries
        and prev.fold not in lex.passive
        and prev.fold not in lex.determiners
        and prev.fold not in lex.prepositions
        and prev.fold not in lex.coordinators
        and prev.fold not in lex.relative_openers
    )


def _without_moving_subject(
    found: list[tuple[int, int, _Trigger, int | None]], toks: Sequence[Token], lex: _Lexicon
) -> list[tuple[int, int, _Trigger, int | None]]:
    """The triggers without an English ``-ing`` participle of a journey that describes the
    subject of a later verb trigger of another type (``A bus travelling from A to B
    overturned``, ``A ferry sailing to X capsized``, ``A plane flying from A crashed``): the
    vehicle's journey is what it was doing, the later verb is the news. Before, the journey
    was read and the accident lost (session 16, round 2). Only right after a lower-case noun
    (no auxiliary: ``was travelling to X when ...`` is the clause's own verb), with no
    coordinator or relative word before the later verb, which is no ``-ing`` form itself."""
    if lex.nouns_capitalised:
        return found
    verbs = sorted((f for f in found if f[2].pos == "verb"), key=lambda f: f[1])
    dropped: set[int] = set()
    for f in verbs:
        i = f[1]
        if f[2].type != "travel" or not 0 < i < len(toks) - 1 or not toks[i].fold.endswith("ing"):
            continue
        if not _describes_noun_before(toks[i - 1], lex):
            continue
        for g in verbs:
            j = g[1]
            if j <= i + 1 or g[2].type == "travel" or toks[j].fold.endswith("ing"):
                continue
            between = {t.fold for t in toks[i + 1 : j]}
            if not between & (lex.coordinators | lex.relative_openers):
                dropped.add(i)
            break
    return [f for f in found if f[1] not in dropped] if dropped else found


def _manner_adverb(fold: str) -> bool:
    """An English adverb of manner or time before a participle (``directly``, ``newly``,
    ``recently``): a word of more than four letters ending in ``-ly``."""
    return len(fold) > 4 and fold.endswith("ly") and fold.isalpha()


_POSSESSIVE_ENDINGS = ("'s", "\u2019s")


def _attributive_at(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the verb form at ``i`` a participle used as an adjective before its noun
    (:func:`_without_attributive`): in a language that writes its nouns with a capital, a
    determiner before it and a capitalised noun right after it; in English, an article or a
    possessive before it and a lower-case word after it that is no preposition or
    coordinator."""
    if not 0 < i < len(toks) - 1:
        return False
    after = toks[i + 1]
    if lex.nouns_capitalised:
        if toks[i].is_cap or not after.is_cap:
            return False
        # a determiner right before it, or an attribute phrase of its own before it ("die im
        # Jemen entführten Helfer": session 15, h15-evde)
        return toks[i - 1].fold in lex.determiners or _attribute_phrase(toks, i, lex) is not None
    k = i - 1
    if (toks[k].fold in lex.attributive_degree or _manner_adverb(toks[k].fold)) and k > 0:
        # "its most visited parks", "a directly elected senate", "the recently ousted
        # president": the degree word or the adverb passed over (the adverb: session 15)
        k -= 1
    # after a degree word a possessive noun too ("South Africa's most visited parks")
    possessive = k < i - 1 and toks[k].fold.endswith(_POSSESSIVE_ENDINGS)
    # the noun after it may be a possessive itself ("the jailed journalist's wife": review of
    # session 25, h25-mend)
    noun = after.text.removesuffix("'s").removesuffix("\u2019s")
    return (
        (toks[k].fold in lex.attributive_before or possessive)
        and toks[i].fold.endswith(_PARTICIPLE_ENDINGS)
        and noun.isalpha()
        and noun.islower()
        and after.fold not in lex.prepositions
        and after.fold not in lex.coordinators
    )


# Types whose event kills: a casualty verb of their clause counts their dead.
_KILLING = frozenset({"accident", "disaster", "strike"})


def _cause_first(
    found: list[tuple[int, int, _Trigger, int | None]], toks: Sequence[Token], lex: _Lexicon
) -> list[tuple[int, int, _Trigger, int | None]]:
    """A casualty verb (``[casualty]``) yields to the verb of what killed (``Two people were
    killed when a gas cylinder exploded in a restaurant``: the explosion, with its dead), as
    it yields to an event noun."""
    if not found or found[0][2].pos != "verb" or not lex.casualty.match(toks[found[0][1]].text):
        return found
    cause = next(
        (
            f
            for f in found[1:]
            if f[2].pos == "verb"
            and f[2].type in _KILLING
            and not lex.casualty.match(toks[f[1]].text)
        ),
        None,
    )
    if cause is None:
        return found
    return [cause, *(f for f in found if f is not cause)]


def _means_noun_first(
    found: list[tuple[int, int, _Trigger, int | None]], toks: Sequence[Token], lex: _Lexicon
) -> list[tuple[int, int, _Trigger, int | None]]:
    """``Mit einer Sitzblockade haben ... gegen X demonstriert``: a protest verb yields to the
    protest noun its means phrase names (``[clauses] means_prepositions``: ``mit`` within
    three words before the noun), which says what form the protest took (a strike, a
    blockade, a vigil); one event, named by its noun (session 23, round 2, h23-evde)."""
    if not lex.means_prepositions or not found or found[0][2].pos != "verb":
        return found
    if found[0][2].type not in lex.means_types:
        return found
    means = next(
        (
            f
            for f in found[1:]
            if f[2].pos == "noun"
            and f[2].type == found[0][2].type
            and any(toks[k].fold in lex.means_prepositions for k in range(max(0, f[1] - 3), f[1]))
        ),
        None,
    )
    if means is None:
        return found
    return [means, *(f for f in found if f is not means)]


def _victims_of(
    first: _Trigger, toks: Sequence[Token], cut: int, second: int, lex: _Lexicon
) -> bool:
    """Is the verb at ``second``, past the coordinator at ``cut``, a casualty verb
    (``[casualty]``) that counts the victims of the event before it? Then the two are one
    event. After a violent event, any (``Bewaffnete haben ein Dorf angegriffen und 25
    Menschen getötet``). After an accident or a hazard (session 25) only one with no doer
    of its own: right after the coordinator, the first verb's subject's act (``A lorry
    struck and killed a cyclist``, ``A man was hit by a car and killed``, ``A fuel tanker
    exploded ... and killed 12 people``), or a passive whose subject is the victims (``and
    five passengers were killed``); ``A bus overturned near X and gunmen killed two guards``
    names a killing of its own (the gunmen's), a second event."""
    if not lex.casualty.match(toks[second].text):
        return False
    if first.type in _VIOLENT:
        return True
    return first.type in _MISHAPS and (
        second == cut + 1 or any(t.fold in lex.auxiliaries for t in toks[cut + 1 : second])
    )


def _court_name_after(toks: Sequence[Token], last: int, lex: _Lexicon) -> bool:
    """Does a court's name go on after the place's last token at ``last`` (capitalised words
    up to a capitalised ``[places] court_nouns`` word: ``in Greene County Common Pleas
    Court``, ``at the Lamu High Court``)? Then the place is the court's own town, not a
    crime's."""
    for t in toks[last + 1 : last + 5]:
        if not t.is_cap:
            return False
        if lex.court_nouns.match(t.text):
            return True
    return False


def _held_before_verb(
    toks: Sequence[Token],
    f: tuple[int, int, _Trigger, int | None],
    found: Sequence[tuple[int, int, _Trigger, int | None]],
    lex: _Lexicon,
) -> bool:
    """Is ``f`` a meeting noun a holding verb names (``[triggers.meeting]`` nouns after
    ``held``: ``held talks in X and agreed to pull back``) with a verb trigger of another
    type after a coordinator later in the clause? Then the meeting is the first clause's
    head, as ``arrived in X and held talks`` makes it the second's (session 25, round 2,
    h25-even: the agreement took the clause and the talks were lost)."""
    i = f[1]
    if f[2].pos != "noun" or f[2].type != "meeting" or i == 0:
        return False
    if toks[i - 1].fold not in lex.holding_verbs:
        return False
    return any(
        g[2].pos == "verb"
        and g[2].type != f[2].type
        and any(toks[k].fold in lex.coordinators for k in range(i + 1, g[1]))
        for g in found
        if g[1] > i
    )


def _after_coordinator(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does a coordinator stand at most three tokens before noun ``i`` (``arrived in Beirut
    and held talks``)? Then the noun is the head of a second clause, not the verb's object."""
    return any(toks[j].fold in lex.coordinators for j in range(max(0, i - 3), i))


def _road_crash(
    f: tuple[int, int, _Trigger, int | None],
    toks: Sequence[Token],
    found: Sequence[tuple[int, int, _Trigger, int | None]],
    lex: _Lexicon,
) -> tuple[int, int, _Trigger, int | None]:
    """An impact noun read where nothing that can fall is named (``[impact] road_nouns``:
    ``A crash near X killed nine people``) as the road crash it is, when a casualty verb of
    the clause counts its victims: a crash that kills with no missile, drone or aircraft in
    sight is one of vehicles (EM-DAT: road transport), and before, the casualty verb alone
    read a killing of civilians (session 16, round 2). Any other trigger is returned as it
    is."""
    trig = f[2]
    if (
        trig.type != "impact"
        or trig.pos != "noun"
        or toks[f[1]].fold not in lex.impact_road_nouns
        or not (
            any(lex.casualty.match(toks[g[1]].text) for g in found if g is not f)
            or _crash_told(toks, f[1], lex)
        )
    ):
        return f
    return (f[0], f[1], replace(trig, type="accident", sub_kind="road"), f[3])


def _crash_told(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the clause tell that the crash noun at ``i`` happened, by a word of ``[impact]
    road_tolls`` (``Three people died in a crash near X``, ``Crash in X leaves 12 dead``, ``A
    crash took place in X``) where no casualty trigger counts its victims? Not a market's or
    a machine's crash (``road_not_after`` right before it: ``a computer crash``, ``the
    housing crash``), nor one of something named after ``of`` (``the crash of the naira``).
    Session 25, round 2 (h25-evwords)."""
    if i > 0 and toks[i - 1].fold in lex.impact_road_not_after:
        return False
    if i + 1 < len(toks) and toks[i + 1].fold in lex.impact_road_not_before:
        return False  # "a crash course in treating the injured": a course's name
    if i + 1 < len(toks) and toks[i + 1].fold == "of":
        return False  # "the crash of the naira": what crashed, no vehicle (a bus's is a carrier's)
    folds = [t.fold for t in toks]
    return any(
        folds[k : k + len(words)] == list(words)
        for words in lex.impact_road_tolls
        for k in range(len(folds) - len(words) + 1)
    )


def _can_fall(clause: _Clause, lex: _Lexicon, previous: _Raw | None) -> bool:
    """ "Costs have fallen" is no impact: something that can fall must be named, or follow
    from a launch or strike just before in the same paragraph."""
    if any(map(lex.impact_subjects.match, map(_TEXT, clause.tokens))):
        return True
    return (
        previous is not None
        and previous.type in lex.impact_after
        and previous.clause.paragraph == clause.paragraph
        and clause.sentence.index - previous.last_sentence <= _CONTINUATION_GAP
    )


def _appositive(clause: _Clause, lex: _Lexicon) -> bool:
    """``..., the first visit by ...``: a noun phrase after a comma describes, it does not
    report."""
    first_of_sentence = clause.start <= clause.sentence.start + 1
    if first_of_sentence or clause.tokens[0].fold not in lex.determiners:
        return False
    if clause.kind == "main":
        return False  # after a dateline or a colon the sentence begins: a subject, no apposition
    # "In the town of Baler, a landslide buried ...": after a fronted place or time phrase
    # the noun phrase is the subject of the main clause
    before = clause.sentence.text[: clause.start - clause.sentence.start]
    first = unit_words(before, 0, len(before))[:1]
    return not (before.count(",") == 1 and first and first[0].casefold() in lex.prepositions)


def _opens_after_dateline(clause: _Clause, st: _State) -> bool:
    """Does ``clause`` begin right where the dateline ends (``WINNIPEG, July 9 (AP) — A
    wildfire forced ...``)? The spaced dash that closes a dateline ends it as a colon or a
    spaced hyphen does, so the noun phrase after it is the lead's subject, not an apposition
    to the agency's name."""
    line = st.dateline
    return (
        line is not None
        and line[0] <= clause.start
        and not st.doc.text[line[1] : clause.start].strip()
    )


def _mood_noun(lows: Sequence[str], k: int, lex: _Lexicon) -> bool:
    """Is the mood word ``lows[k]`` a noun here (``[clauses] mood_nouns``)? Right after a
    determiner or a possessive (``the plans``, ``the government's plans``, ``its promise``)
    it is; after a determiner and one or two words (``a government plan``, ``a new fishing
    plan``) when the determiner follows a preposition or the word ends its clause or a
    preposition follows it (``The unions plan a strike``, ``The government plans to raise
    taxes`` are the verb)."""
    if lows[k] not in lex.mood_nouns or k == 0:
        return False
    prev = lows[k - 1]
    if prev in lex.determiners or prev.endswith(("'s", "\u2019s")):
        return True
    for j in (k - 2, k - 3):
        if j < 0 or any(w in lex.hypothetical or w == "to" for w in lows[j + 1 : k]):
            return False
        if lows[j] in lex.determiners:
            return (
                (j > 0 and lows[j - 1] in lex.prepositions)
                or k + 1 == len(lows)
                or lows[k + 1] in lex.prepositions
                and lows[k + 1] != "to"
            )
    return False


def _mood_attribute(lows: Sequence[str], k: int, trig_i: int, lex: _Lexicon) -> bool:
    """Is the hypothetical participle ``lows[k]`` an attribute of a noun other than the
    event (``[clauses] mood_attributes``)? Right after a determiner or a possessive and
    before a word (``marched against a planned wind farm``, ``rallied against the
    government's planned pension cuts``) it says what that noun is, not that the clause's
    event is only planned. When the event's own trigger is the noun (``the planned strike``,
    ``a postponed election``: up to two words on) the event is what was planned, and the
    word keeps its mood."""
    if lows[k] not in lex.mood_attributes or k == 0 or k + 1 >= len(lows):
        return False
    prev = lows[k - 1]
    if _mood_after_noun(lows, k, trig_i, lex):
        return True
    if not (prev in lex.determiners or prev.endswith(("'s", "\u2019s"))):
        return False
    return not (k < trig_i <= k + 2) and lows[k + 1] != "to"


def _mood_after_noun(lows: Sequence[str], k: int, trig_i: int, lex: _Lexicon) -> bool:
    """Is the hypothetical participle ``lows[k]`` an attribute standing after its noun, in a
    phrase after the trigger (``protested on Tuesday against a wind farm planned near X``,
    ``rallied against a mine expected at X``)? Session 19 (h19-events): the participle says
    what the thing is, as before it (``a planned wind farm``); before, it made the whole
    protest a plan and the event was lost. Only where English puts an attribute after its
    noun: after the trigger and not right after it (``protests planned for Friday``: the
    event's own noun), with a preposition other than ``to`` after it (``planned to march``
    is a verb's plan) and no auxiliary, pronoun or preposition before it (``was planned``,
    ``they planned``, ``as planned``)."""
    if lex.verb_second or k <= trig_i + 1 or k + 1 >= len(lows):
        return False
    prev, nxt = lows[k - 1], lows[k + 1]
    return (
        nxt in lex.prepositions
        and nxt != "to"
        and prev.isalpha()
        and prev not in lex.auxiliaries
        and prev not in lex.passive
        and prev not in lex.perfect
        and prev not in lex.prepositions
        and prev not in lex.determiners
        and prev not in lex.conjunctions
        and prev not in lex.hypothetical
        and prev not in relative_pronouns(lex.lang)
        and prev not in lex.subject_pronouns
    )


def _flags(
    clause: _Clause,
    lex: _Lexicon,
    trig_i: int = 0,
    framed: bool = False,
    trig_verb: bool = False,
) -> tuple[bool, bool]:
    """(hypothetical, reported) for the trigger's part of a clause.

    Coordinated clauses each have their own mood: in ``toured the district and said the
    state would pay`` the ``would`` belongs to the part after ``and said``, not to the tour.
    ``framed``: another clause of the sentence holds a verb of saying and none a condition;
    then a subjunctive that stands in for reported speech (``[clauses]
    reported_subjunctive``: ``Soldaten hätten zwölf Bewohner erschossen, berichteten
    Augenzeugen``) reports, unless a modal infinitive makes it a mere possibility (``hätte
    ... verhindern können``). ``trig_verb``: the trigger is a verb (a headline's verb past
    its infinitive is its own past: _headline_future).
    """
    toks = clause.tokens[: _mood_end(clause.tokens, lex, trig_i, modal=trig_verb)]
    lows = list(clause.reading.folds[: len(toks)])
    as_reported = (
        framed and not (lex.modal_infinitives & set(lows)) and not _counterfactual(lows, lex)
    )
    # "whether anyone was hurt when the bridge collapsed": the open question ends at a
    # subordinator of fact before the trigger; what the clause after it tells happened
    told = _factual_from(clause, lows, trig_i, lex)
    part = _own_part_start(lows, trig_i, lex)
    topic = _question_topic(lows, trig_i, lex)
    # most clauses hold no hypothetical word: one set test in C before the word-by-word one
    hypo = not lex.hypothetical.isdisjoint(lows) and any(
        w in lex.hypothetical
        and not (as_reported and w in lex.reported_subjunctive)
        and (not toks[k].is_cap or k == 0)
        and not (k > 0 and lows[k - 1] in lex.prepositions)  # "voted on whether": a topic
        and not (topic is not None and k > topic)  # "on whether X should ...": its words
        and not _mood_noun(lows, k, lex)  # "to protest a government plan": a topic
        and not _mood_attribute(lows, k, trig_i, lex)  # "against a planned wind farm"
        and not (
            k < part
            and w in lex.own_part_moods
            and (k + 1 >= len(lows) or lows[k + 1] not in lex.purpose_openers)
        )  # "cancelled a trip and convened": not "planned to march and rally"
        # "werden noch 40 Menschen vermisst": the present passive of a state, not the future
        and not (w in lex.state_auxiliaries and lows[-1] in lex.passive_states)
        for k, w in enumerate(lows)
        if told is None or k > told
    )
    if (
        lows
        and lows[0] in lex.purpose_openers
        and not _place_or_time_opener(lows, lex)
        and not _fact_complement(clause, lows, lex)
        and not (
            0 < trig_i < len(lows)
            and lows[trig_i - 1] in lex.infinitive_markers
            and _march_purpose_clause(clause, lex)
        )  # "zogen ... durch X, um gegen Y zu protestieren": the march's own protest
    ):
        hypo = True
    if any(
        trig_i >= len(p) and tuple(lows[trig_i - len(p) : trig_i]) == p for p in lex.near_miss
    ) and not (lex.nouns_capitalised and toks[trig_i].is_cap):
        hypo = True  # "nearly collided", "ist beinahe gekentert": it did not happen
    if _has_phrase(lows[: _purpose_appeal(lows, trig_i, lex)], lex.expected):
        hypo = True  # "an earthquake here is long overdue", "ruled out": not happened
    if (
        lex.ruled_out
        and lows
        and lows[-1] in lex.ruled_out_lasts
        and any((w, lows[-1]) in lex.ruled_out for k, w in enumerate(lows[:-1]) if k != trig_i)
    ):
        # "Die Ermittler schließen einen Anschlag bisher aus": ruled out; the verb that is
        # the trigger itself ("schloss den Kandidaten von der Wahl aus", a carrier) is the
        # act of barring, not a doubt about another event (session 17, round 2)
        hypo = True
    if clause.sentence.text.rstrip().endswith("?") and told is None:
        hypo = True  # a question asks whether it happens
    future_at = _headline_future(clause, lex)
    if future_at is not None and (trig_i == future_at + 1 or not trig_verb):
        # "Ghana to stage run-off in X": a headline's future; a verb past the infinitive
        # ("Ferry to island capsized off X") is the line's own past (h23-mend)
        hypo = True
    if lows and lows[0] in lex.conditional_openers and toks[0].is_cap:
        # "Had the dam burst, ...": an inverted conditional opens its sentence; the verb
        # that resumes a subject after an aside is none ("The captain, a fisherman, had been
        # arrested", "Hundreds of protesters, most of them students, were detained";
        # session 16, h16-even)
        hypo = True
    if not lex.future_firsts.isdisjoint(lows) and any(
        f"{a} {b}" in lex.future for a, b in zip(lows, lows[1:], strict=False)
    ):
        hypo = True  # "next month", "im kommenden Monat": not yet
    if lex.modal_future & set(lows) and (
        _plain_infinitive_last(toks, lex) or _modal_after_infinitive(toks, lex)
    ):
        hypo = True  # "soll am Freitag auf Land treffen": a plan or a forecast
    if _accused_of(toks, lows, lex):
        hypo = True  # "Er soll in einem Park Feuer gelegt haben": what he is accused of
    if _negated_subject(lows, trig_i, lex):
        hypo = True  # "no attack had taken place", "kein Angriff", "Nobody was arrested"
    if _negation_reaches(_without_attribute_negations(toks, lows, lex), trig_i, lex):
        hypo = True  # "hat Kiew nicht angegriffen", "did not attack": it did not happen
    if _resumed_predicate_hypothetical(clause, lex):
        hypo = True  # "The rally, first set for May, was called off": the subject's mood
    if _denied_report(lows, trig_i, lex):
        hypo = True  # "Die Regierung wies Berichte über Festnahmen zurück": denied
    if lex.denials and clause.start > clause.sentence.start:
        # "Die Armee bestritt, Dörfer beschossen zu haben": denied in the clause before
        # only the words just before the clause: a long sentence stays linear
        sent = clause.sentence
        end = clause.start - sent.start
        before = [w.casefold() for w in unit_words(sent.text, max(0, end - _DENIAL_REACH), end)]
        if not lex.denials.isdisjoint(before) or (
            not lex.denial_firsts.isdisjoint(before)
            and any(f"{a} {b}" in lex.denials for a, b in zip(before, before[1:], strict=False))
        ):
            hypo = True  # also a pair: "rejected reports that its troops had shelled ..."
    reported = not lex.reported.isdisjoint(lows) or (
        as_reported and not lex.reported_subjunctive.isdisjoint(lows)
    )
    return hypo, reported


def _fact_complement(clause: _Clause, lows: Sequence[str], lex: _Lexicon) -> bool:
    """Is the clause a complement (``dass``) of a verb that reports a fact, in the words just
    before it (``Die Polizei teilte mit, dass am Samstag ein Mann festgenommen wurde``,
    ``wurde bekannt, dass ...``)? Then it tells what happened, not a purpose or a demand
    (``forderten, dass ...``); its own words keep their mood (``könnte``, ``soll``,
    ``nicht``). Only the words right before the clause are read, as for a denial, so a long
    sentence stays linear. Session 22 (h22-evde)."""
    if not lex.fact_reports or not lows or lows[0] not in lex.complementizers:
        return False
    sent = clause.sentence
    end = clause.start - sent.start
    if end <= 0:
        return False
    before = [w.casefold() for w in unit_words(sent.text, max(0, end - _DENIAL_REACH), end)]
    # a particle or a preposition ("teilte ... mit") counts only right before the clause
    last = len(before) - 1
    return any(
        w in lex.fact_reports and (k == last or w not in lex.prepositions)
        for k, w in enumerate(before[-4:], start=max(0, len(before) - 4))
    )


def _noun_phrase_text(toks: Sequence[Token], i: int, lex: _Lexicon) -> str | None:
    """The words of a trigger noun of several words written together that starts at token
    ``i`` (``Flash floods``, ``mass poisoning``, ``drone strike``), the longest that fits, or
    None. The event's trigger is then the whole noun, as a reader quotes it and the gold
    names it: its first word alone (``Flash``, ``mass``) says nothing on the map, also when
    a carrier or a casualty verb gave the noun its place (``A mass poisoning killed nine``).
    Session 16 (h16-even)."""
    best: tuple[Token, ...] = ()
    # only the triggers whose first word is this word (remembered per word, in lexicon
    # order): trying every trigger of the lexicon was a sixth of the events' time on LGL
    for trig in lex.first_word_triggers(toks[i].text):
        n = len(trig.words)
        if (
            trig.pos != "noun"
            or n < 2
            or n <= len(best) + 1
            or i + n > len(toks)
            or not all(w.match(toks[i + k].text) for k, w in enumerate(trig.words))
        ):
            continue
        best = tuple(toks[i + 1 : i + n])
    if not best:
        return None
    return " ".join([toks[i].text, *(t.text for t in best)])


def _question_topic(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> int | None:
    """Where a question that is the topic of the trigger opens: a word of ``[clauses]
    open_questions`` (``whether``, ``if``) right after a preposition, after the trigger
    (``went to the polls in a referendum on whether the state should break away``, ``voted
    on whether to join``). The modal inside it (``should``) is what the vote was about, not
    the mood of the vote; before the trigger, or with no preposition before it (``asked
    whether they should march``), the words keep their mood. Session 16 (h16-even)."""
    for k in range(trig_i + 1, len(lows)):
        if lows[k] in lex.open_questions and lows[k - 1] in lex.prepositions:
            return k
    return None


def _own_part_start(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> int:
    """Where the trigger's coordinated part begins: after the last conjunction before the
    trigger (``and convened``, ``und den Sicherheitsrat einberufen``), else at the clause's
    start."""
    return next((k + 1 for k in range(trig_i - 1, 0, -1) if lows[k] in lex.conjunctions), 0)


# the longest aside between a subject and its resumed predicate that is still read as one
_ASIDE_WORDS = 8


def _resumed_predicate_hypothetical(clause: _Clause, lex: _Lexicon) -> bool:
    """Is the predicate of this clause's subject, resumed after an aside, hypothetical?

    ``The match in Quito, originally set for Monday, was postponed``: the commas cut the
    subject (the event noun) from its predicate, and the predicate's mood (``postponed``,
    ``verschoben``: it has not taken place) is the subject's. Read only when the clause ends
    at a comma, a short aside (at most ``_ASIDE_WORDS`` words, lower-case first) follows,
    and the part after it opens with a finite verb (``[clauses] aside_resumers``: ``was``,
    ``has``, ``wurde``), so a list or a second main clause is left alone. Only the text
    right after the clause is read: linear."""
    sent = clause.sentence
    text = sent.text
    end = clause.end - sent.start
    if not lex.aside_resumers or not text.startswith(",", end):
        return False
    cuts = [m for m in _CLAUSE_CUT.finditer(text, end + 1)][:2]
    if not cuts or text[cuts[0].start()] != ",":
        return False
    aside = text[end + 1 : cuts[0].start()].split()
    if not aside or len(aside) > _ASIDE_WORDS or not aside[0][:1].islower():
        return False
    tail_end = cuts[1].start() if len(cuts) > 1 else len(text)
    tail = [w.casefold() for w in unit_words(text, cuts[0].end(), tail_end)]
    if not tail or tail[0] not in lex.aside_resumers:
        return False
    return any(w in lex.hypothetical for w in tail) or any(
        f"{a} {b}" in lex.future for a, b in zip(tail, tail[1:], strict=False)
    )


# how many words a report noun may stand before the event noun it reports ("Berichte über
# die Festnahme", "Berichte über neue Kämpfe")
_REPORT_REACH = 4


def _denied_report(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """``Die Regierung dementierte Berichte über Festnahmen in X``, ``wies Berichte über
    Kämpfe in X zurück``: an event noun that a report noun (``[clauses] denied_reports``)
    stands shortly before, in a clause with a denial (``[clauses] denials``) or a rejection
    closed by its particle (``rejections``, ``rejection_particles``: ``wies ... zurück``) or
    written as one word (``joined_rejections``: ``zurückgewiesen``), was denied, not
    reported. ``bestätigte Berichte über Festnahmen`` stays an event. Session 24
    (h24-evde); the denial may stand anywhere in the clause, as a perfect's participle does
    at its end (``hat Berichte über Festnahmen dementiert``, ``zurückgewiesen``) or a
    fronted report's verb after it (``Berichte über Festnahmen wies die Regierung
    zurück``; session 24, h24-mend)."""
    if not lex.denied_reports:
        return False
    if not any(
        lows[k] in lex.denied_reports
        for k in range(trig_i - 1, max(-1, trig_i - 1 - _REPORT_REACH), -1)
    ):
        return False
    return any(w in lex.denials or w in lex.joined_rejections for w in lows) or (
        bool(lows)
        and lows[-1] in lex.rejection_particles
        and any(w in lex.rejections for w in lows)
    )


def _without_attribute_negations(
    toks: Sequence[Token], lows: Sequence[str], lex: _Lexicon
) -> Sequence[str]:
    """``lows`` with each negation that negates an attribute, not the clause, blanked: ``Die
    Polizei löste eine nicht genehmigte Kundgebung auf``, ``nahm mehrere nicht gemeldete
    Journalisten fest`` (the rally was broken up, the journalists arrested). In a language
    that writes its nouns with a capital: a negation right before a lower-case word with an
    adjective's ending (``[clauses] attribute_endings``) and a capitalised noun right after
    it. Session 24 (h24-evde). An article, a demonstrative or a quantifier has such an ending
    too (``[actors] determiners``, ``[clauses] not_attributes``): ``hat nicht die Hauptstadt
    angegriffen``, ``nicht einen Demonstranten festgenommen``, ``nicht alle``: the negation
    stays the clause's (session 24, h24-mend)."""
    if (
        not lex.nouns_capitalised
        or not lex.attribute_endings
        or not lex.negations.intersection(lows)
    ):
        return lows
    endings = tuple(lex.attribute_endings)
    out = list(lows)
    for k in range(len(toks) - 2):
        if (
            lows[k] in lex.negations
            and toks[k + 1].text.islower()
            and lows[k + 1].endswith(endings)
            and lows[k + 1] not in lex.negation_not_before
            and lows[k + 1] not in lex.determiners
            and lows[k + 1] not in lex.not_attributes
            and toks[k + 2].is_cap
        ):
            out[k] = ""
    return out


def _negation_reaches(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """Does a negation (``not``, ``never``, ``nicht``) of the clause negate its trigger?

    Not when a coordinator or a word that opens another clause (``negation_barriers``:
    ``who``, ``because``, ``why``, ``but``) stands between the two (``arrested a man who had
    never been charged``, ``did not say why they arrested``, ``arrested two men but did not
    give their names``), nor when a count or a distance follows it (``not far from``); a
    verb of denial reaches into what it denies (``denied that ... had been arrested``). One
    pass with a running count of barriers, made only for a clause with a negation (most
    have none)."""
    negated = [k for k, w in enumerate(lows) if w.replace("’", "'") in lex.negations]
    if not negated:
        return False
    barriers_before = [0]
    for w in lows:
        barriers_before.append(
            barriers_before[-1] + (w in lex.coordinators or w in lex.negation_barriers)
        )
    for k in negated:
        w = lows[k]
        if k + 1 < len(lows) and lows[k + 1] in lex.negation_not_before:
            continue
        if w in lex.denials:
            return True  # "Police denied that any protesters had been arrested"
        lo, hi = (k, trig_i) if k < trig_i else (trig_i, k)
        if barriers_before[hi] == barriers_before[lo + 1]:
            return True
    return False


def _negated_subject(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """Does a negative determiner (``no``, ``none of``, ``kein``, ``niemand``) say the
    trigger did not happen?

    Within two words before any trigger (``no attack``, ``kein Angriff``); before a verb
    trigger also further back, where it heads the subject (``No hostages were freed in
    Bamako``, ``Keine der Fähren ist vor Mwanza gekentert``), up to a coordinator or a word
    that opens another clause (``negation_barriers``: ``No one knows why the bridge
    collapsed``). A trigger right after a determiner or a preposition is a noun in a phrase
    of its own (``no damage was reported from the earthquake``): only the two words count.
    A negative word after a qualifying preposition (``with no uniforms``) or before a count
    (``no fewer than 40``) negates nothing. One backward pass over the clause's words.
    """
    noun_use = trig_i > 0 and (
        lows[trig_i - 1] in lex.determiners
        or lows[trig_i - 1] in lex.prepositions
        # a possessive is a determiner too ("Nobody was hurt in Tuesday's shelling")
        or lows[trig_i - 1].endswith(("'s", "’s"))
    )
    if trig_i == 0 and len(lows) > 1 and lows[-1] in lex.negative_determiners:
        # "Festnahmen gab es keine": the word that ends the clause stands for the fronted
        # noun ("Verletzt wurde bei dem Angriff niemand" negates the injured, not the attack)
        return True
    first = max(0, trig_i - 3) if noun_use else 0
    for k in range(trig_i - 1, first - 1, -1):
        w = lows[k]
        if w in lex.coordinators or w in lex.negation_barriers:
            return False  # "No arrests were made after protesters marched": another clause
        if k > 0 and lows[k - 1] in lex.negation_qualifiers:
            continue
        if k + 1 < trig_i and lows[k + 1] in lex.negation_not_before:
            continue
        if w in lex.negative_determiners and k >= trig_i - 2:
            return True
        if w in lex.negative_determiners and not noun_use:
            return True
        if any(
            tuple(lows[k : k + len(p)]) == p for p in lex.negative_phrases if k + len(p) <= trig_i
        ):
            return True
    return False


def _counts(lows: Sequence[str], lex: _Lexicon) -> bool:
    """Does the clause count something (a number above one, ``two``, ``hundreds``)? An
    article or ``one`` (``[time.numbers]`` value 1) counts nothing: ``A trawler has been
    missing since Sunday`` is one boat, no running count (session 19, round 2)."""
    return any(
        (w.isdecimal() and int(w) > 1)
        or (w in lex.numbers and lex.count_values.get(w, 2) > 1)
        or w in lex.count_words
        for w in lows
    )


def _purpose_appeal(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> int:
    """Where a call that is the trigger's purpose begins (``Supporters rallied in X on
    Saturday to call for early elections``: a purpose opener (``to``) and an ``[clauses]
    appeals`` phrase after the trigger), else the clause's length. What is called for has
    not happened, the rally has: the words from there on are the purpose's, not the
    trigger's mood. Session 15, round 2."""
    for k in range(trig_i + 2, len(lows)):
        if lows[k - 1] in lex.purpose_openers and any(
            tuple(lows[k : k + len(p)]) == p for p in lex.appeals
        ):
            return k
    return len(lows)


_FIRST_WORDS: dict[int, tuple[Sequence[tuple[str, ...]], frozenset[str]]] = {}


def _first_words(phrases: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The first words of ``phrases`` (a lexicon's list, kept for the process), remembered
    per list: it was rebuilt for every clause read."""
    got = _FIRST_WORDS.get(id(phrases))
    if got is None or got[0] is not phrases:
        got = (phrases, frozenset(phrase[0] for phrase in phrases))
        if len(_FIRST_WORDS) >= 64:
            _FIRST_WORDS.clear()
        _FIRST_WORDS[id(phrases)] = got
    return got[1]


def _has_phrase(lows: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    """Does one of the phrases (as folded words) stand in the clause? Linear in the clause's
    words for the few short phrases of a lexicon list."""
    firsts = _first_words(phrases)
    if firsts.isdisjoint(lows):
        return False  # most clauses: no phrase's first word at all (one set test in C)
    for k, w in enumerate(lows):
        if w in firsts and any(tuple(lows[k : k + len(p)]) == p for p in phrases if p[0] == w):
            return True
    return False


#: How many lower-case words may stand inside a view's frame ("gilt bis heute als").
_VIEW_GAP = 3


def _view_over_words(clause: _Clause, times: Sequence[Any], lex: _Lexicon) -> bool:
    """Does a two-word view of ``[clauses] views`` stand in the clause with up to
    ``_VIEW_GAP`` lower-case words inside it ("gilt bis heute als", "gilt noch immer als",
    "galt lange als"), and every time of the clause inside that gap ("bis heute" says how
    long the view holds, not when anything happened)? An event noun in such a clause is
    judged, not reported; "Die Wahl am Sonntag gilt noch immer als Test" keeps its own day
    (session 26, h26-evde)."""
    views = lex.view_pairs
    if not views:
        return False
    toks = clause.tokens
    firsts = {p[0] for p in views}
    if firsts.isdisjoint(clause.reading.folds):
        return False
    for k, tok in enumerate(toks):
        if tok.fold not in firsts:
            continue
        for j in range(k + 1, min(len(toks), k + 2 + _VIEW_GAP)):
            if j > k + 1 and (tok.fold, toks[j].fold) in views:
                lo, hi = tok.end, toks[j].start
                return all(lo <= sp.start and sp.end <= hi for sp in times)
            if toks[j].is_cap or not toks[j].text.isalpha():
                break
    return False


def _fronted_time(clause: _Clause, times: Sequence[TimeSpan], lex: _Lexicon) -> bool:
    """Does a fronted participle phrase of the clause's sentence (``[places]
    fronted_openers``: "Speaking in Geneva on Monday, the UN chief called for ...") date it?
    The phrase sets the act's scene, its time as much as its place."""
    sent = clause.sentence
    first = unit_words(sent.text, 0, min(len(sent.text), 40))[:1]
    return (
        bool(first)
        and first[0].casefold() in lex.fronted_openers
        and any(sent.start <= sp.start < clause.start for sp in times)
    )


def _own_expected_word(clause: _Clause, trig: _Trigger, trig_i: int, lex: _Lexicon) -> bool:
    """Is the trigger's own word a one-word ``[clauses] expected`` phrase while the trigger
    is bound to a noun before it (``ausgeschlossen <wahl``: excluded from an election, not
    "ruled out")? Then that word says what happened, not that nothing did."""
    return (
        trig.particle_before
        and trig_i < len(clause.tokens)
        and (clause.tokens[trig_i].fold,) in lex.expected
    )


def _act_flags(
    clause: _Clause, lex: _Lexicon, trig_i: int = 0, framed: bool = False
) -> tuple[bool, bool]:
    """The mood of a speech act: that of its clause without the act's own word when that word
    is a call or a denial. Why: ``called for`` (``[clauses] appeals``) and ``denied``
    (``negations``, ``denials``) say that what they name has not happened, not that nothing
    was said. A warning of something (``warned of flooding``, ``warnte vor Hochwasser`` in
    ``expected``) stays a forecast: no event, neither the hazard nor the warning."""
    toks = clause.tokens
    lows = [t.fold for t in toks[trig_i : trig_i + 3]]
    own = (
        lows[0] in lex.negations
        or lows[0] in lex.denials
        or any(tuple(lows[: len(p)]) == p for p in lex.appeals)
    )
    if not own:
        return _flags(clause, lex, trig_i, framed)
    return _flags(clause.part(toks[:trig_i] + toks[trig_i + 1 :]), lex, trig_i, framed)


def _act_instead(
    found: Sequence[tuple[int, int, _Trigger, int | None]],
    clause: _Clause,
    lex: _Lexicon,
    framed: bool,
    times: Sequence[TimeSpan],
) -> tuple[int, int, _Trigger, int | None] | None:
    """The speech act of a clause whose stronger trigger, named after the act, reports
    nothing: in "The army denied on Tuesday that its jets had bombed a market" the bombing
    is denied, in "The opposition on Monday called for protests" the protests are still to
    come, in "On Monday, Seoul warned Pyongyang against further tests" the tests are a kind
    of event; the denial, the call, the warning are statements. Only an act dated in its own
    words before what it names (``Officials denied that the army had shelled ...``,
    ``called for protests on Friday``: no act of their own), whose mood is plain (``warned
    of flooding`` stays a forecast: ``[clauses] expected``) and whose sentence holds no
    forecast or plan."""
    first = clause.tokens[found[0][1]].start
    if not any(sp.start < first for sp in times):
        return None
    for f in found[1:]:
        if (
            _speech_act(f[2], lex)
            and clause.tokens[f[1]].start < first
            and not _act_flags(clause, lex, f[1], framed)[0]
            and not _says_what_will_be(clause, f[1], lex)
            and not _act_on_what_will_be(clause, f[1], lex)
        ):
            return f
    return None


def _announced(
    found: Sequence[tuple[int, int, _Trigger, int | None]],
    trig_i: int,
    lex: _Lexicon,
    toks: Sequence[Token],
) -> bool:
    """Is the event noun at ``trig_i`` the object of an act that names what is still to come
    (``[clauses] prospective_acts``: "Die Junta kündigte Neuwahlen an", "The opposition
    demanded a recount")? Then it has not happened: the announcement or the demand may be
    news (_act_instead), what it names is not. Acts that report what was done ("announced
    the arrest of ...", "gab die Festnahme bekannt") are not in the list."""
    return any(
        (
            f[1] < trig_i
            or (_prospective_participle_after(f[2], lex) and _own_object_of_act(toks, trig_i, lex))
        )
        and _speech_act(f[2], lex)
        and f[2].text in lex.prospective_acts
        for f in found
    )


def _prospective_participle_after(act: _Trigger, lex: _Lexicon) -> bool:
    """Is ``act`` a prospective act's participle that may close its clause after the event
    noun (``Ein Warnstreik ist für Freitag in X angekündigt``, ``... wurde zu einem Streik
    aufgerufen``)? In a language that puts the participle last (``[grammar] particles
    = "clause_end"``) a plain participle (no ``*`` stem, no particle: ``angekündigt``,
    ``gefordert``) names the act after its object. Session 23, h23-evde."""
    return (
        lex.particles_at_clause_end
        and len(act.words) == 1
        and "*" not in act.text
        and " " not in act.text
    )


def _own_object_of_act(toks: Sequence[Token], trig_i: int, lex: _Lexicon) -> bool:
    """Is the event noun at ``trig_i`` what a participle after it names (``Für Freitag ist ein
    Warnstreik in X angekündigt``, ``zu einem Streik aufgerufen``), not a circumstance of an
    act that happened (``Bei einer Kundgebung in X wurde ein höherer Mindestlohn gefordert``:
    the rally took place)? Past its article and adjectives the noun phrase may open with no
    preposition or one of ``[clauses] prospective_object_prepositions``; any other
    preposition (``bei``, ``auf``, ``nach``, ``beim``) makes it a circumstance. Session 23
    (h23-mend, a reviewer's finding)."""
    k = trig_i - 1
    while (
        k >= 0
        and not toks[k].is_cap
        and toks[k].fold.endswith(lex.adjective_endings)
        and toks[k].fold not in lex.prepositions
        and toks[k].fold not in lex.determiners
    ):
        k -= 1  # "weitere", "eintägigen": its adjectives
    if (
        k >= 0
        and toks[k].fold not in lex.prepositions
        and (toks[k].fold in lex.determiners or toks[k].fold in lex.indefinite)
    ):
        k -= 1  # its article; "beim", "zum" are a preposition and an article in one
    return (
        k < 0
        or toks[k].fold not in lex.prepositions
        or toks[k].fold in lex.prospective_object_prepositions
    )


def _saying_frame(clause: _Clause, trig_i: int, trig: _Trigger, lex: _Lexicon) -> bool:
    """Is the trigger a statement noun that only frames a verb of saying before it (``said in
    a televised address that ...``, ``sagte in einer Rede``)? Then, like the verb, it is news
    only with a time or a place of its own (``said in a televised speech in Sanaa on
    Friday``): otherwise it tells how a source spoke, not that a speech was the event."""
    return (
        trig.type == "statement"
        and trig.pos == "noun"
        and any(lex.any_weak.match(t.text) for t in clause.tokens[:trig_i])
    )


def _act_on_what_will_be(clause: _Clause, trig_i: int, lex: _Lexicon) -> bool:
    """A speech act whose sentence holds a forecast, a plan or a condition anywhere (``A
    helicopter could go down if the engine fails, experts in Kandahar warned``), or a time
    still to come (``kündigte an, die Steuern im kommenden Jahr zu senken``): wire copy puts
    the act after its words as often as before them, and the news is what will be."""
    sent = clause.sentence
    at = clause.tokens[trig_i].start - sent.start  # word_units counts in the sentence's text
    words = word_units(sent.text, 0, len(sent.text))
    low = [t for t in words if not t.is_cap]
    lows = [t.fold for t in low]
    return any(
        t.fold in lex.hypothetical and t.start != at and not _reports_past(lows, k, lex)
        for k, t in enumerate(low)
    ) or any(f"{a.fold} {b.fold}" in lex.future for a, b in zip(words, words[1:], strict=False))


def _counterfactual(lows: Sequence[str], lex: _Lexicon) -> bool:
    """Does a cue of ``[clauses] counterfactual_cues`` stand before the first reported
    subjunctive of ``lows`` (``ohne die Warnung hätten viele sterben können``, ``ohne die
    Dämme wären die Dörfer überflutet worden``)? Then the subjunctive says what would have
    been, not what was reported; after it the cue is a manner (``hätten ohne Vorwarnung
    geschossen``) and the report stands."""
    if not lex.counterfactual_cues:
        return False
    k = next((i for i, w in enumerate(lows) if w in lex.reported_subjunctive), None)
    return k is not None and not lex.counterfactual_cues.isdisjoint(lows[:k])


def _says_what_will_be(clause: _Clause, trig_i: int, lex: _Lexicon) -> bool:
    """``said in Nairobi that growth would slow``, ``sagte in Genf, die Lieferungen würden
    ...``: a verb of saying whose words (the rest of its sentence) are a forecast, a plan or
    a hypothesis reports no event; the news is what will be, not that it was said."""
    sent = clause.sentence
    start = clause.tokens[trig_i].end
    # the words' texts suffice (a token's fold and capital are read off its text)
    rest = unit_words(clause.sentence.text, start - sent.start, len(sent.text))
    lows = [w.casefold() for w in rest if not w[:1].isupper()]
    return any(
        w in lex.hypothetical and not _reports_past(lows, k, lex) for k, w in enumerate(lows)
    )


def _reports_past(lows: Sequence[str], k: int, lex: _Lexicon) -> bool:
    """Is the subjunctive ``lows[k]`` told by a verb of saying the reported past, not a
    possibility? ``Die Behörden teilten mit, sie hätten acht Männer festgenommen``: a plural
    Konjunktiv I (``sie haben``) sounds like the indicative, so wire copy writes the
    Konjunktiv II, and the arrest happened. It is, when a lower-case event word (the
    participle) follows it and no modal infinitive (``hätten ... verhindern können``) does
    (``[clauses] reported_subjunctive``, ``modal_infinitives``); ``sagte, die Lage wäre
    schlimmer`` stays a hypothesis."""
    if lows[k] not in lex.reported_subjunctive or _counterfactual(lows, lex):
        return False
    after = lows[k + 1 :]
    if lex.modal_infinitives & set(after):
        return False
    return any(lex.any_trigger.match(w) for w in after)


def _accused_of(toks: Sequence[Token], lows: Sequence[str], lex: _Lexicon) -> bool:
    """Does the clause open its sentence with a pronoun (``[clauses] accused_pronouns``)
    and a hearsay modal (``modal_future``) and end in a perfect infinitive (``Er soll in
    einem Park Feuer gelegt haben``, ``Sie sollen die Fähre überladen haben``)? Then it
    says what someone named before is accused of, no event of its own; a hearsay with a
    noun subject (``Kämpfer sollen am Sonntag einen Posten eingenommen haben``) still
    reports one, and so does a relative clause (``nahm einen 45-Jährigen fest, der dort
    mehrere Scheunen angezündet haben soll`` is a dev gold event). Session 26 (h26-evde)."""
    return (
        len(lows) > 3
        and lows[0] in lex.accused_pronouns
        and toks[0].is_cap
        and lows[1] in lex.modal_future
        and lows[-1] in lex.perfect_infinitives
    )


def _plain_infinitive_last(toks: Sequence[Token], lex: _Lexicon) -> bool:
    """Does the clause end in a plain infinitive (``treffen``, ``gehen``), not a perfect one
    (``angegriffen haben``, ``getötet worden sein``)?"""
    if not toks or toks[-1].is_cap:
        return False
    last = toks[-1].fold
    return last not in lex.perfect_infinitives and last.endswith(lex.infinitive_endings)


def _modal_after_infinitive(toks: Sequence[Token], lex: _Lexicon) -> bool:
    """Does a verb-last clause end in a plain infinitive and its modal (``..., dass am
    Samstag eine Kundgebung stattfinden soll``)? The order of a subordinate clause: the plan
    or forecast :func:`_plain_infinitive_last` reads in a main clause (``soll am Samstag
    stattfinden``). Session 22 (h22-evde)."""
    return (
        len(toks) > 1
        and toks[-1].fold in lex.modal_future
        and _plain_infinitive_last(toks[:-1], lex)
    )


def _dated_in_clause(clause: _Clause, times: Sequence[TimeSpan]) -> bool:
    """Does the clause name a day of its own (a weekday, a date, a night, ``yesterday``)?"""
    return any(sp.kind in _DAY_KINDS and clause.start <= sp.start < clause.end for sp in times)


def _span_of_units(lows: Sequence[str], trig_i: int, trig: _Trigger, lex: _Lexicon) -> bool:
    """Is the event noun at ``trig_i`` counted in plural time units (``[clauses]
    elapsed_units`` ending in ``s``, then a ``span_links`` word, past one adjective: ``has
    faced months of demonstrations``, ``weeks of anti-government protests``, ``years of
    fighting``)? Then the clause tells how long something went on, not one event; the caller
    keeps a clause with a day of its own (``Two days of clashes in X killed 12 people on
    Monday``). Session 25, round 2, h25-even: such background took the day and the place of
    the sentence before it."""
    if not lex.span_links or trig.pos != "noun":
        return False
    for link in (trig_i - 1, trig_i - 2):
        if link > 0 and lows[link] in lex.span_links:
            unit = lows[link - 1]
            return unit in lex.elapsed_units and unit.endswith("s")
    return False


def _of_the_victims(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """Is the event noun at ``trig_i`` named after ``[clauses] victims_of`` and ``of``, at
    most four words on, with a definite article or a possessive between and no indefinite
    one (``for the victims of the canopy collapse``, ``survivors of last year's ferry
    sinking``)? Then the clause tells what is done for them, and the event is one told
    before; after ``of`` even a verb trigger's word is a noun (``sinking``, ``collapse``).
    ``victims of a gas explosion in X`` may be the news (session 24, round 2).

    Session 25 (h25-evwords): a verb in the past (``lex.past_ending``) is no noun but the
    clause's predicate after the phrase (``relatives of the victims of the ferry disaster
    protested``); a modifier that only opens a longer trigger is the head noun's own
    (``survivors of the mine blast``: ``mine`` opens ``mine accident``)."""
    if not lex.victims_of or _finite_past(lows[trig_i], lex):
        return False
    for k in range(max(0, trig_i - 5), trig_i - 1):
        if lows[k] in lex.victims_of and lows[k + 1] == "of":
            between = lows[k + 2 : trig_i]
            # the trigger heads the phrase: no other event word between ("the victims of
            # the blast marched on ...": the march is the news)
            return (
                bool(between)
                and not lex.indefinite.intersection(between)
                and not any(_event_word(w, lex) for w in between)
            )
    return False


def _past_year_of(
    span: TimeSpan, noun: Token, text: str, lex: _Lexicon, anchor: date | None
) -> bool:
    """Is ``span`` the event noun's own date in a past year, right after it (``seit dem
    Putsch im Februar 2021``, ``since the coup in February 2021``)? Then it dates the noun
    of a since-phrase, not a day of the clause's own news: the phrase stays background.
    Session 25 (h25-evde)."""
    between = text[noun.end : span.start].split()
    if (
        anchor is None
        or len(between) > 1
        or (between and between[0].casefold() not in lex.prepositions)
    ):
        return False
    year = _YEAR.search(span.text)
    return year is not None and int(year.group(0)) < anchor.year


def _finite_past(word: str, lex: _Lexicon) -> bool:
    """Is ``word`` a finite past by its ending (English ``marched``, ``protested``), never a
    phrase's head noun as ``sinking`` or ``collapse`` may be? (session 25, h25-evwords)"""
    return bool(lex.past_ending) and word.endswith(lex.past_ending)


def _event_word(word: str, lex: _Lexicon) -> bool:
    """Is ``word`` an event's word by itself: a one-word trigger or a carrier word, not only
    the first word of a longer trigger (``mine`` of ``mine accident``, ``gas`` of ``gas
    leak``)? (session 25, h25-evwords)"""
    return word in lex.carrier_words or any(len(t.words) == 1 for t in lex.triggers_of(word))


# how many words may stand between "for" and a long unit of time ("for more than a century")
_LASTING_REACH = 4


def _lasting_for(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """The event word ``trig_i`` the subject of a perfect (``[clauses] perfect`` after it)
    with ``for`` and a long unit of time a few words on (``[clauses] lasting_units``: ``Mine
    fires have burned under X for more than a century``, ``Fighting has raged in the hills
    for years``): the clause tells how long a state has lasted, no event of a day. Not an
    event word after the perfect (``Two men have been jailed for 10 years``: a sentence's
    length), and only in a clause with no time of its own. Session 26 (h26-even)."""
    if not lex.lasting_units:
        return False
    perfect = next((k for k in range(trig_i + 1, len(lows)) if lows[k] in lex.perfect), None)
    return perfect is not None and any(
        lows[k] == "for" and not lex.lasting_units.isdisjoint(lows[k + 1 : k + 1 + _LASTING_REACH])
        for k in range(perfect + 1, len(lows))
    )


def _background(
    clause: _Clause,
    lex: _Lexicon,
    trig_i: int,
    trig: _Trigger,
    anchor: date | None,
    times: Sequence[TimeSpan],
) -> bool:
    """Background, not news: statistics (``Launch rates``, ``die Zahl der Anschläge``),
    counts of an event noun (``20 typhoons a year``, ``hundreds of tremors``), a bare past
    year (``2018``, ``since 2022``) with no day or month in the clause."""
    if _labelled(clause.sentence.text, lex):
        return True  # "Photo: Flooded streets in ...", "Read more: ...": not the story's news
    toks = clause.tokens[: _mood_end(clause.tokens, lex, trig_i)]
    lows = list(clause.reading.folds[: len(toks)])
    if (
        trig.type in lex.setting_types
        and 0 < trig_i < len(lows)
        and lex.setting_endings
        and lows[trig_i].endswith(lex.setting_endings)
        and lows[trig_i - 1] in lex.setting_auxiliaries
    ):
        return True  # "The bus was travelling from Kano to Abuja": the setting
    # a verb trigger after an article is its noun ("since the building collapse", "the 2019
    # train crash"): read it as the event nouns are read (session 12, h-evdev)
    nominal = trig.pos == "noun" or _definite(toks, trig_i, lex)
    if (
        nominal
        and lex.since_prepositions
        and not any(
            span.start > toks[trig_i].start
            and span.kind != "event"  # "nach UN-Angaben": no day of its own
            and not _past_year_of(span, toks[trig_i], clause.text, lex, anchor)
            for span in times
        )
        and _holds_any(clause.sentence, lex.since_prepositions)
    ):
        # "gripped by violence since the disputed election": a span's start ("Since the
        # earthquake struck on Monday, ..." has a day of its own, after the noun, and
        # reports it; "On Monday the town marked ten years since the kidnapping": the day
        # before the noun is the remembering's)
        phrase = clause.phrase_of(toks[trig_i])
        if (
            phrase is not None
            and phrase.preposition in lex.since_prepositions
            and not _record_since(clause, phrase.preposition_start, lex)
        ):
            return True
    if (
        trig.pos == "noun"
        and anchor is not None
        and trig_i + 2 < len(lows)
        and lows[trig_i + 1] in lex.year_links
        and lows[trig_i + 2].isdecimal()
        and 1900 <= int(lows[trig_i + 2]) < anchor.year
    ):
        return True  # "recalled the earthquake of 1988": history, not the day's news
    if not times and _lasting_for(lows, trig_i, lex):
        return True  # "Mine fires have burned under X for a century": a state that lasts
    if (
        nominal
        and anchor is not None
        and any(
            len(lows[j]) == 4 and lows[j].isdecimal() and 1900 <= int(lows[j]) < anchor.year
            for j in range(max(0, trig_i - 3), trig_i)
        )
        and _definite(toks, trig_i, lex)
    ):
        return True  # "the 2019 train crash", "das 1998 ... Unglück": a year's event, history
    if nominal and _looked_into(toks, lows, trig_i, lex, times):
        return True  # "An inquiry into the train crash opened": the inquiry is the news
    if nominal and lex.work_links and _story_told(toks, lows, trig_i, lex):
        return True  # "A novel about a murder in X was published": the story's subject
    # a statistic in the clause, or as the sentence's subject ("Launch rates ... have
    # doubled, with 93 launches")
    opening = unit_words(clause.sentence.text, 0, 40)[:3]
    toll = _toll_phrase(clause, trig_i, lex)
    words: Iterable[str] = chain(lows, opening)
    if trig.type in lex.share_types:  # "58 Prozent der Wähler stimmten": the vote's result
        words = (w for w in words if w.casefold() not in lex.share_words)
    elif trig.pos == "verb" and trig.type in lex.cause_share_types:
        # "walked out to press for a 15 percent wage increase": the share a protest demands
        demanded = (w for w in lows[trig_i + 1 :] if w not in lex.share_words)
        words = chain(lows[: trig_i + 1], demanded, opening)
    if lex.statistics.any_in(words) and (  # in C, no frame per word
        toll is None  # "Die Zahl der Toten nach ... stieg"
    ):
        return True
    if toll is None and _running_toll(lows, trig_i, lex):
        return True  # "The death toll from attacks in X has risen to 300 so far this year"
    if (
        " ".join(lows[:2]) in lex.descriptions
        and lows[2:3]
        and lows[2] in lex.determiners
        and lows[2] not in lex.prepositions  # "am", "im": a time or a place follows
    ):
        # "It was the strongest typhoon ... since 2016": told, not new ("Es war am Montag zu
        # Ausschreitungen gekommen" names no noun phrase and stays an event)
        return True
    if " ".join(opening[:2]).casefold() in lex.habitual and not (
        len(opening) > 2 and opening[2].casefold() in lex.habitual_not_before
    ):
        return True  # "Every rainy season, landslides cut ...": a fronted habit
    # "last year" inside a date ("in October last year", "late last year") is no habit
    dated = [(sp.start, sp.end) for sp in times if sp.kind in _DATED_SPANS]
    if not lex.habitual_firsts.isdisjoint(lows) and any(  # most clauses: no pair's first word
        f"{lows[k]} {lows[k + 1]}" in lex.habitual
        and (k + 2 >= len(lows) or lows[k + 2] not in lex.habitual_not_before)
        and not any(a <= toks[k].start < b for a, b in dated)
        # "erstmals seit Jahren": a record, no habit (session 18, round 2)
        and not (k > 0 and lows[k - 1] in lex.since_firsts)
        # "jailed two men on Tuesday for a robbery last year": the object's time
        and not _phrase_time_after_day(clause, toks, lows, k, lex, times)
        # "Two men who robbed a bank last year were jailed on Tuesday": the relative's time
        and not _relative_time_before(toks, lows, k, trig_i, lex, times)
        # "jailed for a year": a length, not a rate (session 20, round 4)
        and not (k > 0 and lows[k - 1] in lex.habitual_not_after and lows[k] in lex.indefinite)
        for k in range(len(lows) - 1)
    ):
        return True  # "20 typhoons a year", "jedes Jahr"; not "a month ago"
    if lex.frequency & set(lows):
        return True  # "regularly strike", "similar raids", "mehrfach getroffen": a habit
    if not lex.habit_adverbs.isdisjoint(lows) and any(
        w in lex.habit_adverbs and k > 0 and lows[k - 1] not in lex.determiners
        for k, w in enumerate(lows)
    ):
        return True  # "Police usually break up rallies"; not "the usually quiet town"
    if (
        (
            lex.ongoing & {*lows, *(w.casefold() for w in opening[:1])}
            # a pair: "have died in floods ... this year", "in diesem Jahr"
            or (
                not lex.ongoing_firsts.isdisjoint(lows)
                and any(f"{a} {b}" in lex.ongoing for a, b in zip(lows, lows[1:], strict=False))
            )
        )
        and (
            lex.perfect & set(lows[:trig_i])
            or _since_a_long_span(clause, lex, times)
            # the event noun the subject of a perfect casualty verb: "Tribal fighting in X
            # has killed dozens this year" (session 15, round 2)
            or any(
                lows[k] in lex.perfect and lex.casualty.match(toks[k + 1].text)
                for k in range(trig_i + 1, len(lows) - 1)
            )
        )
        and (lex.casualty.match(toks[trig_i].text) or _counts(lows, lex))
        and not _toll_since_its_day(clause, trig_i, trig, lex, times)
        and not _since_clause_event(clause, trig_i, trig, lex, times)
    ):
        # "have been killed ... since", "Since January, 45 people have been killed": a
        # running count; "Students have protested in Accra since the start of the month"
        # counts nothing: an event going on since the day it began
        return True
    if _modifying_head(toks[trig_i], trig, lex):
        return True  # "Lawinengefahr", "Hochwasserwarnung": a risk or a warning, no event
    if (
        trig.pos == "noun" or _is_trigger_noun(toks[trig_i], trig.type, lex)
    ) and trig is not lex.subject_verbs.get(toks[trig_i].fold):
        # an event noun counted, also when a carrier names it ("hit by several earthquakes")
        for j in range(trig_i - 1, max(trig_i - 4, -1), -1):
            low = toks[j].fold
            if low.isdecimal() and any(sp.start <= toks[j].start < sp.end for sp in times):
                continue  # "the June 14 earthquake": a day, not a count
            decimal = (
                j > 0 and toks[j].gap_before in (".", ",") and toks[j - 1].text.isdecimal()
            ) or (toks[j + 1].gap_before in (".", ",") and toks[j + 1].text[:1].isdecimal())
            if (
                low in lex.count_words or (low.isdecimal() and int(low) > 1 and not decimal)
            ) and not _dated_in_clause(clause, times):
                # "several earthquakes", "20 typhoons" (not "a 6.8 earthquake"); a count on
                # a day of its own is news ("brachen in der Nacht zum Montag mehr als 30
                # Waldbrände aus": one outbreak of fires)
                return True
            if low in lex.future_modifiers:
                return True  # "the next general election": not yet
            if low in lex.prepositions and low not in lex.transparent:
                break
            if low in lex.determiners or low in lex.auxiliaries:
                break  # the noun phrase begins here ("gegen zwei Komplizen das Urteil")
            if lex.nouns_capitalised and toks[j].is_cap:
                break  # another noun: "46 Grad haben Buschbrände"
    if (
        trig.pos == "noun"
        and any(tuple(lows[: len(o)]) == o for o in lex.tally_openers)
        and lex.ordinals & set(lows[max(0, trig_i - 3) : trig_i])
    ):
        return True  # "It was the third deadly attack on the town this month": a tally
    if (
        trig.pos == "noun"
        and lex.tally_frames
        and lex.ordinals & set(lows[max(0, trig_i - 3) : trig_i])
        and _has_phrase(lows[:trig_i], lex.tally_frames)
    ):
        return True  # "Bei dem Absturz handelt es sich um das dritte Flugunglück": a tally
    if (
        trig.pos == "noun"
        and lex.anniversary_verbs
        and not lex.anniversary_verbs.isdisjoint(lows[:trig_i])
    ):
        return True  # "Am Mittwoch jährte sich zum zehnten Mal ein Anschlag": remembered
    # the word after the trigger's last word ("military drills" is one noun of two words: the
    # word after "drills" is what it would modify, not "drills" after "military")
    after_noun = trig_i + max(1, len(trig.words))
    if trig.pos == "noun" and after_noun < len(lows) and lows[after_noun] in lex.modified_nouns:
        return True  # "the earthquake insurance scheme": the noun modifies another one
    if trig_i > 0 and lows[trig_i - 1] in lex.generic:
        return True  # "such attacks", "solche Anschläge": a kind, not one event
    if any(trig_i >= len(p) and tuple(lows[trig_i - len(p) : trig_i]) == p for p in lex.series):
        return True  # "the latest in a string of killings": the earlier ones, no one event
    if lex.commemorations & set(lows[max(0, trig_i - 4) : trig_i]) and (
        trig.pos == "noun" or clause.phrase_of(toks[trig_i]) is not None
    ):
        # "marked the anniversary of the mine collapse": an event noun remembered, not news
        # ("Am Jahrestag des Putsches demonstrierten ...": the verb is today's event)
        return True
    if _of_the_victims(lows, trig_i, lex):
        return True  # "a vigil for the victims of the canopy collapse": told before
    if _span_of_units(lows, trig_i, trig, lex) and not _dated_in_clause(clause, times):
        return True  # "The area has faced months of demonstrations": a span, no one event
    if trig.pos == "noun" and lex.commemoration_prepositions and lex.commemorations & set(lows):
        # "wurde an das Erdbeben vor zehn Jahren erinnert": the remembering verb closes the
        # clause after its object, or stands further before it than the window above
        # ("erinnerten am Dienstag mit einem Konzert an den Anschlag"; session 20)
        phrase = clause.phrase_of(toks[trig_i])
        if phrase is not None and phrase.preposition in lex.commemoration_prepositions:
            return True
    after = tuple(lows[trig_i + 1 : trig_i + 4])
    if (() in lex.generic_after or (after and after[0] in _first_words(lex.generic_after))) and any(
        after[: len(phrase)] == phrase for phrase in lex.generic_after
    ):
        return True  # "an attack like this", "Hochwasser dieser Größe": a kind of event
    if trig.pos == "noun" and not times and _has_phrase(lows, lex.views):
        return True  # "The vote is widely seen as a test": a view, no report
    if trig.pos == "noun" and _view_over_words(clause, times, lex):
        return True  # "Der Zyklon gilt bis heute als schwerste Katastrophe": a view
    if any(
        end >= len(p)
        and tuple(lows[end - len(p) : end]) == p
        and not any(w in lex.prepositions for w in lows[end:trig_i])
        # a verb trigger after a frame that ends in a preposition is a gerund, a noun
        # ("the risk of an aerial bombing"; session 20)
        and (trig.pos == "noun" or p[-1] in lex.prepositions)
        # only the frames whose last word ends there (one dictionary probe per end, not a
        # slice per frame and end)
        for end in range(max(1, trig_i - 2), min(trig_i, len(lows)) + 1)
        for p in lex.frames_ending(lows[end - 1])
    ):
        return True  # "seen as a test for the government": what it is taken for
    if trig.pos == "noun" and _called_for(lows, trig_i, lex):
        return True  # "Ein Aufruf zu landesweiten Protesten": called for, not held
    if trig.pos == "noun" and _viewed_as(lows, trig_i, lex):
        return True  # "see the case as a test of democracy": what it is taken for
    if (
        trig.pos == "noun"
        and lex.copulas & set(lows)
        and (not times or lex.generic_adjectives & set(lows[trig_i + 1 :]))
    ):
        # "Floods are common here", "Erdbeben sind keine Seltenheit": a bare noun (no
        # article, no preposition: the substrate's noun phrase) says what is, not what
        # happened; "ist es zu Ausschreitungen gekommen" is an event
        phrase = clause.phrase_of(toks[trig_i])
        if phrase is None or (phrase.determiner is None and phrase.preposition is None):
            return True
    if _years_ago_only(clause, times):
        return True  # "Vor zehn Jahren stürzte dort eine Brücke ein": history, not news
    if anchor is not None:
        # a year is the time of the whole clause, not of one coordinated part ("a quake and
        # tsunami in 2018"), and of the clause after a fronted year ("In 2011, protesters
        # took to the streets")
        years = _year_tokens(clause, lex)
        # a past decade is history as a past year is ("have fought for independence since
        # the 1960s", "in the 1990s"); its first year stands for it (session 16, h16-even)
        years += [t.text[:4] for t in clause.tokens if _DECADE.fullmatch(t.text)]
        years += _fronted_years(clause)
        # the year a relative clause points back to, in the time before it ("since June
        # 2024, when gunmen attacked ..."): that time dates the relative clause, no day of
        # its own (session 25, h25-even)
        back = _year_before_relative(clause, lex)
        years += back
        if any(1900 <= int(y) < anchor.year for y in years):
            # a day named after the clause belongs to a later one ("Mosul, recaptured from
            # Islamic State in 2017, reopened its airport on Sunday": the year is the
            # apposition's); one named before it may be fronted ("On Tuesday, ...")
            # so may a time counted back from the report's day ("Two weeks ago, a court
            # sentenced the owner over a crash in 2023", "yesterday"): the year is then a
            # phrase's, the clause is the story's (session 17, h17-evA)
            return not any(
                sp.kind in ("date", "numeric", "weekday", *_DATED_SPANS, *_RECENT_SPANS)
                and sp.start < clause.end
                and not (sp.start < clause.start and any(y in sp.text for y in back))
                for sp in times
            )
    return False


def _called_for(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """Does a call for the event (``[clauses] call_frames``: ``Aufruf zu``, ``Aufrufe
    zum``) end at most two words before the noun trigger at ``trig_i`` (``Ein Aufruf zu
    landesweiten Protesten``)? Then the noun is called for, not reported; a verb trigger
    after it (``folgten dem Aufruf zu Protesten und gingen auf die Straße``) is not asked.
    Session 24, round 2 (h24-evde)."""
    for p in lex.call_frames:
        n = len(p)
        for end in range(max(n, trig_i - 2), trig_i + 1):
            if tuple(lows[end - n : end]) == p:
                return True
    return False


def _year_tokens(clause: _Clause, lex: _Lexicon) -> list[str]:
    """The clause's four-digit numbers that may be years: not a count of people (``In
    <Stadt> protestierten <N> Pflegekräfte``, ``<N> Menschen``, ``<N> workers``: a number right
    before a noun for people, ``[places] people_nouns``, counts them); after a preposition it
    stays a year (``In 2019 workers protested``, ``seit 2019 Bauern``). Session 24, round 2
    (h24-evde)."""
    toks = clause.tokens
    return [
        t.text
        for k, t in enumerate(toks)
        if len(t.text) == 4
        and t.text.isdecimal()
        and not (
            k + 1 < len(toks)
            and _people_noun(toks[k + 1].fold, lex)
            and (k == 0 or toks[k - 1].fold not in lex.prepositions)
        )
    ]


def _phrase_time_after_day(
    clause: _Clause,
    toks: Sequence[Token],
    lows: Sequence[str],
    k: int,
    lex: _Lexicon,
    times: Sequence[TimeSpan],
) -> bool:
    """Is the vague past or habit at ``k`` (``last year``, ``vor Jahren``, ``in den
    vergangenen Jahren``) the time of a noun phrase inside a prepositional phrase, the
    event's object or reason, while the clause names a day of its own before that phrase
    (``A court on Tuesday jailed two men for a robbery last year``, ``verurteilte am
    Dienstag zwei Männer wegen eines Überfalls im vergangenen Jahr``, ``protested on
    Friday against a law passed last year``)? Then the pair dates what the phrase names, an
    older event, and the clause keeps its day: news, not background. The phrase is a
    preposition after the day with a word of its own (a noun, not only an article) before
    the pair (``[places] prepositions``, ``charge_preps``, ``protest_targets``), so ``in
    recent years`` right after its preposition is no such phrase, and ``Floods killed 200
    people last year`` (no day) stays background. A day that opens the sentence, cut off by
    a comma, is the clause's too (:func:`_fronted_day`). Session 20, round 4 (h20-events)."""
    days = [
        sp.end
        for sp in times
        if sp.kind in _DAY_KINDS and clause.start <= sp.start and sp.end <= toks[k].start
    ]
    fronted = _fronted_day(clause, times)
    if fronted is not None:
        days.append(fronted.end)
    if not days:
        return False
    first_after = min(days)
    openers = lex.prepositions | lex.charge_preps | lex.protest_targets
    for j in range(k - 1, -1, -1):
        if toks[j].start < first_after:
            return False
        if lows[j] in openers and any(
            w not in lex.determiners and w not in lex.prepositions and not w.isdecimal()
            for w in lows[j + 1 : k]
        ):
            return True
    return False


def _relative_time_before(
    toks: Sequence[Token],
    lows: Sequence[str],
    k: int,
    trig_i: int,
    lex: _Lexicon,
    times: Sequence[TimeSpan],
) -> bool:
    """Is the vague past at ``k`` inside a relative clause of the subject, between its
    relative word (``[clauses] relative_openers``) and the trigger, while the clause names a
    calendar day after the trigger (``Two men who robbed a bank in X last year were jailed
    on Tuesday``)? Then the pair dates what the subject did, and the clause keeps its day.
    Session 20, round 4 (h20-events)."""
    if not k < trig_i < len(toks):
        return False
    if not any(lows[j] in lex.relative_openers for j in range(k)):
        return False
    at = toks[trig_i].start
    return any(sp.kind in _CALENDAR_DAYS and sp.start > at for sp in times)


#: days named by the calendar, not counted back from the report's day (``two weeks ago``)
_CALENDAR_DAYS = frozenset({"date", "numeric", "day", "weekday", "night", "lastnight", "monthday"})


def _fronted_day(clause: _Clause, times: Sequence[TimeSpan]) -> TimeSpan | None:
    """A day that opens the clause's sentence (after a dateline at most) and is cut off
    from the clause by a comma only (``On Tuesday, a court ...``, ``Am Montag, ...``): the
    clause's own day, though the clause splitter left it out. Its first letter is a
    capital and no word of the sentence's text stands before it but a dateline's dash or
    bracket: a day ending the clause before (``... on Tuesday, and a court ...``) is that
    clause's."""
    sent = clause.sentence
    for sp in times:
        if (
            sp.kind in _DAY_KINDS
            and sent.start <= sp.start
            and sp.end <= clause.start
            and sp.text[:1].isupper()
            and not sent.text[sp.end - sent.start : clause.start - sent.start].strip(" ,")
        ):
            before = sent.text[: sp.start - sent.start].rstrip()
            if not before or before[-1] in "-\u2013\u2014:)":
                return sp
    return None


def _object_phrase_times(
    clause: _Clause,
    trig_i: int,
    spans: list[tuple[TimeSpan, str | None]],
    lex: _Lexicon,
    sentence_times: Sequence[TimeSpan],
) -> list[tuple[TimeSpan, str | None]]:
    """The clause's times without those inside its object or reason phrase when a day cut
    off by a comma opens the clause (``On Tuesday, a court jailed two men for a robbery
    last month``, ``Am Montag, ...``): the month dates the robbery, the fronted day the
    court's act, which :func:`_day_told_before` then gives it. A phrase is a preposition
    after the trigger (``[places] prepositions``, ``charge_preps``, ``protest_targets``)
    with a word of its own before the time; a clause naming a day of its own keeps all its
    times, :func:`_pick_time` ranks its day first. Session 20, round 4 (h20-events)."""
    toks = clause.tokens
    if not spans or trig_i >= len(toks):
        return spans
    if _fronted_day(clause, sentence_times) is None:
        return spans
    openers = lex.prepositions | lex.charge_preps | lex.protest_targets

    def in_phrase(sp: TimeSpan) -> bool:
        inner = [t for t in toks[trig_i + 1 :] if t.end <= sp.start]
        for j in range(len(inner) - 1, -1, -1):
            if inner[j].fold in openers and any(
                t.fold not in lex.determiners
                and t.fold not in lex.prepositions
                and not t.text.isdecimal()
                for t in inner[j + 1 :]
            ):
                return True
        return False

    # a weekday or a date ends a phrase rarely ("jailed him for 12 years on Wednesday" is
    # the court's day); a count back or a month or year is what a phrase's noun is dated by
    kept = [(sp, ref) for sp, ref in spans if sp.kind in _CALENDAR_DAYS or not in_phrase(sp)]
    return spans if any(sp.kind in _DAY_KINDS for sp, _ in kept) else kept


def _viewed_as(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """Is the event noun at ``trig_i`` what a verb of viewing takes something for, its object
    between them (``see the case as a test``, ``regard the ruling as an attack on``)? A link
    word (``as``) at most two words before the noun, a viewing verb at most six words before
    the link, and no other preposition between link and noun. Session 17 (h17-evA)."""
    if not lex.view_links or not lex.view_verbs:
        return False
    for k in range(max(0, trig_i - 3), trig_i):
        if lows[k] not in lex.view_links:
            continue
        if any(w in lex.prepositions for w in lows[k + 1 : trig_i]):
            continue
        if any(w in lex.view_verbs for w in lows[max(0, k - 6) : k]):
            return True
    return False


_YEAR = re.compile(r"\b\d{4}\b")
# a decade written with its year ("1960s", "1990's")
_DECADE = re.compile(r"\d{3}0(?:s|['\u2019]s)")


def _holds_any(sent: Sentence, words: Collection[str]) -> bool:
    """Might one of ``words`` (case-folded) be a word of ``sent``? False only when none is
    (a substring test of the folded text in C). A phrase's preposition is a word of its
    sentence, so a sentence that holds none of the wanted ones is not parsed to find out
    (the parse is the dearest part of the tests that ask for one: :func:`_background`)."""
    fold = sent.text.casefold()
    return any(w in fold for w in words)


def _years_ago_only(clause: _Clause, times: Sequence[TimeSpan]) -> bool:
    """Is the clause dated only by how many years ago it was (``two years ago``, ``vor zehn
    Jahren``, in it or fronted before it: ``A year ago, ...``)? Then it is background, as
    ``last year`` and a bare past year are (product decision, docs/events.md): the words
    give a calendar year at most, and news told that way is the history of today's story.
    A day or a month named with it (``on June 3``) dates an event and keeps it."""
    sent = clause.sentence  # the spans' offsets are the document's, as the clause's
    mine = [
        sp
        for sp in times
        if clause.start <= sp.start < clause.end
        or (
            sp.end <= clause.start
            and not sent.text[sp.end - sent.start : clause.start - sent.start].strip(" ,")
        )
    ]
    return any(sp.kind == "yearsago" for sp in mine) and not any(
        sp.kind in ("date", "numeric", "weekday", "day", *_DATED_SPANS) for sp in mine
    )


def _fronted_years(clause: _Clause) -> list[str]:
    """The years of a short phrase cut off by a comma before the clause, at the sentence's
    start (``In 2011, ...``, ``Im Jahr 2019, ...``): the clause's time."""
    head = clause.sentence.text[: max(0, clause.start - clause.sentence.start)].rstrip()
    if not head.endswith(",") or len(head.split()) > 3:
        return []
    return _YEAR.findall(head)


def _gathered_after(clause: _Clause, trig_i: int, lex: _Lexicon) -> bool:
    """Does a relative clause after the dispersal's trigger tell the crowd's gathering
    (``Police fired water cannon at supporters who had gathered outside the High Court on
    Thursday``)? The gathering and its dispersal are one occasion, so the day the relative
    clause names is the dispersal's, though a past perfect relative clause otherwise tells
    an earlier event (:func:`_own_spans`). A relative word (``[clauses] relative_openers``)
    after the trigger, then a gathering verb (``[clauses] gathering_verbs``) within a few
    words."""
    toks = clause.tokens
    for k in range(trig_i + 1, len(toks)):
        if toks[k].fold in lex.relative_openers:
            return any(t.fold in lex.gathering_verbs for t in toks[k + 1 : k + 5])
    return False


def _year_before_relative(clause: _Clause, lex: _Lexicon) -> list[str]:
    """The year a relative word opening the clause points back to (``[clauses]
    year_relatives``): ``The vote was the first since 2009, when voters rejected a new
    constitution``, ``in 1998, when ...``: the clause is set in that year, history rather
    than news. Only a year among the last ``_YEAR_RELATIVE_WORDS`` words before the comma in
    front of the clause: session 19 (h19-events), also a relative pronoun after a noun
    dated by its year (``seit dem Feuer von 2019, das in X Hunderte Häuser zerstört hatte``,
    ``since the 2010 flood, which destroyed ...``): the clause tells that year's event, a
    comparison, not news; a day the clause names still makes it news (_background)."""
    toks = clause.tokens
    if not toks or toks[0].fold not in lex.year_relatives:
        return []
    off = clause.start - clause.sentence.start
    head = clause.sentence.text[max(0, off - 40) : max(0, off)].rstrip()  # a few words
    if not head.endswith(","):
        return []
    last = head[:-1].rstrip().split()[-_YEAR_RELATIVE_WORDS:]
    return [w for w in last if len(w) == 4 and w.isdecimal()]


# how many words before the comma a relative clause's year may stand ("dem Feuer von 2019,")
_YEAR_RELATIVE_WORDS = 3


def _labelled(text: str, lex: _Lexicon) -> bool:
    """Does the sentence open with a label (``[clauses] labels``) and a colon or a dash:
    a caption (``Photo:``, ``FILE PHOTO:``, ``Foto:``) or another story's headline (``Read
    more:``, ``Lesen Sie auch:``), which repeat or point elsewhere and report nothing new?"""
    if not lex.labels:
        return False
    head = text[:_LABEL_REACH]
    cut = min(
        (i for i in (head.find(":"), head.find(" - "), head.find(" – ")) if i > 0), default=-1
    )
    return cut > 0 and " ".join(unit_words(head, 0, cut)).casefold() in lex.labels


# how far into a sentence a label can end ("Mehr zum Thema:")
_LABEL_REACH = 30


def _modifying_head(tok: Token, trig: _Trigger, lex: _Lexicon) -> bool:
    """Is the trigger noun a compound whose head names something other than the event
    (``[clauses] modified_heads``: ``Lawinengefahr``, ``Hochwasserwarnung``,
    ``Erdbebenübung``)? As ``the earthquake insurance scheme`` in a language that writes
    the two nouns as one word. A lexicon word that spells the head itself names it as the
    event (``marineübung*``: a naval drill, session 18, round 2), so it is no modifier."""
    low = tok.fold
    own = trig.text.casefold()
    return trig.pos == "noun" and any(
        low.endswith(head) and len(low) > len(head) + 2 and head not in own
        for head in lex.modified_heads
    )


# Time spans that date a clause more narrowly than a year ("in October last year", "Ende
# 2024", "in the first half of last year"): a year in them is no background.
_DATED_SPANS = frozenset({"month", "half", "yearpart", "dayrange"})
# times counted back from the report's day by days or weeks ("yesterday", "two weeks ago",
# "last week", "overnight into Thursday"): a past year in their clause is not its time
_RECENT_SPANS = frozenset({"day", "ago", "lastweek", "weekpart", "monthweek", "night", "week"})


def _place_or_time_opener(lows: Sequence[str], lex: _Lexicon) -> bool:
    """Is the clause's opening purpose word a preposition of place or time here (``Um
    Pokrowsk tobten heftige Kämpfe``, ``Um Mitternacht griffen Drohnen an``), not the start
    of a purpose clause (``um die Stadt zu verteidigen``)? Only in a language that marks
    its infinitive (``[grammar] infinitive_markers``): a purpose clause holds the marker,
    a preposition's clause does not."""
    return (
        bool(lex.infinitive_markers)
        and lows[0] in lex.prepositions
        and not any(w in lex.infinitive_markers for w in lows[1:])
    )


def _factual_from(clause: _Clause, lows: Sequence[str], trig_i: int, lex: _Lexicon) -> int | None:
    """Index of the last subordinator of fact (``[clauses] factual_subordinators``:
    ``when``, ``als``) before the trigger, None when none: an open question before it
    (``whether anyone was hurt``, ``[clauses] open_questions``; a question mark) does not
    set the mood of the act it introduces (``when the bridge collapsed on Monday``). A
    sentence's first word is a question word (``When did ...``), not a subordinator; a
    modal before it (``Would anyone have died when ...``) still reaches past it."""
    if not lex.factual_subordinators:
        return None
    first = 1 if clause.start <= clause.sentence.start + 1 else 0
    # where a comma opens every subordinate clause, the subordinator heads its clause
    # ("als" inside one compares: "ob mehr als 40 Menschen starben")
    last = min(trig_i, len(lows), 1 if lex.comma_before_subordinates else len(lows))
    told = next(
        (k for k in range(last - 1, first - 1, -1) if lows[k] in lex.factual_subordinators),
        None,
    )
    if told is None or any(
        w in lex.hypothetical and w not in lex.open_questions for w in lows[:told]
    ):
        return None
    return told


def _mood_end(toks: Sequence[Token], lex: _Lexicon, trig_i: int, modal: bool = False) -> int:
    """Where the trigger's part ends: at a complementizer (``that``, ``dass``) or at a
    coordinator after the trigger that a verb (of saying or a trigger) follows within two
    tokens; with ``modal`` (a verb trigger) also at one that a modal follows (``was
    arrested near the scene and could face terrorism charges``: the arrest happened; a noun's
    clause keeps it, ``another storm was forming and could strengthen``)."""
    for k in range(trig_i + 1, len(toks) - 1):
        if toks[k].fold in lex.complementizers and toks[k - 1].fold not in lex.prepositions:
            # "said in a speech that the group would ...": its own mood; after a preposition
            # the word is a determiner ("an earthquake of that size would ...")
            return k
        if toks[k].fold not in lex.coordinators:
            continue
        nxt = toks[k + 1 : k + 3]
        if (
            any(lex.any_weak.match(t.text) or lex.any_trigger.match(t.text) for t in nxt)
            # "... and warned of further arrests": the expected phrase's verb right after the
            # coordinator; a word later it is the verb of a coordinated subject ("Talks
            # between Kyiv and Moscow have stalled"), whose mood is the whole clause's
            or toks[k + 1].fold in lex.expected_firsts
            # "was arrested near the scene and could face terrorism charges": a modal right
            # after the coordinator opens a verb of its own, whose mood is its own (session
            # 25, h25-even)
            or (modal and toks[k + 1].fold in lex.coordinated_modals)
        ):
            return k
    return len(toks)


def _is_org_at(toks: Sequence[Token], i: int, lex: _Lexicon) -> list[int]:
    """Token indices of an organisation starting at ``i`` (empty when none)."""
    if not lex.any_org.match(toks[i].text):
        return []
    for org in lex.organisations:
        if i + len(org) <= len(toks) and all(p.match(toks[i + k].text) for k, p in enumerate(org)):
            if lex.nouns_capitalised and not toks[i].is_cap:
                continue
            return list(range(i, i + len(org)))
    return []


def _actors(
    clause: _Clause,
    trig_i: int,
    lex: _Lexicon,
    registry: dict[str, str],
    places: Sequence[Place],
    skip: set[int],
) -> tuple[list[str], set[int]]:
    """Actors in the clause and the places used as actors (by index into ``places``)."""
    toks = clause.tokens
    out: list[tuple[int, str]] = []
    used_places: set[int] = set()
    name_spans = _Spans([(p.start, p.end) for p in places if p.role == "name"])
    # "A spokesman says Turkey has shelled ...": who speaks is a source, not an actor
    says = [i for i, t in enumerate(toks[:trig_i]) if lex.any_weak.match(t.text)]
    first_token = says[-1] + 1 if says else 0
    in_person = set(range(first_token))
    # only a person's name, an organisation's first word or a title (a compound's last
    # part too) is read below: the others are passed over, told by look-ups mapped in C
    texts = list(map(_TEXT, toks))
    maybe = (
        i
        for i, (text, org_word, title_word) in enumerate(
            zip(texts, map(lex.any_org.match, texts), map(lex.titles.match, texts), strict=True)
        )
        if org_word
        or title_word
        or "-" in text
        or text in registry
        or (text.endswith("s") and text[:-1] in registry)
    )
    for i in maybe:
        if i in skip or i in in_person:
            continue
        tok = toks[i]
        person = _person(tok, registry)
        if person and not name_spans.covers(tok.start):
            out.append((i, person))
            in_person |= {
                j for j in range(i, min(i + 6, len(toks))) if _person(toks[j], registry) == person
            }
            continue
        org = _is_org_at(toks, i, lex)
        role = not org and _is_role(toks, i, lex, registry)
        if (org or role) and not _after_preposition(toks, i, lex) and not _genitive(toks, i, lex):
            text, used = _org_text(toks, org or [i], lex, places, stop=trig_i)
            out.append((i, text))
            used_places |= used
    # "einem russischen Luftangriff", "a Russian missile strike": the adjective's country
    if trig_i > 0 and trig_i not in skip:
        adj = _country_of(toks[trig_i - 1], lex, places)
        if adj is not None:
            out.append((trig_i - 1, adj))
    # places as subjects: "Pakistan feuerte", "feuerte Pakistan", "Pakistan fired"
    joined_at = -1  # token where a place joined to an actor by "und"/"and" starts
    for k, p in enumerate(places):
        if k in used_places or p.role != "name" or p.kind not in _ACTOR_PLACE_KINDS:
            continue
        if not p.resolved:
            continue
        idx = clause.index_at(p.start)
        if idx >= len(toks) or toks[idx].start != p.start:
            continue
        if idx in skip or idx < first_token or _after_preposition(toks, idx, lex, listed=True):
            continue
        # a place running past the clause's end (a mention across a clause break) ends at
        # the clause's last token
        end_idx = min(clause.index_at(p.end - 1), len(toks) - 1)
        first = idx == first_token or (
            idx == first_token + 1 and toks[first_token].fold in lex.determiners
        )
        verb_at = trig_i
        while verb_at - 1 > end_idx and toks[verb_at - 1].fold in lex.auxiliaries:
            verb_at -= 1
        if lex.verb_second:
            # verb second: the subject stands first or right after the finite verb; not
            # after the auxiliary when the trigger noun before it is the subject ("Ein
            # schweres Erdbeben hat Japan erschüttert": Japan is what it struck)
            subject = (
                idx == trig_i + 1
                or (first and end_idx == verb_at - 1)
                or (
                    idx > first_token
                    and toks[idx - 1].fold in lex.auxiliaries
                    and not _noun_subject_before(toks, trig_i, idx - 1, first_token, lex)
                )
            )
        else:
            subject = end_idx == verb_at - 1
        if _is_title(toks[end_idx], lex) or (
            end_idx + 1 < len(toks) and _is_title_next(toks, end_idx + 1, lex)
        ):
            continue  # "Brasiliens Präsident Lula", "US-Außenminister": a person's country
        if subject or (first and p.kind == "country" and trig_i > idx) or idx == joined_at:
            out.append((idx, p.name or p.mention))
            used_places.add(k)
            if end_idx + 2 < len(toks) and toks[end_idx + 1].fold in lex.conjunctions:
                joined_at = end_idx + 2  # "Die USA und Südkorea verurteilten"
    out.sort()
    return list(dict.fromkeys(name for _, name in out)), used_places


def _noun_subject_before(
    toks: Sequence[Token], trig_i: int, aux_at: int, first_token: int, lex: _Lexicon
) -> bool:
    """Is the trigger a noun that fills the first position before the finite auxiliary at
    ``aux_at`` (``Ein schweres Erdbeben hat ...``, ``Der Wirbelsturm hat ...``: an article
    opening the clause, at most two adjectives, the noun, then the auxiliary)? Then it is
    the clause's subject, and a name after the auxiliary is its object (fifteenth
    session)."""
    if not first_token <= trig_i < aux_at or trig_i + 1 != aux_at:
        return False
    if lex.nouns_capitalised and not toks[trig_i].is_cap:
        return False
    return toks[first_token].fold in lex.determiners and trig_i - first_token <= 3


def _is_title(tok: Token, lex: _Lexicon) -> bool:
    """A title or role, also as the last part of a compound ("US-Außenminister")."""
    return _is_title_word(tok.text, lex)


def _is_title_word(text: str, lex: _Lexicon) -> bool:
    titles = lex.titles
    plain = titles.plain
    if plain is not None:
        # whole words only (English): set tests, with no remembered answer per new word (a
        # check's first pass asks every new word of every document here: _words)
        return text.casefold() in plain or (
            "-" in text and text.rsplit("-", 1)[-1].casefold() in plain
        )
    return titles.match(text) or ("-" in text and titles.match(text.rsplit("-", 1)[-1]))


def _is_title_next(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is there a title at ``i`` or right after one adjective ("Brazil's new President")?"""
    return any(_is_title(t, lex) for t in toks[i : i + 2])


def _is_role(toks: Sequence[Token], i: int, lex: _Lexicon, registry: dict[str, str]) -> bool:
    """A title with no name after it acts as a role ("der saudische Außenminister")."""
    tok = toks[i]
    if not _is_title(tok, lex) or (lex.nouns_capitalised and not tok.is_cap):
        return False
    return not any(
        _person(t, registry) or (t.is_cap and k == i + 1)
        for k, t in enumerate(toks[i + 1 : i + 5], start=i + 1)
    )


def _add_pronoun_actor(raw: _Raw, st: _State, trig_i: int) -> None:
    pronoun = _pronoun_actor(raw.clause, st.lex, st, trig_i)
    if pronoun and pronoun not in raw.actors:
        raw.actors.insert(0, pronoun)


def _pronoun_actor(clause: _Clause, lex: _Lexicon, st: _State, trig_i: int) -> str | None:
    """``er``/``he``/``ihn``: the last person named before the clause.

    German ``sie`` is "she" only next to a singular verb (``traf sie``, not ``trafen sie``).
    """
    verb = clause.tokens[trig_i].fold
    singular_verb = not verb.endswith(("en", "n"))

    def is_pronoun(t: Token) -> bool:
        if lex.nouns_capitalised and t.is_cap and t is not clause.tokens[0]:
            return False  # "Sie" mid-sentence is the polite "you"
        if t.fold in lex.singular_pronouns:
            return True
        return t.fold in lex.singular_verb_pronouns and singular_verb

    folds = clause.reading.fold_set  # most clauses hold no such pronoun at all
    if lex.singular_pronouns.isdisjoint(folds) and (
        not singular_verb or lex.singular_verb_pronouns.isdisjoint(folds)
    ):
        return None
    if not any(is_pronoun(t) for t in clause.tokens):
        return None
    mentions = st.person_mentions()
    i = bisect.bisect_left(mentions, (clause.start, ""))
    return mentions[i - 1][1] if i > 0 else None


def _genitive(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """``Ziele der Hisbollah``: a German genitive after a noun belongs to that noun."""
    return (
        i >= 2
        and toks[i - 1].fold in lex.genitive_determiners
        and toks[i - 2].is_cap
        and toks[i - 2].fold not in lex.determiners
    )


def _after_preposition(
    toks: Sequence[Token], i: int, lex: _Lexicon, *, listed: bool = False
) -> bool:
    """Is token ``i`` governed by a preposition (allowing an article and adjectives, and in
    English the capitalised words of a name: "of the Rapid Support Forces")? ``listed``:
    also past the names before it in a list ("Protesters from Lyon and Marseille
    marched": Marseille is no subject of the verb)."""
    for j in range(i - 1, max(i - 5, -1), -1):
        low = toks[j].fold
        if low in lex.prepositions:
            return True
        if low in lex.determiners or (
            listed and low in lex.conjunctions and j > 0 and toks[j - 1].is_cap
        ):
            continue
        if lex.nouns_capitalised and not toks[j].is_cap:
            continue
        if not lex.nouns_capitalised and toks[j].is_cap and j > 0:
            continue
        return False
    return False


def _partner(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the place at token ``i`` a partner or an opponent, not a where: governed by a
    preposition that is no place cue (``marched against a loan deal with China``,
    ``protestierten gegen ein Abkommen mit Russland``)? Such a country does not keep the
    event from the dateline city or the story's place, as a place of the clause's own
    country would not either."""
    return i < len(toks) and not _cue(toks, i, lex) and _after_preposition(toks, i, lex)


def _org_text(
    toks: Sequence[Token],
    org: list[int],
    lex: _Lexicon,
    places: Sequence[Place],
    *,
    stop: int = -1,
) -> tuple[str, set[int]]:
    """``südkoreanische Militär (KR)``, ``Saudi foreign minister (SA)``: the organisation
    or role with the words before it up to the article, and the country they name; also
    the indices of the places so used (they are not actors of their own)."""
    first, last = org[0], org[-1]
    start = first

    def country_word(tok: Token) -> bool:
        return any(p.start <= tok.start < p.end for p in places) or _demonym(tok, lex) is not None

    # walk back over adjectives, names and country words up to an article or a preposition
    for j in range(first - 1, max(first - 5, -1), -1):
        tok = toks[j]
        if tok.fold in lex.determiners or tok.fold in lex.prepositions:
            break
        if tok.fold in lex.auxiliaries or j == stop:
            # "In Goma haben Rebellen", "In X griffen Rebellen ... an": a verb, not an
            # adjective ending in -en, and the place before it is where, not whose
            break
        adjective = not tok.is_cap and tok.fold.endswith(lex.adjective_endings)
        english = (
            not lex.nouns_capitalised
            and j > 0
            and tok.fold not in lex.not_names
            and (
                tok.is_cap
                or (
                    j == first - 1
                    and (toks[j - 1].fold in lex.determiners or country_word(toks[j - 1]))
                )
            )
        )
        if not (country_word(tok) or adjective or english):
            break
        start = j
    span_start, span_end = toks[start].start, toks[last].end
    used = {k for k, p in enumerate(places) if span_start <= p.start < span_end and p.country_code}
    cc = next((places[k].country_code for k in sorted(used)), None)
    if cc is None:
        cc = next((c for t in toks[start:last] if (c := _demonym(t, lex))), None)
    if cc is None and last + 2 < len(toks) and toks[last + 1].fold in lex.cues:
        # "das Militär in Seoul": the country of the place it sits in
        nxt = toks[last + 2]
        loc = next((p for p in places if p.start == nxt.start and p.country_code), None)
        if loc is not None:
            cc = loc.country_code
    text = " ".join(t.text for t in toks[start : last + 1])
    return (f"{text} ({cc})" if cc else text), used


# A number as written: "14", "1,200", "1.500", "6,2", "6.8".
_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?")
_QUANTITY_TOKEN = re.compile(rf"{_NUMBER.pattern}|\w+(?:[-'’]\w+)*")


def _quantities(text: str, start: int, end: int, lex: _Lexicon) -> dict[str, float]:
    """Numbers a reader wants in ``text[start:end]``, from the words next to them
    (``[quantities]`` in the lexicon): ``killing at least 14 people`` (dead 14),
    ``mindestens sechs Menschen getötet``, ``der Stärke 6,2`` (magnitude 6.2), ``zwei
    Raketen`` (missiles 2). The nearest word names the number; the first number of a name
    wins."""
    words = _QUANTITY_TOKEN.findall(text, start, end)  # (no groups: the whole matches)
    out: dict[str, float] = {}
    article: dict[str, float] = {}  # the counts an indefinite article gives: the weakest
    counted = lex.count_values
    # most words are neither a magnitude's word nor a number: both told in C per clause
    magnitudes = list(map(lex.magnitude.match, words))
    field_at: dict[int, str | None] = {}  # a word's first quantity field, read once
    for i, word in enumerate(words):
        if magnitudes[i]:
            for j in (i + 1, i + 2, i - 1):
                if 0 <= j < len(words) and (m := _decimal(words[j])) is not None and m < 10:
                    out.setdefault("magnitude", m)
                    break
            continue
        if not word[:1].isdecimal() and word.casefold() not in counted:
            continue  # _count would say None
        n = _count(word, lex)
        if n is None:
            continue
        # the nearest word that names a field, the earlier of two as near; at one word
        # the first field of _QUANTITY_FIELDS it names
        best: tuple[int, str] | None = None
        for j in range(max(0, i - 4), min(len(words), i + 5)):
            if j == i:
                continue
            if j not in field_at:
                field_at[j] = lex.quantity_field(words[j])
            name = field_at[j]
            if name is not None and (best is None or abs(j - i) < best[0]):
                best = (abs(j - i), name)
        if best is not None:
            # an article's one ("A minibus overturned and killed 12 passengers") yields to
            # a number written for the same field (review of session 25, h25-mend)
            (article if word.casefold() in lex.indefinite else out).setdefault(best[1], n)
    for name, value in article.items():
        out.setdefault(name, value)
    return out


def _decimal(text: str) -> float | None:
    """``6,2`` or ``6.8`` as a number."""
    t = text.replace(",", ".")
    if t.count(".") > 1 or not t.replace(".", "").isdecimal():
        return None
    return float(t)


def _count(text: str, lex: _Lexicon) -> int | None:
    """``14``, ``1,200``, ``1.500``, ``sechs``: a whole number (not a year, not 6.8)."""
    if text[:1].isdecimal():
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
            return int(re.sub(r"\D", "", text))
        if text.isdecimal() and not (len(text) == 4 and text[:2] in ("19", "20")):
            return int(text)
        return None
    return lex.count_values.get(text.casefold())


def _quantity(clause: _Clause, lex: _Lexicon, skip: set[int]) -> str | None:
    toks = clause.tokens
    for i, tok in enumerate(toks):
        if i in skip or not (tok.fold in lex.numbers or tok.text.isdecimal()):
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            if lex.objects.match(toks[j].text):
                return " ".join(t.text for t in toks[i : j + 1])
            if toks[j].fold in lex.prepositions:
                break
    return None


def _place(
    clause: _Clause,
    lex: _Lexicon,
    places: Sequence[Place],
    used: set[int],
    previous: _Raw | None,
    earlier: Sequence[Place],
    *,
    dateline: tuple[int, int] | None = None,
    weak_at: int | None = None,
    trig_i: int = 0,
    skip: Set[int] = frozenset(),
    launch: bool = False,
    hazard: bool = False,
    site_kinds: Set[str] = frozenset(),
    verb_at: int | None = None,
    topics: Set[int] = frozenset(),
    trigger_at: int | None = None,
    travel: bool = False,
    kind_of: str | None = None,
    taken_from: bool = False,
    sub_kind_of: str | None = None,
    spoken: Set[int] = frozenset(),
    home: str | None = None,
    placed_at: Set[int] = frozenset(),
    unplaced_after: int = -1,
    own_day: Callable[[int], bool] | None = None,
) -> tuple[Place | None, bool, str | None, bool]:
    """The clause's place, whether it was introduced by "outside"/"außerhalb", and how it
    was chosen (``locative``, ``there``, ``back_reference``), and whether a launch named only
    its target (then no other place is carried over to it).

    ``places`` are the clause's places (``used`` holds the ``id`` of those that are actors),
    ``earlier`` the places of the sentences before that a kind noun may point back to. The
    dateline names where the report was filed, not where the event happened. A verb of
    saying (``weak_at``) takes only a place right after it ("said in Tokyo"). A place of
    one of ``site_kinds`` (``[places.site_kinds]``: a volcano for an eruption) is the
    event's own site and beats every locative phrase around it ("Auf der Insel Java ist der
    Vulkan Merapi ausgebrochen" is at Merapi). ``verb_at``: the trigger when it is a verb (a
    place in a predicate coordinated before it is not its place). ``taken_from``: an
    abduction, whose people's town (``farmers from X``) is where they were taken when the
    clause names no other place. ``sub_kind_of``: the trigger's sub-kind (an agreement's
    plan after ``to``, ``[places] content_kinds``, is not where it was signed). ``home``:
    the dateline town's country, the one a bare ``the capital`` means when no place before
    it names one.
    """
    toks = clause.tokens
    best: tuple[float, int, Place, bool, str] | None = None
    # the first word after the trigger that opens an agreement's plan ("to build ..."), or
    # a court's charge ("for the killings in Y"); places after it are the plan's or the
    # crime's (session 14)
    content_at = (
        _content_start(toks, trig_i, lex)
        if f"{kind_of}.{sub_kind_of}" in lex.content_kinds
        else len(toks)
    )
    charge_at = (
        next(
            (
                j
                for j in range(trig_i + 1, len(toks))
                if _charge_word(toks, j, lex)
                or (kind_of == "court" and toks[j].fold in lex.court_charge_preps)
            ),
            None,
        )
        # session 19: an arrest's reason too ("Police in A arrested a man over a knife attack
        # at a station in B": the attack's place, not the arrest's)
        if kind_of == "court" or sub_kind_of == "arrest"
        else None
    )
    # a predicate coordinated after a verb trigger ("and crossed back into X"): where its
    # people went next (session 14, round 2)
    onward_at = (
        _onward_start(toks, verb_at, lex)
        if verb_at is not None and not travel and lex.onward_preps
        else len(toks)
    )
    targeted = False
    taken: Place | None = None
    home_goal = travel and any(t.fold in lex.home_goals for t in toks[trig_i + 1 :])
    # where the way home began ("returned home from a summit in <A>"): no place after it
    home_from = (
        next((k for k in range(trig_i + 1, len(toks)) if toks[k].fold in lex.origins), len(toks))
        if home_goal
        else len(toks)
    )

    def offer(score: float, pos: int, place: Place, outside: bool, how: str = "locative") -> None:
        nonlocal best
        if best is None or score > best[0]:
            best = (score, pos, place, outside, how)

    places = [
        p
        for p in places
        if p.mention.casefold() not in lex.org_words  # "Police"
        and not _opening_event_word(clause, p, lex)  # "Artillery units fired"
        and not _name_fragment(clause.text, p, places, lex)  # "Mont" of "Mont-<Name>"
    ]
    if home_goal and (owner := _journey_home(clause, trig_i, places, used)) is not None:
        return owner, False, "locative", False  # "<Land>'s president returned home": <Land>
    place_spans = _Spans([(p.start, p.end) for p in places if p.role in ("name", "derived")])
    named: list[list] = []  # [score, first token, last token, place, outside, cue]
    bracketed: set[int] = set()  # countries in brackets after a town of theirs
    topic_end = -10  # last token of a place read as a topic ("on the A and B rivers")
    # a launch's missile that "landed in" or "fell into" a sea after it: where it came down
    # is the impact's place, not the launch site (ACLED places a launch where it was fired)
    fell_at = _impact_after(toks, trig_i, lex) if launch else len(toks)
    for p in places:
        if id(p) in used or not p.resolved or p.role not in ("name", "derived"):
            continue
        if dateline and dateline[0] <= p.start < dateline[1]:
            continue
        idx = clause.index_at(p.start)
        if idx >= len(toks) or idx in skip:
            continue
        if weak_at is not None and not 0 < idx - weak_at <= _WEAK_PLACE_WINDOW:
            continue  # a verb of saying takes only a place right after it (the window first:
            # the substrate's phrase may parse the sentence)
        cue = _cue(toks, idx, lex, skip) or _phrase_cue(clause, toks, idx, lex, skip)
        if weak_at is not None and not cue:
            continue
        kind = "derived" if p.role == "derived" else p.kind
        if kind == "country" and _people_after(toks, p, idx, lex):
            continue  # "fired tear gas at Somali refugees": whose, not where
        if kind == "country" and _bracketed_country(toks, p, idx, places):
            bracketed.add(id(p))  # "Behörden in X (Land)": says where X lies, no candidate
        if _people_from(toks, idx, lex):
            if taken_from and taken is None and idx > trig_i:
                # "abducted 20 villagers from X": where they were taken, if no other place;
                # not the doers' base before the verb ("Gunmen from X kidnapped ...")
                taken = p
            continue  # "zwei Menschen aus Eritrea", "migrants from Eritrea": whose, not where
        if (
            not travel
            and not launch
            and kind_of != "statement"  # "addressed the nation from X": spoken there
            and _origin_of_thing(toks, idx, trig_i, lex, skip)
        ):
            continue  # "sentenced a former commander from X", "imports from X": whose
        # "Ein Mann aus X wurde in Y festgenommen": the man's town yields to where
        noun_origin = (
            not travel
            and not launch
            and kind_of != "statement"
            and _noun_origin(toks, idx, trig_i, lex, skip)
        )
        if _in_agent_name(toks, idx, lex):
            continue  # "durch Kämpfer der Miliz Islamischer Staat in der Sahelzone": a name
        if kind == "country" and _body_of(toks, idx, lex):
            continue  # "Das Oberste Gericht von Bangladesch": whose court, not where
        if kind == "country" and not cue and not (hazard and idx > trig_i):
            # a country without a preposition is a subject or an object; the object of a
            # hazard is where it struck ("a quake jolted northern Japan")
            continue
        if (cue in lex.topic_preps and _topic_of(toks, idx, cue, lex)) or (
            0 < idx - topic_end <= 2 and toks[idx - 1].fold in lex.coordinators
        ):
            # "signed a declaration on the X river": what it is about, not where; so is a
            # place coordinated with it ("on the A and B rivers")
            topic_end = clause.index_at(max(p.start, p.end - 1))
            continue
        if launch and _sea_beside(toks, idx, lex):
            targeted = True
            continue  # "fired a missile into the sea east of X": where it came down
        if launch and cue in lex.targets and not _own_site(p, cue, places, lex):
            targeted = True
            continue  # "launched missiles at Israel": the target is not the launch site
        if launch and cue in lex.launch_into and _origin_named(clause, toks, places, lex, skip):
            targeted = True
            continue  # "from a province into the Yellow Sea": where it fell, not the site
        if idx > fell_at:
            targeted = True
            continue  # "fired a missile that fell into the sea off X": where it came down
        if idx in topics:
            continue  # "condemned the attack on a market in Kidal": what was condemned
        if idx > content_at and cue in lex.content_routes:
            continue  # "signed a deal to build a railway to the port of X": the plan's place
        if idx == trigger_at:
            continue  # "in Brand geraten": the trigger noun is no town of that name
        if _based_at(toks, idx, p, lex):
            continue  # "ein in Tiflis ansässiger Journalist": where someone is based
        if not travel and _journey_to(toks, idx, lex):
            continue  # "arrested as he tried to board a flight to X": not where
        if idx > onward_at and cue in lex.onward_preps:
            continue  # "were released and crossed back into X": where they went next
        if _source_of(toks, idx, lex):
            continue  # "nach Angaben Südkoreas": who says so, not where
        if p.kind == "border" and _border_as_modifier(toks, p, lex):
            continue  # "the Congolese border town of X": a kind of town, not the border
        if p.kind in ("ocean", "sea") and _sea_as_modifier(toks, p, lex):
            continue  # "across the Pacific island nation": a kind of country, not the ocean
        featured = _feature_before(toks, idx, lex)
        if (
            not cue
            and not featured
            and not (hazard and idx > trig_i)  # "flooded large parts of <town>"
            and _after_preposition(toks, idx, lex)
            and not _feature_after(toks, idx, p, lex)  # "the terminals of <town> port"
            and not _between_first_end(toks, idx, lex)  # "on the road between <town> and ..."
        ):
            continue  # "Group of Seven", "gegen Pakistan": not where it happened
        p = _adjective_reading(
            toks,
            idx,
            _island_reading(toks, idx, _admin_reading(toks, idx, p, lex), lex),
            places,
            lex,
        )
        kind = _scoring_kind(p)
        # a feature word names the place precisely: "the port city of <A>" (not the
        # sea of "the <Sea> port of <B>"), "der <adjective> Stadt <C>"
        score = kind_info(kind).event_specificity + (2 if cue else 0) + (1.5 if featured else 0)
        if kind in site_kinds:
            score += _SITE_BONUS
        if not cue and _between_first_end(toks, idx, lex):
            # the first end of "the road between A and B" yields to any other place of the
            # clause but a border line (_border_yields): alone it places the event
            score -= _NESTED_PENALTY
        if home_goal and (cue in lex.origins or idx > home_from):
            continue  # "returned home from <A>": the journey ended at home, not at A
        if travel and cue in lex.origins:
            score -= _ORIGIN_PENALTY  # "kehrte aus Peking nach Oslo zurück": Oslo
        if noun_origin:
            # a noun's origin yields to any other place of the clause; alone it still
            # places the event, as before (a talk "mit seinem Amtskollegen aus X" with no
            # other place keeps X and the story's day that comes with a place)
            score -= _NESTED_PENALTY
        if travel and cue in lex.journey_preps:
            # "flog nach Gesprächen in X weiter nach Y": a journey is where it went; a place
            # of a stop or talks on the way yields (session 18)
            score += _DESTINATION_BONUS
        if idx > content_at and cue not in lex.content_routes:
            # "signed a deal to end the war at a ceremony in X": the plan's words may still
            # hold where it was signed; such a place yields to any before the plan
            score -= _NESTED_PENALTY
        if kind_of == "protest" and _protest_target(toks, idx, trig_i, lex):
            # "protested in A against a ban decided by the government in B": what the
            # protest is against yields to where it was held (session 19)
            score -= _NESTED_PENALTY
        if kind_of == "strike" and _fired_from(toks, idx, lex):
            # "X's port was shelled from positions near Y", "Xs Hafen wurde von Stellungen
            # nahe Y aus beschossen": where the fire came from yields to what it hit; alone
            # it still places the strike (session 20, round 3)
            score -= _NESTED_PENALTY
        if charge_at is not None and idx > charge_at:
            # "A court in X sentenced him for the killings in Y": the crime's place yields
            # to the court's; alone it is still the best the clause gives
            score -= _NESTED_PENALTY
        last = idx
        while last + 1 < len(toks) and toks[last + 1].start < p.end:
            last += 1
        named.append([score, idx, last, p, cue in lex.outside if cue else False, cue])
    _nesting(named, toks, lex)
    _coast_apposition(named, toks, lex)
    if bracketed:
        # the country only located its town (the nesting above read it so); it is no
        # candidate of its own when the town yields to another place
        named[:] = [entry for entry in named if id(entry[3]) not in bracketed]
    _route_ends(named, toks, lex)
    _route_modifier(named, toks, lex)
    _relative_aside(named, clause, toks, lex, trig_i)
    _opened_event_phrase(named, clause, toks, lex, trig_i)
    _border_yields(named, lex)
    if not travel and not launch:
        _route_pair_ends(named, toks, lex)
        _subject_destination(named, toks, lex, trig_i)
        _origin_near(named, toks, lex, trig_i, skip)
    _modifiers(named, toks, lex)
    _possessive_unit(named, toks)
    _measured_from(named, toks, lex)
    _water_measured_from(named, toks, lex)
    _subject_seat(named, toks, lex, trig_i, len(toks) if charge_at is None else charge_at)
    _area_holds_town(named, toks, lex)
    if verb_at is not None:
        _other_predicate(named, toks, verb_at, lex, bool(lex.seated.match(toks[verb_at].text)))
    for score, idx, _, p, outside, _ in named:
        offer(score, idx, p, outside)
    firsts = lex.seat_phrase_firsts
    for i, tok in enumerate(toks if weak_at is None else ()):
        low = tok.fold
        if (
            low not in lex.here
            and not (i == 0 and low in lex.relative_here)
            and not lex.place_words.match(tok.text)
            and firsts is not None
            and low not in firsts
        ):
            continue  # no word of place or "there": nothing below reads it
        if place_spans.covers(tok.start):
            continue
        existential = i + 1 < len(toks) and toks[i + 1].fold in lex.not_here_before
        if (
            i == 0
            and low in lex.relative_here
            and (antecedent := _antecedent(clause, earlier)) is not None
        ):
            # "in the district of X, where a landslide buried three houses": X, not the
            # place of the event before (fifteenth session)
            offer(4.5, i, antecedent, False, "there")
            continue
        if low in lex.here and not existential and previous and previous.place is not None:
            # a sentence after the event before that names a town is what "dort" points
            # to ("Flüchtlinge erreichten die Stadt X. Dort wurden ... entführt" when the
            # arrival is read as no event): the nearer antecedent (session 20)
            newer = _named_after_event(tok, earlier, previous, clause.quotes)
            if newer is not None and _told_in_event_phrase(clause.text, newer, lex):
                # "It was the worst unrest since the 2019 protests in B. Police arrested
                # 20 miners there": B only names the past event compared with (session 23)
                newer = None
            offer(
                4.5 - _relative_penalty(toks, i, trig_i, lex),
                i,
                newer or previous.place,
                False,
                "there",
            )
            continue
        if low in lex.here and not existential and (there := _named_before(tok, earlier)):
            # no event before to point to: the place named last ("Nordkorea hat das
            # Startgelände X ausgebaut. Am Montag startete von dort eine Rakete")
            offer(4.0 - _relative_penalty(toks, i, trig_i, lex), i, there, False, "there")
            continue
        if not lex.place_words.match(tok.text) and firsts is not None and low not in firsts:
            continue  # no capital, embassy, seat or kind noun: nothing below reads it
        cue = _cue(toks, i, lex, skip)
        if i in skip or not (
            cue
            or _hazard_object_capital(toks, i, lex, hazard, trig_i)
            or _object_reference(toks, i, lex, kind_of, trig_i)
            or _owned_feature(toks, i, lex, trig_i)
        ):
            continue
        if (
            lex.capital.match(tok.text)
            and not (lex.nouns_capitalised and not tok.is_cap)
            and not _capital_not_seat(toks, i, lex)
            and not _regional_rank(toks, i, lex)
        ):
            capital = _capital_of(toks, i, lex, places, earlier, home)
            if capital is not None:
                # "in Gazipur nördlich der bangladeschischen Hauptstadt": measured from, as a
                # named reference point is (_measured_from), it yields to the town before it
                measured = _direction_before(toks, i, lex) and any(
                    entry[1] < i and _precision_of(entry[3], lex) == "point" for entry in named
                )
                score = 6.0 - (_NESTED_PENALTY if measured else 0.0)
                offer(score, i, capital, cue in lex.outside, "descriptive")
                continue
        if (
            cue
            and lex.embassies.match(tok.text)
            and not (lex.nouns_capitalised and not tok.is_cap)
            and (host := _embassy_capital(toks, i, lex, places, earlier, dateline)) is not None
        ):
            # "outside the Tajik embassy": in the host country's capital, as a seat of state
            offer(_SEAT_SCORE, i, host, False, "descriptive")
            continue
        if (
            cue
            and i <= content_at  # "voted to ask the national parliament": the plan's words
            and (lex.seats.match(tok.text) or _phrase_at(toks, i, lex.seat_phrases))
            and not (lex.nouns_capitalised and not tok.is_cap)
            and (seat := _seat_capital(toks, i, lex, places, earlier)) is not None
        ):
            # below a town named in the clause, above its country ("vor dem Parlament in X")
            offer(_SEAT_SCORE, i, seat, False, "descriptive")
            continue
        for kind, pat in lex.back_reference:
            if not pat.match(tok.text) or (lex.nouns_capitalised and not tok.is_cap):
                continue
            if _indefinite(toks, i, lex) or _bare_plural(toks, i, lex):
                break  # "in einem Dorf bei X", "a village near X": a new place
            if _across_border(toks, i, lex):
                break  # "schloss die Grenze zum Nachbarland": the country across
            if _people_from_reference(toks, i, lex):
                break  # "Traders from around the district marched in X": whose, not where
            if _modifier_of_named_site(toks, i, places, lex):
                break  # "outside the town hall in X": X's hall, not the last town's
            if kind == "country" and _word_of_a_name(toks, i, lex):
                continue  # "at the State Palace": an institution's name, not "the state"
            if kind == "city" and _part_of_named_town(toks, i, places, lex):
                break  # "in <B> zogen Hunderte Menschen durch die Innenstadt": <B>'s
            if i > 0 and any(
                p.start <= toks[i - 1].start < p.end and p.kind != "country"
                for p in places
                if p.role == "name"
            ):
                break  # "from the Sunan airport": the name before it says which one
            # the clause's own actor is not what it refers to ("Australien schickte
            # Polizisten in den Inselstaat")
            # "the city of X" names its own place as "die Stadt X" does, and so does "die
            # Innenstadt von X" (a German "von" as an "of": [places] owner_prepositions)
            k = (
                i + 2
                if i + 2 < len(toks)
                and (
                    toks[i + 1].fold in lex.transparent
                    or toks[i + 1].fold in lex.owner_prepositions
                )
                else i + 1
            )
            goals = _flight_goals(clause, tok, lex)
            # "reiste von A in die Region": the clause's own origin is not what its back
            # reference means (session 21, round 2); worked out only here, where a back
            # reference is read, not for every clause
            origin_starts = {
                toks[j].start for j in range(1, len(toks)) if toks[j - 1].fold in lex.origins
            }
            pool = [
                p
                for p in earlier
                if id(p) not in used and p.start not in origin_starts and p.start not in goals
            ]
            ref = _back_reference(
                kind,
                tok,
                toks[k : k + 1],
                places,
                pool,
                clause.sentence.start,
                spoken,
                placed_at,
                unplaced_after,
                own_day,
            )
            if ref is None and kind == "facility":
                ref = _named_with_head(clause.text, tok, earlier)
            if ref is not None and (n := _introduced_head(toks, i, lex)):
                # "In der Hafenstadt" after "der Hafenstadt Obock" and a sentence about
                # Geneva: the place the same feature word introduced (session 16, h16-evde);
                # "in the port city" after "the port city of X" (session 20, round 2)
                ref = _introduced_with_head(clause.text, toks[i - n + 1 : i + 1], earlier) or ref
            if ref is not None and _is_capital(ref) and _small_head(toks, i, lex):
                # "travelled to the small town" after a protest in the capital: a small
                # place is no country's capital, so the latest other place of its kind
                # (session 24, h24-evplace)
                ref = _back_reference(
                    kind,
                    tok,
                    toks[k : k + 1],
                    places,
                    [p for p in pool if not _is_capital(p)],
                    clause.sentence.start,
                    spoken,
                    placed_at,
                    unplaced_after,
                    own_day,
                )
            if ref is not None:
                offer(
                    kind_info("region" if kind == "area" else kind).event_specificity
                    + 2.5
                    - _relative_penalty(toks, i, trig_i, lex),
                    i,
                    ref,
                    cue in lex.outside,
                    "back_reference",
                )
            break
    if best is None:
        if taken is not None:
            # an abduction that names no other place: the people's town is where they were
            # taken from ("Gunmen kidnapped 15 farmers from X", "entführten 15 Bauern aus X")
            return taken, False, "locative", targeted
        return None, False, None, targeted
    return best[2], best[3], best[4], targeted


def _launcher(clause: _Clause, trig_i: int, actors: Sequence[Place], lex: _Lexicon) -> Place | None:
    """The country that launched: the country actor nearest before the trigger (``Japan's
    ministry said North Korea fired``: North Korea), else the first after it (``feuerte
    Nordkorea``); with no country, a capital as the trigger's own subject stands for its
    state (``Pyongyang launched a missile``, ``Tehran has test-fired``: session 12, the
    capital's Place, made its country in :func:`_launcher_states`)."""
    at = clause.tokens[trig_i].start
    states = [p for p in actors if p.kind == "country" and p.resolved]
    before = [p for p in states if p.start < at]
    if states:
        return before[-1] if before else states[0]
    toks = clause.tokens
    j = trig_i - 1
    while j >= 0 and toks[j].fold in lex.auxiliaries:
        j -= 1  # "Pyongyang has fired"
    if j < 0:
        return None
    return next(
        (
            p
            for p in actors
            if p.resolved and p.end == toks[j].end and p.start < at and _is_capital(p)
        ),
        None,
    )


def _launcher_states(raws: list[_Raw], gaz: GazetteerAPI) -> None:
    """A launch placed at its launcher when that is a capital standing for its state
    (``Pyongyang launched a missile``, no site named): the launching state, from the
    gazetteer, not the capital (the missile was not fired from the city itself)."""
    for r in raws:
        launcher = r.launcher
        if launcher is None or launcher.kind == "country" or r.place is not launcher:
            continue
        country = gaz.country(launcher.country_code) if launcher.country_code else None
        if country is None:
            continue
        r.place = replace(
            launcher,
            name=country.name,
            kind="country",
            lat=country.lat,
            lon=country.lon,
            id=country.id,
            source="context",
            confidence=0.6,
        )


def _impact_after(toks: Sequence[Token], trig_i: int, lex: _Lexicon) -> int:
    """The first token after a launch's trigger that is an impact's verb (``fired a
    missile that landed in the sea``, ``eine Rakete, die ins Meer stürzte``): the places
    after it say where the missile came down, not where it was fired from (the clause's
    length when there is none)."""
    for k in range(trig_i + 1, len(toks)):
        tok = toks[k]
        if lex.any_trigger.match(tok.text) and any(
            t.type == "impact" and t.pos == "verb" for t in lex.triggers_of(tok.text)
        ):
            return k
    return len(toks)


def _statement_topics(
    clause: _Clause,
    trig_i: int,
    lex: _Lexicon,
    covered: Set[int],
    told: Set[str] = frozenset(),
) -> frozenset[int]:
    """The tokens a statement is about: from an event noun with its target or genitive
    (``condemned the attack on a market in Kidal``, ``hat den Angriff auf ... in Kidal
    verurteilt``) up to a noun that says where it was said (``[places] said_at``: a speech,
    a statement, a press conference: ``condemned the attack in a speech in Geneva``). A
    place there is what the statement is about, not where it was made. A time phrase ends
    the topic (``verurteilte den Anschlag am Dienstag in Amman``).

    An event noun with a locative phrase right after it (``condemned the massacre in X``) is
    its topic too when the clause says elsewhere where it was said (``at a news conference
    in Y``), or when the text has told no event of that kind before (``told``): a new event
    is introduced with its own place, and the statement's is the dateline's. An event told
    before is only referred back to (``condemned the launch in Tokyo``): the place after it
    is where the statement was made."""
    toks = clause.tokens
    out: set[int] = set()
    inside = False
    saying_place = [k for k, tok in enumerate(toks) if tok.fold in lex.said_at]
    for k, tok in enumerate(toks):
        if k == trig_i:
            continue
        if k in covered:
            inside = False
            continue
        noun = lex.any_trigger.match(tok.text) and not (lex.nouns_capitalised and not tok.is_cap)
        # a noun of several words counts only whole: "emergency" alone is no "emergency
        # landing" ("declared a state of emergency on X" says where it was declared)
        kinds = (
            {
                t.type
                for t in lex.triggers_of(tok.text)
                if t.pos == "noun"
                and (len(t.words) == 1 or _particle_at(toks, k, t, lex) is not None)
            }
            if noun
            else set()
        )
        if "statement" in kinds or "meeting" in kinds or tok.fold in lex.said_at:
            inside = False  # "in a speech in Geneva", "in a statement in X": where it was said
        elif (
            kinds
            and (k > trig_i or lex.particles_at_clause_end)
            and k + 1 < len(toks)
            and (toks[k + 1].fold in lex.targets or toks[k + 1].fold in lex.transparent)
        ):
            # the event noun's own phrase: "the attack on a market in X", "the killing of
            # civilians in X" ("condemned the launch in Tokyo" says where it was condemned)
            inside = True
        elif (
            kinds
            and (k > trig_i or lex.particles_at_clause_end)
            and k + 1 < len(toks)
            and (toks[k + 1].fold in lex.cues or toks[k + 1].fold in lex.passive_agents)
            and _with_article(toks, k, lex)
            and (any(j > k for j in saying_place) or not kinds & told)
        ):
            # "condemned the massacre in X" of a massacre not told before, or with "at a
            # news conference in Y" after it: X is what was condemned, and so is a place
            # after its doers ("the attack by rebels in X"). Only a noun with its
            # own article: in "declared a state of emergency in X" the place is the act's
            inside = True
        elif inside:
            out.add(k)
    return frozenset(out)


def _with_article(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does the noun at ``k`` have its own article, right before it or before one modifier
    (``the massacre``, ``the arson attacks``, ``das blutige Massaker``)? Not a noun inside
    another's phrase (``a state of emergency``)."""
    if k >= 1 and toks[k - 1].fold in lex.determiners:
        return True
    mod = toks[k - 1].fold if k >= 1 else ""
    return (
        k >= 2
        and toks[k - 2].fold in lex.determiners
        and mod not in lex.transparent
        and mod not in lex.cues
        and mod not in lex.prepositions
        and mod.isalpha()
    )


def _people_after(toks: Sequence[Token], place: Place, idx: int, lex: _Lexicon) -> bool:
    """Is a country's name used as a demonym: right before a noun for people (``[places]
    people_nouns``: ``Somali refugees``, ``Afghan migrants``)?"""
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    return last + 1 < len(toks) and toks[last + 1].fold in lex.people_nouns


def _source_of(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the place at token ``i`` say who reports it (``[places] source_words`` before it,
    past articles and one preposition: ``nach Angaben Südkoreas``, ``nach Angaben der
    Ukraine``, ``laut Polen``, ``according to Seoul``)? The source is not where the event
    happened, and it does not keep the event from the dateline either."""
    k = i - 1
    while k >= 0 and toks[k].fold in lex.determiners:
        k -= 1
    if k >= 0 and toks[k].fold in lex.source_words:
        return True
    if k >= 1 and toks[k].fold in lex.prepositions and toks[k - 1].fold in lex.source_words:
        return True
    # only a preposition of being in (``[places] nested_in``): "nach Angaben des Militärs
    # nahe X gestartet" is where it was launched, not where the military sits
    return k >= 1 and toks[k].fold in lex.nested_in and _source_seat(toks, k, lex)


# how many words a source's noun phrase may hold between its source word and the preposition
# of its seat ("according to the interior ministry in X": five)
_SOURCE_SEAT_REACH = 5


def _protest_target(toks: Sequence[Token], idx: int, trig_i: int, lex: _Lexicon) -> bool:
    """Is the place at token ``idx`` inside what a protest is against (``[places]
    protest_targets``: ``against``, ``gegen``), on the same side of the trigger as that
    preposition? ``In A, fishermen protested against a ban decided by the government in B``,
    ``demonstrierten gegen die Schließung, die der Kreistag in B beschlossen hatte``: B is the
    decision's place, the protest was held in A. Session 19 (h19-events): before, B was the
    clause's only place and beat the fronted A (same country, so the fronted phrase did not
    set the scene). Alone in the clause and with no fronted place, B still places the
    protest."""
    if not lex.protest_targets:
        return False
    lo, hi = (trig_i + 1, idx) if idx > trig_i else (0, idx)
    return any(toks[j].fold in lex.protest_targets for j in range(lo, hi))


def _source_seat(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does the preposition at ``k`` end a source's noun phrase, so that the place after it
    is the seat of who reports the event (``nach Angaben des Generalstabs in Seoul``,
    ``according to the interior ministry in Tbilisi``), not where it happened? Session 19
    (h19-events): before, such a seat beat the event's own ``dort`` or its launch site.
    Only one noun phrase attached to the source word counts: right after the source word
    a word that ties a phrase to it (``[places] source_links``: ``des``, ``der``, ``to``),
    then its words up to ``k`` with no new article (``nach palästinensischen Angaben ein
    Flüchtlingslager in X``: the camp is the object, X the event's place); nouns are
    capitalised in German, and at most two lower-case words stand in an English phrase; a
    punctuation mark, a conjunction or a German lower-case word (a verb: ``nach Angaben der
    Polizei wurden in X ...``) ends it, as the bounded reach does."""
    m = k - 1
    while m >= max(0, k - 1 - _SOURCE_SEAT_REACH) and toks[m].fold not in lex.source_words:
        if not toks[m].text[:1].isalnum() or toks[m].fold in lex.conjunctions:
            return False
        m -= 1
    if m < max(0, k - 1 - _SOURCE_SEAT_REACH) or m + 1 >= k:
        return False
    lower = 0
    opening = True
    for j in range(m + 1, k):
        tok = toks[j]
        link = tok.fold in lex.determiners or tok.fold in lex.prepositions
        if j == m + 1 and tok.fold not in lex.source_links:
            return False  # "nach palästinensischen Angaben ein ...": no phrase of the source
        if link:
            if not opening:
                return False  # a new article or preposition: a new noun phrase
            continue
        opening = False
        if not tok.is_cap:
            lower += 1
            if lex.nouns_capitalised or lower > 2:
                return False
    return True


def _border_as_modifier(toks: Sequence[Token], p: Place, lex: _Lexicon) -> bool:
    """Is a border the geoparser built (``the Congolese border``) only the first half of a
    feature phrase (``the Congolese border town of X``, ``at the Ugandan border post of
    Y``)? A feature word right after it says the phrase names a town or a post by the
    border, not the border line: the town is the place, and when the gazetteer does not
    know it, a border line hundreds of kilometres long is no better than no place."""
    nxt = bisect.bisect_left([t.start for t in toks], p.end)
    return nxt < len(toks) and _is_feature(toks[nxt], lex)


def _sea_as_modifier(toks: Sequence[Token], p: Place, lex: _Lexicon) -> bool:
    """Does the sea or ocean ``p`` only say what kind of place the noun after it is (``the
    Pacific island nation``, ``the Caribbean country``, ``the Indian Ocean archipelago``): a
    lower-case noun a back reference reads as a settlement, a country or an island right
    after its name? The phrase points back to that place, not to the sea (session 14)."""
    last = next((k for k in range(len(toks)) if toks[k].start >= p.end), len(toks))
    if last >= len(toks) or not toks[last].text.islower():
        return False
    heads = [pat for kind, pat in lex.back_reference if kind in ("city", "country", "island")]
    return any(pat.match(toks[last].text) for pat in heads) or (
        toks[last].fold in lex.sea_modifier_heads
    )


def _town_body(clause: _Clause, held: Sequence[Place], trig_i: int, lex: _Lexicon) -> Place | None:
    """The town whose own body of state (``[places] owner_bodies``: police, a court, the
    government) is the subject before the trigger, the town a word before it as its
    attribute or owner (``Kharkiv police arrested five men``, ``Odesa's police``, ``die
    Charkiwer Polizei``), else None. ``held`` are the clause's places the actors took. A
    town's police or court acts in its town: the clause names where the event happened
    though no preposition does, so no place from outside the sentence (the story's town
    carried over, the dateline) is the event's. Not a country (``Kenyan police`` is whose
    police, not where; a country is no point) and not a person's office (``Odesa's mayor
    met ...``: people travel; ``owner_bodies`` holds bodies). Session 20, round 3."""
    toks = clause.tokens
    for p in held:
        if not p.resolved or p.role not in ("name", "adjective") or p.kind == "country":
            continue
        if _precision_of(p, lex) != "point":
            continue
        idx = clause.index_at(p.start)
        last = idx
        while last + 1 < len(toks) and toks[last + 1].start < p.end:
            last += 1
        nxt = last + 1
        if nxt < len(toks) and toks[nxt].fold in ("'s", "’s", "s"):
            nxt += 1  # a possessive the word units keep apart
        if nxt < trig_i and lex.owner_bodies.match(toks[nxt].text):
            return p
    return None


# Event types people gather for in their own town (_residents_town).
_HOME_GATHERINGS = frozenset({"protest", "riot"})


def _residents_town(clause: _Clause, st: _State, trig_i: int, lex: _Lexicon) -> Place | None:
    """The town of the people who protest, when the sentence's subject before the trigger
    names them by it (``Residents of X, a city on the coast, protested``, ``Traders in X
    marched``, ``Bewohner von X demonstrierten``): a noun for people (``[places]
    people_nouns``) among the sentence's first words and an owner preposition (``of``,
    ``von``) or ``in`` right before a town, else None.

    Why: a protest or a riot of a town's people is held in their town when the clause
    names no other place; before, the subject (often cut off by an apposition) kept the
    town and the event took a town from an earlier sentence or none (session 21, round 2).
    Not an origin preposition (``farmers from X marched to Y`` went elsewhere), not a
    country or a region (no point)."""
    at = clause.tokens[trig_i].start
    sent = clause.sentence
    held = [
        p
        for p in st.places_between(sent.start, at)
        if p.resolved and p.role == "name" and _precision_of(p, lex) == "point"
    ]
    if not held:
        return None
    toks = word_units(clause.text, sent.start, at, sentence=sent.index)
    for p in held:
        idx = next((j for j, t in enumerate(toks) if t.start == p.start), None)
        if idx is None or not 2 <= idx <= _RESIDENTS_REACH:
            continue
        prep = toks[idx - 1].fold
        if prep not in lex.owner_prepositions and prep not in lex.capital_body_preps:
            continue
        if _people_noun(toks[idx - 2].fold, lex):
            return p
    return None


# how far into its sentence the town of a protest's people may stand ("Hundreds of angry
# residents of X": five words)
_RESIDENTS_REACH = 5


# how many words a "from" phrase may hold before its place ("from positions near Y": two)
_FIRED_FROM_REACH = 3


def _fired_from(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the place at ``idx`` inside a phrase of origin (``[places] origins``: ``from``,
    ``von``) that opens at most a few words before it, with no comma between (``shelled
    from positions near Y``, ``von Stellungen nahe Y aus``)? For a strike that is where the
    fire came from, not what it hit."""
    for k in range(idx - 1, max(-1, idx - 2 - _FIRED_FROM_REACH), -1):
        if "," in toks[k + 1].gap_before:
            return False
        if toks[k].fold in lex.origins:
            return True
    return False


def _body_of(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does the country at ``idx`` follow a body of state and ``of``/``von`` (``[places]
    owner_bodies``, ``owner_prepositions``: ``the Supreme Court of Bangladesh``, ``die
    Regierung von Mali``)? Then it says whose body, as a genitive does (``das Oberste
    Gericht Bangladeschs``), not where the body acted: that is where it sits, the capital
    the dateline names, not anywhere in the country."""
    return (
        idx >= 2
        and toks[idx - 1].fold in lex.owner_prepositions
        and bool(lex.owner_bodies.match(toks[idx - 2].text))
    )


def _people_from(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does the place at ``idx`` say where people come from: an origin preposition
    (``[places] origins``) right after a noun for people (``[places] people_nouns``:
    ``zwei Menschen aus Eritrea``, ``14 migrants from Ethiopia``)? Not where it happened.
    A later member of a list of origins counts too (``protesters from Oruro and Potosi``,
    ``Demonstranten aus Leipzig, Halle und Jena``): walking back over capitalised names,
    commas and list conjunctions (``[actors] conjunctions``), at most ``_ORIGIN_LIST_REACH``
    tokens, to the origin preposition."""
    k = idx - 1
    while k >= 2 and idx - k <= _ORIGIN_LIST_REACH and toks[k].fold not in lex.origins:
        word = toks[k].text
        if not (word == "," or toks[k].fold in lex.conjunctions or word[:1].isupper()):
            return False
        k -= 1
    if k == idx - 1:
        return k >= 1 and toks[k].fold in lex.origins and _people_noun(toks[k - 1].fold, lex)
    return (
        k >= 1
        and toks[k].fold in lex.origins
        and _people_noun(toks[k - 1].fold, lex)
        and any(t.fold in lex.conjunctions or t.text == "," for t in toks[k + 1 : idx])
    )


def _relative_penalty(toks: Sequence[Token], i: int, trig_i: int, lex: _Lexicon) -> float:
    """What a back reference (``there``, ``the town``, ``dort``) at ``i`` loses when it
    stands in a relative clause before the trigger: ``Mourners who had gathered in the town
    marched to A``, ``Hirten, die zuvor dort gestreikt hatten, zogen in B vor das Rathaus``. The
    relative clause tells what its people did before, there; the trigger's own words name
    where the event was, so a place they name with its own preposition wins. Alone the
    back reference still places the event. The pronoun (the language's
    ``relative_pronouns``) opens the clause after a comma, or anywhere when it is no
    determiner (``who``, ``which``; not ``that`` nor a German article). Session 22
    (h22-evplace): a back reference scored above the clause's named place."""
    if trig_i <= i:
        return 0.0
    pronouns = relative_pronouns(lex.lang)
    for j in range(i - 1, 0, -1):
        fold = toks[j].fold
        if fold in pronouns and ("," in toks[j].gap_before or fold not in lex.determiners):
            return _NESTED_PENALTY
        if "," in toks[j].gap_before:
            return 0.0
    return 0.0


def _people_from_reference(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the back-reference noun at ``i`` say where people come from, as a named place
    after ``people from`` does (:func:`_people_from`): an origin preposition (``[places]
    origins``) right after a noun for people, with only determiners and lower-case words
    between it and the noun (``Traders from around the district``, ``Fischer aus der Region``,
    ``residents from the nearby town``), and no place preposition of its own? Such a
    phrase names the people, not the scene: a place of the clause's own words, or the
    story's, is the event's. Session 22 (h22-evplace): the city the farmers came from beat
    the capital they drove to and protested in."""
    k = i - 1
    while k >= 1 and i - k <= 3 and toks[k].fold not in lex.origins:
        if toks[k].fold in lex.cues or toks[k].text[:1].isupper() or not toks[k].text.isalpha():
            return False
        k -= 1
    return k >= 1 and k < i and toks[k].fold in lex.origins and _people_noun(toks[k - 1].fold, lex)


def _origin_of_thing(
    toks: Sequence[Token], idx: int, trig_i: int, lex: _Lexicon, skip: Set[int]
) -> bool:
    """Does the place at ``idx`` say where someone or something comes from: an origin
    preposition (``from``) after a word that is neither the trigger nor a word of moving
    away (``[places] from_moves``: ``withdrew from``, ``fled from``; nor after a trigger of
    moving away and its object: ``deported 40 people from X``)? ``sentenced a former
    commander from X``, ``protested against grain imports from X``, ``smuggling weapons
    across the border from X``, ``a ferry carrying traders from X capsized``: the commander's,
    the grain's, the weapons', the traders' origin, not where the court sat, the farmers
    protested or the ferry sank; the event's place is its locative, its dateline or the
    carried one. A distance's point (``30 km from X``) is read elsewhere. Only with the
    lexicon's list (English; session 16, round 2)."""
    if not lex.from_moves:
        return False
    at = _cue_index(toks, idx, lex, skip)
    if at is None or at < 1 or toks[at].fold not in lex.origins or at - 1 == trig_i:
        return False
    before = toks[at - 1]
    if before.fold in lex.from_moves or not any(ch.isalpha() for ch in before.text):
        return False  # "withdrew from X"; ", from X"
    if 0 <= trig_i < at and toks[trig_i].fold in lex.from_moves:
        return False  # "deported 40 people from X", "evacuated residents from X": moved away
    return not _reference_point(idx, toks[at].fold, toks, lex)


def _noun_origin(
    toks: Sequence[Token], idx: int, trig_i: int, lex: _Lexicon, skip: Set[int]
) -> bool:
    """Does the place at ``idx`` say where someone or something named by a noun comes
    from: a preposition of ``[places] noun_origins`` right after a capitalised word that is
    not the trigger (``Ein Mann aus X wurde in Y festgenommen``, ``Eine Delegation aus X
    besuchte Y``, ``nahmen zwei Aktivisten aus X in Gewahrsam``)? In German every noun is
    capitalised, so the word says the phrase belongs to a noun, not to the verb (``zogen
    sich aus X zurück`` keeps X). A trigger before it that moves its object away
    (``noun_origin_moves``: ``evakuierten Bewohner aus X``) keeps the place, as English
    ``from_moves`` does. Why: the man's, the delegation's or the activists' town is who
    they are, not where they were arrested or what they visited (session 18, the
    event-site probe); the English twin is :func:`_origin_of_thing`."""
    if not lex.noun_origins or not lex.nouns_capitalised:
        return False
    at = _cue_index(toks, idx, lex, skip)
    if at is None or at < 1 or at - 1 == trig_i:
        return False
    if toks[at].fold not in lex.noun_origins and not _owner_of_subject(toks, at, trig_i, lex):
        return False
    before = toks[at - 1]
    if not before.is_cap or not before.text.isalpha() or before.fold in lex.determiners:
        return False
    if at == 1 and (before.fold in lex.prepositions or before.fold in lex.cues):
        return False  # a sentence's first word is capitalised whatever it is
    if 0 <= trig_i < at and toks[trig_i].fold in lex.noun_origin_moves:
        return False
    return not _reference_point(idx, toks[at].fold, toks, lex)


# how many articles and adjectives may stand before the noun of an owner's "von" phrase
_OWNER_PHRASE_REACH = 3


def _owner_of_subject(toks: Sequence[Token], at: int, trig_i: int, lex: _Lexicon) -> bool:
    """Is the preposition at ``at`` an owner's ``von`` (``[places] owner_prepositions``)
    after a noun before the trigger whose phrase no place preposition opens (``Mitglieder
    der Gewerkschaft von A demonstrierten vor dem Parlament in B``, ``Anhänger des Klubs von
    A zogen durch B``)? Then A says whose body the subject is, not where it acted: it yields
    to the clause's own place as an origin does. A feature noun (``Hafen von A``) or a
    phrase after a place preposition (``vor dem Rathaus von A``) is a place of its own
    (session 24, h24-evplace)."""
    if toks[at].fold not in lex.owner_prepositions or not 0 < at <= trig_i:
        return False
    if _is_feature(toks[at - 1], lex):
        return False
    if at == 1:
        # the sentence's first word, capitalised whatever it is: a noun ("Anhänger von
        # <Klub> A randalierten in B", session 25), not a preposition or an article; and
        # no comma before the trigger: "Bewohner von A, einer Stadt im Süden Bs,
        # demonstrierten" names A's region in an apposition, no place of the clause
        first = toks[0]
        return (
            first.text.isalpha()
            and not (
                first.fold in lex.prepositions
                or first.fold in lex.cues
                or first.fold in lex.determiners
            )
            and not any("," in toks[j].gap_before for j in range(at + 1, trig_i + 1))
        )
    for j in range(at - 2, max(at - 2 - _OWNER_PHRASE_REACH, -1), -1):
        if toks[j].fold in lex.cues or toks[j].fold in lex.outside:
            return False
        if toks[j].is_cap and toks[j].fold not in lex.determiners:
            return True
    return True


# Tokens a route's origin place may take before its far end's preposition ("from A to B",
# "von Bobo-Dioulasso nach B", "from Port Said to B")
_ROUTE_NAME_REACH = 4


def _route_pair_starts(toks: Sequence[Token], lex: _Lexicon) -> frozenset[int]:
    """The first tokens of the places of every ``from A to B`` / ``von A nach B`` pair of
    the clause (``[places] origins`` + a capitalised name of at most ``_ROUTE_NAME_REACH``
    tokens + ``route_to_preps``). One pass over the tokens, each pair bounded."""
    out: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.fold not in lex.origins:
            continue
        j = i + 1
        while j < len(toks) and toks[j].fold in lex.determiners:
            j += 1
        start = j
        if start >= len(toks) or not toks[start].is_cap:
            continue
        k = start + 1
        while (
            k < len(toks)
            and k - start < _ROUTE_NAME_REACH
            and toks[k].fold not in lex.route_to_preps
        ):
            if not (toks[k].is_cap or toks[k].text in ("-", "(", ")")):
                break
            k += 1
        if k >= len(toks) - 1 or toks[k].fold not in lex.route_to_preps:
            continue
        far = k + 1
        while far < len(toks) and toks[far].fold in lex.determiners:
            far += 1
        if far < len(toks) and toks[far].is_cap:
            out.update((start, far))
    return frozenset(out)


def _route_end(idx: int, toks: Sequence[Token], lex: _Lexicon) -> bool:
    """Is the place at token ``idx`` an end of a ``from A to B`` / ``von A nach B`` pair
    (:func:`_route_pair_starts`)? Read only where two points meet, so most clauses never
    pay for the pass."""
    return bool(lex.route_to_preps) and idx in _route_pair_starts(toks, lex)


def _route_pair_ends(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """``A bus from A to B overturned near C``, ``Ein Zug von A nach B entgleiste bei C``,
    ``a ferry sailing from A to B sank off C``: A and B say where the vehicle was going, C
    where the event happened. When the clause names a place with a preposition of its own
    that is no end of such a pair, the pair's ends yield to it; alone they still place
    the event (``a bus from A to B overturned``: somewhere on the way, the best the clause
    gives). Not for a journey (where it went is its place) or a launch (its origin is its
    site): the caller leaves those out. Why: the site-choice probe (session 18) found the
    destination chosen over the site in every such sentence."""
    if not lex.route_to_preps or len(named) < 2:
        return
    ends = _route_pair_starts(toks, lex)
    if not ends:
        return
    if not any(entry[1] not in ends and entry[5] for entry in named):
        return
    for entry in named:
        if entry[1] in ends:
            entry[0] -= _NESTED_PENALTY


def _subject_destination(
    named: list[list], toks: Sequence[Token], lex: _Lexicon, trig_i: int
) -> None:
    """``A convoy heading to A was ambushed near B``, ``Ein Konvoi auf dem Weg nach A wurde
    bei B überfallen``: a place after a preposition of a journey's goal (``[places]
    journey_preps``) before the trigger says where the subject was going, not where the
    event happened; when the clause names another place with a preposition of its own,
    the goal yields to it (alone it still places the event, the best the clause gives).
    Not for a journey or a launch (the caller leaves those out: where they went is their
    place). After the trigger a goal is the event's own (``fighting spread to X``). Why:
    the event-site probe (session 18, round 2) found the goal chosen over the site in
    every such sentence, both tied on their prepositions and the first winning."""
    if not lex.journey_preps or len(named) < 2:
        return
    goals = [e for e in named if e[5] in lex.journey_preps and e[1] < trig_i]
    if not goals:
        return
    if not any(e[5] and e[5] not in lex.journey_preps for e in named):
        return
    for entry in goals:
        entry[0] -= _NESTED_PENALTY


# how many words (nouns, articles, adjectives) may stand between an origin word and the
# nearness preposition of its place ("von Stellungen nahe X", "from positions near X")
_ORIGIN_NEAR_REACH = 3


def _origin_near(
    named: list[list], toks: Sequence[Token], lex: _Lexicon, trig_i: int, skip: Set[int]
) -> None:
    """``Von Stellungen nahe A abgefeuerte Raketen schlugen in B ein``, ``Gunmen from a
    village near A attacked B``: a place of nearness (``[places] near``) inside a phrase of
    where someone or something came from (``[places] origins`` a few words before it),
    before the trigger, says where they came from; when the clause names another place
    with a preposition of its own, it yields to it (alone it still places the event).
    The caller leaves out journeys and launches (a launch's origin is its site). Why: the
    event-site probe (session 18, round 2) found the launch position chosen over where
    the rockets struck, both tied on their prepositions and the first winning."""
    if len(named) < 2:
        return
    near_words = {ph[0] for ph in lex.near if len(ph) == 1}
    hits = []
    for entry in named:
        if entry[1] >= trig_i or entry[5] not in near_words:
            continue
        at = _cue_index(toks, entry[1], lex, skip)
        if at is None:
            continue
        for j in range(at - 1, max(at - 1 - _ORIGIN_NEAR_REACH, -1), -1):
            fold = toks[j].fold
            if fold in lex.origins:
                hits.append(entry)
                break
            if fold in lex.prepositions or fold in lex.cues or not toks[j].text.isalpha():
                break
    if not hits:
        return
    if not any(e[5] and e not in hits for e in named):
        return
    for entry in hits:
        entry[0] -= _NESTED_PENALTY


def _people_noun(fold: str, lex: _Lexicon) -> bool:
    """Is the word a noun for people (``[places] people_nouns``), also in a German dative
    plural, which adds ``-n`` to a plural not ending in ``-n`` or ``-s`` (``mit Händlern``,
    ``von Kämpfern``, ``mit Pilgern``)?"""
    if fold in lex.people_nouns:
        return True
    return (
        lex.nouns_capitalised
        and fold.endswith("n")
        and fold[:-1] in lex.people_nouns
        and not fold[:-1].endswith(("n", "s"))
    )


# Tokens from a later member of an origin list back to its preposition ("from A, B and C")
_ORIGIN_LIST_REACH = 8


_AGENT_REACH = 8  # tokens from a passive's agent word to the place that ends the group's name


def _in_agent_name(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the place at ``idx`` the end of an armed group's name inside a passive's doer
    (``durch Kämpfer der Miliz Islamischer Staat in der Sahelzone``, ``von Kämpfern der
    Gruppe Al-Kaida im Islamischen Maghreb``)? A preposition right after a capitalised name
    that follows an organisation word (``[actors] organisations``: ``Miliz``, ``militia``)
    within a few words after the agent word (``[grammar] passive_agents``) names the group,
    not where it struck; the event's place comes from elsewhere (``Das Dorf``). A doer
    without such a name keeps its place (``von Soldaten in Goma erschossen``)."""
    if not lex.passive_agents or not lex.org_words:
        return False
    j = idx - 1
    while j > 0 and toks[j].fold in lex.determiners and toks[j].fold not in lex.cues:
        j -= 1  # "in der Sahelzone": the article between the preposition and the name
    if j < 2 or toks[j].fold not in lex.cues or not toks[j - 1].is_cap:
        return False
    org = False
    for k in range(j - 1, max(j - 1 - _AGENT_REACH, -1), -1):
        text = toks[k].text
        if not any(ch.isalnum() for ch in text):
            return False  # a comma or a dash ends the doer's phrase
        if toks[k].fold in lex.org_words:
            org = org or k < j - 1  # the organisation word with a name after it
        elif toks[k].fold in lex.passive_agents:
            return org and not toks[k].is_cap
    return False


def _clause_at(offset: int, st: _State) -> _Clause | None:
    """The clause of the document that holds ``offset`` (one bisection)."""
    if not st._starts:
        st._starts = [c.start for c in st.clauses]
    at = bisect.bisect_right(st._starts, offset) - 1
    return st.clauses[at] if at >= 0 else None


def _journey_to(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does the place at token ``idx`` follow a journey noun and a preposition of where it
    goes (``[places] journeys``, ``journey_preps``: ``a flight to X``, ``eine Fähre nach
    X``)? Then it is a destination."""
    return (
        idx >= 2 and toks[idx - 1].fold in lex.journey_preps and toks[idx - 2].fold in lex.journeys
    )


def _no_scene(p: Place, st: _State) -> bool:
    """Was ``p`` named only as where people come from (``Das Rote Kreuz schickte Helfer
    aus <city>``, ``Investigators from <country> arrived``), where someone is based (``The
    airline is based in <city>``) or as the point a distance is measured from (``Mubi lies
    200 km from <city>``, ``200 Kilometer von <city> entfernt``), or as the end of an armed
    group's name (``durch Kämpfer der Miliz X in der Sahelzone``)? Such a place is no scene:
    a later ``die Stadt``, ``the capital`` or ``there`` does not point to it, and no event
    is carried to it. An event's own clause still reads it (``attacked a village 30 km from
    <city>`` is near that city). Answered once per place (``st.origins``)."""
    known = st.origins.get(id(p))
    if known is None:
        clause = _clause_at(p.start, st)
        known = False
        if clause is not None:
            idx = clause.index_at(p.start)
            toks = clause.tokens
            known = idx < len(toks) and (
                _people_from(toks, idx, st.lex)
                or _based_at(toks, idx, p, st.lex)
                or _reference_point(idx, None, toks, st.lex)
                or _in_agent_name(toks, idx, st.lex)  # "der Miliz X in der Sahelzone"
                or _capital_seat(toks, idx, p, st.lex)  # "Die Regierung in X teilte mit"
                or _speaker_town(clause, idx, p, st)  # "..., the coast guard in X said"
                or _route_goal(toks, idx, st.lex)  # "cutting off the road to X"
            )
        st.origins[id(p)] = known
    return known


# How many tokens a verb of saying may stand from the town of its speaker ("teilte die
# Polizei in X mit": three; "the coast guard in X said": one).
_SPEAKER_REACH = 3
# how many words an attribution's comma may stand before the speaker's town (", the
# regional governor's office in X said": five)
_ATTRIBUTION_REACH = 6


def _speaker_town(clause: _Clause, idx: int, place: Place, st: _State) -> bool:
    """Is ``place``, at token ``idx``, only the town a source spoke from: right after ``in``
    (``[places] capital_body_preps``) and a verb of saying or its speaker, with a verb of
    saying at most ``_SPEAKER_REACH`` tokens away and no comma or event word between
    (``..., the coast guard in X said``, ``..., a spokesman said in X``, ``teilte die
    Feuerwehr in X mit``), when the story named another town or region before it?

    Why: such a town says where the source sits, not where anything happened; a later
    ``the town``, ``there``, ``in der Stadt`` or ``the same district`` means the scene named
    before it, and no event is carried to it (``A ferry ran aground off A, the rescue centre
    in B said. Police arrested the captain in the town`` is A; session 21, round 2). The
    capital of a body of government already was such a seat (:func:`_capital_seat`); a
    provincial town is one only when the source is named in an attribution after a comma
    (``Volunteers at precincts in X reported long lines`` speak from the scene) and an
    earlier town or region of the story can be the scene: a story whose first place is its
    source's town still points back to it."""
    lex = st.lex
    toks = clause.tokens
    if idx < 2 or toks[idx - 1].fold not in lex.capital_body_preps:
        return False
    if not (
        any("," in toks[j].gap_before for j in range(max(idx - _ATTRIBUTION_REACH, 1), idx))
        or (
            idx <= _ATTRIBUTION_REACH
            and clause.text[max(toks[0].start - 3, 0) : toks[0].start].strip().endswith(",")
        )
    ):
        return False
    head = toks[idx - 2]
    if lex.any_trigger.match(head.text) and not lex.any_weak.match(head.text):
        return False  # "met in X and said": the meeting's town
    says = None
    for j in range(max(idx - 2 - _SPEAKER_REACH, 0), min(idx + _SPEAKER_REACH + 1, len(toks))):
        if j in (idx - 1, idx) or not lex.any_weak.match(toks[j].text):
            continue
        lo, hi = (j, idx) if j < idx else (idx, j)
        between = toks[lo + 1 : hi]
        if any(lex.any_trigger.match(t.text) and not lex.any_weak.match(t.text) for t in between):
            continue
        if any(any(c in t.gap_before for c in ",;:") for t in toks[lo + 1 : hi + 1]):
            continue  # "..., in X, officials said": another clause's town
        says = j
        break
    if says is None:
        return False
    dateline = st.dateline
    return any(
        q.resolved
        and q.role == "name"
        and q.kind != "country"
        and q.kind not in _WATER_KINDS
        and q.name != place.name
        and not (dateline and dateline[0] <= q.start < dateline[1])
        for q in st.places_between(0, place.start)
    )


def _route_goal(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the place at ``idx`` only where a road or a line leads (``[places] route_nouns``
    and a journey preposition, ``journey_preps``: ``cutting off the road to X``, ``die
    Strecke nach X``)? It names a destination, not a scene: a later ``the town`` does not
    point to it (session 21, round 2)."""
    return (
        idx >= 2
        and toks[idx - 1].fold in lex.journey_preps
        and bool(lex.route_nouns.match(toks[idx - 2].text))
    )


def _flight_goals(clause: _Clause, head: Token, lex: _Lexicon) -> frozenset[int]:
    """The starts of the places of ``head``'s sentence before it that a verb of moving
    away sent people to (``[places] onward_verbs`` and a journey preposition within three
    words: ``Hundreds fled A for B after gunmen attacked the town``), when a word that opens
    what came first (``[clauses] own_time_openers``: ``after``, ``when``) stands between:
    where they went is not what the back reference means; the town they fled is (session
    21, round 2: before, ``the town`` was B, the town named last)."""
    if not lex.onward_verbs:
        return frozenset()
    sent = clause.sentence
    toks = word_units(clause.text, sent.start, head.start, sentence=sent.index)
    goals = set()
    for j in range(2, len(toks)):
        if (
            toks[j - 1].fold in lex.journey_preps
            and any(toks[k].fold in lex.onward_verbs for k in range(max(j - 4, 0), j - 1))
            # the reference stands in a part that tells what came first ("after gunmen
            # attacked the town"); "fled to B, and soldiers arrived in the town" may be B
            and any(t.fold in lex.own_time_openers for t in toks[j + 1 :])
        ):
            goals.add(toks[j].start)
    return frozenset(goals)


def _antecedent(clause: _Clause, earlier: Sequence[Place]) -> Place | None:
    """The place a relative ``where`` / ``wo`` opening ``clause`` points to: a resolved name
    that ends right before the comma the clause follows (``..., in the district of X,
    where ...``), if any."""
    for p in reversed(earlier):
        if p.end > clause.start:
            continue
        if not p.resolved or p.role != "name":
            return None
        return p if clause.text[p.end : clause.start].strip() in (",", "),") else None
    return None


def _capital_seat(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> bool:
    """Is ``place``, at token ``idx``, its country's capital named right after a body of
    government and its preposition (``[places] capital_bodies``, ``capital_body_preps``:
    ``The government in X declared ...``, ``Der Katastrophenschutz in X teilte mit``)? Then
    it says where the speaker sits, as ``based`` does, not where the story happened: a
    later ``the area`` does not point to it and no event is carried to it (fifteenth
    session). Only a capital: ``officials in <provincial town> said`` often speak from the
    scene itself."""
    return (
        idx >= 2
        and toks[idx - 1].fold in lex.capital_body_preps
        and bool(lex.capital_bodies.match(toks[idx - 2].text))
        and _is_capital(place)
    )


def _topic_of(toks: Sequence[Token], idx: int, cue: str, lex: _Lexicon) -> bool:
    """Does the place at ``idx`` stand in a phrase that says what a document or talk is
    about: a head noun right before the preposition (``[places] topic_heads`` and
    ``topic_preps``: ``a declaration on the X river``, ``ein Abkommen über X``)?"""
    lo = max(idx - 1 - _CUE_WINDOW, -1)
    at = next((j for j in range(idx - 1, lo, -1) if toks[j].fold == cue), None)
    return at is not None and at > 0 and toks[at - 1].fold in lex.topic_heads


def _onward_start(toks: Sequence[Token], verb_at: int, lex: _Lexicon) -> int:
    """Where a predicate coordinated after the trigger verb opens: a conjunction
    (``and``), an adverb of sequence at most (``then``, ``later``), and a past verb (a
    lower-case word ending in ``-ed``, or one of ``[places] onward_verbs``): ``were released
    on Wednesday and crossed back into X``, ``were rescued and then flown to X``. A noun
    after ``and`` (``deployed troops and police to X``) opens none. ``len(toks)`` when there
    is none. ``before`` and a gerund (``[places] onward_gerunds``: ``abducted 14 women
    before fleeing towards the border``) opens one too; not ``after`` (``attacked a post
    after crossing into X`` happened there) (session 14, round 2)."""
    for j in range(verb_at + 1, len(toks) - 1):
        nxt = toks[j + 1]
        if (
            toks[j].fold in lex.onward_gerunds
            and nxt.text.isalpha()
            and nxt.text.islower()
            and nxt.fold.endswith("ing")
        ):
            return j  # "abducted 14 women before fleeing towards the border"
        if toks[j].fold not in lex.conjunctions:
            continue
        k = j + 1
        if toks[k].fold in lex.coordinators and k + 1 < len(toks):
            k += 1  # "and then crossed"
        word = toks[k]
        if (
            word.text.isalpha()
            and word.text.islower()
            and (word.fold.endswith("ed") or word.fold in lex.onward_verbs)
        ):
            return j
    return len(toks)


def _content_start(toks: Sequence[Token], trig_i: int, lex: _Lexicon) -> int:
    """Where an agreement's plan opens after its trigger: an infinitive marker
    (``[places] content_markers``: ``to``) followed by a lower-case word that is no article
    or number (``signed an agreement on Thursday to build a railway to the port of X``; ``to
    the port`` opens no plan); ``len(toks)`` when there is none (session 14)."""
    for j in range(trig_i + 1, len(toks) - 1):
        nxt = toks[j + 1]
        if (
            toks[j].fold in lex.content_markers
            and nxt.text.isalpha()
            and nxt.text.islower()
            and nxt.fold not in lex.determiners
        ):
            return j
    return len(toks)


# a place of the event's own site kind (a volcano that erupted) beats any locative phrase
_SITE_BONUS = 5.0
# where a journey began (``[places] origins``: "aus Peking", "from Beijing") yields to where
# it went: the cue's bonus and a little more
_ORIGIN_PENALTY = 2.5

# how much a place loses to the place it holds or lies near ("in Phoenix in Arizona")
_NESTED_PENALTY = 2.5
# a journey's destination over a stop or talks on the way (less than a cue's bonus: a
# place of the event's own site kind or a feature word still counts for more)
_DESTINATION_BONUS = 1.0


def _subject_seat(
    named: list[list], toks: Sequence[Token], lex: _Lexicon, trig_i: int, reason_at: int = 1 << 30
) -> None:
    """``Die Regierung in Kinshasa unterzeichnete am Montag in Doha ein Abkommen``, ``The
    government in Kinshasa signed a deal in Doha``: a town right after an institution and a
    preposition, before the trigger, says which government (its seat), and yields to a
    locative phrase after the trigger, which says where it acted. Alone it stays the place
    (``Die Polizei in Kano nahm ... fest``). Session 14, h-evde. A place after ``reason_at``
    (a court's or an arrest's reason, ``[places] charge_preps``: ``arrested a man over an
    attack in Y``) says where the crime was, not where they acted: it takes no town from
    the seat (session 19)."""
    if len(named) < 2:
        return
    after = any(
        trig_i < entry[1] < reason_at and entry[5] and toks[entry[1] - 1].fold == entry[5]
        for entry in named
    )  # "... in Doha": a preposition right before the town, not a verb's object
    if not after:
        return
    for entry in named:
        idx = entry[1]
        if (
            2 <= idx < trig_i
            and entry[5]
            and toks[idx - 1].fold == entry[5]
            and toks[idx - 2].fold in lex.org_words
        ):
            entry[0] -= _NESTED_PENALTY


# the word glued by a hyphen right after a place's mention ("Mont" + "-<Name>")
_HYPHEN_TAIL = re.compile(r"-(\w+)")


@cache
def _common_nouns(lang: str) -> frozenset[str]:
    """The common-noun forms of ``lang`` as written (``geomap/lexicons/nouns_<lang>.csv``,
    the list the geoparser and the claims weigh too); empty for a language without one."""
    res = resources.files("geomap.lexicons").joinpath(f"nouns_{lang}.csv")
    if not res.is_file():
        return frozenset()
    lines = [ln for ln in res.read_text(encoding="utf-8").splitlines() if ln[:1] not in ("", "#")]
    return frozenset(lines[1:])


def _name_fragment(text: str, p: Place, places: Sequence[Place], lex: _Lexicon) -> bool:
    """Is the place only a part of a hyphenated name the gazetteer lacks (``the town of
    Mont-<Name>``: the geoparser matched ``Mont`` alone, a town of that name in another
    country)? Then it is no place of the event: a town hundreds or thousands of kilometres
    away is worse than none, and the clause's region or country, a place carried or the
    dateline still place it. A part after the hyphen that is written small
    (``Kashmir-based``) or, in a language that writes nouns with a capital, a common noun
    (``Gaza-Stadt``, ``Ukraine-Krieg``, ``US-Bundesstaat``) keeps the place: those are
    compounds of a name, not a longer name. When both parts are places of the text, they
    are two places (``the Kenya-Uganda border``, ``the A-B highway``) unless they are two
    towns of different countries far apart (:func:`_unrelated_pair`): then both are parts
    of one name. Cost: one match per place."""
    if not text:
        return False
    if p.start > 0 and text[p.start - 1] == "-":
        head = next((q for q in places if q.end == p.start - 1), None)
        if head is not None and _unrelated_pair(head, p):
            return True  # "<Sevilla>-<Chico>": the tail of one unknown name
    if p.end >= len(text) or text[p.end] != "-":
        return False
    m = _HYPHEN_TAIL.match(text, p.end)
    if m is None or not m.group(1)[:1].isupper():
        return False
    tail_at = m.start(1)
    tail = next((q for q in places if q is not p and q.start <= tail_at < q.end), None)
    if tail is not None:
        return _unrelated_pair(p, tail)
    return not (lex.nouns_capitalised and m.group(1) in _common_nouns(lex.lang))


# how far apart two towns joined by a hyphen may be and still be two places of one phrase
# (a route, a pair of twin towns): the geoparser's radius within which the places of one
# text cohere; farther, in two countries, they are one unknown name
_PAIR_KM = WEIGHTS.coherence_km


def _unrelated_pair(a: Place, b: Place) -> bool:
    """Are ``a`` and ``b``, joined by a hyphen in the text, two towns of different countries
    farther apart than any route or pair a story joins so (:data:`_PAIR_KM`)?"""
    if not (a.resolved and b.resolved) or a.kind != "city" or b.kind != "city":
        return False
    if a.country_code == b.country_code:
        return False
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return geodesic_km(a.lat, a.lon, b.lat, b.lon) > _PAIR_KM


def _mountain_range(place: Place) -> bool:
    """Is ``place`` a mountain range across borders (kind ``mountain`` with no one country:
    ``the Andes``, ``die Karpaten``)? Its point is a centroid hundreds of kilometres from
    anywhere: ``in the Andes near X`` happened by X, as ``in the North Sea near X`` does
    (:func:`_nesting`; session 22, round 2). A single peak has its country and stays a point
    (``on Mount X near Y``: the peak, which Y only locates)."""
    return place.kind == "mountain" and not place.country_code and place.role == "name"


def _outside_container(inner: Place, container: Place) -> bool:
    """Is ``inner``, named as lying in ``container`` (``A in B``), of another country than a
    container no finer than it, and further from it than ``_NAMESAKE_ABROAD_KM`` (the
    distance within which the geoparser calls a town coherent with the article)? Then the
    reading of A is wrong: a town cannot lie in another country's town or province half a
    world away (a US hamlet ``Ravine`` for a ravine in a Chinese <province>). Near readings
    stay: a desert or an overseas department coded apart from the town in it (``<town> in
    <overseas department>``, a launch centre in a <desert>) is no such mistake."""
    if (
        inner.kind == "country"  # "Hong Kong in China": a territory of its own code
        or inner.country_code is None
        or container.country_code is None
        or inner.country_code == container.country_code
        or _finer(container, inner)
        or inner.lat is None
        or inner.lon is None
        or container.lat is None
        or container.lon is None
    ):
        return False
    return geodesic_km(inner.lat, inner.lon, container.lat, container.lon) > _NAMESAKE_ABROAD_KM


def _nesting(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """Two places in a row, the second in a locative phrase right after the first: ``A in
    B`` (``[places] nested_in``: ``In Phoenix im Nachbarstaat Arizona``, ``X on the island of
    Y``) puts A inside B, so B, the container, yields to A; ``B near A`` (``nested_near``:
    ``in der Nordsee vor Helgoland``, ``on the Mekong near the town of P``) places the event
    at A when B is an area (a sea, a river, a desert, a region, a border or a coast the
    geoparser built); ``A near B`` of two points (``überflutete A nahe B``) is at A, the
    first, which the second only locates. Only the
    preposition, articles, adjectives and feature words stand between the two. A place
    inside another's words (the country of ``der Grenze zu Kolumbien``) is part of that
    phrase, not one of the two; and A in B where B is the finer (``... Kolumbien im
    Bundesstaat Táchira``, a state of another country) is no container.

    Session 21: the end of a route is no first point (``a lorry from A to B overturned
    near C``, ``ein Lkw-Konvoi von A nach B wurde bei C beschossen``): the
    near phrase says where the event happened, not where the route's end lies, so C does
    not yield to B (:func:`_route_pair_ends` makes the pair yield to C instead)."""
    named.sort(key=lambda c: c[1])
    outer = [e for e in named if not any(o is not e and o[1] < e[1] <= o[2] for o in named)]
    for before, after in zip(outer, outer[1:], strict=False):
        cue = after[5]
        if not cue or after[1] - before[2] > _CUE_WINDOW + _FEATURE_SLACK + 1:
            continue
        at = next(
            (j for j in range(before[2] + 1, after[1]) if toks[j].fold == cue),
            None,
        )
        if at is None or any(
            not _is_feature(toks[j], lex) and toks[j].fold != before[3].kind
            for j in range(before[2] + 1, at)
        ):
            # something other than the preposition follows the first place; a feature word
            # or the word of its kind its name left out may ("on the Volta river near Y":
            # the name read is "Volta", a river)
            continue
        if cue in lex.nested_in and before[3].role == "derived" and after[3].kind != "country":
            # "an der Grenze zu Kolumbien im Bundesstaat Táchira": the state says where along
            # a border thousands of kilometres long, so the line yields, not the state
            before[0] -= _NESTED_PENALTY
        elif cue in lex.nested_in and _origin_then_town(before, after, toks, lex):
            # "Mitglieder der Gewerkschaft von A in B demonstrierten": A says whose, B
            # where; a town far from A holds no A
            before[0] -= _NESTED_PENALTY
        elif cue in lex.nested_in and _on_shared_island(before[3], after[3]):
            # "in <Staat> auf der Insel <B>": the island of several states says where the
            # state lies; the phrase is one, so the state takes the island's score
            before[0] = max(before[0], after[0])
            after[0] -= _NESTED_PENALTY
        elif cue in lex.nested_in and _outside_container(before[3], after[3]):
            # "Bus Plunges Into Ravine In <Province>": a town of another country than the
            # container right after it lies not in it; the reading is a namesake abroad (a
            # common noun a title-case line capitalised), and the container places the
            # event ("<A> in <state>": the container says which). Session 26 (h26-even)
            before[0] -= _NESTED_PENALTY
        elif cue in lex.nested_in and not _finer(after[3], before[3]):
            after[0] -= _NESTED_PENALTY
        elif cue in lex.nested_near and (
            _precision_of(before[3], lex) != "point"
            or before[3].role == "derived"
            or _mountain_range(before[3])
        ):
            # a border or a coast is a line hundreds of kilometres long, an area as a sea
            # is: "an der Grenze zwischen A und B nahe X" is by X
            before[0] -= _NESTED_PENALTY
            if (after[3].role == "derived" or after[3].kind == "border") and before[3].kind not in (
                "country",
                "border",
            ):
                # "in <district> near the Afghan border": the line says where in the
                # district, it is no place of its own (session 14); a country before it
                # yields to the border as before
                before[0] += _NESTED_PENALTY
                after[0] -= _NESTED_PENALTY
        elif (
            cue in lex.nested_near
            and before[3].role != "derived"
            and _precision_of(before[3], lex) == "point" == _precision_of(after[3], lex)
            and not _route_end(before[1], toks, lex)
        ):
            # "Hochwasser überflutete A nahe B", "in A near B": two points, the second says
            # where the first lies; the event is at the first (session 18, the event-site
            # probe: a hazard's object has no preposition and lost to the near town's)
            after[0] -= _NESTED_PENALTY
    for site, country, after in zip(outer, outer[1:], outer[2:], strict=False):
        # the same with the first town's own country right after it ("überflutete A
        # (Kamerun) nahe B", "A, Cameroon, near B"): the country only says where A lies
        if (
            after[5] in lex.nested_near
            and country[3].kind == "country"
            and country[3].country_code == site[3].country_code
            and country[1] == site[2] + 1
            and after[1] == country[2] + 2
            and toks[country[2] + 1].fold == after[5]
            and site[3].role != "derived"
            and _precision_of(site[3], lex) == "point" == _precision_of(after[3], lex)
        ):
            after[0] -= _NESTED_PENALTY


def _coast_apposition(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """A named place right before a coast the geoparser built from a country's compass
    part (``die Provinz A an der Pazifikküste Xs``, ``A district on X's southern coast``):
    the coast only says where A lies, a line hundreds of kilometres long; the event is at A,
    which takes the phrase's score (an object of a hazard has no preposition of its own).
    Only the coast's preposition, articles and feature words stand between the two; a coast
    named alone, or after a country, stays the place (session 23, h23-evplace)."""
    entries = sorted(named, key=lambda c: c[1])
    # a place inside another's words (the country of "Chile's northern coast") is no neighbour
    outer = [
        e
        for e in entries
        if not any(
            o is not e and o[1] <= e[1] and e[2] <= o[2] and o[2] - o[1] > e[2] - e[1]
            for o in entries
        )
    ]
    for before, after in zip(outer, outer[1:], strict=False):
        coast, site = after[3], before[3]
        if coast.kind != "coast" or coast.role != "derived" or not after[5]:
            continue
        info = kind_info(site.kind)
        if (
            site.role != "name"
            or info.refined_by_distance
            or info.is_water
            or site.kind in LINE_GEOMETRIES
        ):
            continue  # a country, a water, a coast or a border is no site on a coast
        between = toks[before[2] + 1 : after[1]]
        if (
            not 0 < len(between) <= 3
            or after[5] not in {t.fold for t in between}
            or any(
                t.fold != after[5]
                and t.fold not in lex.transparent
                and t.fold not in lex.determiners
                and t.fold not in lex.admin_words
                and not _is_feature(t, lex)
                for t in between
            )
        ):
            continue
        before[0] = max(before[0], after[0])
        after[0] -= _NESTED_PENALTY


# how many words before a route noun its end towns may stand ("the A-B highway"), and how
# many after it ("die Fernstraße zwischen A und B")
_ROUTE_REACH = 4


def _origin_named(
    clause: _Clause,
    toks: Sequence[Token],
    places: Sequence[Place],
    lex: _Lexicon,
    skip: Set[int],
) -> bool:
    """Does the clause name a place a launch came from (``from South Hwanghae province``,
    ``aus der Provinz X``: a resolved place after an origin preposition, ``[places]
    origins``)? Then a place after ``into`` is where its missiles went; with no origin the
    sea it was fired into stays its place (``launched two missiles into the Red Sea``)."""
    for p in places:
        if not p.resolved:
            continue
        idx = clause.index_at(p.start)
        if idx < len(toks) and _cue(toks, idx, lex, skip) in lex.origins:
            return True
    return False


def _particle_tokens(
    clause: _Clause, trig: _Trigger, trig_i: int, places: Sequence[Place]
) -> set[int]:
    """The clause's places that are the trigger's later words (``steckten ... in Brand``,
    ``in Brand gesteckt``): part of the trigger's phrase, never a town of that name (``Brand``
    is one in Germany). The trigger word itself is skipped by ``trigger_at``; a phrase of
    several words placed the event at its own noun (round 3, h15-evde). Only words where a
    place starts: a preposition of the phrase (``in``) still opens a place's cue."""
    if len(trig.words) < 2:
        return set()
    starts = {clause.index_at(p.start) for p in places}
    return {
        k
        for k in starts
        if k != trig_i
        and k < len(clause.tokens)
        and any(w.match(clause.tokens[k].text) for w in trig.words[1:])
    }


def _route_ends(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """The towns a road or a line is named by (``on the A-B highway``, ``auf der Fernstraße
    zwischen A und B``) yield to a town the same clause puts the event near (``[places]
    nested_near``: ``on the A-B highway near C``, ``... zwischen A und B nahe C``): the road
    runs hundreds of kilometres, C says where on it. Only a route noun (``[places]
    route_nouns``) within ``_ROUTE_REACH`` words of the ends and before the near phrase
    counts; with no near phrase the ends still place the event (round 3, h15-evde)."""
    for near in named:
        cue = near[5]
        if not cue or cue not in lex.nested_near:
            continue
        at = next((j for j in range(near[1] - 1, -1, -1) if toks[j].fold == cue), None)
        if at is None:
            continue
        route = next(
            (
                j
                for j in range(at - 1, max(at - 2 * _ROUTE_REACH - 1, -1), -1)
                if lex.route_nouns.match(toks[j].text)
            ),
            None,
        )
        if route is None:
            continue
        for end in named:
            if end is near or end[1] >= at:
                continue
            if route - _ROUTE_REACH <= end[1] < route or route < end[1] <= route + _ROUTE_REACH:
                end[0] -= _NESTED_PENALTY


def _route_modifier(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """An area's name right before a route noun only says which crossing or road it is
    (``on the Danube bridge between A and B``, ``the Rhine ferry near C``): the area (a
    river, a sea, a region: no point) yields to a point the same clause names within
    ``_ROUTE_REACH`` words after the route noun, which says where on it. Session 19
    (h19-events): before, the river's point, hundreds of kilometres from either end, was the
    event's place. The route noun must follow the name directly and be lower-case (a
    name's own word, ``Danube Bridge``, stays a name)."""
    for area in named:
        if _precision_of(area[3], lex) == "point":
            continue
        nxt = area[2] + 1
        if nxt >= len(toks) or not toks[nxt].text.islower():
            continue
        if not lex.route_nouns.match(toks[nxt].text):
            continue
        if any(
            _precision_of(other[3], lex) == "point" and nxt < other[1] <= nxt + _ROUTE_REACH
            for other in named
        ):
            area[0] -= _NESTED_PENALTY


def _relative_aside(
    named: list[list], clause: _Clause, toks: Sequence[Token], lex: _Lexicon, trig_i: int
) -> None:
    """A place inside a relative clause set off by commas that does not hold the trigger
    (``Der Betriebsleiter, der in X lebt, wurde am Flughafen von Y festgenommen``, ``The
    driver, who lives in X, was arrested in Y``) belongs to that clause's own verb (where
    someone lives, comes from, was born, what a body decided): it yields to a place of the
    trigger's own words. Alone it still places the event. Session 19 (h19-events): before,
    such a place could beat the event's own locative phrase. Only a comma right before a
    relative pronoun (the language profile's) opens the aside; the next comma, or
    the clause's end, closes it."""
    pronouns = relative_pronouns(lex.lang)
    if len(named) < 2 or not pronouns:
        return

    def comma_before(j: int) -> bool:
        return j > 0 and "," in clause.text[toks[j - 1].end : toks[j].start]

    asides: list[tuple[int, int]] = []
    j = 1
    while j < len(toks):
        if comma_before(j) and toks[j].fold in pronouns:
            k = j + 1
            while k < len(toks) and not comma_before(k):
                k += 1
            if not (j <= trig_i < k):
                asides.append((j, k))
            j = k
        else:
            j += 1
    if not asides:
        return
    inside = [any(a <= entry[1] < b for a, b in asides) for entry in named]
    if all(inside) or not any(inside):
        return
    for entry, aside in zip(named, inside, strict=True):
        if aside:
            entry[0] -= _NESTED_PENALTY


def _opened_event_phrase(
    named: list[list], clause: _Clause, toks: Sequence[Token], lex: _Lexicon, trig_i: int
) -> None:
    """A place in a phrase that tells an event of its own before or beside the trigger's
    (``Nach der Sitzung in A streikten am Freitag in B ...``, ``Following the rally
    in A, police detained ... in B``, ``ist nach einem Besuch bei Arbeitern in A ... in B
    erschossen worden``) is that event's: it yields to a place of the trigger's own words.
    The phrase opens with a word of ``[clauses] own_time_openers`` (``after``,
    ``following``, ``nach``) and a determiner right after it (so not ``nach A``, a
    journey's goal, nor ``after he ...``), and holds the first place after the opener, in
    a locative phrase of its own, with no comma, no other place and not the trigger in
    between; or with a word of ``[places] event_phrase_openers`` and an event word within
    three words after it (``vor dem Gipfel in A``, ``ahead of talks in A``, ``after talks
    with officials in A``: ``before``/``vor`` alone is often a place, ``vor dem Rathaus``).
    Alone such a place still places the event. Session 22 (h22-evplace): the
    fronted phrase's town beat the town the trigger's own preposition governs after it,
    as both scored the same and the first one won."""
    if not named or not (lex.own_time_openers or lex.event_phrase_openers):
        return
    starts = sorted(entry[1] for entry in named)
    inside = [
        # its own place preposition ("in A"), not a subject or an object
        bool(entry[5]) and _in_event_phrase(toks, entry[1], trig_i, lex, starts)
        for entry in named
    ]
    if not any(inside):
        return
    # every such place yields, also when the clause's other candidate is no name (``In the
    # capital, police arrested 40 students after protests in A``: the capital); alone, or
    # beside others of the same kind, the order among them stays
    for entry, hit in zip(named, inside, strict=True):
        if hit:
            entry[0] -= _NESTED_PENALTY


def _in_event_phrase(
    toks: Sequence[Token], idx: int, trig_i: int, lex: _Lexicon, starts: Sequence[int]
) -> bool:
    """Is the place at ``idx`` the first place of a phrase that tells an event of its own
    (:func:`_opened_event_phrase`)? ``starts`` are the token indices of the clause's
    places; the opener stands after the last of them before ``idx``, with no comma and not
    the trigger between it and the place."""
    before = [k for k in starts if k < idx]
    lo = before[-1] + 1 if before else 0
    for j in range(idx - 3, lo - 1, -1):
        if j < 0 or j <= trig_i < idx or "," in toks[j + 1].gap_before:
            return False
        if (toks[j].fold in lex.own_time_openers and toks[j + 1].fold in lex.determiners) or (
            toks[j].fold in lex.event_phrase_openers
            and any(
                lex.any_trigger.match(t.text) and (t.is_cap or not lex.nouns_capitalised)
                for t in toks[j + 1 : min(j + 4, idx)]
            )
        ):
            return True
        if "," in toks[j].gap_before:
            return False
    return False


def _border_yields(named: list[list], lex: _Lexicon) -> None:
    """A border line (the geoparser's ``border`` place: ``nahe der Grenze zu Polen``, ``near
    the Polish border``) yields to a point the same clause names (``Nahe der Grenze zu Polen
    stießen bei Görlitz zwei Züge zusammen``, ``collided near the Polish border at X``): the
    border only says where the town lies, and its point is somewhere along a line hundreds
    of kilometres long. Alone it still places the event. Session 19 (h19-events): before, a
    fronted border phrase beat the town after it."""
    if not any(entry[3].kind == "border" for entry in named):
        return
    if not any(
        entry[3].kind != "border" and _precision_of(entry[3], lex) == "point" for entry in named
    ):
        return
    for entry in named:
        if entry[3].kind == "border":
            entry[0] -= _NESTED_PENALTY


# how far from an area's point a town of the same country may lie for the area to be read
# as holding it (an island, a province or a district named in the same clause)
_HOLDS_KM = 150.0
# the most an area may lead a town it holds by (a feature word's and an island's weight): a
# town further behind yields for a reason of its own (an origin, a crime's place, ...)
_HOLDS_LEAD = 2.0


def _area_holds_town(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """An area and a town inside it in one clause, apart: ``Auf der Insel A ist vor dem
    Hafen von B eine Fähre gekentert``, ``In der Provinz A wurden ... in B getötet``, ``On the
    island of A a ferry capsized off the port of B``. The area says where the town lies;
    the town, in its own locative phrase, says where it happened, so the area yields.
    :func:`_nesting` reads the two side by side (``B auf der Insel A``); here any words may
    stand between, so the town must be of the area's country and lie within
    ``_HOLDS_KM`` of its point, and must trail the area only by what a feature word or the
    area's kind gives it (``_HOLDS_LEAD``): a town that yielded for a reason of its own (a
    charge, an origin, a protest's target) stays behind. The town's preposition is a place
    preposition, or an owner's (``von``, ``of``) right after a feature word (``dem Hafen
    von B``), not an origin's (``Flüchtlinge von B``). Session 21, round 3: German agency
    copy names the island or the state first and the town late."""
    towns = [
        entry
        for entry in named
        # a town in its own locative phrase, or one a feature word introduces with no
        # preposition or owner before it ("In der Provinz A haben Rebellen die Stadt B
        # eingenommen": the object; not "Bewohner der Stadt B": whose; session 24, round 2)
        if (entry[5] or _introduced_object(toks, entry[1], lex))
        and entry[3].role == "name"
        and _precision_of(entry[3], lex) == "point"
        and entry[3].lat is not None
        and entry[3].lon is not None
        and (
            entry[5] not in lex.origins
            or (
                entry[5] in lex.owner_prepositions
                and entry[1] >= 2
                and toks[entry[1] - 1].fold == entry[5]
                and _is_feature(toks[entry[1] - 2], lex)
            )
        )
    ]
    if not towns:
        return
    for area in named:
        p = area[3]
        if (
            not area[5]
            or p.role != "name"
            or _precision_of(p, lex) != "region"
            or p.lat is None
            or p.lon is None
        ):
            continue
        if any(
            town[3].country_code == p.country_code
            and 0 <= area[0] - town[0] <= _HOLDS_LEAD
            and geodesic_km(p.lat, p.lon, town[3].lat, town[3].lon) <= _HOLDS_KM
            for town in towns
        ):
            area[0] -= _NESTED_PENALTY


# how far apart two towns of "von A in B" must lie for B not to hold A (a district of a
# city, "aus Kreuzberg in Berlin", lies within it)
_APART_KM = 30.0


def _origin_then_town(before: list, after: list, toks: Sequence[Token], lex: _Lexicon) -> bool:
    """``Mitglieder der Gewerkschaft von A in B``, ``der Bürgermeister von A in B`` with
    nothing between: two towns, the first after an owner's preposition (``[places]
    owner_prepositions``) right after a noun (a language whose nouns are capitalised),
    more than ``_APART_KM`` apart. Then B does not hold A (as ``A in B`` of a district or a
    province does): A says whose, B where. Session 24, round 2 (h24-evplace): before, B
    yielded to A as a container does. Not after a verb (``lifted off from A in B``, where
    B may be a state read as its namesake town) nor for ``aus`` / ``from`` (a people's
    origin, which other rules read)."""
    a, b = before[3], after[3]
    k = before[1]
    if not lex.nouns_capitalised or k < 2 or toks[k - 1].fold not in lex.owner_prepositions:
        return False
    if not toks[k - 2].is_cap:
        return False
    if _precision_of(a, lex) != "point" or _precision_of(b, lex) != "point":
        return False
    if a.role != "name" or b.role != "name" or a.lat is None or b.lat is None:
        return False
    return geodesic_km(a.lat, a.lon, b.lat, b.lon) > _APART_KM


def _on_shared_island(a: Place, island: Place) -> bool:
    """``A auf der Insel B``, ``A on the island of B`` where B is an island of no one
    country (GeoNames gives Borneo, Hispaniola, Timor, New Guinea no country code) and A a
    resolved country or province: A lies on B, B holds several states, so A is the finer
    place (``in <state> auf der Insel <B>``, ``in <country>, on the island of <B>``,
    ``<province> on <B>``; session 25). An island of one country (``in Indonesia on the
    island of Java``) is inside that country and stays the finer place."""
    return (
        island.kind == "island"
        and not island.country_code
        and a.role == "name"
        and bool(a.country_code)
        and a.kind != "island"
    )


def _finer(a: Place, b: Place) -> bool:
    """Does ``a`` locate an event more precisely than ``b`` by its kind (a town than a
    province, a province than a country)?"""
    return (
        kind_info(_scoring_kind(a)).event_specificity
        > kind_info(_scoring_kind(b)).event_specificity
    )


def _modifiers(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """A place that only says what kind of feature the next name is: ``in the Black Sea
    port of X``, ``the Baltic Sea port of X``, ``the Red Sea town of X``. Only feature words
    (and ``of``) stand between the two; the first yields to the second, which takes its
    preposition (the phrase is one: ``in the <sea> port of <town>`` is in the town). A town
    before a country or a province (``the X district of Y province``) is the precise one:
    there the second, its container, yields."""
    named.sort(key=lambda c: c[1])
    for before, after in zip(named, named[1:], strict=False):
        between = toks[before[2] + 1 : after[1]]
        if not between or len(between) > 3:
            continue
        featured = False
        for tok in between:
            if any(pat.match(tok.text) for _, pat in lex.back_reference):
                featured = True
            elif tok.fold not in lex.transparent:
                break
        else:
            if featured and (
                _precision_of(before[3], lex) == "point" != _precision_of(after[3], lex)
                or _unit_in_country(before[3], after[3], lex)
            ):
                # "the Guzara district of Afghanistan's Herat province", "the Mestia district
                # of Georgia": a town's district in its country or province, the container
                # after "of" yields, as in "A in B"
                after[0] -= _NESTED_PENALTY
            elif featured:
                before[0] -= _NESTED_PENALTY
                if before[5] and not after[5]:
                    after[0] += 2
                    after[4], after[5] = before[4], before[5]


# how many lowercase words may stand between a possessive owner and the place it owns
# ("<country>'s remote <A> district", "<region>'s remote northern <A> district")
_OWNED_GAP = 2
# an owner before a finer unit: a country owns a province, a province its district
_OWNER_RANK = {"country": 0, "admin1": 1, "admin2": 2}


def _possessive_unit(named: list[list], toks: Sequence[Token]) -> None:
    """``in <region>'s <A> district``, ``in <region>'s <B> district``, ``<country>'s <C>
    county``: a province or a country right before a possessive owns the place after it
    (at most two lowercase words between); the owned place, finer and in the same country,
    is the precise one. The owner yields and passes it its preposition, as the container
    does in ``the X district of Y province`` (``_modifiers``). Session 26 (h26-even): with
    a unit word after the town (read as a district, ``_unit_reading``) the owner's
    preposition made the province win. ``<region>'s chief minister visited X``: the possessive
    owns a person, and more than two words stand between; a namesake abroad is not owned."""
    named.sort(key=lambda c: c[1])
    for before, after in zip(named, named[1:], strict=False):
        owner, owned = before[3], after[3]
        gap = toks[before[2] + 1 : after[1]]
        if (
            not toks[before[2]].fold.endswith(_POSSESSIVE_ENDINGS)
            or len(gap) > _OWNED_GAP
            or any(tok.is_cap or not tok.text.isalpha() for tok in gap)
            or owner.country_code is None
            or owner.country_code != owned.country_code
            or not (
                _finer(owned, owner)
                or _OWNER_RANK.get(owner.kind, 9) < _OWNER_RANK.get(owned.kind, 0)
            )
        ):
            continue
        before[0] -= _NESTED_PENALTY
        if before[5] and not after[5]:
            after[0] += 2
            after[4], after[5] = before[4], before[5]


def _unit_in_country(unit: Place, country: Place, lex: _Lexicon) -> bool:
    """``the Sylhet region of Bangladesh``, ``the Enga province of Papua New Guinea``: a
    region before the country that holds it (same country code) is the precise place, as a
    town is; so is a district before its province (``the Bokkos district of Plateau
    state``: an ``admin2`` before an ``admin1``). A sea before a town (``the Black Sea port
    of X``) is not a region and still yields."""
    if unit.country_code is None or unit.country_code != country.country_code:
        return False
    if unit.kind == "admin2" and country.kind == "admin1":
        return True
    return _precision_of(unit, lex) == "region" and _precision_of(country, lex) == "country"


def _measured_from(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """``The port city of A, about 100 km east of B, reported flooding``, ``A liegt rund 100
    Kilometer östlich von B und meldete Überschwemmungen``: B is where a distance or a
    direction is measured from, and A, a town named before it, is what the clause is about;
    B yields to A. A reference with no town before it still places the event (``a quake
    struck 40 km east of B`` is near B), and so does one after a country or a region.

    Session 21: what a reference yields to is a place the clause is about, not the end of a
    route (``Ein Güterzug von A nach B ist nördlich von C entgleist`` is by C: the pair only
    says where the train was going), and it yields to a point after it too when that point
    has a place preposition of its own that is no origin or goal (``Westlich von B prallten
    bei C zwei Lastwagen zusammen``, ``40 km north of B, at the village of C``): the writer
    measured from B to say where C lies, and C is where it happened."""
    named.sort(key=lambda c: c[1])
    refs = [entry for entry in named if _reference_point(entry[1], entry[5], toks, lex)]
    if not refs:
        return
    ends = _route_pair_starts(toks, lex) if lex.route_to_preps else frozenset()

    def about(other: list, ref: list) -> bool:
        if other in refs or other[1] in ends or _precision_of(other[3], lex) != "point":
            return False
        if other[1] < ref[1]:
            return True
        cue = other[5]
        return bool(cue) and cue not in lex.origins and cue not in lex.journey_preps

    for entry in refs:
        if any(about(other, entry) for other in named if other is not entry):
            entry[0] -= _NESTED_PENALTY


# the water kinds a distance from a town may narrow down ("in the Celtic Sea about 30 km
# south of X", "on the Irrawaddy about 40 km north of Y")
_WATER_KINDS = kinds_where("is_water")
# how many words may stand between a water body's name and the town measured from after it
# ("the Celtic Sea about 30 km south of X": five)
_WATER_REACH = 7


def _land_point(place: Place, lex: _Lexicon) -> bool:
    """Is ``place`` a town, a site or an island a ship at sea can be placed off (``vor
    Rügen``, ``south of Lampedusa``): a point, or an island (a region by its precision, but
    the coast a reader names); not a coast the geoparser built, not a province."""
    if place.role == "derived":
        return False
    return _precision_of(place, lex) == "point" or place.kind == "island"


def _water_measured_from(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """``sank in the Celtic Sea about 30 km south of X``, ``capsized on the Irrawaddy river
    about 40 km north of Y``, ``sank in der Nordsee rund 40 Kilometer vor Z``: a sea, a lake or
    a river followed by a town measured from by a distance or a direction gives the water
    body, and the distance from the town the finer place: a point a reader can map (within
    the distance), where the water body is an area hundreds of kilometres wide. The town
    then wins over the water body, as ``near X`` after it already does. Session 18
    (h18-events).

    Session 21: so does a point the clause puts the event near or off with a preposition
    of its own anywhere in the clause, not only right after the water (``In der Ostsee ist
    am Montag vor A ein Segelboot gekentert``, ``Vor A ist am Sonntag im Ärmelkanal eine
    Fähre ... zusammengestoßen``, ``a cargo ship caught fire in the Adriatic Sea on Monday
    off A``): a ship at sea is placed at the coast the text names, as the
    corpus's convention and ``in der Nordsee vor A`` already have it; the words between
    (a time, an auxiliary) do not make the point another scene. A town or an island (``in
    der Ostsee vor Rügen``), not a coast the geoparser built nor a province. Not a route's
    end (``on its way from A to B``), which says where the ship was going."""
    if not any(entry[3].kind in _WATER_KINDS for entry in named):
        return
    ends = _route_pair_starts(toks, lex) if lex.route_to_preps else frozenset()
    for water in named:
        if water[3].kind not in _WATER_KINDS:
            continue
        ref = next(
            (
                other
                for other in named
                if water[2] < other[1] <= water[2] + _WATER_REACH
                and _land_point(other[3], lex)
                and _reference_point(other[1], other[5], toks, lex)
                and not _far_offshore(toks, other[1], lex)
            ),
            None,
        ) or next(
            (
                other
                for other in named
                if other is not water
                and other[5] in lex.nested_near
                and other[1] not in ends
                and other[3].kind not in _WATER_KINDS
                and _land_point(other[3], lex)
                and not _far_offshore(toks, other[1], lex)
            ),
            None,
        )
        if ref is not None and water[0] >= ref[0]:
            water[0] = ref[0] - 0.5
        for other in named:
            # "in the Atlantic about 400 nautical miles off X": far out at sea, the water
            if other[3].kind not in _WATER_KINDS and _far_offshore(toks, other[1], lex):
                other[0] = min(other[0], water[0] - 0.5)


# nautical words between a number and its mile ("400 nautical miles", "400 Seemeilen")
_NAUTICAL = ("nautical", "see")
_KM_PER_NAUTICAL_MILE = 1.852


def _far_offshore(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the town at ``idx`` measured from by a distance beyond ``_REFINE_NEAR_KM`` (``in
    the Atlantic about 400 nautical miles off X``, ``rund 300 Seemeilen vor X``)? Then a
    ship on the water named in its clause is far out at sea, not at that coast: the water
    keeps the event (session 21, round 2; before, any point off which it lay won)."""
    at = _cue_index(toks, idx, lex)
    if at is None:
        return False
    for j in range(at - 1, max(at - 4, 0), -1):
        unit = toks[j].fold
        nautical = unit.startswith("seemeile") or (
            unit.startswith("mile") and toks[j - 1].fold.startswith(_NAUTICAL)
        )
        if unit not in lex.distance_units and not nautical:
            continue
        k = j - 2 if nautical and unit.startswith("mile") else j - 1
        m = _DISTANCE_NUMBER.fullmatch(toks[k].text) if k >= 0 else None
        if m is None:
            return False
        whole, part = m.group(1), m.group(2)
        value = (
            float(whole + (part or ""))
            if part is None or len(part) == 3
            else float(f"{whole}.{part}")
        )
        if nautical:
            value *= _KM_PER_NAUTICAL_MILE
        elif unit.startswith(("mi", "meil")):
            value *= _KM_PER_MILE
        return value > _REFINE_NEAR_KM
    return False


# how many words a direction may stand before the noun of a place it is measured from
# ("nördlich der bangladeschischen Hauptstadt", "north of the Kenyan capital")
_DIRECTION_REACH = 4


def _direction_before(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does a direction (``nördlich``, ``north``) stand within a few words before the place
    noun at ``i``, with only lower-case words (an article, ``of``/``von``, an adjective) or
    a capitalised adjective of English between (``north of the Kenyan capital``)? Then the
    place is a point measured from (session 13, h-evwde)."""
    for k in range(i - 1, max(-1, i - 1 - _DIRECTION_REACH), -1):
        if toks[k].fold in lex.directions:
            return True
        if lex.nouns_capitalised and toks[k].is_cap:
            return False  # a German noun between: another phrase
    return False


def _reference_point(idx: int, cue: str | None, toks: Sequence[Token], lex: _Lexicon) -> bool:
    """Is the place at ``idx`` measured from: right after a direction or a distance and its
    preposition (``east of``, ``östlich von``, ``100 km from``, ``30 Kilometer von``)? ``the
    south of X`` (an article before the direction) is a part of X, not a point measured from."""
    if cue is not None and cue in lex.directions:
        return True
    if idx < 2 or toks[idx - 1].is_cap:
        return False
    word = toks[idx - 2].fold
    if word in lex.distance_units:
        return True
    return word in lex.directions and not (idx >= 3 and toks[idx - 3].fold in lex.determiners)


def _other_predicate(
    named: list[list], toks: Sequence[Token], verb_at: int, lex: _Lexicon, seated: bool = False
) -> None:
    """``The ferry left the port of X and capsized off Y``, ``Die Fähre hatte in X abgelegt
    und kenterte vor Y``: a coordinator right before the trigger verb (an adverb such as
    ``then`` between) ends another predicate; its places are where that one happened, so
    they yield to the trigger's own. A ``seated`` trigger (``[places] seated``: ``postponed
    a visit to X and convened the cabinet``) never takes them: a body meets where it sits,
    not where the other predicate's trip was going."""
    at = verb_at - 1
    if at > 0 and toks[at].fold in lex.coordinators and toks[at].fold not in lex.conjunctions:
        at -= 1  # "and then capsized", "und dann kenterte"
    if at <= 0 or toks[at].fold not in lex.conjunctions:
        return
    if seated:
        named[:] = [entry for entry in named if entry[2] >= at]
        return
    for entry in named:
        if entry[2] < at:
            entry[0] -= _NESTED_PENALTY


# areas that hold places, below a country (admin1, admin2, province, state, ...)
_ADMIN_KINDS = kinds_where("contains_places") - kinds_where("strong")


def _beside(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> list[int]:
    """The tokens that say what kind of place the name at ``idx`` is: the word right after
    the name, and the word before it, past an ``of`` (``the province of X``, ``X Island``,
    ``die Insel X``)."""
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    near = [last + 1] if last + 1 < len(toks) else []
    if idx > 0:
        before = idx - 1
        if before > 0 and toks[before].fold in lex.transparent:
            before -= 1  # "the province of Isabela", "the island of X"
        near.append(before)
    return near


def _admin_reading(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> Place:
    """``in Naryn province``, ``the state of Guerrero``, ``in der Provinz Heraklion``: a name
    next to an administrative word (``[places] admin_words``) is the province, not a town of
    that name or one the geoparser preferred; its reading as an administrative area of the
    same country among the geoparser's alternatives is taken when there is one, else the
    place stays. The other way round, a bare name the geoparser read as a province that
    shares its name with a city of the same country (``im südpolnischen Opole``, ``in
    Opole``) is the city: without an administrative word the writer names the town, and a
    province's centre is no place anything happened at."""
    # a hyphenated compound ends in its head (``im US-Bundesstaat X``, ``the US-state of
    # X``): its last part is the administrative word (fifteenth session)
    admin = bool(
        lex.admin_words & {toks[j].fold.rsplit("-", 1)[-1] for j in _beside(toks, idx, place, lex)}
    )
    if place.kind in _ADMIN_KINDS:
        return place if admin else _city_reading(place)
    if not admin:
        return place
    name = place.mention.casefold()
    for alt in place.alternatives:
        if (
            alt.kind in _ADMIN_KINDS
            and alt.name.casefold() == name
            and alt.country_code == place.country_code  # not Puerto Rico's for the Philippines'
        ):
            return _as_reading(place, alt)
    return _unit_reading(place, lex)


def _unit_reading(place: Place, lex: _Lexicon) -> Place:
    """``im Landkreis Bautzen``, ``in the Bokkos district of Plateau state``: a town named
    with an administrative word, whose unit the gazetteer lacks (GeoNames as geomap ships
    it has no districts, counties or parishes outside the US), is read as the unit named
    after it: the town's point, as a district (``admin2``), so its precision is ``region``
    and a town the next sentence names inside it may still refine it. Why: the writer said
    the district, not the town; a district is named after its seat, so the seat's point is
    where the unit lies, but a reader would not put the event in the town itself. Only a
    town (``point`` precision): a mountain or a facility named with such a word stays."""
    if place.kind != "city" or _precision_of(place, lex) != "point":
        return place
    return replace(place, kind="admin2", alternatives=())


def _island_reading(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> Place:
    """``the island of X``, ``X Island``, ``vor der Insel X``: a name next to a word of an
    island (``[places.back_reference] island``) is the island, not a town of that name
    abroad the geoparser preferred; its island reading among the geoparser's alternatives is
    taken when there is one, else the place stays. As ``_admin_reading`` for provinces."""
    if place.kind == "island" or not place.alternatives:
        return place
    near = [toks[j].text for j in _beside(toks, idx, place, lex)]
    islands = [pat for kind, pat in lex.back_reference if kind == "island"]
    if not any(pat.match(w) for pat in islands for w in near):
        return place
    name = place.mention.casefold()
    for alt in place.alternatives:
        if alt.kind == "island" and alt.name.casefold() == name:
            return _as_reading(place, alt)
    return place


# how far a town may lie from the point of the region its adjective names ("im
# brandenburgischen Frankfurt" is Frankfurt (Oder), 130 km from Brandenburg's point), and how
# much nearer than the geoparser's reading it must be to replace it
_REGION_REACH_KM = 300.0
_NEARER = 0.5


def _adjective_reading(
    toks: Sequence[Token], idx: int, place: Place, places: Sequence[Place], lex: _Lexicon
) -> Place:
    """``im brandenburgischen Frankfurt``, ``im kanadischen London``, ``in der
    westukrainischen Stadt X``: an adjective of a region or a country right before the name
    (past feature words) says which of the name's readings is meant. A country's adjective
    takes the reading in that country; a region's the reading nearest its point, when it is
    within reach and much nearer than the geoparser's (which read the name alone)."""
    if not place.alternatives or place.lat is None or place.lon is None:
        return place
    j = idx - 1
    while j >= 0 and idx - j <= 1 + _FEATURE_SLACK and _is_feature(toks[j], lex):
        j -= 1
    if j < 0:
        return place
    adjective = next(
        (a for a in places if a.role == "adjective" and a.start <= toks[j].start < a.end), None
    )
    if adjective is None or not adjective.resolved or adjective.country_code is None:
        return place
    if adjective.kind == "country" or adjective.name == adjective.country_code:
        pick = next(
            (
                alt
                for alt in place.alternatives
                if place.country_code != adjective.country_code
                and alt.country_code == adjective.country_code
            ),
            None,
        )
    else:
        if adjective.lat is None or adjective.lon is None:
            return place
        here = geodesic_km(adjective.lat, adjective.lon, place.lat, place.lon)
        near = [
            (geodesic_km(adjective.lat, adjective.lon, alt.lat, alt.lon), k)
            for k, alt in enumerate(place.alternatives)
            if alt.kind == place.kind
        ]
        best = min(near, default=None)
        pick = (
            place.alternatives[best[1]]
            if best is not None and best[0] <= _REGION_REACH_KM and best[0] < here * _NEARER
            else None
        )
    if pick is None:
        return place
    return _as_reading(place, pick)


def _as_reading(place: Place, alt: Alternative) -> Place:
    """``place`` read as its alternative ``alt`` (a town's admin unit, a region's city):
    the mention stays, the reading is the other one, and no alternatives are kept."""
    return replace(
        place,
        name=alt.name,
        kind=alt.kind,
        country_code=alt.country_code,
        lat=alt.lat,
        lon=alt.lon,
        id=alt.id,
        alternatives=(),
    )


def _city_reading(place: Place) -> Place:
    """The city of the same name and country among a province's alternatives (``Opole``
    the city for the voivodeship), else the province."""
    name = place.mention.casefold()
    for alt in place.alternatives:
        if (
            alt.kind == "city"
            and alt.name.casefold() in (name, (place.name or "").casefold())
            and alt.country_code == place.country_code
        ):
            return _as_reading(place, alt)
    return place


def _opening_event_word(clause: _Clause, place: Place, lex: _Lexicon) -> bool:
    """Is the place a carrier's noun that opens its sentence (``Artillery units fired
    ...``: capitalised as the first word, not as a name)? Elsewhere a town of such a name
    stays (``in Van``)."""
    return place.start == clause.sentence.start and place.mention.casefold() in lex.event_words


def _based_at(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> bool:
    """Is the place at token ``idx`` where someone is based (``[places] based``): a word of
    that list right after the name (``ein in Tiflis ansässiger Journalist``, ``a Tbilisi
    based reporter``) or before its preposition (``a journalist based in Tbilisi``, ``eine
    Firma mit Sitz in Bremen``)? The event happened elsewhere."""
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    if last + 1 < len(toks) and lex.based.match(toks[last + 1].text):
        return True
    glued = toks[last].text[place.end - toks[last].start :]
    if glued.startswith("-") and lex.based.match(glued[1:]):
        return True  # "a Curitiba-based charity": one word with the name (session 18)
    k = idx - 1
    while k > 0 and toks[k].fold in lex.determiners:
        k -= 1
    return k > 0 and toks[k].fold in lex.prepositions and bool(lex.based.match(toks[k - 1].text))


def _named_before(head: Token, earlier: Sequence[Place]) -> Place | None:
    """The place of the latest sentence naming one before ``head`` (a name, not an
    adjective, not a country), that ``dort`` or ``there`` points to when no event before it
    has a place: the most specific of that sentence, the last of equals (``Das
    Raumfahrtzentrum X liegt in <territory>. Am Dienstag startete von dort eine Rakete`` is
    at the centre, not in the territory)."""
    named = [
        p
        for p in earlier
        if p.resolved and p.role == "name" and p.end <= head.start and p.kind != "country"
    ]
    if not named:
        return None
    last = named[-1].sentence
    same = [p for p in named if p.sentence == last]
    return max(reversed(same), key=lambda p: kind_info(p.kind).event_specificity)


def _named_after_event(
    head: Token, earlier: Sequence[Place], previous: _Raw, quotes: _Spans | None
) -> Place | None:
    """The place ``_named_before`` gives for ``dort`` / ``there`` when its sentence comes
    after the sentence of the event before and names a point (a town, a site), else None.
    A place inside a quotation is no antecedent (``"We saw this in X", a trader said``).

    Why: ``dort`` points to the place named last. The event before is usually where that
    place was named, but a sentence between them may name a town and report nothing geomap
    reads as an event (an arrival, a description: ``Refugees reached the town of X. Two
    aid workers were abducted there``): the town of that sentence is nearer than the
    event's place, which lies a sentence or a paragraph further back."""
    told = [p for p in earlier if quotes is None or not quotes.covers(p.start)]
    there = _named_before(head, told)
    if there is None or there.sentence <= previous.clause.sentence.index:
        return None
    if previous.place is not None and there.id == previous.place.id:
        return None
    return there if kind_info(there.kind).event_specificity >= _POINT_SPECIFICITY else None


def _told_in_event_phrase(text: str, place: Place, lex: _Lexicon) -> bool:
    """Is ``place`` named inside a phrase telling another event than the story's (``the
    worst since the 2019 floods in A``, ``seit den Protesten in A 2019``, ``after talks
    with officials in A``): a word of ``[places] event_phrase_openers`` with an event word
    within three words after it, among the five words before the place, no comma between?
    Such a place names the event compared with or gone before; a ``there`` of a later
    sentence does not point to it (session 23, h23-evplace). Reads the text, not tokens:
    the place stands in an earlier sentence than the clause being placed."""
    head = text[max(0, place.start - 80) : place.start]
    head = head.rsplit(",", 1)[-1].rsplit(".", 1)[-1]
    words = _WORD.findall(head)[-5:]
    for j, w in enumerate(words):
        if w.casefold() in lex.event_phrase_openers and any(
            lex.any_trigger.match(t) and (t[:1].isupper() or not lex.nouns_capitalised)
            for t in words[j + 1 : j + 4]
        ):
            return True
    return False


# a town's, a site's or an island's specificity (geomap.model.KindInfo); a province is 2
_POINT_SPECIFICITY = 3


def _story_country(head: Token, every: Sequence[Place]) -> str | None:
    """The country a bare ``the capital`` / ``die Hauptstadt`` means: that of the latest
    place named before it (``Kazakhstan's president condemned the attack in Almaty.
    Speaking in the capital, ...`` is Astana, not Almaty), passing over the neighbours a
    border phrase names (``Die Stadt liegt nahe der Grenze zu Polen und Litauen``, ``near
    the Malian border``): the country across a border is not the one the story is in."""
    across = _across_borders(every)
    return next(
        (
            p.country_code
            for p in reversed(every)
            if p.resolved
            and p.country_code
            and p.end <= head.start
            and p.role != "derived"
            and id(p) not in across
        ),
        None,
    )


# how many characters a coordinator between two names takes (", ", " and the ", " und der ")
_COORDINATION_GAP = 10


def _across_borders(every: Sequence[Place]) -> set[int]:
    """The ``id`` of the places a border phrase names as the other side: a country or a
    nationality adjective inside the geoparser's ``border`` place (``Grenze zu Polen``,
    ``the Malian border``, ``frontier with Mali``) and one coordinated right after it
    (``... zu Polen und Litauen``). Why the geoparser's span: it already read the phrase in
    both languages; the events only need to know which names lie inside it."""
    starts: dict[int, int] = {}  # where a border phrase starts -> where it ends
    for p in every:
        if p.kind == "border":
            starts[p.start] = max(p.end, starts.get(p.start, -1))
    if not starts:
        return set()
    across: set[int] = set()
    last_end = -1
    border_end = -1  # the end of the latest border phrase that started so far
    for p in every:  # sorted by start: one pass (a phrase and its first name share a start)
        border_end = max(border_end, starts.get(p.start, -1))
        if p.kind == "border":
            continue
        if p.kind not in ("country", "adjective") and p.role != "adjective":
            continue
        inside = p.end <= border_end
        if inside or (last_end >= 0 and 0 <= p.start - last_end <= _COORDINATION_GAP):
            across.add(id(p))
            last_end = p.end
    return across


def _hazard_object_capital(
    toks: Sequence[Token], i: int, lex: _Lexicon, hazard: bool, trig_i: int
) -> bool:
    """A capital phrase as the object of a hazard, with no preposition (``Ein Zyklon traf
    die Hauptstadt von Vanuatu``, ``a quake shook the Peruvian capital``): where it struck,
    as a country or a town that is such an object is. In a verb-second language the object
    stands before a participle or infinitive that ends the clause (``hat der Fluss mehrere
    Viertel der Hauptstadt überflutet``)."""
    after = i > trig_i or (lex.verb_second and trig_i == len(toks) - 1)
    return hazard and after and bool(lex.capital.match(toks[i].text))


def _own_site(p: Place, cue: str, places: Sequence[Place], lex: _Lexicon) -> bool:
    """Is a facility after a target preposition that also says where something stands
    (``[places] site_cues``: ``tested an engine at its Sohae station``, ``launched a
    satellite at the Jiuquan centre``) the launch's own site? It is unless the clause names
    another country than the facility's (``Iran fired missiles at <a base in Qatar>``: the
    base is the target)."""
    if cue not in lex.site_cues or p.kind != "facility":
        return False
    return all(
        q.country_code == p.country_code for q in places if q.resolved and q.kind == "country"
    )


def _object_reference(
    toks: Sequence[Token], i: int, lex: _Lexicon, kind_of: str | None, trig_i: int
) -> bool:
    """A definite kind noun as the object of an attack or a hazard, with no preposition
    (``Gunmen stormed the town``, ``Rebels shelled the village``, ``Bewaffnete überfielen das
    Dorf``): where it happened, the place of that kind named before (``[places]
    object_reference`` lists the event types)."""
    return (
        kind_of in lex.object_reference
        and trig_i < i <= trig_i + _OBJECT_REACH
        and toks[i - 1].fold in lex.determiners
        and any(pat.match(toks[i].text) for _, pat in lex.back_reference)
    )


def _owned_feature(toks: Sequence[Token], i: int, lex: _Lexicon, trig_i: int) -> bool:
    """A specific feature word (``[places] introduced_heads``) after the trigger as the
    owner of its object, with no preposition of place (``besuchte die überfluteten Viertel
    der Hafenstadt``, ``toured the flooded districts of the port city``): the object lies in
    that place, the one the same feature word introduced before. A German genitive article
    after a noun (``[grammar] genitive_determiners``) or ``of the`` says whose. Session 20."""
    n = _introduced_head(toks, i, lex)
    s = i - n + 1  # the feature's first word ("port" of "the port city")
    if not (n and trig_i < s and s >= 2):
        return False
    if toks[s - 1].fold not in lex.determiners:
        return False
    if toks[s - 2].fold in lex.owner_prepositions:
        return True
    return (
        lex.nouns_capitalised
        and toks[s - 1].fold in lex.genitive_determiners
        and toks[s - 2].is_cap
        and toks[s].is_cap
    )


def _introduced_head(toks: Sequence[Token], i: int, lex: _Lexicon) -> int:
    """How many words the specific feature word ending at ``toks[i]`` has (``[places]
    introduced_heads``): 1 for a German compound (``Hafenstadt``), 2 for ``port city``, 0
    when ``toks[i]`` ends none. Session 20, round 2: the English ones are written apart."""
    if lex.introduced_heads.match(toks[i].text):
        return 1
    if toks[i].fold not in lex.introduced_last:
        return 0
    for ph in lex.introduced_phrases:
        n = len(ph)
        if i + 1 >= n and all(toks[i - n + 1 + k].fold == w for k, w in enumerate(ph)):
            return n
    return 0


def _small_head(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does a word of a small place (``[places] small_heads``: ``small town``,
    ``Kleinstadt``, ``village``) end at ``toks[i]``? Its back reference is no country's
    capital (session 24, h24-evplace)."""
    return any(
        i + 1 >= len(ph) and all(toks[i - len(ph) + 1 + k].fold == w for k, w in enumerate(ph))
        for ph in lex.small_heads
    )


def _phrase_at(toks: Sequence[Token], i: int, phrases: Sequence[tuple[str, ...]]) -> bool:
    """Does one of ``phrases`` (case-folded words) start at ``toks[i]``?"""
    return any(
        i + len(ph) <= len(toks) and all(toks[i + k].fold == w for k, w in enumerate(ph))
        for ph in phrases
    )


# how far after its trigger an object kind noun may stand ("stormed the small town"; a
# German subject's attribute stands between: "ein Erdbeben der Stärke 5,2 die Region")
_OBJECT_REACH = 6


def _actor_countries(toks: Sequence[Token], lex: _Lexicon, places: Sequence[Place]) -> set[int]:
    """Where the clause names a country only as a person's nationality: a country or its
    adjective right before a title, past a possessive and one more word (``received
    Guyana's foreign minister in the capital``, ``empfing den peruanischen Außenminister in
    der Hauptstadt``). Such a country says whose the visitor is, not where the story is, so a
    bare capital after it is the story's (the dateline's, the place named before), not the
    visitor's. Session 18, round 2 (h18-events)."""
    found: set[int] = set()
    for p in places:
        if not (p.kind == "country" or p.role == "adjective"):
            continue
        k = next((n for n, t in enumerate(toks) if t.start >= p.end), None)
        if k is None:
            continue
        if toks[k].fold in ("'s", "’s", "s", "'", "’"):
            k += 1
        # a second titled person, after the clause's first one (the host): "President X
        # received Guyana's foreign minister"; "Uganda's president met ..." is the host's
        hosted = any(_is_title(t, lex) for t in toks if t.end <= p.start)
        if hosted and k < len(toks) and _is_title_next(toks, k, lex):
            found.add(p.start)
    return found


def _record_since(clause: _Clause, start: int | None, lex: _Lexicon) -> bool:
    """Is the "since" phrase at ``start`` a record (``[clauses] since_firsts`` right before
    the preposition: ``erstmals seit Jahren Gespräche geführt``, ``for the first time since
    2019``)? Then the event is the day's news, the first of its kind in a while, not the
    start of a span it has run through. Session 18, round 2 (h18-events)."""
    if start is None or not lex.since_firsts:
        return False
    k = clause.index_at(start)
    return 0 < k < len(clause.tokens) and clause.tokens[k - 1].fold in lex.since_firsts


def _capital_not_seat(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the capital noun at ``i`` one of trade, money or faith (``phrases_<lang>.toml``
    ``other_capital_words`` right before it: ``in Nigeria's commercial capital``, ``the country's
    financial capital``)? Then it names no seat of government, and the country's capital
    (Abuja for Lagos) would be a town the text never meant. Session 18 (h18-events)."""
    return i > 0 and toks[i - 1].fold in lex.capital_not_seat


def _regional_rank(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the capital word at ``i`` stand in a phrase of a region's capital named by its
    rank (``[places] regional_capitals``: ``in der Hauptstadt der Region``, ``the capital of
    the province``, ``in the county capital``)? Then it is no country's capital: the seat
    of the region named last is read after the events are told (:func:`_regional_capitals`;
    session 21, round 2: before, ``die Hauptstadt der Region`` was the country's capital)."""
    folds = [t.fold for t in toks]
    for ph in lex.regional_capitals:
        n = len(ph)
        for k in range(max(i - n + 1, 0), i + 1):
            if tuple(folds[k : k + n]) == ph:
                return True
    return False


def _capital_of(
    toks: Sequence[Token],
    i: int,
    lex: _Lexicon,
    places: Sequence[Place],
    every: Sequence[Place],
    home: str | None = None,
) -> Place | None:
    """``in der polnischen Hauptstadt``, ``the Uzbek capital``, ``Pakistan's capital``,
    ``the capital of Peru``: that country's capital (GeoNames' capitals), as named in the
    text when it is, else from GeoNames. A capital followed by its own name (``die
    Hauptstadt Kiew``) is not descriptive: the name is the place; a capitalised word after
    it that names no place is the clause's next noun (``in der nigerianischen Hauptstadt
    Sanktionen``), or a name the gazetteer lacks, which the capital is then too. A bare
    ``the capital`` with no country named before it is the dateline's (``home``: ``KANDY,
    Sri Lanka ... In the capital, teachers marched`` is Colombo's, not Kandy): the story is
    filed from that country."""
    after = toks[i + 1] if i + 1 < len(toks) else None
    if after is not None and after.is_cap:
        nxt = next((p for p in places if p.start == after.start), None)
        if nxt is not None and nxt.kind != "country":
            return None
    if _region_owns_capital(toks, i, lex, places):
        return None
    cc = None
    linked = after is not None and (
        after.fold in lex.transparent or after.fold in lex.capital_links
    )
    if after is not None and linked and i + 2 < len(toks):
        nxt = next((p for p in places if p.start == toks[i + 2].start), None)
        cc = nxt.country_code if nxt is not None and nxt.kind == "country" else None
    elif after is not None:
        nxt = next((p for p in places if p.start == after.start), None)
        cc = nxt.country_code if nxt is not None and nxt.kind == "country" else None
    for j in range(i - 1, max(i - 4, -1), -1):
        if cc is not None:
            break
        tok = toks[j]
        here = next((p for p in places if p.start <= tok.start < p.end), None)
        if here is not None and (here.role == "adjective" or here.kind == "country"):
            cc = here.country_code
        elif (code := _demonym(tok, lex)) is not None:
            cc = code
    if cc is None and i > 0 and toks[i - 1].fold in lex.determiners:
        # a bare "the capital" (not "the state capital", "the provincial capital"); a
        # visitor's country in the clause is not the story's (_actor_countries)
        visitors = _actor_countries(toks, lex, places)
        cc = _story_country(toks[i], [p for p in every if p.start not in visitors]) or home
    if cc is None:
        return None
    return _capital_place(cc, toks[i], every)


# how many lower-case words may stand between a capital's link word and its owner ("the
# capital of neighbouring B", "der Hauptstadt des benachbarten B")
_OWNER_REACH = 2


def _region_owns_capital(
    toks: Sequence[Token], i: int, lex: _Lexicon, places: Sequence[Place]
) -> bool:
    """Is the capital word at ``i`` owned by a place that is no country: a link word
    (``of``, ``von``, a German genitive article) and at most ``_OWNER_REACH`` lower-case
    words, then a resolved region or town (``In A, der Hauptstadt von B``, ``Helfer aus A,
    der Hauptstadt des benachbarten B``, ``the capital of neighbouring B``)? Then it is that
    region's seat, no country's capital (session 24, h24-evplace)."""
    if i + 1 >= len(toks):
        return False
    link = toks[i + 1].fold
    if not (
        link in lex.transparent or link in lex.capital_links or link in lex.genitive_determiners
    ):
        return False
    for j in range(i + 2, min(i + 3 + _OWNER_REACH, len(toks))):
        owner = next((p for p in places if p.start == toks[j].start), None)
        if owner is not None:
            return owner.resolved and owner.role == "name" and owner.kind != "country"
        if toks[j].is_cap:
            return False  # a noun of its own ("der Hauptstadt des Landes")
    return False


# a seat of state's capital: above a country (1) or a region (2) with its preposition, below
# a town (3) with its preposition
_SEAT_SCORE = 4.5
# how many words after a seat of state its country may stand ("Parlament in X")
_SEAT_REACH = 2


def _seat_capital(
    toks: Sequence[Token], i: int, lex: _Lexicon, places: Sequence[Place], every: Sequence[Place]
) -> Place | None:
    """``outside parliament``, ``vor dem Parlament``: a country's institution stands in its
    capital, so with no town named the event is there, not anywhere in the country. The
    country is one the clause names (``vor dem Parlament in X``), one an adjective or a
    genitive before the noun names (``outside the Kenyan parliament``), else the story's
    (the latest place named before). Only a bare noun or one after an article or a country
    word: ``the state parliament``, ``the regional parliament`` stand elsewhere; an
    adjective of ``seat_adjectives`` between keeps it bare (``at the presidential palace``).
    A German compound that opens with a word of ``seat_local`` (``Regionalministerium``,
    ``Landesparlament``) is a region's or a town's seat (session 24, round 2, h24-evde)."""
    fold = toks[i].fold
    if lex.nouns_capitalised and any(fold.startswith(w) and fold != w for w in lex.seat_local):
        return None  # "vor dem Regionalministerium", "Landesparlament": not the state's seat
    j = i - 1 if i > 0 and toks[i - 1].fold in lex.seat_adjectives else i
    if (
        j == i
        and i > 1
        and toks[i].fold in lex.seat_heads
        and toks[i - 1].fold not in lex.seat_local
        and toks[i - 2].fold in lex.determiners
    ):
        j = i - 1  # "the energy ministry": its field, still the state's seat
    bare = j == 0 or any(
        toks[j - 1].fold in words
        for words in (lex.determiners, lex.prepositions, lex.cues, lex.outside)
    )
    if not bare:
        before = next((p for p in places if p.start <= toks[i - 1].start < p.end), None)
        if before is None or not (before.kind == "country" or before.role == "adjective"):
            return None
        return _capital_of(toks, i, lex, places, every)
    reach = toks[min(i + _SEAT_REACH, len(toks) - 1)].end
    cc = next(
        (
            p.country_code
            for p in places
            if p.resolved
            and p.country_code
            and (p.kind == "country" or p.role == "adjective")
            # before the noun or right after it ("vor dem Parlament in X"), not a topic
            # further on ("outside parliament against a contract with X")
            and p.start < reach
        ),
        None,
    ) or _story_country(toks[i], [p for p in every if p.mention.casefold() not in lex.org_words])
    return _capital_place(cc, toks[i], every) if cc else None


def _embassy_capital(
    toks: Sequence[Token],
    i: int,
    lex: _Lexicon,
    places: Sequence[Place],
    every: Sequence[Place],
    dateline: tuple[int, int] | None,
) -> Place | None:
    """``rallied outside the Tajik embassy``, ``vor der russischen Botschaft``, ``outside
    the embassy of Japan`` (``[places] embassies``): a state's mission stands in the capital
    of the country it is in, never in its owner's, so the owner's name is no place of the
    event and the town named last (often in the owner's country) is not either. The owner
    is a country or its adjective right before the noun or after an ``of`` right after it;
    the host is the dateline's country when that is another one (the report is filed where
    the embassy is), else the country of the latest place named before that is not the
    owner's. No owner named: the noun says nothing (``the embassy said``)."""
    owner = None
    after = i + 2 if i + 2 < len(toks) and toks[i + 1].fold in lex.transparent else None
    for k in (i - 1, after):
        if k is None or k < 0:
            continue
        here = next((p for p in places if p.resolved and p.start <= toks[k].start < p.end), None)
        if (
            here is not None
            and here.country_code
            and (here.kind == "country" or here.role == "adjective")
        ):
            owner = here.country_code
            break
    if owner is None:
        return None
    named = [p for p in every if p.resolved and p.country_code and p.role != "derived"]
    host = next(
        (
            p.country_code
            for p in named
            if dateline is not None and dateline[0] <= p.start < dateline[1]
        ),
        None,
    )
    if host is None or host == owner:
        host = next(
            (
                p.country_code
                for p in reversed(named)
                if p.end <= toks[i].start and p.country_code != owner
            ),
            None,
        )
    return _capital_place(host, toks[i], every) if host else None


def _capital_place(cc: str, tok: Token, every: Sequence[Place]) -> Place | None:
    """The capital of country ``cc`` as named in the text (``every``) when it is, else
    from GeoNames' capitals, placed at ``tok`` (the word that described it)."""
    found = _capital(cc)
    if found is None:
        return None
    gid, name, lat, lon = found
    named = next((p for p in every if p.resolved and p.country_code == cc and p.name == name), None)
    if named is not None:
        return named
    return Place(
        mention=tok.text,
        start=tok.start,
        end=tok.end,
        sentence=-1,
        name=name,
        kind="city",
        country_code=cc,
        lat=lat,
        lon=lon,
        id=f"geonames:{gid}",
        source="context",
        confidence=0.6,
    )


def _capital(cc: str) -> tuple[int, str, float, float] | None:
    return capitals().get(cc)


def _feature_before(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does a feature word (``city``, ``port``, ``Stadt``: the back-reference nouns) stand
    right before token ``idx``, or before an ``of`` before it?"""
    j = idx - 1
    if j >= 0 and toks[j].fold in lex.transparent:
        j -= 1
    if j < 0:
        return False
    return any(pat.match(toks[j].text) for _, pat in lex.back_reference)


def _introduced_object(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does a feature word introduce the name at ``idx`` after an article that is no
    genitive's and no owner's (``die Stadt B``, ``the town of B`` as an object, not ``der
    Stadt B``, ``of the town of B``)? Session 24, round 2 (h24-evplace)."""
    if not _feature_before(toks, idx, lex):
        return False
    j = idx - 2 if toks[idx - 1].fold in lex.transparent else idx - 1
    if j < 1 or toks[j - 1].fold not in lex.determiners:
        return False
    own = lex.genitive_determiners | lex.owner_prepositions
    return toks[j - 1].fold not in own and (j < 2 or toks[j - 2].fold not in own)


def _feature_after(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> bool:
    """Does a feature word (``port``, ``city``, ``province``) follow the name at ``idx``
    (``the container terminals of Busan port``, ``the outskirts of Herat city``)? The name
    after ``of`` is then a place the phrase is about, as ``the port of X`` is, not part of
    an organisation's name (``Group of Seven``, ``the Bank of England``: no feature word
    after it)."""
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    return last + 1 < len(toks) and _is_feature(toks[last + 1], lex)


def _cue(
    toks: Sequence[Token], idx: int, lex: _Lexicon, skip: Set[int] = frozenset()
) -> str | None:
    """The place preposition before token ``idx``, if any (not across a time phrase). A
    feature word and the ``of`` after it do not count towards the window: ``off the
    southern Paraguayan city of X`` is as near its preposition as ``off southern X``."""
    at = _cue_index(toks, idx, lex, skip)
    return None if at is None else toks[at].fold


def _cue_index(
    toks: Sequence[Token], idx: int, lex: _Lexicon, skip: Set[int] = frozenset()
) -> int | None:
    """Where :func:`_cue`'s preposition stands (its token index), if there is one."""
    budget = _CUE_WINDOW
    for j in range(idx - 1, max(idx - 1 - _CUE_WINDOW - _FEATURE_SLACK, -1), -1):
        if j in skip:
            return None
        low = toks[j].fold
        if low in lex.cues or low in lex.outside or _scope_cue(toks, j, lex):
            return j
        if low in lex.prepositions and low not in lex.transparent:
            return None
        if low in lex.transparent or _is_feature(toks[j], lex):
            continue
        budget -= 1
        if budget == 0:
            return None
    return None


# how many words a decree's noun may stand from its scope's "für" / "for" ("verhängte für
# die Stadt eine nächtliche Ausgangssperre", "imposed a night curfew for the city")
_DECREE_REACH = 5


def _scope_cue(toks: Sequence[Token], j: int, lex: _Lexicon) -> bool:
    """Is the preposition at ``j`` a place's although it is none of ``[places] cues``: a
    decree's scope (``[places] decree_scopes`` within ``_DECREE_REACH`` words of a
    ``decree_nouns`` word, before an article or a name: ``verhängte eine Ausgangssperre für
    die Hauptstadt``, ``a curfew for the city``)? Before (session 24, round 2, h24-evplace)
    a curfew's town was passed over for the town named last."""
    if toks[j].fold not in lex.decree_scopes or j + 1 >= len(toks):
        return False
    after = toks[j + 1]
    if not (after.is_cap or (after.fold in lex.determiners and after.fold not in lex.indefinite)):
        return False  # "für drei weitere Provinzen": places of their own, not one named before
    lo, hi = max(j - _DECREE_REACH, 0), min(j + _DECREE_REACH + 1, len(toks))
    return any(lex.decree_nouns.match(toks[k].text) for k in range(lo, hi))


def _between_first_end(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the place at ``i`` the first end of a route (``[places] route_between`` right after
    a route noun: ``on the road between A and B``, ``auf der Straße zwischen A und der
    Grenze``)? Then its preposition makes it no partner (``talks between A and B``): it is a
    candidate as the second end is (session 24, round 2, h24-evplace; before, the border or
    the second end placed the event even when it was no town)."""
    return (
        i > 1
        and toks[i - 1].fold in lex.route_between
        and bool(lex.route_nouns.match(toks[i - 2].text))
    )


# the feature words and "of" a cue may reach across besides its window ("city of", "port")
_FEATURE_SLACK = 2


def _is_feature(tok: Token, lex: _Lexicon) -> bool:
    """Is ``tok`` a feature word (``city``, ``port``, ``Stadt``: the back-reference nouns)?"""
    return lex.any_feature.match(tok.text)


def _phrase_cue(
    clause: _Clause, toks: Sequence[Token], idx: int, lex: _Lexicon, skip: Set[int]
) -> str | None:
    """The place preposition of the substrate's noun phrase that holds token ``idx``: the
    locative phrase the place belongs to, however many modifiers stand between
    (``in der größten ostpolnischen Industriestadt X``); not across a time phrase."""
    phrase = clause.phrase_of(toks[idx])
    if phrase is None or phrase.preposition is None or phrase.preposition_start is None:
        return None
    if phrase.preposition not in lex.cues and phrase.preposition not in lex.outside:
        return None
    at = clause.index_at(phrase.preposition_start)
    if at >= len(toks) or toks[at].start != phrase.preposition_start:
        return None  # the preposition lies outside this clause
    if any(j in skip for j in range(at, idx)):
        return None
    return phrase.preposition


# how far back from a back-reference noun a border word may stand ("die Grenze zum
# Nachbarland", "the border with the neighbouring country")
_BORDER_REACH = 4


def _across_border(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the back-reference noun at ``i`` follow a border word and its preposition
    (``schloss die Grenze zum Nachbarland``, ``closed the border with the neighbouring
    country``: the geoparser's ``border_words``), past articles and adjectives? It names
    the country across the border, where the story is not, as a country named there does
    (``near the border with Mali``): no place of the event."""
    borders = place_lexicon(lex.lang).border_words
    for j in range(i - 1, max(i - 1 - _BORDER_REACH, -1), -1):
        low = toks[j].fold
        if low in lex.prepositions:
            return j > 0 and (
                toks[j - 1].fold in borders or any(toks[j - 1].fold.endswith(b) for b in borders)
            )
        if low in lex.determiners or not toks[j].is_cap or not lex.nouns_capitalised:
            continue
        return False
    return False


def _modifier_of_named_site(
    toks: Sequence[Token], i: int, places: Sequence[Place], lex: _Lexicon
) -> bool:
    """Whether the back-reference word at ``i`` only modifies the noun after it, a site the
    clause places by a locative of its own (``rallied outside the town hall in A``, ``the
    city hall in A``): the event's own place A is named, so the word points back to no town
    of an earlier sentence. A word followed by a preposition (``the town on Tuesday``) or
    with no place named after its noun stays a back reference, as does one whose place
    follows an origin (``the county jail from A``) (session 23, h23-guard)."""
    if i + 3 >= len(toks):
        return False
    noun, cue = toks[i + 1], toks[i + 2]
    if noun.is_cap or not noun.text.isalpha() or cue.fold not in lex.cues:
        return False
    if cue.fold in lex.origins:
        return False  # "leased the county jail from A": where it came from, not where it is
    if noun.fold in lex.prepositions or noun.fold in lex.cues or noun.fold in lex.transparent:
        return False
    starts = {t.start for t in toks[i + 3 : i + 5]}
    return any(
        p.start in starts and p.role == "name" and p.resolved and p.kind != "country"
        for p in places
    )


def _word_of_a_name(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the English back-reference word at ``i`` the first word of a capitalised name
    (``at the State Palace``, ``the Republic Square``, ``the State Department``): written
    with a capital inside its clause, a capitalised word after it? Then it names an
    institution or a site, not the country told before. Only where capitals mark names.
    Session 24 (h24-even): talks held at a capital's State Palace were placed in the
    visitor's country."""
    return (
        not lex.nouns_capitalised
        and 0 < i < len(toks) - 1
        and toks[i].is_cap
        and not toks[i].is_upper
        and toks[i + 1].is_cap
        and not toks[i + 1].is_upper
    )


def _back_reference(
    kind: str,
    head: Token,
    after: Sequence[Token],
    places: Sequence[Place],
    earlier: Sequence[Place],
    sentence_start: int | None = None,
    spoken: Set[int] = frozenset(),
    placed_at: Set[int] = frozenset(),
    unplaced_after: int = -1,
    own_day: Callable[[int], bool] | None = None,
) -> Place | None:
    """The latest place of ``kind`` named before ``head`` (in the country named after it).

    A head followed by a name of its own (``die Grenzstadt Belgorod``) points nowhere.
    ``sentence_start``: where the head's sentence begins; an area's head prefers a town of
    its own sentence named after the last region (see below). ``spoken``: the starts of
    places where an earlier statement or court action was made (:func:`_spoken_at`); an
    area's head passes over them when another place is left (``Ein Erdbeben erschütterte
    die Stadt A. Der Präsident rief in B den Notstand aus. Ein Nachbeben erschütterte die
    Region`` is A: the region around the scene, not around the capital that spoke).
    """
    country = None
    if after:
        nxt = next((p for p in places if p.start == after[0].start), None)
        if nxt is not None and nxt.kind != "country":
            return None
        country = nxt.country_code if nxt is not None else None
    named = [p for p in earlier if p.resolved and p.end <= head.start and p.role == "name"]
    before = _story_scenes(
        [p for p in named if p.kind == kind], placed_at, sentence_start, unplaced_after, own_day
    )
    if kind == "area":
        # "die Region", "the area": the region named last, else the place the story named
        # last (a town, an island, a volcano: "the region" is the area around it), never a
        # country (that is "das Land")
        scenes = [p for p in named if p.start not in spoken] or named
        # a region that only says where the town before it lies ("outside A in central
        # B", "A, B") is no area of its own: "the area" is around A (session 25)
        locators = _locator_regions(named, placed_at)
        scenes = [p for p in scenes if p.start not in locators] or scenes
        regions = [p for p in scenes if p.kind == "region"]
        towns = [p for p in scenes if p.kind != "country"]
        # "Nachdem Rebellen am Montag in X angegriffen hatten, ... in dem Gebiet": a town
        # of the head's own sentence, named after the last region, is nearer than a region
        # of an earlier paragraph (session 14, round 2)
        own = [
            p
            for p in towns
            if sentence_start is not None
            and p.start >= sentence_start
            and (not regions or p.start > regions[-1].start)
        ]
        before = own or regions or towns
    if country:
        before = [p for p in before if p.country_code == country] or before
    return before[-1] if before else None


_LOCATOR_GAP = 20
"""Characters at most between a town and the region right after it that says where the
town lies (``A in central B``, ``A, B``, ``A im Norden von B``)."""


def _is_point(p: Place) -> bool:
    """A town, a site or an island by its kind's specificity."""
    return kind_info(p.kind).event_specificity >= _POINT_SPECIFICITY


#: how many places before a region may be the town it locates (``A in central B``: one;
#: ``A, B`` after a list: a few), so a story's every region is not compared with all its
#: places (review of session 25, h25-mend)
_LOCATOR_PLACES = 3


def _locator_regions(named: Sequence[Place], placed_at: Set[int]) -> frozenset[int]:
    """The starts of the regions (a province, a state) of ``named`` that are named right
    after a town of their sentence that an event of the story took (``placed_at``), at most
    ``_LOCATOR_GAP`` characters on (``outside A in central B``, ``bei A im Norden von B``)?
    Such a region only locates the town, as the nesting of a clause's places reads it
    (:func:`_nesting`), and an area's back reference (``in the area``, ``in der Region``)
    means the town's surroundings, not the whole region (session 25, h25-evplace). One pass
    over ``named`` in text order, each region against the ``_LOCATOR_PLACES`` places
    before it."""
    ordered = sorted(named, key=lambda p: p.start)
    return frozenset(
        region.start
        for i, region in enumerate(ordered)
        if region.kind != "country"
        and not _is_point(region)
        and any(
            p.sentence == region.sentence
            and _is_point(p)
            and p.start in placed_at
            and 0 <= region.start - p.end <= _LOCATOR_GAP
            for p in ordered[max(0, i - _LOCATOR_PLACES) : i]
        )
    )


def _story_scenes(
    before: list[Place],
    placed_at: Set[int],
    sentence_start: int | None,
    unplaced_after: int = -1,
    own_day: Callable[[int], bool] | None = None,
) -> list[Place]:
    """The places of a back reference's kind an event of the story was placed in, when the
    latest place of that kind was named in an earlier sentence that placed no event there
    (``Miners clashed with police in A. The clashes were the worst since the unrest in B in
    2019. Police arrested 20 miners in the city``: A, not B). ``placed_at``: the starts of
    the places earlier events took, ``unplaced_after`` the start of the latest earlier
    event's clause that has no place yet. A place of the head's own sentence, one an
    unplaced event follows, or with no event placed anywhere of that kind, stays as named;
    so does a country or a province (only a town, a site or an island is passed over: on
    LGL, ``across the state`` after ``in Iraq or Afghanistan`` moved from one wrong country
    to another) (session 23, h23-evplace)."""
    if not before or not placed_at or before[-1].start in placed_at:
        return before
    if kind_info(before[-1].kind).event_specificity < _POINT_SPECIFICITY:
        return before  # a country or a province named in passing is often the story's own
    if sentence_start is not None and before[-1].start >= sentence_start:
        return before
    if own_day is not None and own_day(before[-1].sentence):
        # "On Tuesday mourners gathered in B for a funeral. Police arrested 20 people in
        # the city": a sentence with a day of its own, not in the past perfect, tells the
        # story's next happening though no event was read from it; B (session 24)
        return before
    if before[-1].start < unplaced_after:
        # an event told after that name took no place of its own yet (it is carried from
        # the places before it): the name is the story's ("erreichten ... die Grenzstadt A.
        # Am Dienstag kamen weitere an. ... in der Stadt")
        return before
    return [p for p in before if p.start in placed_at] or before


def _story_placed(raws: Sequence[_Raw], lex: _Lexicon) -> frozenset[int]:
    """The starts of the places the story's events took (``placed_at`` of
    :func:`_story_scenes`), without a flashback's: an event told in the past perfect
    (``[places] flashback_auxiliaries``, ``[clauses] pluperfect_ends``) with a verb trigger
    after an event of the story (``Youths burned a police station in A on Sunday. The driver
    had been arrested near B on Friday. The minister travelled to the town``: A, not B; in
    German ``Bereits im März hatten Arbeiter in B ... blockiert``). The flashback's town
    is then passed over as a town named with no event is (session 24, h24-evplace)."""
    out: set[int] = set()
    told = False
    for o in raws:
        folds = o.clause.reading.fold_set
        back = (
            told
            and o.pos == "verb"
            and (
                bool(folds & lex.flashback_auxiliaries)
                or any(set(ends) <= folds for ends in lex.pluperfect_ends)
            )
        )
        told = told or not back
        if o.place is not None and not back:
            out.add(o.place.start)
    return frozenset(out)


def _named_with_head(text: str, head: Token, earlier: Sequence[Place]) -> Place | None:
    """The latest place named before ``head`` whose name the same facility noun follows,
    at most one word between (``at the Busia border crossing`` ... ``at the same
    crossing``): the gazetteer knows the town, not the crossing, so no facility of that
    kind stands before (session 14)."""
    word = head.fold
    for p in reversed(earlier):
        if p.end > head.start or not p.resolved or p.role != "name":
            continue
        if word in _WORD.findall(text[p.end : p.end + 40].casefold())[:2]:
            return p
    return None


def _introduced_with_head(
    text: str, head: Sequence[Token], earlier: Sequence[Place]
) -> Place | None:
    """The latest place named before ``head`` (the feature word's tokens) that the same
    feature word introduced, at most two words between (``vor der Küste der Hafenstadt
    Obock``, ``the port city of <X>``): a back reference by a specific feature word
    (``[places] introduced_heads``) means that place, not a town named since in an
    attribution (``wie die IOM in Genf mitteilte``)."""
    words = [t.fold for t in head]
    n = len(words)
    for p in reversed(earlier):
        if p.end > head[0].start or not p.resolved or p.role != "name":
            continue
        before = _WORD.findall(text[max(p.start - 60, 0) : p.start].casefold())[-(n + 2) :]
        if any(before[k : k + n] == words for k in range(len(before) - n + 1)):
            return p
        if text.startswith(",", p.end):
            # "in B, einer Kleinstadt im Norden", "in B, a small town in the north": the
            # same words in an apposition after the name introduce it too (session 24)
            after = _WORD.findall(text[p.end : p.end + 40].casefold())[: n + 1]
            if any(after[k : k + n] == words for k in range(len(after) - n + 1)):
                return p
    return None


def _elapsed_before(toks: Sequence[Token], start: int, lex: _Lexicon) -> bool:
    """Does a time unit stand right before ``start`` ("ten years after the flood", "zwei
    Tage nach dem Beben")? Then the phrase counts from that event, it does not report it."""
    before = [t for t in toks if t.end <= start][-2:]
    return any(t.fold in lex.elapsed_units for t in before)


def _event_spans(
    clause: _Clause, spans: Sequence[TimeSpan], doc: Document, lex: _Lexicon
) -> tuple[list[tuple[TimeSpan, str | None]], set[int]]:
    """Time spans of the clause, with the event type an ``event`` span points to, and the
    token indices the spans cover (not actors, not triggers)."""
    out: list[tuple[TimeSpan, str | None]] = []
    covered: set[int] = set()
    lo = bisect.bisect_left(spans, clause.start, key=lambda sp: sp.start)
    hi = bisect.bisect_left(spans, clause.end, key=lambda sp: sp.start)
    gaps = _gaps(clause, doc.text) if lo < hi else []
    dated = any(sp.kind != "event" for sp in spans[lo:hi])
    for span in spans[lo:hi]:
        if any(a <= span.start < b for a, b in gaps):
            continue  # a time of the relative clause taken out of it (_split_relative)
        if span.kind == "event" and dated and span.text.split()[0].casefold() in lex.during_words:
            # "An explosion shook X on Monday during a drone attack": the clause has its
            # day; the phrase tells how the event came about, and its noun says the kind
            continue
        if span.kind == "event" and dated and _opens_after_clause(span, lex):
            # "nachdem die Rebellen am Montag einen Posten angegriffen hatten": the
            # conjunction opens a clause with a day of its own; its noun is the subject
            continue
        end = min(span.end, clause.end)
        ref_type = None
        if span.kind == "event":
            ref_type, end = _event_noun(doc.text, span.start, end, lex)
            if ref_type is None or _noun_with_verb(clause, span, end, lex):
                continue
            span = TimeSpan(span.start, end, doc.text[span.start : end], "event")
        out.append((span, ref_type))
        # the tokens starting in [span.start, end): the starts are sorted
        starts = clause.starts
        covered.update(
            range(bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, end))
        )
    return out, covered


def _opens_after_clause(span: TimeSpan, lex: _Lexicon) -> bool:
    """Does a relative span start with a conjunction that opens a clause (``[clauses]
    after_clause_openers``: ``nachdem``), not a preposition (``nach dem Brand``)? Such a
    span with a day after it in its clause is the clause's subject, no time to count from
    (session 22, round 2, h22-evde)."""
    words = span.text.split()
    return bool(words) and words[0].casefold() in lex.after_clause_openers


def _noun_with_verb(clause: _Clause, span: TimeSpan, end: int, lex: _Lexicon) -> bool:
    """``plunged into the river after a landslide hit it``, ``after a bomb had exploded``:
    the event noun of an ``after`` phrase is the subject of a verb of its own (an auxiliary,
    a trigger verb or a carrier right after it), so the phrase opens a clause that tells
    its own event, not a time the main event counts from. Only a phrase that starts with
    its relation word (``a day after an air strike killed four`` counts from the strike),
    and only where the subject stands before its verb: after a fronted phrase a
    verb-second language puts the main verb (``Nach dem Erdbeben stürzte ... ein``)."""
    if lex.verb_second or span.text.split()[0].casefold() not in lex.relation_words:
        return False
    k = bisect.bisect_left(clause.starts, end)
    if k >= len(clause.tokens):
        return False
    nxt = clause.tokens[k]
    readings = lex.first_word_triggers(nxt.text)
    if any(t.pos == "noun" for t in readings):
        return False  # "after a drone strike": the second word of the noun
    return (
        nxt.fold in lex.auxiliaries
        or bool(lex.carriers_of(nxt.text))
        or any(t.pos == "verb" for t in readings)
    )


def _gaps(clause: _Clause, text: str) -> list[tuple[int, int]]:
    """The stretches of text between two neighbouring words of a clause that hold words of
    their own: a clause part with words taken out (_split_relative)."""
    toks = clause.tokens
    # one search in C per gap (``[^\W_]``: a word character but the underscore, which is
    # what ``str.isalnum`` tells of a character) instead of a Python step per character
    return [
        (a.end, b.start)
        for a, b in zip(toks, toks[1:], strict=False)
        if _ALNUM.search(text, a.end, b.start) is not None
    ]


_ALNUM = re.compile(r"[^\W_]")


def _event_noun(text: str, start: int, end: int, lex: _Lexicon) -> tuple[str | None, int]:
    """The first trigger noun in a relative span ("vor dem Treffen von ...") and where the
    span should end: after that noun and a following "von/of X und Y"."""
    toks = word_units(text, start, end)
    for k, m in enumerate(toks):
        if (
            k > 0 and m.fold in lex.anchor_nouns and toks[k - 1].fold in lex.anchor_determiners
        ):  # "vor den Schüssen": a noun of no trigger, one told before
            return lex.anchor_nouns[m.fold], m.end
        if _past_other_head(toks, k, lex):
            return None, end  # "vor dem Parlament zu einer Mahnwache": a place, no relation
        if k == 0 or not lex.any_trigger.match(m.text):
            continue
        for trig in lex.first_word_triggers(m.text):
            # one word, or a noun of two words that follow one another ("air strike")
            n = len(trig.words)
            if (
                trig.pos == "noun"
                and n <= 2
                and k + n <= len(toks)
                and all(w.match(toks[k + j].text) for j, w in enumerate(trig.words))
            ):
                if lex.nouns_capitalised and not m.is_cap:
                    continue
                stop = toks[k + n - 1].end
                joined = False  # the last word was "von"/"und": a name may follow
                for nxt in toks[k + n :]:
                    if nxt.fold in _EVENT_COMPLEMENT:
                        joined = True
                    elif joined and nxt.is_cap:
                        stop, joined = nxt.end, False
                    else:
                        break
                return trig.type, stop
    return None, end


def _past_other_head(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Is token ``k`` of a relative span a preposition, before an indefinite article, after
    the span's head noun, a noun that names no event (``vor dem Parlament zu einer
    Mahnwache``, ``vor der Botschaft bei einer Kundgebung``)? Then the span's ``vor``/``nach``
    opened a place before a building, and the new (indefinite) event noun further on is the
    clause's own event, not one it counts from (``nach der Meldung über den Start`` counts
    from the launch told before: a definite complement of the head). (Before,
    a protest told earlier made ``zu einer Mahnwache`` a reference to it, and the vigil was
    lost). Only where nouns are capitalised (German), so the head is known without a
    parser; ``von``/``und``/``mit`` join a complement (``nach dem Ende von Protesten``).
    Session 23, h23-evde."""
    if not lex.nouns_capitalised or k < 2 or toks[k].fold not in lex.prepositions:
        return False
    if toks[k].fold in _EVENT_COMPLEMENT:
        return False
    if k + 1 >= len(toks) or toks[k + 1].fold not in lex.indefinite:
        return False  # "nach der ersten Meldung über den Start": the report of a told launch
    rel = next((j for j in range(k) if toks[j].fold in lex.relation_words), None)
    return rel is not None and any(
        toks[j].is_cap and not lex.any_trigger.match(toks[j].text) for j in range(rel + 1, k)
    )


def _resolve_time(
    value: TimeValue | None, anchor: date | None, precision: str | None
) -> tuple[str | None, str | None, str | None]:
    """(date, precision, date_text) of a directly resolvable time value."""
    if value is None:
        return None, None, None
    if value.date:
        return value.date, value.precision, value.text
    if value.weekday is not None and anchor is not None and precision == "month":
        return None, "month", f"{value.text} (only the month {anchor:%Y-%m} is known)"
    if value.month:
        return None, "month", f"{value.text} ({value.month})"
    return None, value.precision, value.text


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


def _part_of_named_town(
    toks: Sequence[Token], i: int, places: Sequence[Place], lex: _Lexicon
) -> bool:
    """Is ``toks[i]`` a part of a town (``[places] city_parts``: ``die Innenstadt``, ``die
    Altstadt``) in a clause that names a town itself before it (``in <B> zogen Hunderte
    Menschen durch die Innenstadt``, after ``In <A> protestierten ...,``)? Then it is
    that town's part, not a pointer back to the town told before it. Session 25 (h25-evde)."""
    if toks[i].fold not in lex.city_parts:
        return False
    start, at = toks[0].start, toks[i].start
    return any(
        p.role == "name" and p.resolved and p.kind == "city" and start <= p.start < at
        for p in places
    )


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


def _recast(
    trig: _Trigger, clause: _Clause, trig_i: int, lex: _Lexicon, st: _State | None = None
) -> _Trigger:
    """The kind who did it, and to whom, makes (``[[recast]]``): ``Randalierer plünderten
    Geschäfte``, ``rioters ransacked shops`` are riots, not the looting a strategic
    development is; ``gunmen attacked a village`` is an attack on civilians, not remote
    violence; ``police raided an office`` is a strategic development. The doer (and the
    target, where the entry names targets) are words of the clause other than the trigger;
    an entry with ``words`` applies to those triggers only, one with ``subject`` needs the
    doer as the subject (before the trigger, or right after it in a verb-second language);
    without them the kind stays. An entry with ``sentence`` also reads the doer in the other
    clauses of the sentence (what exploded while drones attacked). An entry without
    ``nouns`` asks only for its target, whoever did it (``ein Hilfskonvoi wurde
    beschossen``, ``opened fire on a bus carrying pilgrims``: the target says that
    civilians were attacked); one with ``unless`` does not apply when a word of the clause
    matches it (a drone, a shell: remote violence keeps its kind)."""
    name = f"{trig.type}.{trig.sub_kind}" if trig.sub_kind else trig.type
    result: list[str] | None = None  # the words of a result participle clause, read once
    for froms, kind, sub, nouns, targets, words, subject, sentence, passive, unless in lex.recast:
        if name not in froms or (words is not None and not words.match(clause.tokens[trig_i].text)):
            continue
        if unless is not None and any(
            unless.match(t.text) for t in [*clause.before, *clause.tokens]
        ):
            continue
        if passive and nouns is not None:
            if _passive_subject(clause, trig_i, nouns, lex):
                return replace(trig, type=kind, sub_kind=sub)
            continue
        # a coordinated part shares the parts before it ("Randalierer plünderten Geschäfte
        # und steckten Autos in Brand", "bei Unruhen geplündert und in Brand gesteckt")
        shared = [t.text for t in clause.before]
        others = [*shared, *(t.text for k, t in enumerate(clause.tokens) if k != trig_i)]
        doers = others
        if sentence and st is not None:
            doers = [*others, *(t.text for c in st.neighbours(clause) for t in c.tokens)]
        if subject:
            after = clause.tokens[trig_i + 1 : trig_i + 4] if lex.verb_second else []
            doers = [
                *shared,
                *(t.text for t in [*clause.tokens[:trig_i], *after]),
                *_passive_agent_words(clause.tokens, trig_i, lex),
            ]
        if targets is not None and result is None:
            result = _result_words(clause, st) if st is not None else []
        if (nouns is None or any(nouns.match(w) for w in doers)) and (
            targets is None
            or any(targets.match(w) for w in shared)
            or any(
                targets.match(t.text) and not _in_origin(clause.tokens, k, lex)
                for k, t in enumerate(clause.tokens)
                # the doer read before an English verb, its target after it: "Police said
                # three were killed when gunmen opened fire on a bar" hit no police
                # (session 15, round 2)
                if k > trig_i or k < trig_i and not (subject and not lex.verb_second)
            )
            # the attack's result told after a comma ("Insurgents attacked the town of X,
            # burning dozens of homes", "..., killing four soldiers"): its victims are the
            # attack's targets (session 15)
            or any(targets.match(w) for w in result or ())
        ):
            return replace(trig, type=kind, sub_kind=sub)
    return trig


def _result_words(clause: _Clause, st: _State) -> list[str]:
    """The words of the participle clause right after the clause in its sentence, when an
    English ``-ing`` form opens it (``..., burning dozens of homes``, ``..., killing four
    soldiers``): what the clause's act did, so whom it hit. Empty otherwise, and in a
    language that writes its nouns with a capital (no such participle clause). Session 15."""
    if st.lex.nouns_capitalised:
        return []
    nxt = min(
        (c for c in st.neighbours(clause) if c.start >= clause.end),
        key=lambda c: c.start,
        default=None,
    )
    if nxt is None or not nxt.tokens:
        return []
    first = nxt.tokens[0].text
    if not (first.islower() and first.isalpha() and first.endswith("ing") and len(first) > 5):
        return []
    return [t.text for t in nxt.tokens]


def _passive_subject(clause: _Clause, trig_i: int, nouns: _Glob, lex: _Lexicon) -> bool:
    """Is one of ``nouns`` the subject of the clause's passive (``A soldier was shot dead``,
    ``ist ein Soldat ... erschossen worden``): a passive auxiliary in the clause, the noun
    before the trigger and not right after an agent word (``von Soldaten erschossen``)?"""
    toks = clause.tokens
    if not lex.passive.intersection(t.fold for t in toks):
        return False
    return any(
        nouns.match(toks[k].text) and not (k > 0 and toks[k - 1].fold in lex.passive_agents)
        for k in range(trig_i)
    )


def _sea_beside(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the place at ``idx`` the reference point of a sea's stretch (``into the sea east
    of Hamhung``, ``into waters west of X``, ``ins Meer östlich von X``): a direction
    (``[places] directions``) right before it, past ``of`` or an article, and a sea noun
    (``[places.back_reference] sea``) right before the direction? Then it says where a
    missile came down, not where it was fired from (session 12, h-evdev: the launch then
    takes its site from the sentences around it, else its state)."""
    j = idx - 1
    while j >= max(0, idx - 2) and (
        toks[j].fold in lex.transparent
        or toks[j].fold in lex.determiners
        or toks[j].fold in lex.prepositions  # "östlich von X"
    ):
        j -= 1
    if j < 1 or toks[j].fold not in lex.directions:
        return False
    sea = toks[j - 1]
    return any(kind == "sea" and pat.match(sea.text) for kind, pat in lex.back_reference)


def _in_origin(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does word ``k`` stand in a phrase of where something came from (``[places]
    origins``: ``fired two missiles from a base near X``, ``vom Stützpunkt X``), past at
    most two articles or adjectives? Then it is where the launch was, not its target. The
    words of a name count as one (session 12: ``launched a Falcon 9 rocket from Vandenberg
    Space Force Base``: the base is the site, not a target), up to ``_ORIGIN_NAME`` of them."""
    plain = 0
    for j in range(k - 1, max(k - 4 - _ORIGIN_NAME, -1), -1):
        if toks[j].fold in lex.origins:
            return True
        if toks[j].fold in lex.prepositions:
            return False
        if not toks[j].is_cap or lex.nouns_capitalised:
            plain += 1
            if plain == 3:
                return False
    return False


# how many capitalised words of a name may stand between an origin word and a site noun
_ORIGIN_NAME = 4


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


def _bracketed_country(
    toks: Sequence[Token], country: Place, idx: int, places: Sequence[Place]
) -> bool:
    """Is the country at ``idx`` in brackets right after a place of its own (``Behörden in
    Mosul (Irak) nahmen ...``, ``bei Peshawar (Pakistan)``)? German copy names a town's
    country so; it only says where the town lies and is no candidate of its own: when the
    town yields (a speaker's or an origin's town), the country, scored by the same
    preposition, took its place (session 18, round 2, the event-site probe). The caller
    drops it after :func:`_nesting`, which reads ``A (Land) nahe B`` with it."""
    if idx < 1 or toks[idx].gap_before.strip() != "(":
        return False
    end = toks[idx - 1].end
    return any(
        q is not country
        and q.resolved
        and q.kind != "country"
        and q.end == end
        and q.country_code == country.country_code
        for q in places
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


# time expressions that name a day of their own (one binding: an earlier second one,
# with "dayrange" and without "lastnight", was overridden at import and never in effect)
_DAY_KINDS = frozenset(
    {"date", "numeric", "day", "weekday", "night", "ago", "lastnight", "monthday"}
)


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


#: the times since which a toll counts that are the day (or week) its event began
# time spans of a month or more: a count since one is a running count in any past tense
_LONG_SPAN_KINDS = frozenset(
    {"year", "yearpart", "month", "lastmonth", "monthsago", "yearsago", "half"}
)


def _since_a_long_span(clause: _Clause, lex: _Lexicon, times: Sequence[TimeSpan]) -> bool:
    """``Seit Jahresbeginn starben ... 80 Menschen``: a count since a month or a year is a
    running count also in the simple past, which German wire copy uses for it as often as
    the perfect (``sind ... gestorben``). Only a span the since word opens (``seit``, the
    word before it or its own first word); a recent day stays with the perfect rule and
    :func:`_toll_since_its_day`. Session 15, round 2, h15-evde."""
    toks = clause.tokens
    for sp in times:
        if sp.kind not in _LONG_SPAN_KINDS or not clause.start <= sp.start < clause.end:
            continue
        first = sp.text.split()[0].casefold() if sp.text.split() else ""
        before = [t.fold for t in toks if t.end <= sp.start][-1:]
        if first in lex.since_prepositions or (before and before[0] in lex.since_prepositions):
            return True
    return False


_SINCE_DAY_KINDS = frozenset(
    {"date", "numeric", "day", "weekday", "night", "ago", "monthday", "lastweek", "weekend"}
)


def _toll_since_its_day(
    clause: _Clause, trig_i: int, trig: _Trigger, lex: _Lexicon, times: Sequence[TimeSpan]
) -> bool:
    """``In Bangladesch sind bei Überschwemmungen seit Montag 30 Menschen gestorben``: a
    toll counted since a recent day (a weekday, a date, last week) is the toll of an event
    the clause names by its noun, which began that day; it is the news, not a running count
    (``Seit Januar wurden ... getötet``, a month or a year, stays background; so does a
    toll with no event noun, ``Seit Montag wurden 40 Menschen getötet``). Session 14,
    h-evde. A state a carrier names (``[clauses] passive_states``, no passive ``worden``:
    ``In einer Kohlemine sind seit Sonntag sieben Bergleute eingeschlossen``) began that day
    too: the accident, not a count (session 24, h24-evde)."""
    tok = clause.tokens[trig_i]
    if lex.casualty.match(tok.text):
        return False
    state = tok.fold in lex.passive_states and lex.passive.isdisjoint(clause.reading.fold_set)
    if not state and trig.pos != "noun" and not _is_trigger_noun(tok, trig.type, lex):
        return False  # a carrier's noun ("bei Überschwemmungen ... gestorben") counts too
    return any(
        (
            sp.kind in _SINCE_DAY_KINDS
            # a part of the report's month ("seit Mitte des Monats"): as recent as a day
            # (session 15, h15-evde)
            or (sp.kind == "month" and part_of_this_month(sp.text, lex.lang))
        )
        and clause.start <= sp.start < clause.end
        for sp in times
    )


def _since_clause_event(
    clause: _Clause, trig_i: int, trig: _Trigger, lex: _Lexicon, times: Sequence[TimeSpan]
) -> bool:
    """``More than 40,000 people have fled their homes since the river burst its banks on
    Tuesday``: the trigger is the verb of the clause a since word opens, with a subject
    between them, the perfect of the running count before the since word and a recent day
    (a weekday, a date, last week) after it. The count runs from that event, which is the
    news of its day (``Since January, 45 people have been killed``, a perfect after the
    since word, and ``Prices have risen since the war broke out in 2022``, a year, stay
    background). Session 25, round 2, h25-even."""
    tok = clause.tokens[trig_i]
    if trig.pos == "noun" or lex.casualty.match(tok.text):
        return False
    lows = clause.reading.folds
    since = next((k for k in range(trig_i - 2, -1, -1) if lows[k] in lex.since_prepositions), None)
    if since is None or any(lows[j] in lex.perfect for j in range(since + 1, trig_i)):
        return False
    if not any(w in lex.perfect for w in lows[:since]):
        return False
    start = clause.tokens[since].end
    return any(sp.kind in _SINCE_DAY_KINDS and start <= sp.start < clause.end for sp in times)


def _toll_phrase(clause: _Clause, trig_i: int, lex: _Lexicon) -> tuple[int, int] | None:
    """``The death toll from floods in X rose to 45 on Tuesday``, ``Die Zahl der Toten nach
    dem Erdbeben in X stieg am Dienstag auf 19``: the trigger names the event a toll update
    counts (a toll phrase of ``[clauses] tolls`` and a ``toll_prepositions`` word at most
    five words before it, a ``toll_rises`` verb in the clause). The character span of the
    toll phrase, from its first word to the rising verb after it (a verb before it, German
    ``Am Dienstag stieg die Zahl der Toten nach ...``: an empty span); None for any other
    clause. Only a time inside the span is the event's own (``the death toll from Sunday's
    crash``, ``from a fire that swept through X on Saturday``): the update's day says when
    the dead were counted, not when the event happened (product decision, session 15,
    round 3)."""
    if not lex.tolls:
        return None
    toks = clause.tokens
    lows = clause.reading.folds
    for p in range(trig_i - 1, max(trig_i - 6, 0), -1):
        head = _toll_head(lows, p, lex)
        if not head:
            continue
        start = toks[p - head].start
        if not any(w in lex.toll_rises for w in lows) or _ongoing_words(lows, lex):
            # no rise; or a running count ("rose on Tuesday to 400 this year", "seit"):
            # statistics (_background), no event's toll
            return None
        # the rising verb, or the auxiliary of its perfect ("ist am Donnerstag auf 21
        # gestiegen", "has risen"), ends the toll phrase
        rise = next(
            (
                k
                for k in range(trig_i + 1, len(toks))
                if lows[k] in lex.toll_rises or lows[k] in lex.perfect
            ),
            None,
        )
        if rise is not None:
            return start, toks[rise].start
        if any(w in lex.toll_rises for w in lows[: p - head]):
            return start, start
        return None
    return None


def _ongoing_words(lows: Sequence[str], lex: _Lexicon) -> bool:
    """A word or a pair of ``[clauses] ongoing`` in the clause (``so far``, ``this year``,
    ``seit``): a count running up to now."""
    return bool(lex.ongoing & {*lows, *(f"{a} {b}" for a, b in zip(lows, lows[1:], strict=False))})


def _running_toll(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """A toll phrase right before the event noun in a clause counting up to now (``The
    death toll from attacks in X has risen to 300 so far this year``): the toll of many
    events over a span, statistics, no event (session 15, round 3)."""
    return (
        bool(lex.tolls)
        and any(_toll_head(lows, p, lex) for p in range(trig_i - 1, max(trig_i - 6, 0), -1))
        and _ongoing_words(lows, lex)
    )


def _toll_head(lows: Sequence[str], p: int, lex: _Lexicon) -> int:
    """The number of words of a toll phrase right before ``lows[p]``, a toll preposition
    (``death toll from``, ``Zahl der Toten nach``); 0 when there is none."""
    if lows[p] not in lex.toll_prepositions:
        return 0
    return next(
        (len(ph) for ph in lex.tolls if p >= len(ph) and tuple(lows[p - len(ph) : p]) == ph), 0
    )


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


def _attribute_phrase(toks: Sequence[Token], i: int, lex: _Lexicon) -> int | None:
    """Where the article of a participle's attribute phrase stands, when a short phrase of
    place or time comes between the article and the participle ``toks[i]`` (``die im Jemen
    entführten Helfer``, ``der am Montag in X festgenommene Mann``): an article, a
    preposition, then only names, articles and prepositions, at most four words back; None
    otherwise. The caller checks the participle (lower case) and the noun after it
    (capitalised). Session 15, h15-evde."""
    for k in range(i - 2, max(i - 5, 0) - 1, -1):
        if toks[k].fold in lex.determiners and toks[k + 1].fold in lex.prepositions:
            inner = toks[k + 2 : i]
            if all(
                t.is_cap or t.fold in lex.determiners or t.fold in lex.prepositions for t in inner
            ):
                return k
            return None
    return None


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


def _is_capital(place: Place) -> bool:
    """Is ``place`` its country's capital (GeoNames' capitals)?"""
    capital = _capital(place.country_code) if place.country_code else None
    return capital is not None and (
        place.name == capital[1] or (place.id or "").endswith(f":{capital[0]}")
    )


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


# how far from a town a reference may measure an event placed in a whole country for the
# town to place it (near it): the benchmark's tolerance for a point (fifteenth session)
_REFINE_NEAR_KM = 50.0
# areas a distance from a town may refine: a whole country, a coast hundreds of kilometres
# long ("struck off Taiwan's east coast. The quake was centred 30 km east of X")
_MEASURED_AREAS = kinds_where("refined_by_distance")
_KM_PER_MILE = 1.609
_DISTANCE_NUMBER = re.compile(r"(\d{1,6})(?:[.,](\d{1,3}))?")


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


def _refers_to(kind: str, references: Sequence[str], lex: _Lexicon) -> bool:
    """Does a definite noun of one of the ``references`` types name an event of ``kind``?
    Its own type does, and so does a related one (``[time.relative] related_types``):
    ``Gunmen killed eight villagers in X province. The attack took place in <town>`` (an
    attack noun for a killing), as it does for ``two days after the attack``."""
    return any(t == kind or kind in lex.related_types.get(t, ()) for t in references)


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


# how far from a country's point a town read in another country must lie to be a namesake
# abroad rather than a town across its border: the distance within which the geoparser
# calls a town coherent with an article's places
_NAMESAKE_ABROAD_KM = WEIGHTS.coherence_km
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


# the words before a list that make it one stretch, not several places
_BETWEEN = frozenset({"between", "zwischen"})


def _freeze(raws: list[_Raw], lex: _Lexicon) -> tuple[Event, ...]:
    index = {id(r): i for i, r in enumerate(raws)}
    return tuple(_event(i, r, index, lex) for i, r in enumerate(raws))


def _country_of(tok: Token, lex: _Lexicon, places: Sequence[Place]) -> str | None:
    """The country a country adjective names, as the geoparser's Place calls it, else by
    CLDR's English name for the demonym's code."""
    for p in places:
        if p.role == "adjective" and p.start <= tok.start < p.end and p.name:
            return p.name
    if tok.is_cap and lex.nouns_capitalised:
        return None  # German adjectives are lower-case; a capitalised word is a noun
    cc = _demonym(tok, lex)
    return _territory_name(cc) if cc else None


@cache
def _territory_name(cc: str) -> str | None:
    from babel import Locale

    return Locale("en").territories.get(cc)


def _demonym(tok: Token, lex: _Lexicon) -> str | None:
    """The country code of a country adjective (``südkoreanische``, ``Japanese``)."""
    return demonyms(lex.lang).get(tok.fold.removesuffix("'s").removesuffix("’s"))


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


def _scoring_kind(p: Place) -> str:
    """The kind a candidate place scores as. A derived border or a coast side is as
    specific as a town; a country's whole coast (no side, no sea: "off the coast of X",
    docs/geoparser.md) spans the country's shore, so it scores as a coast, above the
    country and below a town the sentence names ("off the coast of X near <town>")."""
    if p.role != "derived":
        return p.kind
    if p.relation == "coast" and p.facing is None and p.water is None:
        return "coast"
    return "derived"


def _precision_of(place: Place, lex: _Lexicon) -> str:
    """ACLED-like geo-precision of a place: ``point`` (a town, a site), ``region``,
    ``country`` or ``sea``, by its kind (``[places.precision]`` in the lexicon)."""
    kind = "derived" if place.role == "derived" else (place.kind or "")
    return next((name for name, kinds in lex.precision.items() if kind in kinds), "region")
