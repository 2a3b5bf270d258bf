"""Events: whether a clause tells an event as fact.

Mood, negation, reported speech and background: hypothetical, future, negated, denied or
questioned clauses (``_flags``), speech acts and what they report, and clauses that tell of
the past as background (``_background``: a dated span, a toll counted since a day). Separate
because it decides whether an event is told, not what it is or where.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from datetime import date
from itertools import chain
from typing import Any

from geomap.events._sentences import _CLAUSE_CUT, _Clause
from geomap.events._timeexpr import TimeSpan, part_of_this_month
from geomap.events._triggers import (
    _definite,
    _earlier_relative,
    _headline_future,
    _is_trigger_noun,
    _looked_into,
    _march_purpose_clause,
    _mood_attribute,
    _mood_noun,
    _story_told,
)
from geomap.events._vocabulary import _DENIAL_REACH, _Lexicon, _speech_act, _Trigger
from geomap.model import Sentence
from geomap.text import Token, unit_words, word_units


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
        and not (not trig_verb and _threatening_event(lows, k, trig_i, lex))
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
    if trig_verb and _negated_object(lows, trig_i, lex):
        hypo = True  # "Police arrested no one in X", "Die Armee tötete keine Zivilisten"
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


def _threatening_event(lows: Sequence[str], k: int, trig_i: int, lex: _Lexicon) -> bool:
    """Is the threat word ``lows[k]`` a past act of the event noun at ``trig_i``, which then
    happened? ``Wildfires threatened several resorts``, ``Waldbrände haben mehrere
    Ferienorte bedroht``, ``Die Orte wurden von Waldbränden bedroht``: what threatened
    something was there, while ``threatened to strike``, ``threatened an attack`` (the noun
    after the verb, no doer's preposition before it) and the present ``Ein Hochwasser
    bedroht die Stadt`` (a participle with no auxiliary) stay only threatened. Session 32
    (h32-found, issue 20): a wildfire that threatened resorts was dropped as a threat.

    >>> from geomap.events._vocabulary import _lexicon
    >>> lex = _lexicon("en")
    >>> _threatening_event("wildfires threatened several resorts".split(), 1, 0, lex)
    True
    >>> _threatening_event("rebels threatened an attack".split(), 1, 3, lex)
    False
    >>> _threatening_event("unions threatened to strike".split(), 1, 3, lex)
    False
    """
    w = lows[k]
    if w in lex.threat_participles:
        # the finite auxiliary of the perfect or the passive is the verb ("haben ... bedroht")
        finite = next((j for j in range(k) if lows[j] in lex.perfect), None)
        if finite is None:
            return False
    elif w in lex.threat_pasts:
        finite = k
    else:
        return False
    if k + 1 < len(lows) and lows[k + 1] in lex.infinitive_markers:
        return False  # "threatened to strike": an intention
    if any(lows[j] in lex.passive_agents for j in range(max(0, trig_i - 3), trig_i)):
        # a passive's doer ("were threatened by wildfires", "wurden von Waldbränden
        # bedroht"), with its auxiliary: "die am stärksten von Überschwemmungen bedrohten"
        # (an attribute) says what a region is like
        return not lex.passive.isdisjoint(lows[:k])
    if trig_i < finite:
        return True  # the subject before the verb: "Wildfires threatened", "Waldbrände haben"
    # verb second: the subject right after the finite verb ("Am Dienstag haben Waldbrände
    # ... bedroht"), no preposition before it ("bedrohten die Stadt mit einem Angriff")
    return (
        lex.verb_second
        and finite < trig_i <= finite + 2
        and not any(lows[j] in lex.prepositions for j in range(finite + 1, trig_i))
    )


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
    # a phrase stands at k only if its first word does: the phrases are tried only there
    phrase_firsts = _first_words(lex.negative_phrases)
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
        if w in phrase_firsts and any(
            tuple(lows[k : k + len(p)]) == p for p in lex.negative_phrases if k + len(p) <= trig_i
        ):
            return True
    return False


def _negated_object(lows: Sequence[str], trig_i: int, lex: _Lexicon) -> bool:
    """Does a negative word right after a verb trigger say it was done to no one (``Police
    arrested no one in X``, ``arrested no protesters``, ``arrested nobody``, ``Die Armee
    tötete keine Zivilisten``)? :func:`_negated_subject` reads the words before the trigger;
    this reads the one word after it. A negative determiner (``no``, ``kein``) needs a word
    of its phrase after it, not a preposition or the clause's end (``Voters voted no in the
    referendum``: a vote, cast against) nor a count (``arrested no fewer than 40``:
    ``negation_not_before``); a negative pronoun (``[clauses] negative_pronouns``:
    ``nobody``, ``none``) stands alone. Only the next word: a negative further on belongs
    to another phrase. Session 27 (integrator)."""
    k = trig_i + 1
    if k >= len(lows):
        return False
    w = lows[k]
    if w in lex.negative_pronouns:
        return True
    if w not in lex.negative_determiners or k + 1 >= len(lows):
        return False
    after = lows[k + 1]
    return (
        after.isalpha() and after not in lex.prepositions and after not in lex.negation_not_before
    )


def _crowd_before(lows: Sequence[str], trig_i: int, trig: _Trigger, lex: _Lexicon) -> bool:
    """Is a count before the verb trigger at ``trig_i`` the size of the crowd that did it
    (``Thousands of students have demonstrated in X since Sunday``), no running count? The
    trigger is the participle of an active perfect (a perfect auxiliary right before it, no
    passive), of a kind whose subject acts (not ``[clauses] undergoing_kinds``: ``Two
    ferries have capsized since Monday`` counts capsizings). Session 27."""
    return (
        bool(lex.undergoing_kinds)
        and trig.pos == "verb"
        and trig.type not in lex.undergoing_kinds
        and trig_i > 0
        and lows[trig_i - 1] in lex.perfect
    )


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


#: time kinds that name no day of their own in a subject's aside (``die in der Nacht nahe A
#: gestartet waren``, ``overnight``: the night before the main act)
_PART_OF_NIGHT = frozenset({"night", "previous"})

#: the dashes that end a dateline before the lede's subject (``KIEW, 3. Juni (dpa) - ...``)
_DATELINE_DASHES = (" - ", " – ", " — ")

#: the most words of a subject before its aside (``Drohnen, die ...``, ``The gunmen, who
#: ...``, ``Hunderte Familien aus dem Norden, die ...``)
_ASIDE_SUBJECT_WORDS = 6


def _subject_aside(clause: _Clause, lex: _Lexicon) -> bool:
    """Is the clause a relative clause in the past perfect (:func:`_earlier_relative`)
    between the sentence's opening subject and its main verb: a short subject and a comma
    before it, a comma and a lower-case word after it (``Drohnen, die nahe A gestartet
    waren, trafen B``, ``The gunmen, who had crossed from A, attacked B``)? A journey or a
    launch told there with no day of its own is how the subject came to the main clause's
    act, its setting and no news of its own (``[clauses] aside_setting_types``; session
    28)."""
    sent = clause.sentence
    head = sent.text[: clause.start - sent.start].rstrip()
    for dash in _DATELINE_DASHES:
        head = head.rpartition(dash)[2]  # the lede's subject after a dateline
    if not head.endswith(",") or len(head.split()) > _ASIDE_SUBJECT_WORDS:
        return False
    if any(c in head[:-1] for c in ",;:"):
        return False  # the subject is one phrase, with no cut inside
    tail = sent.text[clause.end - sent.start :].lstrip()
    if not tail.startswith(","):
        return False
    main = tail[1:].lstrip()
    return main[:1].islower() and _earlier_relative(clause, lex)


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
    if (
        trig.type in lex.aside_setting_types
        and not any(
            clause.start <= span.start < clause.end and span.kind not in _PART_OF_NIGHT
            for span in times
        )
        and _subject_aside(clause, lex)
    ):
        # "The gunmen, who had crossed from A, attacked B": the setting; a journey with a
        # day of its own ("who had flown to A on Sunday") is told in passing and stays
        return True
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
        and (
            lex.casualty.match(toks[trig_i].text)
            # what the trigger counts: its objects, the subject of its passive ("Police have
            # arrested 200 people since ...", "200 people have been arrested since ...") or
            # of a kind it undergoes ("Two ferries have capsized since Monday"); the crowd
            # that did it counts nothing ("Thousands of students have demonstrated in X
            # since Sunday": a protest going on since then; session 27)
            or _counts(lows[trig_i:] if _crowd_before(lows, trig_i, trig, lex) else lows, lex)
        )
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


def _record_since(clause: _Clause, start: int | None, lex: _Lexicon) -> bool:
    """Is the "since" phrase at ``start`` a record (``[clauses] since_firsts`` right before
    the preposition: ``erstmals seit Jahren Gespräche geführt``, ``for the first time since
    2019``)? Then the event is the day's news, the first of its kind in a while, not the
    start of a span it has run through. Session 18, round 2 (h18-events)."""
    if start is None or not lex.since_firsts:
        return False
    k = clause.index_at(start)
    return 0 < k < len(clause.tokens) and clause.tokens[k - 1].fold in lex.since_firsts


# time expressions that name a day of their own (one binding: an earlier second one,
# with "dayrange" and without "lastnight", was overridden at import and never in effect)
_DAY_KINDS = frozenset(
    {
        "date",
        "numeric",
        "day",
        "weekday",
        "weekdayrange",
        "night",
        "ago",
        "lastnight",
        "monthday",
        "holiday",
    }
)


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
    {
        "date",
        "numeric",
        "day",
        "weekday",
        "night",
        "ago",
        "monthday",
        "lastweek",
        "weekend",
        "holiday",
        "weekdayrange",
    }
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
