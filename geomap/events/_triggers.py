"""Events: which clause holds an event, and of which type and kind.

``_trigger_in`` finds the trigger of a clause in the lexicon (verb, noun, weak verb of
saying) and decides its type and kind: figurative and literal senses, separable verbs,
passives, marches and strikes of a purpose, and the splits of one clause into several events
(coordinated subjects or objects, relatives, frames). Separate because it is the taxonomy:
it decides *what* happened, not where, when or whether it is told as fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence, Set
from dataclasses import replace
from itertools import compress

from geomap.events._sentences import _Clause
from geomap.events._state import _Raw, _State
from geomap.events._timeexpr import TimeSpan, earlier_auxiliaries, relative_pronouns
from geomap.events._vocabulary import (
    _CONTINUATION_GAP,
    _QUOTES,
    _TEXT,
    _Carrier,
    _Glob,
    _Lexicon,
    _participle_copula_end,
    _Trigger,
)
from geomap.events._why import note, recording
from geomap.model import Place
from geomap.text import Token, unit_words

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
    placed: Callable[[], bool] | None = None,
) -> tuple[list[tuple[int, int, _Trigger, int | None]], list[str]]:
    """The clause's triggers as (rank, token index, trigger, particle index), best first,
    and the event types its definite nouns refer back to.

    Verbs beat nouns, nouns beat verbs of saying; a definite noun whose type is already an
    event (``das Treffen``) or the object of a verb trigger (``verurteilte den
    Raketenstart``) refers back and is returned among the references. ``words``: the
    document's trigger words (:class:`_Words`); a token of any other text can be no
    trigger and no subject verb, and is passed over by one set test. ``placed``: does the
    clause's line name a place (asked only of a derived headline present, so most clauses
    never pay for it; none: yes)?
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
            note("figurative subject verb", tok.start, tok.end)
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
        if (
            tok.fold in lex.present_phrases
            and _headline_present_at(clause, i, lex, place_kinds or {})
            and (phrase := _present_phrase_at(toks, i, lex))
        ):
            found.append((rank["verb"], i, *phrase))  # "Army takes power in X" (session 27)
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
        if (
            tok.fold in lex.headline_pasts
            and (placed is None or placed())  # "Müller trifft doppelt": a line of no place
            and _capitalised_headline_at(clause, i, lex)
            and (
                read := _read_as_past(
                    clause, i, lex.headline_pasts[tok.fold], lex, skip, place_kinds or {}
                )
            )
        ):
            found.append((rank["verb"], *read))  # "Fähre sinkt vor X" (session 27)
            continue
        if not lex.any_trigger.match(tok.text):
            note("not a trigger here (a present or carrier form only)", tok.start, tok.end)
            continue
        if i in figurative:
            note("follower of a figurative word", tok.start, tok.end)
            continue  # "a storm of protest": the follower of a figurative word is none
        if place_kinds and _town_beat_town(toks, i, lex, place_kinds):
            note("town beat town (a match)", tok.start, tok.end)
            continue  # "<A> conquered <B>": a match (``[grammar] team_verbs``)
        if place_kinds and _part_of_feature(toks, i, lex, place_kinds):
            note("part of a feature name", tok.start, tok.end)
            continue  # "near the summit of <Mount>": the mountain's top, no meeting
        if lex.figurative and (follower := _figurative(toks, i, lex)) is not None:
            if follower > i and not lex.kept_followers.match(toks[follower].text):
                # "brachte den Brand unter Kontrolle": no takeover, but the fire it acts on
                # is still one (``[grammar] kept_followers``; session 26)
                figurative.add(follower)
            # nor is the word itself a noun a later carrier reads ("Riot police broke up a
            # protest": no riot broke out; session 14)
            figurative.add(i)
            note("figurative ([[figurative]])", tok.start, tok.end)
            continue  # "captured the title", "a storm of criticism": no event
        if _moved_people(toks, i, lex):
            note("moved people (care, no journey)", tok.start, tok.end)
            continue  # "The wounded were flown to B for treatment": their care, no journey
        if (
            i > 0
            and toks[i - 1].fold in lex.infinitive_markers
            and not tok.is_cap
            and not any(_purpose_of_march(clause, i, t, lex) for t in lex.triggers_of(tok.text))
        ):
            # "kündigte an, die Grenze zu schließen": a carrier verb in the infinitive is an
            # intention, as a trigger verb is (below); a noun after "zu" is no infinitive
            note("infinitive (an intention)", tok.start, tok.end)
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
                note("carrier noun refers back to an event told", tok.start, tok.end)
                continue
            found.append((rank["verb"] if trig_c.pos == "verb" else rank["noun"], at, trig_c, None))
            continue
        types: set[str] = set()  # a word may trigger two types ("landete": travel, impact)
        for trig in lex.triggers_of(tok.text):
            if trig.type in types:
                continue
            if lex.nouns_capitalised and trig.pos == "noun" and not tok.is_cap:
                note("noun in lower case", tok.start, tok.end)
                continue
            if lex.nouns_capitalised and trig.pos != "noun" and tok.is_cap and i > 0:
                note("verb capitalised (a noun)", tok.start, tok.end)
                continue
            if not lex.nouns_capitalised and trig.pos == "verb" and _in_proper_name(toks, i):
                note("verb in a proper name", tok.start, tok.end)
                continue
            if not lex.nouns_capitalised and trig.pos == "verb" and _opens_with_name(toks, i):
                note("verb opens a name", tok.start, tok.end)
                continue
            if (
                trig.pos == "noun"
                and lex.name_heads
                and 0 < i < len(toks) - 1
                and tok.is_cap
                and toks[i + 1].is_cap
                and toks[i + 1].fold in lex.name_heads
            ):
                note("a name's first word", tok.start, tok.end)
                continue  # "Tornado Alley", "Flood Street": a name's first word (session 17)
            if (
                trig.pos == "verb"
                and i > 0
                and toks[i - 1].fold in lex.infinitive_markers
                and not _purpose_of_march(clause, i, trig, lex)
            ):
                note("infinitive (an intention)", tok.start, tok.end)
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
                note("modal infinitive (a plan or threat)", tok.start, tok.end)
                continue
            if trig.pos == "verb" and len(trig.words) == 1 and _other_separable_verb(toks, i, lex):
                note("another separable verb", tok.start, tok.end)
                continue
            particle = None
            if len(trig.words) > 1:
                particle = _particle_at(toks, i, trig, lex)
                if particle is None:
                    note("several-word trigger without its other words", tok.start, tok.end)
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
                note("noun refers back (told before, or a verb's object)", tok.start, tok.end)
                break
            found.append((rank[trig.pos], i, trig, particle))
            types.add(trig.type)
    # a word that is the rest of a several-word trigger of the clause names no event of its
    # own: "hatten ... das Feuer auf ... eröffnet und fünf getötet" is the shooting, not a
    # fire the casualty verb reads (session 13, h-evwde)
    phrase_words = {f[3] + k for f in found if f[3] is not None for k in range(len(f[2].words) - 1)}
    if phrase_words:
        if recording():  # the debug path only: no loop for its notes otherwise
            for f in found:
                if f[3] is None and f[1] in phrase_words:
                    note("rest of a several-word trigger", toks[f[1]].start, toks[f[1]].end)
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
    if recording():
        for f in found:
            note("candidate", toks[f[1]].start, toks[f[1]].end, "found")
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
    for _, followers, reach, obj, before, unless_next, unless_before, between in lex.figurative_of(
        toks[i].text
    ):
        for k in range(i + 1, min(i + 1 + reach, len(toks))):
            fold = toks[k].fold
            if fold in lex.conjunctions or (
                obj and not lex.verb_second and fold in lex.prepositions
            ):
                break
            if followers.match(toks[k].text) and not _follower_kept(
                toks, k, unless_next, unless_before
            ):
                return k
        if before:
            for k in range(i - 1, max(-1, i - 1 - reach), -1):
                if toks[k].fold in lex.conjunctions or (between and between.match(toks[k].text)):
                    # a word that opens the trigger word's own clause (``unless_between``):
                    # a match before it is the other clause's (``The match was abandoned
                    # after fans clashed with police``), session 28 review
                    break
                if (
                    followers.match(toks[k].text)
                    and not _auxiliary_verb(toks[k], lex)
                    and not _follower_kept(toks, k, unless_next, unless_before)
                ):
                    return k
    return None


