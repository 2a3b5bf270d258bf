"""The reference of a claim: the place a stated distance is measured from.

:func:`_find_reference` takes the first place after the quantity reached through marker
words, else a descriptive phrase there, else a from-phrase before the number, a neighbour or
an opening clause's place; :func:`_between_places` reads the two ends of ``zwischen X und Y``
/ ``X and Y are N km apart``. It is separate from the subject (:mod:`._subject`), which is
looked for before the quantity and uses what this module decides.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from geomap.claims._context import (
    _FEW_WORDS,
    _first_town_of_sentence_before,
    _from_opener,
    _is_setting,
    _measured_from_dateline,
    _place_in,
    _point_before,
    _tail_place,
)
from geomap.claims._described import (
    _LEAD_SENTENCES,
    _descriptive_kinds,
    _name_like,
    _namesake_seat,
    _resolve_phrase,
    _speaker_place,
)
from geomap.claims._lexicon import (
    _Syntax,
)
from geomap.claims._quantities import (
    Quantity,
    common_nouns,
)
from geomap.claims._ranges import (
    _setting_after_direction,
)
from geomap.claims._routes import (
    _BETWEEN_WINDOW,
    _hyphen_route,
    _journey_ends,
    _length_of_route,
    _relative_length,
    _route_lead,
    _route_length_lead,
    _route_marks,
)
from geomap.claims._sentence import (
    _CLAUSE_PUNCT,
    _MAX_PLACES_BACK,
    _REF_GAP_CHARS,
    _blank_adjectives,
    _Built,
    _dateline_place,
    _ends_clause,
    _gap_ok,
    _head_of,
    _is_point,
    _lang,
    _phrase_after,
    _phrase_right_at,
    _Places,
    _preceded_by,
    _previous_places,
    _SentencePlaces,
    _Structures,
    _Why,
    _word_start,
)
from geomap.lexicons import (
    language_profile,
)
from geomap.model import (
    Document,
    EvidenceHow,
    Place,
    Sentence,
    kind_info,
    kinds_where,
)
from geomap.text import Clause, NounPhrase, SentenceStructure

_PAIR_MARKER_CHARS = 48  # "N km voneinander entfernt", "N km apart"


# The structural walk for a subject: at most this many clauses back, and this many words
# into a clause (a subject is a clause or two away, after a few function words).
_MAX_CLAUSES_BACK = 8


#: a unit a comma sets after a town to say where it lies (``<B>, Alaska``, ``<B>, Kent``):
#: the model's administrative units (a stage keeps no kind set of its own)
_UNIT_KINDS = kinds_where("admin_unit")


# the same without the comma (an apposition set off by commas stays in its sentence part)
_CLAUSE_PUNCT_NOT_COMMA = re.compile(r"[;:!?()\[\]\"“”„«»]|(?<!\d)\.(?!\d)")


#: how far before a distance its gloss opener may start (", or about": the qualifier is
#: part of the quantity)
_GLOSS_CHARS = 24


#: the comma that closes a distance glossing a travel time
_GLOSS_CLOSE = re.compile(r"[\s\u00a0]{0,2},[\s\u00a0]{1,3}")


def _find_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    by_sentence: _Places,
) -> Place | None:
    after = _past_gloss(doc.text, q, after, in_sent, syn)
    p = in_sent.first_from(after)
    if p is not None:
        if q.attributive and (m := syn.route_nouns_listed.match(doc.text, after)) is not None:
            after = m.end()  # "a 300-km, four-hour train ride from <Y>": from the noun on
        elif (
            after == q.end
            and _length_of_route(doc, q, in_sent, syn)
            and (m := syn.route_nouns.match(doc.text, after))
        ):
            # "eine rund 900 Kilometer lange Autofahrt von <Y> entfernt": the German length
            # adjective and its route noun are what "a 900-km drive" is in English
            after = m.end()
        if p.start - after > _REF_GAP_CHARS:
            return None  # what _gap_ok says of so long a gap, without copying it
        gap = _blank_adjectives(
            doc.text, after, p.start, by_sentence.adjectives_within(after, p.start)
        )
        # Right after a direction a genitive needs no marker: "nördlich der Grenze".
        if not _gap_ok(gap, syn, need_marker=q.direction is None or q.direction_end != after):
            return None
        if gap.rstrip().endswith(",") and _GAPPED_DISTANCE.match(doc.text, p.end):
            # "<A> lies N km south-east of the capital, <B> about M km to the north-east",
            # "... südöstlich der Hauptstadt, <B> etwa M Kilometer nordöstlich": a name set
            # off by a comma and followed by its own distance opens a clause whose verb is
            # left out; it is no apposition naming the capital
            return None
        away = syn.away_now.match(doc.text, after)
        if away is not None and away.group(0).strip().casefold() in syn.marker_words:
            away = None  # "N km off the coast": "off" is a marker too
        if away is not None and not _gap_ok(doc.text[away.end() : p.start], syn, need_marker=True):
            # "Rund 115 Kilometer entfernt liegt <X>", "Some 115 km away lies <X>": the
            # away word ends the distance; the place after the verb is what lies there
            return None
        if (
            p.relation is None
            and kind_info(p.kind).is_water
            and not syn.terrain.match(gap)
            and (t := syn.terrain.search(gap)) is not None
            and _word_start(gap, t.start() + len(t.group(0)) - len(t.group(0).lstrip()))
        ):
            # "about N km south-west of the capital across <Strait>": the water is crossed
            # after the reference the words before it name; it is no reference itself
            return None
        if p.relation is None and kind_info(p.kind).is_water and syn.terrain.match(gap):
            # "about N km across the <Strait> from <Y>": the water is crossed on the way;
            # the place a from-marker names right after it is what the distance is
            # measured from
            nxt = in_sent.first_from(p.end)
            if nxt is not None and _gap_ok(doc.text[p.end : nxt.start], syn, need_marker=True):
                return _head_of(doc, nxt, in_sent)
            # "The ferry from <A> to <B>, about N km across the <Strait>, was cancelled":
            # with no from-place after it the water is still only crossed; it is no
            # reference (measured to its shore, a true crossing was called false)
            return None
        if p.relation is None and q.direction_end == after and syn.terrain.match(gap):
            # "to the north-east across the Andes": crossed on the way, not measured from
            return None
        if q.direction_end == after and _setting_after_direction(gap, p, syn):
            # "<X>, some N km south-west on the Atlantic coast": where <X> lies
            return None
        return _head_of(doc, p, in_sent)
    return None


#: right after a place: at most three words and a number (``<B> about 400 km``, ``<B> etwa
#: 400 Kilometer``), with no punctuation between: the place opens a clause of its own
_GAPPED_DISTANCE = re.compile(r"(?:[\s\u00a0]{1,2}[^\W\d_]{1,20}){0,3}[\s\u00a0]{1,2}\d")


def _past_gloss(text: str, q: Quantity, after: int, in_sent: _SentencePlaces, syn: _Syntax) -> int:
    """Where the reference may start when a travel time and the distance gloss each
    other between commas (lexicon ``gloss_openers``): ``<X> is an hour's drive, or about
    N km, from <Y>`` (the distance is the gloss: its closing comma is skipped), ``<X> is
    about N km, or less than an hour's drive, from <Y>``, ``<X> ist rund N km, also eine
    knappe Autostunde, von <Y> entfernt`` (the gloss after it, a few words with no place
    and no digit but a count that opens it, is skipped), ``<X> liegt N km oder 80
    Zugminuten nordöstlich von <Y>`` (a travel time glossing it with no commas, lexicon
    ``gloss_time_words``). Otherwise ``after`` itself."""
    if syn.gloss_before.search(text, max(0, q.start - _GLOSS_CHARS), q.start) is not None:
        m = _GLOSS_CLOSE.match(text, after)
        if m is not None:
            return m.end()
        return after
    m = syn.gloss_after.match(text, after) or syn.gloss_time.match(text, after)
    if m is None or any(after < p.start < m.end() for p in in_sent):
        return after
    return m.end()


def _between_places(
    doc: Document,
    q: Quantity,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    st: SentenceStructure,
    prev: _Built | None = None,
    describe: Callable[[NounPhrase, Place | None], Place | None] | None = None,
) -> tuple[Place, Place] | None:
    """``zwischen X und Y`` / ``between X and Y`` near the quantity and in its clause, or
    in the clause before when the distance is set off after it (``Between X and Y, about
    130 km apart, ...``). ``between them`` / ``zwischen ihnen`` (lexicon
    ``between_pronouns``) is the two ends of the sentence's previous claim (``X is N km
    from Y, and the M-km road between them ...``), else its last two point places before.
    With ``describe`` (a descriptive noun phrase -> the place it stands for, given the
    other end), either end may be a description (``between the port and the capital``,
    ``zwischen <A> und der Hauptstadt``): :func:`_described_between`."""
    text = doc.text
    lo = max(0, q.start - _BETWEEN_WINDOW)
    hi = min(len(text), q.end + _BETWEEN_WINDOW)
    cq = st.clause_index(q.start)
    apposed = cq >= 0 and (
        st.token_index(q.start) == st.clauses[cq].first
        or _route_lead(st, cq, q, syn)
        or _relative_length(doc, q, syn)
        or _route_length_lead(doc, st, cq, q, syn)
    )
    for m in syn.between.finditer(text, lo, hi):
        cm = st.clause_index(m.start())
        if cm != cq and not (apposed and cm == cq - 1):
            continue
        if syn.halfway.search(text, max(0, m.start() - 24), m.start()) is not None:
            continue  # "halfway between A and B" says where the subject lies: no pair
        if syn.between_them.match(text, m.end()):
            return _last_two(m.start(), in_sent, prev)
        first = in_sent.first_from(m.end())
        if first is None or first.start - m.end() > 12:
            got = _described_between(doc, m.end(), None, in_sent, syn, st, describe)
            if got is not None:
                return got
            continue
        second = in_sent.first_after(first.end)
        joint = text[first.end : second.start] if second is not None else ""
        if second is not None and len(joint) <= 12 and syn.pair_and.search(joint):
            return first, second
        got = _described_between(doc, m.end(), first, in_sent, syn, st, describe)
        if got is not None:
            return got
    linked = _linked_over(doc, q, in_sent, syn, st, cq)
    if linked is not None:
        return linked
    return _hyphen_route(doc, q, in_sent, syn, st, cq, apposed) or _journey_ends(
        doc, q, in_sent, syn, st, cq
    )


def _linked_over(
    doc: Document,
    q: Quantity,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    st: SentenceStructure,
    cq: int,
) -> tuple[Place, Place] | None:
    """A link verb with the length before its pair (``die seit 1916 auf rund N km <A> und
    <B> verbindet``, ``verbindet auf N km <A> und <B>``, ``has linked <A> and <B> over some
    N km``): the two places joined by ``und``/``and`` in the distance's clause, right after
    the quantity or right after the link verb, with a verb of the lexicon's ``link_verbs``
    in that clause; None when the clause names any other place."""
    if cq < 0 or syn.link_verbs is None:
        return None
    c = st.clauses[cq]
    text = doc.text
    if syn.link_verbs.search(text, c.start, c.end) is None:
        return None
    k = in_sent.count_ending_by(c.start)
    inside = []
    while k < len(in_sent) and in_sent[k].start < c.end:
        inside.append(in_sent[k])
        k += 1
    if len(inside) != 2 or not all(_is_point(p) for p in inside):
        return None
    first, second = inside
    joint = text[first.end : second.start]
    if len(joint) > 12 or not syn.pair_and.search(joint):
        return None
    # the pair follows the quantity (a few words after it) or the link verb right before it
    gap = text[q.end : first.start]
    after_q = first.start >= q.end and len(gap.split()) <= 1
    m = syn.link_verbs.search(text, max(c.start, first.start - 16), first.start)
    after_link = m is not None and not text[m.end() : first.start].strip()
    return (first, second) if after_q or after_link else None


def _described_between(
    doc: Document,
    pos: int,
    first: Place | None,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    st: SentenceStructure,
    describe: Callable[[NounPhrase, Place | None], Place | None] | None,
) -> tuple[Place, Place] | None:
    """The two ends of a between phrase at ``pos`` when one or both are descriptions
    (``between the port and the capital``, ``zwischen der Hafenstadt und <B>``,
    ``between <A> and the state capital``): a noun phrase with a determiner right after
    the between word (else ``first``, the place there), a pair word (lexicon
    ``pair_and``) within 12 characters, then a place or such a phrase. Each description
    is what ``describe`` makes of it, the second given the first as the other end (a bare
    ``the capital`` beside the dateline's town is the country's capital); None unless
    both ends are found and differ."""
    if describe is None:
        return None
    text = doc.text
    np1 = None
    if first is None:
        np1 = _phrase_right_at(doc, st, pos)
        if np1 is None or np1.determiner is None or _place_in(in_sent, np1) is not None:
            return None
        end1 = np1.end
    else:
        end1 = first.end
    nxt = in_sent.first_from(end1)
    np2 = _phrase_right_at(doc, st, end1, skip=12)
    if nxt is not None and np2 is not None and nxt.start < np2.end:
        np2 = None  # the next words are a place's name
    if np2 is None:
        if nxt is None or first is not None:
            return None  # two named ends are the caller's case
        joint = text[end1 : nxt.start]
        if len(joint) > 12 or not syn.pair_and.search(joint) or np1 is None:
            return None
        p1 = describe(np1, nxt)
        return (p1, nxt) if p1 is not None and p1.id != nxt.id else None
    if np2.determiner is None:
        return None
    joint = text[end1 : np2.start]
    if len(joint) > 12 or not syn.pair_and.search(joint):
        return None
    if first is not None:
        p2 = describe(np2, first)
        return (first, p2) if p2 is not None and p2.id != first.id else None
    assert np1 is not None
    # both described: each is read given the other (a bare "the capital" beside the
    # dateline's town is the country's capital, not that town)
    p1 = describe(np1, None)
    p2 = describe(np2, p1)
    if p2 is not None:
        p1 = describe(np1, p2) or p1
    if p1 is None or p2 is None or p1.id == p2.id:
        return None
    return p1, p2


def _pair_marked(doc: Document, q: Quantity, after: int, sent: Sentence, syn: _Syntax) -> bool:
    """``N km voneinander``/``N km apart`` after the distance, or a pair verb on either side
    in the same clause (``X und Y trennen N km``, ``N miles separate X and Y``)."""
    window = doc.text[after : min(sent.end, after + _PAIR_MARKER_CHARS)]
    m = syn.pair_markers.search(window)
    if m is not None and not _CLAUSE_PUNCT.search(window[: m.start()]):
        return True
    m = syn.pair_verbs.search(window)
    if m is not None and not _CLAUSE_PUNCT.search(window[: m.start()]):
        return True
    lo = max(sent.start, q.start - _PAIR_MARKER_CHARS)
    before = doc.text[lo : q.start]
    verbs = list(syn.pair_verbs.finditer(before))
    last = verbs[-1] if verbs else None
    return last is not None and not _CLAUSE_PUNCT.search(before[last.end() :])


def _away_in_place(
    doc: Document,
    sent: Sentence,
    after: int,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
) -> tuple[Place, Place] | None:
    """(subject, reference) of ``<thing> is N km away, in <X>`` (``Das nächste offene
    Krankenhaus ist N km entfernt, in <X>``): an away word right after the distance, then
    a comma and a containment word (lexicon ``containment_words``) before a point place of
    the sentence, <X>, the subject. The reference is where the text stands: the quoted
    speaker's place (:func:`_speaker_place`), else the first point place of the sentence
    before other than the dateline's; never <X>. None otherwise."""
    m = syn.away_after.match(doc.text, after)
    if m is None:
        return None
    x = in_sent.first_from(m.end())
    if x is None or not _is_point(x) or not x.resolved:
        return None
    gap = doc.text[m.end() : x.start].strip().lstrip(",").strip().casefold()
    if gap not in syn.containment_words:
        return None
    speaker = _speaker_place(doc, sent, after, in_sent, syn)
    if speaker is not None and speaker.id != x.id:
        return x, speaker
    d = by_sentence.dateline
    before = next(
        (
            p
            for p in by_sentence.get(sent.index - 1)
            if _is_point(p)
            and p.resolved
            and p.id != x.id
            and not _is_setting(p)
            and (d is None or p.start != d.start)
        )
        if sent.index > 0
        else iter(()),
        None,
    )
    # (the dateline alone is no place such a sentence stands at: a story filed far away
    # says where the nearest one is from where the people are, which it has not named)
    return (x, before) if before is not None else None


