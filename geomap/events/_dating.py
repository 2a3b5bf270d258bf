"""Events: the day each event gets.

Time expressions come from :mod:`geomap.events._timeexpr`; this module decides which of a
clause's times is the event's (``_pick_time``), relations to other events (``before:``,
``the day after``), live-blog and ticker stamps, the story's day, flashbacks and the day an
undated event shares with the one before it (``_date_events``). Separate because it decides
*when*, after the events and their places are known.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from itertools import chain
from operator import attrgetter

from geomap.events._mood import _DAY_KINDS, _YEAR, _toll_head
from geomap.events._place import _event_noun, _event_spans, _resolve_time
from geomap.events._sentences import _Clause
from geomap.events._state import _Raw, _State
from geomap.events._timeexpr import (
    TimeSpan,
    TimeValue,
    counts_from_clause,
    counts_time,
    earlier_auxiliaries,
    events_toml,
    find_times,
    late_in_day,
    relative_pronouns,
    set_for_day,
)
from geomap.events._triggers import _attribute_phrase, _participle_phrase_before
from geomap.events._vocabulary import _CONTEXT_SENTENCES, _END, _NEIGHBOURS, _THROWS, _Lexicon
from geomap.model import Document, Place, Sentence
from geomap.text import Token

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


# a 24-hour clock time with a colon at a line's start, then a capitalised word or an opening
# quote and more words on the line ("13:05 Police ...", "14:20 \"On Monday ...\"", not
# "11:15 GMT" on a line of its own): bounded, anchored, linear
_CLOCK_OPENS_LINE = re.compile(
    r"^[ \t]*([0-2]?\d:[0-5]\d)[ \t]+(?=[A-ZÄÖÜ\"“„‘'][^\s]*[ \t]+\S)", re.M
)


# a clock time: minutes under 60 ("3.75 EUR" on a line of its own is a price)
_CLOCK = re.compile(r"\d{1,2}[:.][0-5]\d(?:[ap]\.?m\.?)?")


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
    return _counts_from_no_event_before(
        clause.start, st.sentence_times(clause.sentence), st.doc.text, st.lex
    )


def _counts_from_no_event_before(
    start: int, spans: Sequence[TimeSpan], text: str, lex: _Lexicon
) -> bool:
    """Does a time phrase ending before ``start`` (``spans``: the sentence's, at document
    offsets) count a distance from something no event noun names (:func:`_unnamed_relation`)?"""
    for span in spans:
        if span.kind != "event" or span.end > start:
            continue
        if _event_noun(text, span.start, span.end, lex)[0] is None and counts_time(
            span.text, lex.lang
        ):
            return True
    return False


def _unnamed_before(r: _Raw, lex: _Lexicon | None) -> bool:
    """:func:`_unnamed_relation` read again for a built event (its sentence's times found
    afresh): ``Zwei Tage nachdem die Regierung die Pläne vorgestellt hatte, demonstrierten
    ...`` takes no lead's day either (session 30)."""
    if lex is None or not r.dated_by_saying:
        return False
    sent = r.clause.sentence
    spans = [
        TimeSpan(sp.start + sent.start, sp.end + sent.start, sp.text, sp.kind)
        for sp in find_times(sent.text, lex.lang)
    ]
    return _counts_from_no_event_before(r.clause.start, spans, r.clause.text, lex)


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
        if first.fold in st.lex.after_clause_openers and not any(
            clause.start <= sp.start < clause.end for sp in st.sentence_times(clause.sentence)
        ):
            # "..., nachdem er in X mit Gewerkschaftern gesprochen hatte": a subject pronoun
            # or a place after the conjunction makes no relation phrase; with no time of its
            # own the clause tells the same occasion, as "after he had met ..." does
            return _before_previous(first.text, same_day=True, offset_days=0)
        return None
    value = st.time_value(span.text)
    words = (value.ref or "").split()
    if value.relation is None or not words or words[0].casefold() in st.lex.relative_openers:
        return None  # "..., after which police arrested 12": the arrest comes after
    ref_at = span.text.find(value.ref or "\0")
    head = span.text[:ref_at] if ref_at > 0 else span.text  # "after a second boat": no unit
    relation = "before" if value.relation == "after" else "after"
    if value.offset_days is None and not value.same_day and not counts_time(head, st.lex.lang):
        # "rallied on Wednesday, after a second boat ran aground", "trat am Dienstag über die
        # Ufer, nachdem ein Damm gebrochen war": a bare conjunction counts no distance; it
        # tells the cause on the same occasion, on the day of the event just reported, as
        # "on Saturday after protesters blocked roads" without the comma (session 31)
        return _before_previous(span.text, relation, same_day=True, offset_days=0)
    offset = -value.offset_days if value.offset_days is not None else None
    return _before_previous(span.text, relation, same_day=value.same_day, offset_days=offset)