def _follower_kept(toks: Sequence[Token], k: int, unless_next: _Glob, unless_before: _Glob) -> bool:
    """Is follower ``k`` of a ``[[figurative]]`` entry read otherwise (session 28)? It
    modifies the noun right after it, one of the entry's ``unless_next`` words, and names
    that noun's kind (``met resistance fighters``: people met; ``a final round of talks``:
    no match's final); or one of its ``unless_before`` words stands up to three words
    before it, and the follower is the act's time, not its frame (``Fans clashed with
    police after the match``: a riot after a match, not a match)."""
    if unless_next and k + 1 < len(toks) and unless_next.match(toks[k + 1].text):
        return True
    return bool(unless_before) and any(
        unless_before.match(toks[j].text) for j in range(max(0, k - 3), k)
    )


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
    # the words are folded: a glob of whole words is asked by its set (no remembered answer)
    armed = lex.armed_subjects.plain
    armed_word = lex.armed_subjects.match if armed is None else armed.__contains__
    if any(
        w in lex.determiners
        or (w in lex.prepositions and w not in lex.transparent)
        or (not verb_only and armed_word(w))
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


def _present_phrase_at(
    toks: Sequence[Token], i: int, lex: _Lexicon
) -> tuple[_Trigger, int | None] | None:
    """The first trigger of ``[grammar] present_from_past``'s phrases (:func:`_present_phrases`)
    whose present word token ``i`` is and whose other words follow it as a trigger's
    particles do (``Army takes power in X``, ``Nurses go on strike``), with the index of its
    particle; None when no phrase's words are there (``Children go to school``)."""
    for phrase in lex.present_phrases[toks[i].fold]:
        particle = _particle_at(toks, i, phrase, lex)
        if particle is not None:
            return phrase, particle
    return None


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
        and (
            toks[k].fold in lex.present_forms
            or toks[k].fold in lex.present_carriers
            or lex.headline_present.match(toks[k].text)  # "The floods kill 12" (session 28)
        )
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
    for pasts, heads, after, objects in lex.noun_presents[toks[i].fold]:
        if not heads.match(toks[i - 1].text):
            continue
        if objects is not None and not objects.match(nxt.text):
            continue  # "Police teargas canisters found": a noun, no people as its object
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
    if toks[i].fold.endswith("s") and toks[i].fold not in lex.s_bases:
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
    # an article may open the subject only ("The Floods Kill 12 in <town>", session 28);
    # one after its first word is a noun phrase of its own ("Kenya floods the market")
    return bare_plural and not any(w in lex.determiners for w in before[1:])


# the most characters of a headline's tag before its colon ("<Stadt>:"), and of a line's end
# read for its closing mark: each call reads a bounded slice of the line (h27-rev2)
_TAG_CHARS = 80


def _capitalised_headline_at(clause: _Clause, i: int, lex: _Lexicon) -> bool:
    """Does token ``i`` stand as a headline's present verb in a language that writes its
    nouns with a capital (``Fähre sinkt vor X``, ``Bewaffnete stürmen Polizeiwache``,
    ``X: Bus stürzt in Schlucht``; :attr:`_Lexicon.headline_pasts`)? A lower-case word in a
    line with no closing mark (no question, no sentence of running text), in the clause
    that opens it (past a tag before a colon), right after its subject: a capitalised word,
    with only capitalised words,
    determiners and lower-case attributes before it and no preposition (``In X stürzt ...``
    and ``Wie Fähren sinken`` are no headline's subject), and no infinitive marker.
    Session 27 (h27-evheads)."""
    toks = clause.tokens
    if not lex.nouns_capitalised or not 0 < i <= _SUBJECT_WORDS or toks[i].is_cap:
        return False
    if not toks[i - 1].is_cap:
        return False
    sent = clause.sentence
    if clause.start - sent.start > _TAG_CHARS:
        return False  # a later clause of a long line: no tag (bounded, h27-rev2)
    head = sent.text[: clause.start - sent.start].rstrip()
    if head and not (head.endswith(":") and len(head.split()) <= _SUBJECT_WORDS):
        return False  # a later clause; a line's tag before a colon ("X: Bus stürzt ...") is none
    text = sent.text[-_TAG_CHARS:].rstrip()
    if not text or not text[-1].isalnum():
        return False  # running text or a question, not a headline
    return not any(
        t.fold in lex.prepositions
        or t.fold in lex.infinitive_markers
        or t.fold in lex.conjunctions
        or t.fold in lex.verb_last_openers
        or t.fold in lex.factual_subordinators
        for t in toks[:i]
    )


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
    of_word = lex.carriers_of(tok.text)
    if not of_word:
        return None  # most trigger words (said, erklärte): no carrier, no noun to read
    carriers = tuple(c for c in of_word if _carrier_words_in_place(c, toks, i, lex))
    if not carriers:
        note("carrier: its other words not in place", tok.start, tok.end)
        return None
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
    # the words of several-word trigger nouns, built when a carrier first has a noun to read
    in_nouns: dict[int, str] | None = None

    def attributive_on(j: int) -> bool:
        # "The collapsed bridge ... killed": a carrier that reads its subject before it
        # reads, as an adjective before its noun, the noun right after it, past one word
        # ("the collapsed steel bridge"; session 16, round 3)
        return j <= i + 2 and _attributive_at(toks, i, lex)

    for carrier in sorted(carriers, key=lambda c: c.fallback):
        if carrier.fallback and best is not None:
            break  # another block's noun named the kind (``fallback``)
        if carrier.unless and _stative(toks, i, carrier.unless, lex):
            note("carrier: a state, not an act", tok.start, tok.end)
            continue
        if _other_sense(carrier, texts) or _object_sense(carrier, toks, i, lex):
            note("carrier: another sense (a noun or object of another sense)", tok.start, tok.end)
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
            if nouns_at[j] and in_nouns is None:
                in_nouns = _trigger_noun_words(toks, lex)
            noun_of = in_nouns or {}
            for kind, sub, nouns in carrier.kinds if nouns_at[j] else ():
                if noun_of.get(j, kind) != kind and not any(
                    noun_of[j] == k for k, _, _ in carrier.kinds
                ):
                    # "A suicide car bomber rammed a checkpoint": "car" and "bomber" are
                    # words of a trigger noun of a kind the carrier has no reading of
                    # (session 30); "Street clashes broke out" keeps the carrier's reading
                    # of "clashes", which names the riot by its two words
                    continue
                if j > i and lex.figurative and _figurative(toks, j, lex) is not None:
                    # "launched a charm offensive": a noun after the carrier that is
                    # figurative itself names nothing it carries, as one before it is
                    # passed over (``skip``) once the clause's reading reached it (session 30)
                    break
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
    if best is None and recording():
        _note_unread_carrier(toks, i, carriers)
    return (best[1], best[2]) if best else None


def _note_unread_carrier(toks: Sequence[Token], i: int, carriers: Sequence[_Carrier]) -> None:
    """Note why the carrier word at ``i`` read no noun (the debug path of
    :mod:`geomap.events._why`): a noun of its kinds stood in the clause where it does not
    read one, or none stood there; and the words before it (its subject), for a listing."""
    tok = toks[i]
    nouns = [
        t for j, t in enumerate(toks) if j != i and any(c.any_noun.match(t.text) for c in carriers)
    ]
    note(
        "carrier: a noun of its kinds not where it reads one"
        if nouns
        else "carrier: no noun of its kinds in its clause",
        tok.start,
        tok.end,
    )
    subject = " ".join(t.text for t in toks[max(0, i - 4) : i])
    note(f"subject words: {subject!r}", tok.start, tok.end, "subject")


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
    particle, ``knocked down by a van``, or an adverb, ``was wounded there by a landmine``,
    ``was badly injured by a mortar``: session 29); in the active
    a noun before it, its subject (``A bus hit a pedestrian``). Session 25 (h25-even)."""
    # "by" right after the word or past its particle ("knocked down by a van") or an adverb
    by = next(
        (
            k
            for k in (i + 1, i + 2)
            if k < len(toks)
            and toks[k].fold in lex.passive_agents
            and (
                k == i + 1
                or toks[i + 1].fold in lex.passive_particles
                or toks[i + 1].fold in lex.passive_adverbs
                or (lex.passive_adverbs and _manner_adverb(toks[i + 1].fold))
            )
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


def _trigger_noun_words(toks: Sequence[Token], lex: _Lexicon) -> dict[int, str]:
    """The words of ``toks`` that make up a several-word trigger noun written together in
    the clause (``suicide car bomber``), each with that noun's type: a carrier with no
    reading of that type does not read such a word as a noun of another kind (``A suicide
    car bomber rammed a checkpoint`` is no car that crashed, nor a bomber aircraft); the
    noun is the event. A carrier with a reading of the noun's type reads the word as
    before (``A drone strike hit``, ``Street clashes broke out``). Session 30
    (h30-found)."""
    out: dict[int, str] = {}
    texts = [t.text for t in toks]
    for j in compress(range(len(toks) - 1), map(lex.any_trigger.match, texts[:-1])):
        for trig in lex.triggers_of(texts[j]):
            n = len(trig.words)
            if (
                trig.pos == "noun"
                and n > 1
                and j + n <= len(toks)
                and all(w.match(texts[j + k]) for k, w in enumerate(trig.words))
            ):
                for k in range(j, j + n):
                    out.setdefault(k, trig.type)
                break
    return out


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
    lasts = lex.inquiry_lasts
    if lasts is not None and lasts.isdisjoint(lows[max(0, trig_i - 5) : trig_i]):
        return False  # most nouns: no phrase ends in the window the loop below reads
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
        return fold in lex.charge_preps and not _duration_after(toks, k, lex)
    return k + 1 < len(toks) and toks[k + 1].fold in lex.prepositions


def _duration_after(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Do a number and a unit of time (``[clauses] elapsed_units``) follow word ``k``
    (``jailed for nine years by a court in B``)? Then ``for`` tells how long, not why: the
    place after it is no crime's (session 27)."""
    return (
        k + 2 < len(toks)
        and (toks[k + 1].text.isdecimal() or toks[k + 1].fold in lex.count_values)
        and toks[k + 2].fold in lex.elapsed_units
    )


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
            # a German noun (capitalised): a trigger noun or a carrier's ("Einsturz"); not a
            # town the geoparser read whose name a trigger's glob matches ("Im
            # südtunesischen Gabès haben am Dienstag erneut ...": no event noun, session 29)
            if toks[j].is_cap
            and lex.any_trigger.match(toks[j].text)
            and not any(p.resolved for p in st.places_between(toks[j].start, toks[j].end))
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
        and (
            lows[-1] in earlier_auxiliaries(lex.lang)
            or lows in lex.pluperfect_ends
            or _participle_copula_end(
                [t.text for t in toks[-2:]], lex.participle_copulas, lex.participle_endings
            )
        )
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
    Session 15 (h-even).

    The later verb may be an active one too when a preposition follows the participle
    (``A missile fired from X struck Y``, ``Rockets launched near X hit Y``, ``Shells fired by
    troops at X killed ...``): a finite verb with a place or an agent after it is followed by
    no second finite verb without a coordinator, so the first is the subject's participle.
    The later verb tells another type of event than the participle (a participle of its own
    type names the same act and its means: ``A cluster bomb dropped from a helicopter hit a
    farm`` stays the air strike). The subject may then open the sentence (``Rockets``); the
    later verb is no ``-ing`` form,
    no infinitive and no participle of a noun of its own (``the rebels attacked from the north
    villages seized by ...`` keeps ``attacked``). Session 27 (h27-evheads)."""
    if lex.nouns_capitalised or not lex.passive:
        return found
    verbs = sorted((f for f in found if f[2].pos == "verb"), key=lambda f: f[1])
    dropped: set[int] = set()
    for f in verbs:
        i = f[1]
        if not 0 < i < len(toks) - 1 or not toks[i].fold.endswith(_PAST_PARTICIPLE_ENDINGS):
            continue
        prepositional = toks[i + 1].fold in lex.prepositions
        if not _describes_noun_before(toks[i - 1], lex) and not (
            prepositional and i == 1 and _describes_noun_before(_lower(toks[0]), lex)
        ):
            continue
        for g in verbs:
            j = g[1]
            if j <= i + 1:
                continue
            if (
                toks[j - 1].fold not in lex.passive
                and not (
                    prepositional
                    and g[2].type != f[2].type  # "A bomb dropped from a plane hit": one strike
                    # a verb that counts victims counts the participle's ("A ferry capsized
                    # off X killed 20": the capsizing, ``[casualty]``; h27-rev2)
                    and not lex.casualty.match(toks[j].text)
                    and _finite_after_phrase(toks, j, lex)
                    and _place_or_agent_phrase(toks[i + 1 : j], lex)
                )
            ):
                continue
            between = {t.fold for t in toks[i + 1 : j]}
            if between & (lex.coordinators | lex.relative_openers):
                break
            dropped.add(i)
            break
    return [f for f in found if f[1] not in dropped] if dropped else found


def _participle_phrase_before(toks: Sequence[Token], j: int, lex: _Lexicon) -> int | None:
    """Where a past participle stands that opens a phrase describing the subject of the
    active finite verb at ``j`` (``A drone launched at A struck B``, ``Soldiers stationed in
    A attacked B``): an ``-ed`` form or a verb trigger right after the subject's noun (a
    lower-case word, or the sentence's first word), a preposition right after it, and no
    coordinator, relative word or passive auxiliary before ``j``; English only. The phrase's
    places say where the doers came from or are based, not where the verb's act was
    (:func:`geomap.events._dating._attribute_place_tokens`). Session 27 (h27-evheads)."""
    if lex.nouns_capitalised or not 1 < j < len(toks) or toks[j - 1].fold in lex.passive:
        return None
    if not _finite_after_phrase(toks, j, lex):
        return None
    for i in range(j - 2, max(j - 2 - _PARTICIPLE_PHRASE, 0), -1):
        tok = toks[i]
        if not _place_or_agent_phrase(toks[i + 1 : j], lex):
            return None
        if not (
            toks[i + 1].fold in lex.prepositions
            and (tok.fold.endswith("ed") or any(t.pos == "verb" for t in lex.triggers_of(tok.text)))
            and tok.text.islower()
            and not tok.fold.endswith("ing")  # a journey's -ing form: _without_moving_subject
        ):
            continue
        prev = toks[i - 1]
        if _describes_noun_before(prev, lex) or (
            i == 1 and _describes_noun_before(_lower(prev), lex)
        ):
            return i
        return None
    return None


# the most words of a participle's phrase before the finite verb ("fired from positions near
# X hit": four)
_PARTICIPLE_PHRASE = 6


def _place_or_agent_phrase(words: Sequence[Token], lex: _Lexicon) -> bool:
    """Are ``words`` (between a participle and a later verb) a short phrase of place or agent
    only (``from positions near X``, ``by troops at X``): at most ``_PARTICIPLE_PHRASE``
    words, each a preposition, a determiner, a capitalised name or a lower-case noun (no
    ``-ed`` or ``-ing`` form, no auxiliary, coordinator or relative word), so that no verb of
    its own stands between them (``Hondurans voted on Sunday in an election that ... have
    won`` keeps ``voted``)."""
    if not 0 < len(words) <= _PARTICIPLE_PHRASE:
        return False
    for t in words:
        if t.fold in lex.prepositions or t.fold in lex.determiners or t.is_cap:
            continue
        if (
            not t.text.isalpha()
            or t.fold.endswith(("ed", "ing"))
            or t.fold in lex.auxiliaries
            or t.fold in lex.passive
            or t.fold in lex.coordinators
            or t.fold in lex.relative_openers
        ):
            return False
    return True


def _lower(tok: Token) -> Token:
    """``tok`` as if written in lower case (a sentence's first word read as a common noun)."""
    return tok._replace(text=tok.text.lower())


def _finite_after_phrase(toks: Sequence[Token], j: int, lex: _Lexicon) -> bool:
    """Can the verb at ``j``, after a participle's phrase (:func:`_without_reduced_relative`),
    be the clause's finite verb: no ``-ing`` form, no infinitive after ``to``, no word after an
    article (``off a flooded bridge``), no noun trigger (``election``), and no past
    participle right after a lower-case noun it may describe itself (``villages seized by
    troops``)."""
    tok = toks[j]
    if tok.fold.endswith("ing") or toks[j - 1].fold in lex.before_infinitive:
        return False
    if toks[j - 1].fold in lex.determiners or toks[j - 1].fold in lex.indefinite:
        return False  # "plunged off a flooded bridge", "at the crash site": a noun's word
    if any(t.pos == "noun" for t in lex.triggers_of(tok.text)):
        return False  # "voted ... in a presidential election": a noun a carrier read
    return not (
        tok.fold.endswith(_PAST_PARTICIPLE_ENDINGS) and _describes_noun_before(toks[j - 1], lex)
    )


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


# how far after its trigger an object kind noun may stand ("stormed the small town"; a
# German subject's attribute stands between: "ein Erdbeben der Stärke 5,2 die Region")
_OBJECT_REACH = 6


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


def _attribute_phrase(toks: Sequence[Token], i: int, lex: _Lexicon) -> int | None:
    """Where the article of a participle's attribute phrase stands, when a short phrase of
    place or time comes between the article and the participle ``toks[i]`` (``die im Jemen
    entführten Helfer``, ``der am Montag in X festgenommene Mann``): an article, a
    preposition, then only names, articles and prepositions, at most four words back; None
    otherwise. The caller checks the participle (lower case) and the noun after it
    (capitalised). Session 15, h15-evde.

    The phrase may also open after a preposition that governs the noun (``von in X
    stationierten Truppen beschossen``); then the preposition's index. Not a phrase that
    opens the clause (``Von Stellungen nahe X abgefeuerte Raketen``): there a fronted place
    before a finite verb looks the same (``Im Norden von X kämpften Rebellen``). Session 27
    (h27-evheads)."""

    def plain(inner: Sequence[Token]) -> bool:
        return all(
            t.is_cap or t.fold in lex.determiners or t.fold in lex.prepositions for t in inner
        )

    for k in range(i - 2, max(i - 5, 0) - 1, -1):
        opener = toks[k].fold in lex.determiners or toks[k].fold in lex.prepositions
        if opener and toks[k + 1].fold in lex.prepositions:
            return k if plain(toks[k + 2 : i]) else None
    return None


def _refers_to(kind: str, references: Sequence[str], lex: _Lexicon) -> bool:
    """Does a definite noun of one of the ``references`` types name an event of ``kind``?
    Its own type does, and so does a related one (``[time.relative] related_types``):
    ``Gunmen killed eight villagers in X province. The attack took place in <town>`` (an
    attack noun for a killing), as it does for ``two days after the attack``."""
    return any(t == kind or kind in lex.related_types.get(t, ()) for t in references)


# the words before a list that make it one stretch, not several places
_BETWEEN = frozenset({"between", "zwischen"})