def _apart_next(doc: Document, q: Quantity, after: int, sent: Sentence, syn: _Syntax) -> bool:
    """A pair marker (lexicon ``pair_markers``: ``apart``, ``voneinander``) follows the
    distance in its clause (``N km apart``, ``rund N Kilometer voneinander entfernt``)."""
    window = doc.text[after : min(sent.end, after + _PAIR_MARKER_CHARS)]
    m = syn.pair_markers.search(window)
    return m is not None and not _CLAUSE_PUNCT.search(window[: m.start()])


def _separated_length(doc: Document, q: Quantity, sent: Sentence, syn: _Syntax) -> bool:
    """``<A> and <B> are separated by some N km of mountains``, ``N km of desert separate
    <A> from <B>``: a length of what lies between (``N km of ...``, lexicon
    ``length_of``) that a pair verb or marker of its clause joins to two ends is their
    distance, not the length of a thing."""
    return (
        q.measure == "length"
        and syn.length_of_after.match(doc.text, q.end) is not None
        and _pair_marked(doc, q, q.direction_end or q.end, sent, syn)
    )


def _from_origin(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    in_sent: _SentencePlaces,
    structures: _Structures,
    syn: _Syntax,
) -> Place | None:
    """The point place after a from-marker (``from <A>``, ``von <A>``) before the distance,
    in its clause or the clause before it: where a journey that the sentence reports
    started, so the place a bare direction is seen from."""
    _, _, after_from = in_sent.fact("route", lambda: _route_marks(doc, in_sent, syn))
    if after_from is None or after_from.end > q.start or not _is_point(after_from):
        return None
    st = structures.of(sent)
    cq, cf = st.clause_index(q.start), st.clause_index(after_from.start)
    return after_from if cf in (cq, cq - 1) else None