def _before_previous(
    text: str, relation: str = "before", *, same_day: bool, offset_days: int | None
) -> TimeValue:
    """The time of a clause told in relation to the event just reported (:func:`_counted_from`)."""
    return TimeValue(
        None,
        None,
        text,
        relation=relation,
        ref="previous",
        same_day=same_day,
        offset_days=offset_days,
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
    spans = _past_relative_elsewhere(clause, trig_i, spans, lex)
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


def _past_relative_elsewhere(
    clause: _Clause,
    trig_i: int,
    spans: list[tuple[TimeSpan, str | None]],
    lex: _Lexicon,
) -> list[tuple[TimeSpan, str | None]]:
    """The clause's times without those of a relative clause in the past perfect that is
    not the trigger's own, when a day is left outside it: ``A man who had robbed a bank in
    X on Tuesday was detained in Y on Thursday``, ``Ein Mann, der am Dienstag in X eine
    Tankstelle überfallen hatte, wurde am Donnerstag in Y festgenommen``, a label's noun
    before such a sentence (``Festnahme in Y: Ein Lenker, der am Samstag ... angefahren
    hatte, wurde am Sonntag gefasst``). The past perfect puts the relative clause's day
    before the main verb's; the day left is the event's. With no day left the clause's
    times stand as before. German: a relative pronoun after a comma up to the first
    auxiliary of an earlier event (the verb ends the clause); English: ``who``/``which``
    (``[clauses] relative_openers``) before the trigger, its ``had`` and the times after
    it up to the trigger. Session 30 (h30-days)."""
    if len(spans) < 2:
        return spans
    toks = clause.tokens
    aux = earlier_auxiliaries(lex.lang)
    cut: list[tuple[int, int]] = []
    if lex.nouns_capitalised:
        pronouns = relative_pronouns(lex.lang)
        k = 1
        while k < len(toks):
            t = toks[k]
            if t.fold in pronouns and "," in t.gap_before:
                end = next((j for j in range(k + 1, len(toks)) if toks[j].fold in aux), None)
                if end is None:
                    break
                if not k < trig_i <= end:
                    cut.append((t.start, toks[end].start))
                k = end
            k += 1
    else:
        opener = next(
            (k for k in range(trig_i - 1, 0, -1) if toks[k].fold in lex.relative_openers), None
        )
        had = (
            next((j for j in range(opener + 1, trig_i) if toks[j].fold in aux), None)
            if opener is not None
            else None
        )
        if had is not None and had + 1 < trig_i:
            cut.append((toks[had + 1].start, toks[trig_i].start))
    if not cut:
        return spans
    rest = [(sp, ref) for sp, ref in spans if not any(a <= sp.start < b for a, b in cut)]
    if len(rest) == len(spans) or not any(sp.kind in _DAY_KINDS for sp, _ in rest):
        return spans
    return rest


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
    earlier: list[tuple[TimeSpan, str | None]] = []
    pronouns, aux = relative_pronouns(lex.lang), earlier_auxiliaries(lex.lang)
    for other in clauses:
        # the first word's text, not its token: most other clauses hold no time span and
        # need no tokens at all (:func:`_event_spans` builds them only for a span inside)
        if other.quoted or (other.words and other.words[0].casefold() in lex.relative_openers):
            continue
        got, _ = _event_spans(other, spans, doc, lex)
        kept = [
            (sp, ref)
            for sp, ref in got
            if sp.text.split()[:1] != []
            and sp.text.split()[0].casefold() not in lex.since_prepositions
        ]
        if (
            kept
            and other.words
            and other.words[0].casefold() in pronouns
            and aux & {w.casefold() for w in other.words}
        ):
            # "Festnahme in X: Ein Lenker, der am Samstag ... angefahren hatte, wurde am
            # Sonntag gefasst": a relative clause in the past perfect tells an earlier
            # event; its day gives way to one the sentence tells elsewhere (session 30)
            earlier.extend(kept)
            continue
        out.extend(kept)
    if not any(sp.kind in _DAY_KINDS for sp, _ in out):
        out.extend(earlier)
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
    Session 15, round 2, h15-evde. In English, the phrase of a participle after the subject's
    noun before the trigger verb (``A drone launched at A struck B``,
    :func:`_participle_phrase_before`; session 27, h27-evheads)."""
    if len(clause_places) < 2:
        return set()
    toks = clause.tokens
    if not lex.nouns_capitalised:
        at = _participle_phrase_before(toks, trig_i, lex)
        if at is None:
            return set()
        starts = {toks[j].start for j in range(at, trig_i)}
        held = [p for p in clause_places if p.start in starts]
        if not held or len(held) == len(clause_places):
            return set()
        return set(range(at, trig_i))
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
        "holiday": 1,
        "weekdayrange": 1,
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
    own = [(sp, None) for sp, ref in spans if ref is None] or [
        (sp, None) for sp in st.sentence_times(sent)
    ]
    own = [(sp, ref) for sp, ref in own if sp.kind not in ("event", "previous")]
    if not own:
        return False
    value, _ = _pick_time(own, st.lex, st)
    if value is None or value.date is None or value.relation is not None:
        return False
    # the days told so far, asked last: a pass over every earlier event, which a clause
    # with no day of its own need not pay (a text of many events stays linear)
    told = [r.time.date for r in st.raws if r.time is not None and r.time.date]
    return bool(told) and (value.end or value.date) < min(told)


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


_NEXT_SENTENCE = " (next sentence)"


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
    first_of: dict[str, _Raw] = {}
    for r in raws:
        first_of.setdefault(r.type, r)
    for i, r in enumerate(raws):
        r.date, r.date_precision, r.date_text = _resolve_time(r.time, anchor, precision)
        if r.time is not None and r.date is not None and r.time.start:
            r.interval = (r.time.start, r.time.end or r.time.start)
        if (
            lead is not None
            and (_no_day(r.time) or _counts_from_no_event(raws, i, first_of, lex))
            # a day of saying is not the event's, but the day the next sentence tells is
            and (not r.dated_by_saying or lead[2].endswith(_NEXT_SENTENCE))
            and r.clause.sentence.index == lead[0]
            and not (r.dated_by_saying and lex is not None and _told_in_perfect(r, lex))
            and not _unnamed_before(r, lex)
        ):
            r.date, r.date_precision, r.date_text = lead[1], "day", lead[2]
    _named_again(raws)
    for i, r in enumerate(raws):
        main = _main_after_fronted(raws, i, lex)
        if main is not None and r.time is not None and r.time.offset_days is not None:
            assert main.date is not None
            sign = -1 if r.time.relation == "after" else 1
            day = date.fromisoformat(main.date) + timedelta(days=sign * r.time.offset_days)
            r.date, r.date_precision = day.isoformat(), "day"
            r.rel_kind = "before" if r.time.relation == "after" else "after"
            r.rel_to = main
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
            if i > 0 and _after_the_event_before(r, target, raws[i - 1]):
                assert target.date is not None
                r.date, r.date_precision = target.date, "day"
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
            if r.date is None and _earlier_that_day(r, target, lex):
                assert target.date is not None
                r.date, r.date_precision = target.date, "day"
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
                near
                and _related(r, prev)
                and (not _lead_story(r, raws[0]) or _names_the_one_before(r, prev, raws[0]))
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
    # "13:05 Police have arrested ...": a bare 24-hour clock opening a line before a
    # capitalised word or a quote, a live blog's stamp only when the text has
    # _LIVE_BLOG_STAMPS of them, as other bare clock times (session 31)
    seen = {m[0] for m in marks}
    for m in _CLOCK_OPENS_LINE.finditer(text):
        if m.start() not in seen:
            marks.append((m.start(), m.end(), m.group(1), False, False))
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


def _counts_from_no_event(
    raws: list[_Raw], i: int, first_of: dict[str, _Raw], lex: _Lexicon | None
) -> bool:
    """Is the event's only time a relation on the same day (or with no distance) to an
    event noun the text tells no event of (``ist ein Kleinflugzeug kurz nach dem Start in
    X abgestürzt``, ``wenige Minuten nach der Landung in Brand geraten``: a take-off, a
    landing)? Such a relation gives no day (there is no event to count from), so a lead
    dated so takes the day its dateline or its next sentence tells, as a lead with no time
    words does (``Die Maschine sei am Dienstagmorgen ... gestürzt``). A distance (``two days
    after the minister unveiled``) keeps the day unknown (:func:`_unnamed_relation`).
    Session 30 (h30-days)."""
    t = raws[i].time
    return (
        t is not None
        and t.kind == "event"
        and t.relation is not None
        and t.ref != "previous"
        and t.offset_days in (None, 0)
        and t.date is None
        and t.weekday is None
        and _relation_target(raws, i, first_of, lex) is None
    )


def _names_the_one_before(r: _Raw, prev: _Raw, lead: _Raw) -> bool:
    """Does ``r`` name the event just told before it by a definite noun of its type, when
    that event is not the lead (``Hundreds of nurses took to the streets on Tuesday,
    marching to the county offices. // Police fired tear gas to break up the march``)? A
    noun that refers back names the nearest event of its type, so the day is that event's,
    not the lead's (the strike of Monday) that :func:`_lead_story` would give. Session 30
    (h30-days)."""
    return prev is not lead and prev.type in r.references and prev.time is not None


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


def _after_the_event_before(r: _Raw, target: _Raw, prev: _Raw) -> bool:
    """Is ``r`` dated only by a bare ``after`` an event noun (:func:`_bare_after`) that
    names the event told just before it, which has a day (``... sentenced X on Wednesday. //
    Supporters clashed with police outside the court after the verdict``)? Then that day is
    its day. The rule of the context (a clause shares the day of the event before it in its
    paragraph) gives it in one paragraph; the lead's day in a later paragraph was kept from
    it (``_lead_story``: the lead's day is the story's, given by ``_story_day`` only to
    clauses with no time words), so the event stayed undated. A bare ``after`` an event
    of its type told earlier than the one just before (``Am Montag streikten ... Am
    nächsten Tag demonstrierten ... Nach der Kundgebung blockierten ...``: the type's first
    event is the strike) is left to the context. Session 29 (h29-dayk)."""
    return (
        r.date is None
        and _bare_after(r)
        and target is prev
        and target.date is not None
        and target.date_precision == "day"
    )


def _main_after_fronted(raws: Sequence[_Raw], i: int, lex: _Lexicon | None) -> _Raw | None:
    """The event of the main clause that a fronted subordinate clause counts to: ``Drei
    Tage nachdem ein Großbrand in Wels eine Lagerhalle zerstört hatte, demonstrierten am
    Freitag Anwohner vor dem Rathaus``. The clause of ``raws[i]`` opens with a relation that
    counts a distance from a clause (``nachdem``: its own event, not a noun's), and the
    next event of its sentence has a day of its own words: the relation says how long
    after ``raws[i]`` that event came, so ``raws[i]`` lies the distance before it (the
    Tuesday). Before, the clause counted from itself and had no day, or, with its place
    fronted, took the main clause's Friday. Session 32."""
    r = raws[i]
    t = r.time
    if (
        lex is None
        or t is None
        or t.kind != "event"
        or t.relation not in ("before", "after")
        or t.offset_days is None
        or r.trigger_span is None
        or not counts_from_clause(t.text, lex.lang)
    ):
        return None
    sent = r.clause.sentence
    at = sent.text.find(t.text)
    here = r.trigger_span[0] - sent.start
    # the relation opens the subordinate clause that holds the trigger (no comma between)
    if at < 0 or here < at or "," in sent.text[at:here]:
        return None
    # the events are in text order: the main clause's is the next one of the sentence
    main = raws[i + 1] if i + 1 < len(raws) and raws[i + 1].clause.sentence is sent else None
    if (
        main is None
        or main.trigger_span is None
        or "," not in sent.text[here : main.trigger_span[0] - sent.start]
        or main.time is None
        or main.time.relation is not None
        or main.date is None
        or main.date_precision != "day"
    ):
        return None
    return main


def _earlier_that_day(r: _Raw, target: _Raw, lex: _Lexicon | None) -> bool:
    """Is ``r`` told as a bare ``zuvor``, ``earlier`` (no distance, not the same day by its
    words) before an event of its paragraph that has a day and whose time names a later part
    of that day (``Am Abend nahm die Polizei 23 Demonstranten fest, die zuvor Barrikaden
    angezündet hatten``, ``besuchte am Dienstagnachmittag ..., nachdem er zuvor den Notstand
    ausgerufen hatte``)? The afternoon or the evening leaves the day's earlier hours for what
    came before, and the story tells one occasion: the day is that event's. After a bare day
    or a morning ``zuvor`` may be any day before, so it stays unknown (``In X traf am
    Sonntagmorgen eine Rakete ein Wohnhaus. Zuvor hatte die Armee ...``). The time words are
    the ones that dated the event, walked back through the days it shares, and the word
    after them (``on Thursday afternoon``). Session 32."""
    t = r.time
    if (
        lex is None
        or t is None
        or t.relation != "before"
        or t.ref != "previous"
        or t.same_day
        or t.offset_days is not None
        or target.date is None
        or target.date_precision != "day"
        or target.clause.paragraph != r.clause.paragraph
    ):
        return False
    source: _Raw | None = target
    while source is not None and source.time is None:
        source = source.inherited_from
    if source is None or source.time is None:
        return False
    words = source.time.text
    # English puts the part after the weekday outside the time's words ("on Thursday
    # afternoon" is read as "on Thursday"): the word right after them in the clause counts
    text = source.clause.text
    at = text.casefold().find(words.casefold())
    if at >= 0:
        words += " " + " ".join(text[at + len(words) :].split()[:1])
    return late_in_day(words, lex.lang)


def _dated_beside(raws: Sequence[_Raw], i: int, undated: _Raw) -> _Raw | None:
    """The latest event told before ``raws[i]`` in the sentence of ``undated`` with a day of
    its own words, if any: ``On Tuesday, police arrested six leaders in X, where they had
    gone to meet workers. // The next day ...`` counts from Tuesday; the meeting is told in
    passing with no time at all and gives no day to count from. Session 29 (h29-dayk).
    The walk back stops at the first event of an earlier sentence (the events are in text
    order): review of session 29, before, a story of many undated events walked every
    event before each relation (quadratic: 3.6 s for 160,000 characters of such copy)."""
    at = undated.clause.sentence.index
    for k in range(i - 1, -1, -1):
        o = raws[k]
        told = o.clause.sentence.index
        if told < at:
            return None
        if o is not undated and told == at and o.date is not None and o.time is not None:
            return o
    return None


def _relation_target(
    raws: list[_Raw], i: int, first_of: dict[str, _Raw], lex: _Lexicon | None
) -> _Raw | None:
    r = raws[i]
    if r.time is None or r.time.relation is None:
        return None
    if r.time.ref == "previous":
        told = (raws[k] for k in range(i - 1, -1, -1) if not raws[k].aside)
        first = next(told, None)  # the rest is walked only after a flashback's day
        dated = (
            _dated_beside(raws, i, first)
            if first is not None and first.date is None and first.time is None
            else None
        )
        if dated is not None:
            return dated
        if first is not None and first.date is not None and (r.time.offset_days or 0) > 0:
            day = first.date
            rest = list(told)
            if _flashback(first, rest, lex):
                # "Tags darauf", "the next day" after an earlier event told in the past
                # perfect: the day after the story's own event before that flashback
                story = next(o for o in rest if o.date is not None and o.date > day)
                if not _flashback_goes_on(r, first, story):
                    return story
        elif first is not None and first.date is not None and _same_day_part(r.time):
            returned = _story_after_flashback(r, first, list(told), lex)
            if returned is not None:
                return returned
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


def _story_after_flashback(
    r: _Raw, first: _Raw, rest: Sequence[_Raw], lex: _Lexicon | None
) -> _Raw | None:
    """The story's own event that a part of the day (``am Morgen``, ``Earlier in the day``,
    ``am Abend``: the same day as the event before, no day named) counts from when it opens
    a new paragraph after a flashback: ``Das Landgericht A hat den Täter am Donnerstag
    verurteilt. // Der Angeklagte hatte den Fahrer im März in B getötet. Zwei Tage später
    nahmen Zielfahnder ihn in C fest. // Vor dem Gericht hatten sich am Morgen 60 Taxifahrer
    versammelt``: the vigil is on the verdict's day, not the arrest's in March. The event
    just told (``first``) lies in another paragraph, one that tells an earlier event in the
    past perfect (:func:`_flashback`), and before the day of an event told before that
    paragraph; that event (the latest such, walking back) is the story's. In the
    flashback's own paragraph the part of the day goes on with it (``... am 14. März
    niedergestochen. Am Abend nahm die Polizei ihn fest``: the 14th). Session 30
    (h30-days)."""
    if first.clause.paragraph == r.clause.paragraph or first.date is None:
        return None
    here = first.clause.paragraph
    told = [o for o in rest if o.clause.paragraph == here]
    before = [o for o in rest if o.clause.paragraph != here]
    if not any(_flashback(o, before, lex) for o in (first, *told)):
        return None
    return next((o for o in before if o.date is not None and o.date > first.date), None)


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