def _movement_origin(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    subject: Place,
    in_sent: _SentencePlaces,
    structures: _Structures,
    by_sentence: _Places,
    syn: _Syntax,
) -> tuple[Place, Place] | None:
    """(subject, reference) of a distance set off right after the place a movement came
    from: the clause right before the distance's ends in a point place after a
    from-marker (lexicons ``route_from``, ``origin_markers``; in German a verb or its
    particle may close the clause after it: ``zog von <B> heran``, ``aus <B> geflohen
    waren``), the sentence tells a movement there (a route noun or lexicon
    ``journey_words``: ``fled``, ``spread``, ``evacuees``, ``Helfer``; in that clause, or
    after the distance when the from-phrase opens the sentence: ``Aus <B>, rund N km
    nördlich, kamen Helfer nach <A>``), and no other point place stands in that clause
    before it, or only one a subordinating word keeps apart (lexicon ``subordinators``:
    ``as``, ``after``, ``who``). A destination in the clause (``reached <A> from <B>, N
    km to the north``) makes the distance the journey's heading instead, and a phrase
    with no movement (``<A>, across the strait from <B>, ...``) a relation of places.

    The reference is the place the sentence is about: the subject the clause walk found
    when that is another point place, else the place kept apart (``<A> was put on alert
    as the fire moved in from <B>, ...``), else the first point place after the distance
    (``Evacuees from <B>, N km ..., reached <A>``), else the nearest one before the
    from-phrase's clause (``<A> nahm Familien auf, die aus <B> geflohen waren, das ...``);
    never the dateline's address. None when there is none: the claim is read as before."""
    st = structures.of(sent)
    cq = st.clause_index(q.start)
    if cq == 0:
        return None
    c = st.clauses[cq - 1]
    origin = _tail_place(st, c.first, c.last, in_sent)
    if (
        origin is None
        or not origin.resolved
        or _is_setting(origin)
        or not (
            _preceded_by(doc, origin, syn.route_from_before)
            or _preceded_by(doc, origin, syn.origin_before)
        )
        or any(p.start >= origin.end and p.end <= q.start for p in in_sent)
    ):
        return None
    rest = range(st.token_index(origin.end), c.last + 1)
    if not _ends_clause(st, c, origin) and not (
        language_profile(syn.lang).verb_ends_clauses
        and len(rest) <= 3
        and all(st.tokens[k].text.isalpha() and st.tokens[k].text.islower() for k in rest)
    ):
        return None
    told = range(c.first, c.last + 1)
    if cq == 1 and cq + 1 < len(st.clauses):
        # "Aus <B>, rund N km nördlich, kamen Helfer nach <A>": a fronted from-phrase
        after_q = st.clauses[cq + 1]
        told = range(c.first, after_q.last + 1)
    if not any(st.tokens[k].fold in syn.journey for k in told):
        return None
    dest = _destination(q, origin, in_sent, structures, sent)
    if dest is not None and not any(
        st.tokens[k].fold in syn.subordinators
        for k in range(st.token_index(dest.end), st.token_index(origin.start))
    ):
        return None
    view: Place | None
    if subject is not origin and subject.id != origin.id:
        view = subject
    elif dest is not None:
        view = dest
    else:
        view = next(
            (p for p in in_sent[in_sent.count_ending_by(q.end) :] if p.id != origin.id),
            None,
        ) or _point_before(origin, in_sent)
    if (
        view is None
        or not _is_point(view)
        or not view.resolved
        or _is_setting(view)
        or by_sentence.is_dateline_address(view)
    ):
        return None
    return origin, view


def _destination(
    q: Quantity,
    origin: Place,
    in_sent: _SentencePlaces,
    structures: _Structures,
    sent: Sentence,
) -> Place | None:
    """The other point place of the journey's clause (``reached <B> from <A>``): the
    nearest point place before the distance, in the origin's clause, that is not the
    origin."""
    st = structures.of(sent)
    co = st.clause_index(origin.start)
    n = in_sent.count_ending_by(q.start)
    for p in reversed(in_sent[:n]):
        if st.clause_index(p.start) != co:
            continue
        if p is not origin and p.id != origin.id and _is_point(p):
            return p
    return None


def _attributive_away(
    doc: Document, q: Quantity, after: int, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """``im 30 Kilometer entfernten Potsdam``: the place the distance is attributed to."""
    m = syn.attributive_away.match(doc.text, after)
    if m is None:
        return None
    nxt = in_sent.first_from(m.end())
    if nxt is None:
        return None
    gap = doc.text[m.end() : nxt.start]
    if len(gap) > 30 or len(gap.split()) > 3 or _CLAUSE_PUNCT.search(gap):
        return None
    return nxt


def _implicit_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    subject: Place,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
) -> Place | None:
    """The place a text was just at: the nearest point before the quantity in the
    sentence (looking back over at most :data:`_MAX_PLACES_BACK` places), else the subject
    of a claim in the sentence before (``In <A>, N km south of <B>, ... . Many came from the
    M-km-distant <C>``: the text stands at <A>, not at the reference it measured <A>
    from), else the last point of the previous sentences, else the dateline, else the
    first point place after the subject."""
    n_before = in_sent.count_ending_by(q.start)
    for k in range(n_before - 1, max(-1, n_before - 1 - _MAX_PLACES_BACK), -1):
        p = in_sent[k]
        if _is_point(p) and p.id != subject.id and not by_sentence.is_dateline_address(p):
            return p
    last = by_sentence.last_subject
    if (
        last is not None
        and _is_point(last)
        and last.id != subject.id
        and last.end <= q.start
        and last.sentence == sent.index - 1  # the sentence just before: where the text is
    ):
        return last
    for p in _previous_places(doc, by_sentence, sent):
        if _is_point(p) and p.resolved and p.id != subject.id:
            return p
    d = _dateline_place(doc, by_sentence)
    if d is not None and d.id != subject.id:
        return d
    # nothing before it: the place the sentence goes on to ("Das 60 km entfernte <A>
    # schickte Helfer nach <B>")
    k = bisect_right(in_sent.starts, subject.start)
    for p in in_sent[k : k + _MAX_PLACES_BACK]:
        if _is_point(p) and p.id != subject.id:
            return p
    return None


def _described_topic(subject: Place, sent: Sentence, by_sentence: _Places) -> Place | None:
    """The place the sentence before was about, when it spoke of it without naming it:
    the subject of a claim made in the sentence right before ``sent`` that was named in an
    earlier sentence still (``The North Darfur capital``, ``The backpacker town``, ``it``
    for a town named before). The text has stayed at that place for two sentences, so it
    is where an implicit direction is seen from; None otherwise (a subject named in its
    own claim's sentence leaves the dateline in charge), or when it is the dateline's
    place or the subject itself."""
    last = by_sentence.last_subject
    d = by_sentence.dateline
    if (
        last is None
        or by_sentence.last_claim_sentence != sent.index - 1
        or last.sentence >= by_sentence.last_claim_sentence
        or not _is_point(last)
        or not last.resolved
        or last.id == subject.id
        or (d is not None and (last.start == d.start or last.id == d.id))
        # "... . <A> lost power. The town lies N km south-west of <D>. <B>, some M km to
        # the north-west, ...": a town the lead did not name (no site of the story's
        # event), placed from the dateline's town by the sentence before, is a stop of a
        # tour from there, so the direction is still seen from the dateline (session 26;
        # "shelled <A>. The <region> capital, N km east of <D>, ..." keeps <A>)
        or (
            last.sentence >= _LEAD_SENTENCES
            and _measured_from_dateline(by_sentence.last_reference, by_sentence)
        )
        # "<A>'s main town lies N km ... . <B> in <Other country>, some M km to the
        # north-east, ...": a town across a border is no step of the walk from town to
        # town; the distance is seen from where the story is filed
        or (
            subject.country_code is not None
            and last.country_code is not None
            and subject.country_code != last.country_code
        )
    ):
        return None
    return last


#: how many words before a subject a neighbour word may stand ("the neighbouring
#: mining town of <B>")
_NEIGHBOUR_WORDS_BACK = 5


def _neighbour_of(
    doc: Document, sent: Sentence, subject: Place, by_sentence: _Places, syn: _Syntax
) -> Place | None:
    """The town a subject called a neighbour (lexicon ``neighbour_words``: ``Die
    Nachbarstadt <B>``, ``Neighbouring <B>``, ``the twin town of <B>``, within
    :data:`_NEIGHBOUR_WORDS_BACK` words before it in its sentence) is the neighbour of:
    the subject of the claim made in the sentence right before, else the first point
    place of that sentence; never the subject itself or the dateline's address. The word
    says the two towns are near each other, so an implicit direction (``N km westlich``)
    is seen from the town the text just stood at, not from the dateline."""
    if syn.neighbour is None or sent.index == 0:
        return None
    words = list(re.finditer(r"\S+", doc.text[sent.start : subject.start]))
    lo = sent.start + (
        words[-_NEIGHBOUR_WORDS_BACK].start() if len(words) >= _NEIGHBOUR_WORDS_BACK else 0
    )
    if syn.neighbour.search(doc.text, lo, subject.start) is None:
        return None
    last = by_sentence.last_subject
    if (
        last is not None
        and by_sentence.last_claim_sentence == sent.index - 1
        and _is_point(last)
        and last.resolved
        and last.id != subject.id
        and not by_sentence.is_dateline_address(last)
    ):
        return last
    d = by_sentence.dateline
    for p in by_sentence.get(sent.index - 1):
        if (
            _other_point_at(p, subject, by_sentence)
            and (d is None or p.start != d.start)  # the dateline is where it is told from
        ):
            return p
    return None


def _possessive_neighbour(
    doc: Document, st: SentenceStructure, k: int, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The place that clause ``k`` calls a neighbour's own, when the clause is an
    apposition opening with a point place in the possessive and a neighbour noun (lexicon
    ``possessive_neighbour_nouns``): ``<X>, <A>'s neighbour to the east, lies N km away``,
    ``<X>, <A>s Nachbarstadt im Süden, liegt rund N km entfernt``. The clause says what
    <X> is (a neighbour of <A>): <A> is no subject the distance describes but where <X>
    is seen from. ``None`` for any other clause (``<A>'s largest port``, ``<A>, a
    neighbour ...``)."""
    if syn.possessive_neighbour is None or k < 1:
        return None
    c = st.clauses[k]
    p = in_sent.first_from(c.start)
    if p is None or p.start != c.start or p.end > c.end:
        return None
    if syn.possessive_neighbour.match(doc.text, p.end, c.end) is None:
        return None
    # a region named like its seat ("Madrid's neighbour") is a town's neighbour: its seat
    p = _namesake_seat(doc, p, "point", syn)
    return p if _is_point(p) else None


def _possessor_between(
    doc: Document,
    st: SentenceStructure,
    subject: Place,
    q: Quantity,
    in_sent: _SentencePlaces,
    syn: _Syntax,
) -> Place | None:
    """The possessor of a neighbour apposition (:func:`_possessive_neighbour`) set off
    between ``subject`` and the distance, at most :data:`_MAX_CLAUSES_BACK` clauses."""
    lo, hi = st.clause_index(subject.start), st.clause_index(q.start)
    if lo < 0 or hi <= lo + 1:
        return None
    for k in range(lo + 1, min(hi, lo + 1 + _MAX_CLAUSES_BACK)):
        got = _possessive_neighbour(doc, st, k, in_sent, syn)
        if got is not None:
            return got
    return None


def _opening_apposition_origin(
    doc: Document, sent: Sentence, q: Quantity, subject: Place, by_sentence: _Places
) -> Place | None:
    """Where ``<B>, about N km to the south, ...`` opening its sentence is seen from when
    the sentence before stood at a town and made no claim (``On the east coast, <A>
    recorded gusts of 90 km/h. <B>, about N km to the south, lost power``; ``In <A>, ...
    . <B>, some N km to the west, ...``): that sentence's first point place, in the
    subject's country, never the dateline's place or its address. Wire copy walks from
    town to town; a town set off at the start of the next sentence with only a distance
    and a direction is placed from the town just described, not from where the story was
    filed. None when the subject does not open its sentence, the distance is not in a
    comma-set apposition right after it, or the sentence before names no such town."""
    if sent.index == 0 or by_sentence.last_claim_sentence == sent.index - 1:
        return None
    if doc.text[sent.start : subject.start].strip(" \t\n\"'“‘„") or not doc.text[
        subject.end : q.start
    ].lstrip().startswith(","):
        return None
    return _first_town_of_sentence_before(sent, subject, by_sentence)


def _opening_clause_origin(
    doc: Document, sent: Sentence, q: Quantity, subject: Place, by_sentence: _Places, syn: _Syntax
) -> Place | None:
    """Where ``<B> lies N km to the north-east``, ``<B> is N km away`` or ``<B>, N km
    away, ...`` is seen from when <B> opens its sentence and the sentence before was about
    another town (``Floods cut off <A>. <B> lies N km to the west and lost its bridge``,
    ``Am schlimmsten traf es <A>. <B> liegt rund N km nordwestlich``): that town, not the
    dateline. The place that opens the clause is the subject, and a distance with no
    reference of its own is measured from where the text just stood, the sentence
    before's first point place. Not after a sentence that made a claim of its own (``<A>
    lies N km south of <D>. <B>, about M km to the south-east, ...``: the text keeps
    that claim's frame, the dateline). Only a comma right before the distance
    or a location verb (lexicon ``clause_location_verbs``: lies, is, liegt) may stand
    between <B> and the distance. The town must be in the subject's country and not the
    dateline's (its token, its address or its town); None otherwise, and the dateline
    reading stands."""
    if sent.index == 0:
        return None
    text = doc.text
    particles = syn.phrases.particles
    opening = text[sent.start : subject.start].strip(" \t\n\"'“‘„")
    named = bool(opening) and any(w.casefold() not in particles for w in opening.split())
    if named and not _naming_opening(opening, syn):
        return None  # ("Auch <B> ist nur N km entfernt": a focus particle opens it too)
    gap = text[subject.end : q.start].strip()
    if gap != "," and not _opening_clause_gap(text, subject, q, by_sentence, syn, aside=not named):
        # after a naming phrase no aside: "The fishing town of <B>, where whales gather
        # in spring, lies N km to the south-east" describes <B> at length, as a story's
        # new subject, and keeps the dateline's frame
        return None
    if by_sentence.last_claim_sentence == sent.index - 1:
        # the sentence before measured its own place: the text keeps its frame
        return None
    return _first_town_of_sentence_before(sent, subject, by_sentence)


#: the most words of a naming phrase before a clause-opening name (``The regional hub of``)
_NAMING_WORDS = 4


def _naming_opening(opening: str, syn: _Syntax) -> bool:
    """Is ``opening`` (the words before a clause-opening name) a phrase that only says what
    sort of place the name is: a determiner, at most a few words and a head noun that
    stands for a town (lexicon ``descriptive``), then ``of`` in English (``The regional hub
    of <B>``, ``The mining town of <B>``, ``Die Hafenstadt <B>``, ``Das Bergdorf <B>``)?
    The name is then the clause's subject as if it opened the clause alone.

    >>> from geomap.claims._lexicon import _syntax
    >>> syn = _syntax("en")
    >>> _naming_opening("The regional hub of", syn), _naming_opening("Officials in", syn)
    (True, False)
    """
    words = opening.split()
    if not 2 <= len(words) <= _NAMING_WORDS or words[0].casefold() not in syn.phrases.determiners:
        return False
    if any(not w.isalpha() for w in words):
        return False
    head = words[-1].casefold()
    if head in syn.name_of:
        head = words[-2].casefold() if len(words) > 2 else ""
    return "city" in _descriptive_kinds(head, syn)


def _opening_clause_gap(
    text: str,
    subject: Place,
    q: Quantity,
    by_sentence: _Places,
    syn: _Syntax,
    *,
    aside: bool = True,
) -> bool:
    """Is what stands between a clause-opening <B> and its distance only a location verb
    (lexicon ``clause_location_verbs``) with focus particles (lexicon ``particles``:
    ``too``, ``only``, ``auch``, ``nur``), after at most one aside set off by commas that
    names no place (``<B>, the province's second city, is about N km away``, ``<B>, too,
    is N km away``, ``<B>, eine Kleinstadt an der Grenze, liegt rund N Kilometer
    entfernt``)? The aside is an apposition or particle of <B>; the verb keeps <B> the
    clause's subject. A place in the aside (``<B>, south of <C>, lies ...``) or any other
    punctuation leaves the reading to the other rules; without ``aside``, no aside at
    all."""
    lo, hi = subject.end, q.start
    pieces = re.split(r",(?=\s)", text[lo:hi])
    if len(pieces) == 3 and aside:
        if pieces[0].strip():
            return False
        aside_lo = lo + len(pieces[0]) + 1
        aside_hi = aside_lo + len(pieces[1])
        if not pieces[1].strip() or _CLAUSE_PUNCT_NOT_COMMA.search(pieces[1]) is not None:
            return False
        if any(aside_lo <= p.start < aside_hi for p in by_sentence.get(subject.sentence)):
            return False
        rest = pieces[2]
    elif len(pieces) == 1:
        rest = pieces[0]
    else:
        return False
    if _CLAUSE_PUNCT.search(rest) is not None:
        return False
    words = [w.casefold() for w in rest.split()]
    verbs = [w for w in words if w in syn.clause_location_verbs]
    return bool(verbs) and all(
        w in syn.clause_location_verbs or w in syn.phrases.particles for w in words
    )


#: how far after a distance a from-marker and its name are read ("rund 150 Kilometer vom
#: <Name> entfernt", "in N km Entfernung von <Name>")
_UNKNOWN_FROM_CHARS = 40


def _unknown_from_name(
    doc: Document,
    sent: Sentence,
    after: int,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    *,
    after_direction: bool = False,
) -> str | None:
    """A capitalised name right after a from-marker in the few words after a distance
    (``vom <Name> entfernt``, ``Entfernung von <Name>``, ``from <Name>``) that is no place
    the geoparser found and, in German, no common noun: the text names a reference geomap
    does not know (its name), else None. Right after a direction (``after_direction``)
    any reference marker counts (``90 km east of <Name>``, ``östlich von <Name>``)."""
    hi = min(sent.end, after + _UNKNOWN_FROM_CHARS)
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", doc.text[after:hi]))
    known_nouns = common_nouns(_lang(doc))
    for i, m in enumerate(words[:-1]):
        if _CLAUSE_PUNCT.search(doc.text, after, after + m.start()):
            return None
        word = m.group(0).casefold()
        if word not in syn.route_from_words and not (
            after_direction and i == 0 and word in syn.marker_words
        ):
            continue
        nxt = words[i + 1]
        if nxt.group(0).casefold() in syn.articles and i + 2 < len(words):
            nxt = words[i + 2]
        name = nxt.group(0)
        start = after + nxt.start()
        if not name[:1].isupper() or name in known_nouns:
            return None
        p = in_sent.first_from(start)
        if p is not None and p.start <= start:
            return None  # a place the geoparser found
        return name
    return None


def _away_from(
    subject: Place,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    sent: Sentence | None = None,
    at: int | None = None,
    until: int | None = None,
    st: SentenceStructure | None = None,
) -> Place | None:
    """What ``<subject>, N km away`` is away from: the nearest point place before the
    subject in its sentence (before ``at``, where the text names it, when that is a
    description: ``Officials in <A> said the capital, N km away``), else (with ``sent``,
    when the story has no dateline) the nearest point place between the subject and the
    distance (``until``: ``Fighting near <B> ..., said an official reached by phone in
    <A>, some N km away``: the two places the sentence names are the two ends), else the
    last point place of the sentence before (``In <A> ... . <B> ist über N km
    entfernt``), else the dateline's place (never the subject itself). With the sentence's
    structure ``st``, a place inside a relative clause that closed before the subject is
    passed over: ``Clashes in <A>, where rebels seized <T> last year, spread to <B>, some
    N km away`` is away from <A>, the place the relative clause describes."""
    n_before = in_sent.count_ending_by(subject.start if at is None else at)
    ci_subject = st.clause_index(subject.start) if st is not None else -1
    for k in range(n_before - 1, max(-1, n_before - 1 - _MAX_PLACES_BACK), -1):
        p = in_sent[k]
        if (
            st is not None
            and (ci_p := st.clause_index(p.start)) >= 0
            and ci_p != ci_subject
            and st.clauses[ci_p].kind == "relative"
        ):
            continue
        # (a line of latitude or a sea is no place the sentence stands at: "<A>, which
        # sits on the Tropic of Capricorn, and <B>, about 290 km further north" is from <A>)
        if _other_point_at(p, subject, by_sentence):
            return p
    d = by_sentence.dateline
    if sent is not None and d is None and until is not None:
        between = [
            p
            for p in in_sent
            if subject.end <= p.start
            and p.end <= until
            and _is_point(p)
            and p.resolved
            and p.id != subject.id
            and not _is_setting(p)
        ]
        if between:
            return between[-1]
    if sent is not None and d is None and sent.index > 0:
        for p in reversed(by_sentence.get(sent.index - 1)):
            if _is_point(p) and p.resolved and p.id != subject.id and not _is_setting(p):
                return p
    return d if d is not None and _is_point(d) and d.id != subject.id else None


_SETTING_WORDS = 5  # "an der felsigen Küste", "in the hills", "on the coast"


def _clause_ends_but_setting(
    doc: Document,
    sent: Sentence,
    pos: int,
    structures: _Structures,
    syn: _Syntax,
    in_sent: _SentencePlaces,
) -> bool:
    """Only a short locative phrase that names nothing follows in the clause (``<X>, rund
    N km südwestlich an der Küste, ...``, ``<X>, some N km to the north in the hills,
    ...``): it says where the subject lies, so the direction is still seen from where the
    text stands. Not when the phrase names a place, holds a marker word or a number, or a
    noun that stands for a place (``N km südlich in der Hauptstadt``, ``in the port
    city``): those may be a reference of their own. A coast, sea or region it names
    (``an der Atlantikküste``, ``on the Red Sea``) is a setting too."""
    st = structures.of(sent)
    ci = st.clause_index(pos)
    if ci < 0 or st.clauses[ci].end <= pos:
        return False
    end = st.clauses[ci].end
    rest = doc.text[pos:end]
    words = re.findall(r"\w+", rest.casefold())
    if not 2 <= len(words) <= _SETTING_WORDS or any(ch.isdigit() for ch in rest):
        return False
    if syn.locative_word.fullmatch(words[0]) is None:
        return False
    if any(
        w in syn.marker_words or w in syn.capital_nouns or _descriptive_kinds(w, syn)
        for w in words[1:]
    ):
        return False
    k = bisect_left(in_sent.starts, pos)
    # a coast, sea or region it names is where the subject lies, too ("<X>, some N km
    # south-west on the Atlantic coast", _setting_after_direction)
    return all(p.relation is not None or _is_setting(p) for p in in_sent[k:] if p.start < end)


def _setting_before(
    doc: Document,
    subject: Place,
    reference: Place | None,
    in_sent: _SentencePlaces,
    syn: _Syntax,
) -> bool:
    """``subject`` stands in the distance's sentence before ``reference`` after a
    containment word (lexicon ``containment_words``: ``Clinics in <A> took in patients
    from <B>``): the place the sentence stands at, a setting, with no place and no clause
    punctuation between it and the reference; not a place the sentence says lies
    somewhere (``in <A>, across the hills from <B>, N km ...``)."""
    if reference is None or subject.end > reference.start or subject.sentence != reference.sentence:
        return False
    if any(subject.end <= p.start and p.end <= reference.start for p in in_sent):
        return False
    if _CLAUSE_PUNCT.search(doc.text, subject.end, reference.start):
        # "Shops stayed shut in <A>, across the hills from <B>, some N km to the
        # north-east": an apposition set off after <A> says where <A> lies
        return False
    m = re.search(r"(\w+)[\s\u00a0]{1,2}$", doc.text[max(0, subject.start - 20) : subject.start])
    return m is not None and m.group(1).casefold() in syn.containment_words


#: subject evidence that names the subject in the distance's clause chain
_NAMED_HOWS = frozenset({"named", "apposition", "clause subject", "relative clause"})


def _set_off_destination(
    st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Clause ``c`` is a to-phrase (lexicon ``route_to``: ``to <B>``, ``nach <B>``) that
    ends in a point place, set off by commas inside a journey (``Ships sailed from <A>, on
    the <Sea>, to <B>, some N km to the south-west``): the way's destination, which an
    apposed distance after it describes, as it does with no insertion (``from <A> to <B>,
    some N km ...``)."""
    if st.tokens[c.first].fold not in syn.route_to_words:
        return _relative_destination(st, c, in_sent, syn)
    tail = _tail_place(st, c.first, c.last, in_sent)
    return tail is not None and _ends_clause(st, c, tail) and c.last - c.first <= _FEW_WORDS


def _relative_destination(
    st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Clause ``c`` is a relative clause that ends in a to-phrase's point place (``...
    visitors, who often continue to <B>, about N km from <C>``, ``... Pilger, die weiter
    nach <B> ziehen, rund N km ...``: the way's destination is the nearest noun before
    the distance set off after it, which describes that place, not the clause's
    antecedent a clause further back."""
    if c.kind != "relative":
        return False
    tail = _tail_place(st, c.first, c.last, in_sent)
    if tail is None or not tail.resolved or not _is_point(tail):
        return False
    k = st.token_index(tail.start)
    # the place ends the clause, or only a verb follows it ("die weiter nach <B> reisen":
    # a German relative clause puts its verb last)
    last = st.tokens[c.last]
    ends = _ends_clause(st, c, tail) or (
        last.start >= tail.end and st.token_index(tail.end) == c.last and last.text[:1].islower()
    )
    # the to-word right before the place, or before its article
    before = [st.tokens[j].fold for j in range(max(c.first, k - 2), k)]
    return ends and (
        (bool(before) and before[-1] in syn.route_to_words)
        or (len(before) == 2 and before[0] in syn.route_to_words and before[1] in syn.articles)
    )


def _second_of_between(doc: Document, p: Place, in_sent: _SentencePlaces, syn: _Syntax) -> bool:
    """``p`` is the second place of ``zwischen A und B`` / ``between A and B``."""
    k = in_sent.count_ending_by(p.start)
    if k == 0:
        return False
    first = in_sent[k - 1]
    joint = doc.text[first.end : p.start]
    if len(joint) > 12 or syn.pair_and.search(joint) is None:
        return False
    return syn.between.search(doc.text, max(0, first.start - 16), first.start) is not None


def _other_point_at(p: Place, subject: Place, by_sentence: _Places) -> bool:
    """``p`` can be where a distance of ``subject`` is measured from: a resolved point
    other than the subject, not a setting (a sea, a line of latitude) and not the
    dateline's own address."""
    return (
        _is_point(p)
        and p.resolved
        and p.id != subject.id
        and not _is_setting(p)
        and not by_sentence.is_dateline_address(p)
    )


#: between a claim's end and a coordinated second distance: fillers and one coordinator
def _gapped_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    subject: Place,
    prev: _Built | None,
    syn: _Syntax,
) -> Place | None:
    """``<A> is 95 km north-east of <R>, <B> about 30 km north``, ``<A> liegt N km von <R>
    entfernt, <B> rund M km``: a second subject right before its distance, with the verb
    and the reference left out (gapping), takes the previous claim's reference. Only the
    subject's name and a comma or a coordinator stand between the two claims."""
    if (
        prev is None
        or prev.reference is None
        or prev.subject is None
        or prev.claim.sentence != sent.index
        or not (prev.end <= subject.start and subject.end <= q.start)
        or subject.id in (prev.subject.id, prev.reference.id)
        or not _is_point(prev.reference)
    ):
        return None
    text = doc.text
    lo = prev.end
    if (away := syn.away_after.match(text, lo, subject.start)) is not None:
        lo = away.end()  # "<A> liegt N km von <R> entfernt, <B> rund M km"
    gap = text[lo : subject.start].casefold()
    words = gap.replace(",", " ").split()
    if not ("," in gap or words) or any(w not in syn.phrases.coordinators for w in words):
        return None
    if text[subject.end : q.start].strip(" \u00a0"):
        return None  # a verb or other words: the clause is no gapped one
    return prev.reference


def _last_two(
    pos: int, in_sent: _SentencePlaces, prev: _Built | None
) -> tuple[Place, Place] | None:
    """The two places ``them`` means at ``pos``: the previous claim's ends when both are
    points, else the last two different point places before ``pos`` in the sentence."""
    if (
        prev is not None
        and prev.subject is not None
        and prev.reference is not None
        and _is_point(prev.subject)
        and _is_point(prev.reference)
        and prev.subject.id != prev.reference.id
    ):
        return prev.subject, prev.reference
    found: list[Place] = []
    for p in reversed(in_sent[: in_sent.count_ending_by(pos)]):
        if _is_point(p) and p.resolved and all(p.id != f.id for f in found):
            found.append(p)
            if len(found) == 2:
                return found[1], found[0]
    return None


def _parallel_reference(
    text: str,
    prev: _Built | None,
    subject: Place,
    sent: Sentence,
    why: _Why,
    by_sentence: _Places,
    syn: _Syntax,
    direction: str | None = None,
) -> Place | None:
    """``<A> lies N km north-west of <D>, and <B>, the salsa capital, some M km to the
    south-west``: a second named place with a bare direction, after a claim of the same
    sentence measured from the dateline's place, is measured from it too (the sentence
    lists places around the story's place). A described subject (``the volcano's
    crater``) stays with the place the sentence stands at. A subject read from its own
    mention has no ``why`` yet (it is ``named``): ``<DATELINE> - <A>, N km to the west, and
    <B>, M km to the north-east, reported cases`` lists both around the dateline's place
    (session 28: <B> was measured from <A>, and true claims were called inconsistent); so
    are two bare distances with no direction (``<A>, N km away, and <B>, M km away``): the
    previous claim needs a direction only when this one (``direction``) has one. These two
    readings new in session 28 (a subject with no ``why`` yet, a distance with no
    direction) take a subject listed after a coordinator only (``, and <B>``, ``, and in
    <B>``, ``und <B>``): ``Rescuers in <A>, N miles to the south, reached <B>, M miles
    away``, ``Retter aus <A>, rund N km nordöstlich, erreichten <B>, etwa M km entfernt``
    stand at <A>, where the rescuers are."""
    d = by_sentence.dateline
    if (
        prev is None
        or d is None
        or prev.reference is None
        or prev.reference.id != d.id
        or prev.claim.sentence != sent.index
        or (prev.claim.direction is None and direction is not None)
        or (why.subject is not None and why.subject[0] not in _NAMED_HOWS)
        or subject.id == d.id
        or (
            (why.subject is None or direction is None)
            and not _listed_after(text, prev.end, subject, syn)
        )
    ):
        return None
    return prev.reference


def _listed_after(text: str, lo: int, subject: Place, syn: _Syntax) -> bool:
    """The words between ``lo`` and ``subject`` end in a coordinator or a semicolon,
    prepositions and articles aside (``, and in <B>``, ``, sent engines, and <B>``, ``, und
    <B>``, ``...; <B>``): the subject opens a new item of a list, no object of a verb
    (``reached <B>``)."""
    lex = syn.phrases
    semi = text.rfind(";", lo, subject.start)
    words = [w.casefold() for w in _WORD.findall(text, max(lo, semi + 1), subject.start)]
    while words and (words[-1] in lex.prepositions or words[-1] in lex.determiners):
        words.pop()
    if not words:
        return semi >= 0
    return words[-1] in lex.coordinators


def _where_from(p: Place, sent: Sentence, by_sentence: _Places) -> EvidenceHow:
    if p is by_sentence.dateline:
        return "dateline"
    return "named" if p.sentence == sent.index else "previous sentence"


_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?[\s\u00a0]")


_APPOSITION_COMMA = re.compile(r"[\s\u00a0]{0,2},[\s\u00a0]{1,3}")


def _possessor_in_apposition(
    text: str, subject: Place, reference: Place | None, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The point place an apposition opened by a possessive area describes: ``<Town>,
    <Region>'s second city, ...`` -> <Town>. An area followed by ``'s`` owns the noun after
    it (``Tasmania's second city``); with a point place and only a comma right before
    it, the whole phrase is that place's apposition and the area no subject."""
    if _POSSESSIVE_AFTER.match(text, subject.end) is None:
        return None
    k = in_sent.count_ending_by(subject.start)
    if k == 0:
        return None
    p = in_sent[k - 1]
    if (
        not _is_point(p)
        or not p.resolved
        or p is reference
        or (reference is not None and p.id == reference.id)
        or _APPOSITION_COMMA.fullmatch(text, p.end, subject.start) is None
    ):
        return None
    return p


def _describes_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    structures: _Structures,
    syn: _Syntax,
) -> bool:
    """A descriptive reference phrase follows the distance through a marker (``west of the
    capital``, ``südlich der Hafenstadt``), found or not: the distance has a reference of
    its own, whatever :func:`_reference_phrase` makes of it."""
    found = _phrase_after(structures.of(sent), after)
    if found is None:
        return False
    np, lead, prep = found
    gap = doc.text[after:lead] + (" " + prep if prep else "")
    return (
        lead - after <= _REF_GAP_CHARS
        and _gap_ok(gap, syn, need_marker=q.direction is None or q.direction_end != after)
        and (np.head.fold in syn.capital_nouns or bool(_descriptive_kinds(np.head.fold, syn)))
    )


def _reference_phrase(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    structures: _Structures,
    syn: _Syntax,
    subject: Place | None = None,
    why: _Why | None = None,
) -> tuple[Place, EvidenceHow, int, int] | None:
    """A descriptive reference after the distance (``south of the Kenyan capital``,
    ``südlich der Stadt``, ``east of the mountain``), through the same marker words as a
    named one."""
    st = structures.of(sent)
    found = _phrase_after(st, after)
    if found is None:
        return None
    np, lead, prep = found
    if lead - after > _REF_GAP_CHARS or _place_in(in_sent, np) is not None:
        return None
    gap = doc.text[after:lead] + (" " + prep if prep else "")
    if not _gap_ok(gap, syn, need_marker=q.direction is None or q.direction_end != after):
        return None
    named = _name_set_off_after(doc, np, in_sent, syn)
    if named is not None and named is not subject:
        # "von der nächsten größeren Stadt, <Y>, entfernt", "from the nearest town, <Y>":
        # the description's name follows it, set off by a comma
        return named, "apposition", np.start, named.end
    got = _resolve_phrase(doc, sent, np, subject, in_sent, by_sentence, structures, syn)
    if got is None:
        if why is not None and (
            np.head.fold in syn.capital_nouns or _descriptive_kinds(np.head.fold, syn)
        ):
            why.open_reference = doc.text[np.start : np.end]  # said, but never named
        return None
    return got[0], got[1], np.start, np.end


#: what may close a name set off after a description: a comma, a dash, a bracket, the end
_SET_OFF_END = re.compile(r"[\s\u00a0]*(?:[,;:)\u2013\u2014.!?]|$)")


_COMMA_AFTER = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")


def _name_set_off_after(
    doc: Document, np: NounPhrase, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """``der nächsten größeren Stadt, <Y>, ...``, ``the nearest town, <Y>.``: a
    descriptive noun phrase (a capital or feature noun, lexicon ``descriptive``) followed
    by a comma and a point place that alone fills the phrase set off after it names the
    place it describes, as ``the capital, Kyiv`` does."""
    if not (np.head.fold in syn.capital_nouns or _descriptive_kinds(np.head.fold, syn)):
        return None
    m = _COMMA_AFTER.match(doc.text, np.end)
    if m is None:
        return None
    p = in_sent.first_from(m.end())
    if (
        p is None
        or p.start != m.end()
        or not p.resolved
        or not _is_point(p)
        or kind_info(p.kind).is_area
        or _SET_OFF_END.match(doc.text, p.end) is None
    ):
        return None
    return p


def _set_off_origin(
    doc: Document, st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The point place after a from-marker (lexicons ``route_from``, ``origin_markers``)
    that ends clause ``c`` (``after a drive from <B>``, ``on a flight from <B>``, ``nach
    einer Fahrt aus <B>``) in a clause that tells a journey (a route noun or a lexicon
    ``journey_words`` word: ``drive``, ``arrived``, ``Fahrt``), when the marker does
    not open the clause: an inserted from-phrase (``<X> is, from <A>, N km away``, ``seen
    from <A>``) is a viewpoint, not a place the distance describes."""
    if _from_opener(st, c, syn):
        return None
    # a journey's (``after a drive from``, ``on a flight from``, ``nach einer Fahrt aus``),
    # not a relation of places (``<A>, across the strait from <B>, some N km ...``)
    if not any(st.tokens[k].fold in syn.journey for k in range(c.first, c.last + 1)):
        return None
    tail = _tail_place(st, c.first, c.last, in_sent)
    if (
        tail is None
        or _is_setting(tail)
        or not _ends_clause(st, c, tail)
        or not (
            _preceded_by(doc, tail, syn.route_from_before)
            # "aus <B>" (lexicon origin_markers): where the travellers came from
            or _preceded_by(doc, tail, syn.origin_before)
        )
    ):
        return None
    return tail


def _apposed_from(
    st: SentenceStructure, ci: int, found: Place, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Clause ``ci`` follows a comma, opens with the from-marker that governs ``found``
    and the clause before it ends with a point place (``<X>, von <Y> aus gut N km
    Richtung Osten,``, ``<X>, from <Y> some N km to the east,``): the from-phrase is set
    off from <X>, which it locates, as an apposition ``<X>, N km east of <Y>,`` does;
    without the place right before the comma it says nothing of whom."""
    c = st.clauses[ci]
    if ci == 0 or c.boundary != "," or c.opener not in syn.route_from_words:
        return False
    np = st.phrase_at(found.start)
    if np is None or np.preposition_start != st.tokens[c.first].start:
        return False
    k = in_sent.count_ending_by(c.start)
    if k == 0:
        return False
    anchor = in_sent[k - 1]
    prev = st.clauses[ci - 1]
    return (
        _is_point(anchor)
        and anchor.resolved
        and anchor.start >= prev.start
        and st.token_index(anchor.end) > prev.last
    )


def _qualifies_reference(text: str, ref: Place | None, p: Place) -> bool:
    """``p`` is an administrative unit of ``ref``'s country set after it by a comma alone
    (``<B>, Alaska,``, ``<B>, Queensland,``, ``<B>, Kent,``): it says where ``ref`` lies, as
    a country there does, and is no subject of a distance coordinated after it."""
    return (
        ref is not None
        and p.kind in _UNIT_KINDS
        and p.country_code is not None
        and p.country_code == ref.country_code
        and text[ref.end : p.start].strip() == ","
    )


def _ends_in_unknown_name(
    st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Whether clause ``c`` ends in a capitalised word no place covers and that can only
    be a name (no function word, article, filler or common noun)."""
    if c.last < c.first:
        return False
    t = st.tokens[c.last]
    lex = syn.phrases
    nouns = common_nouns(syn.lang) if lex.capitalised_nouns else frozenset()
    if not (t.is_cap and t.text.isalpha()) or t.fold in lex.function_words:
        return False
    if t.fold in syn.articles or t.fold in syn.fillers or t.text in nouns:
        return False
    k = in_sent.count_ending_by(t.end) - 1
    return not (k >= 0 and in_sent[k].start <= t.start < in_sent[k].end)


def _unknown_name_between(st: SentenceStructure, lo: int, hi: int, syn: _Syntax) -> bool:
    """A coordinator (or a word that opens what was said: ``said``, ``sagte``) between
    offsets ``lo`` and ``hi`` followed by a word that can only be a name the geoparser did
    not resolve (``..., and <Name>, about 890 km ...``):
    capitalised, no function word, article or filler and (in a language that capitalises
    nouns) no common noun. The coordinated distance after it has a subject of its own, not
    the previous claim's."""
    lex = syn.phrases
    nouns = common_nouns(syn.lang) if lex.capitalised_nouns else frozenset()
    toks = st.tokens[st.token_index(lo) : st.token_index(hi)]
    for a, b in itertools.pairwise(toks):
        if (
            # "Officials in <A>, N km south of <R>, said <Name>, some M km further south,
            # ...": a word that opens what was said (lexicon ``report_openers``) before
            # the name is a coordinator's equal; the name is the distance's own subject
            (a.fold in lex.coordinators or a.fold in syn.report_openers)
            and _name_like(b, syn, nouns)
            and b.fold not in syn.fillers
        ):
            return True
    return False
