"""Routes and journeys: a distance measured along a way between two places.

``from X to Y``, ``the 300-km drive from X to Y``, ``die 400 Kilometer lange Strecke zwischen
X und Y``, a route noun before or after the number, a way set off as an apposition, halfway
points and legs of a journey (docs/claims.md, "Routes"). It is separate because a route's two
ends are read from the way's own words, not from the subject and reference walks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geomap.claims._context import (
    _direction_from,
    _from_designated,
    _point_before,
    _to_marked,
)
from geomap.claims._lexicon import (
    _Syntax,
)
from geomap.claims._quantities import (
    Quantity,
)
from geomap.claims._sentence import (
    _CLAUSE_PUNCT,
    _MAX_PLACES_BACK,
    _NEXT_WORD,
    _is_point,
    _opens_clause,
    _Places,
    _preceded_by,
    _SentencePlaces,
    _Structures,
)
from geomap.model import (
    Document,
    Place,
    Sentence,
)
from geomap.text import Clause, SentenceStructure

_BETWEEN_WINDOW = 90


_RELATIVE_LEAD_CHARS = 16  # ", which is " before a length: the pronoun and a copula


_ONWARD_BEFORE_CHARS = 24  # "a further 700 km", "weitere rund 300 Kilometer"


_ROUTE_NOUN_WINDOW = 80  # "Die Fahrt von <A> nach <B> ist N km lang": within the clause


def _halfway_ends(
    doc: Document, q: Quantity, in_sent: _SentencePlaces, syn: _Syntax, st: SentenceStructure
) -> tuple[Place, Place] | None:
    """A between phrase after a halfway word (lexicon ``halfway_words``: ``auf halbem
    Weg``, ``halfway``, ``midway``) before the distance in its sentence, at most two
    clauses back: the two places it lies between (both point places)."""
    text = doc.text
    cq = st.clause_index(q.start)
    lo = st.clauses[max(0, cq - 2)].start if cq >= 0 else max(0, q.start - _BETWEEN_WINDOW)
    for m in syn.between.finditer(text, lo, q.start):
        if syn.halfway.search(text, max(0, m.start() - 24), m.start()) is None:
            continue
        first = in_sent.first_from(m.end())
        if first is None or first.start - m.end() > 12 or first.start >= q.start:
            continue
        second = in_sent.first_after(first.end)
        if second is None or second.start >= q.start:
            continue
        if not (_is_point(first) and _is_point(second)):
            continue
        joint = text[first.end : second.start]
        if len(joint) <= 12 and syn.pair_and.search(joint):
            return first, second
    return None


def _journey_ends(
    doc: Document,
    q: Quantity,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    st: SentenceStructure,
    cq: int,
) -> tuple[Place, Place] | None:
    """A route noun phrase set off after a journey names the journey's length: ``The
    convoy travelled from <A> to <B>, a journey of some N km``, ``Lorries left <A> for
    <B>, a N-km trip``, ``Der Konvoi fuhr von <A> nach <B>, eine Strecke von rund N
    Kilometern``. The ends are the two point places of the clause before (no more, no
    fewer: a third place makes the journey's ends unsure), or its one place and the one
    after the distance with a from-marker (``taken to <B>, a drive of N km from <A>``)."""
    if cq <= 0 or st.clauses[cq].boundary != ",":
        return None
    first, k = st.clauses[cq].first, st.token_index(q.start)
    words = [t.fold for t in st.tokens[first:k]]
    if len(words) > _ROUTE_LEAD_WORDS:
        return None
    nouns = [w for w in words if syn.route_noun_word.fullmatch(w)]
    function = syn.articles | syn.marker_words | syn.phrases.determiners
    if any(w not in function and w not in nouns for w in words):
        return None
    if not nouns and syn.route_nouns.match(doc.text, q.end) is None:
        return None  # neither "a journey of N km" nor "a N-km trip"
    pc = st.clauses[cq - 1]
    lo = bisect_left(in_sent.starts, pc.start)
    inside = [p for p in in_sent[lo : lo + _MAX_PLACES_BACK] if p.start < pc.end]
    points = [p for p in inside if _is_point(p) and p.resolved]
    if len(inside) == 1 and len(points) == 1:
        # "Evacuees were taken to <B>, a drive of about N km from <A>": the clause before
        # names only where the journey went; where it started follows the distance,
        # governed by a from-marker, as the only place of the distance's clause
        cc = st.clauses[cq]
        k = bisect_left(in_sent.starts, q.end)
        here = [p for p in in_sent[k : k + _MAX_PLACES_BACK] if p.start < cc.end]
        if len(here) == 1 and _is_point(here[0]) and here[0].resolved:
            np = st.phrase_at(here[0].start)
            if (
                np is not None
                and np.preposition in syn.route_from_words
                and here[0].id != points[0].id
            ):
                return here[0], points[0]
        return None
    if len(inside) != 2 or len(points) != 2 or points[0].id == points[1].id:
        return None
    return points[0], points[1]


_ROUTE_LEAD_WORDS = 4  # "a drive of roughly N km", "eine Fahrt von rund N km"


def _route_lead(st: SentenceStructure, cq: int, q: Quantity, syn: _Syntax) -> bool:
    """Whether the distance's clause opens with a route noun phrase before it and nothing
    else (``..., a drive of roughly 190 km, ...``, ``..., eine Fahrt von rund N km``):
    set off after a between phrase like a bare distance is. A section noun leads such a
    length too (``The <highway> between A and B, a stretch of about N km, ...``, ``...,
    ein Abschnitt von rund N km``): the part of the way the between phrase bounds."""
    first, k = st.clauses[cq].first, st.token_index(q.start)
    if k <= first or k - first > _ROUTE_LEAD_WORDS:
        return False
    words = [t.fold for t in st.tokens[first:k]]

    def lead(w: str) -> bool:
        return syn.route_noun_word.fullmatch(w) is not None or w in syn.section_words

    return any(lead(w) for w in words) and all(
        lead(w) or w in syn.articles or w in syn.indefinite or w in syn.marker_words for w in words
    )


def _route_length_lead(
    doc: Document, st: SentenceStructure, cq: int, q: Quantity, syn: _Syntax
) -> bool:
    """Whether the distance's clause is an apposition naming a way by its length
    (``closed the road between <A> and <B>, a 90 km stretch at the foot of ...``,
    ``..., a distance of 90 km``): only articles or marker words before the quantity and
    a route or section noun right after it (lexicons ``route_nouns``, ``section_nouns``),
    or a route apposition's lead (:func:`_route_apposition`). Set off after a between
    phrase, such a length is the way's between its two places, as ``..., some 90 km`` is."""
    first, k = st.clauses[cq].first, st.token_index(q.start)
    if k < first or k - first > _ROUTE_LEAD_WORDS:
        return False
    if _route_apposition(doc, q, syn):
        return True
    if not all(
        t.fold in syn.articles or t.fold in syn.indefinite or t.fold in syn.marker_words
        for t in st.tokens[first:k]
    ):
        return False
    if syn.route_nouns.match(doc.text, q.end) is not None:
        return True
    m = syn.section_noun.match(doc.text, q.end)
    # "a 50 km stretch of which was washed away": a part of the way, not its length
    return m is not None and syn.length_of_after.match(doc.text, m.end()) is None


_HYPHENS = frozenset("-–—/")  # "the A-B railway", "die Strecke A–B"


def _free_relative_route(st: SentenceStructure, ci_to: int, ci_q: int, syn: _Syntax) -> bool:
    """``Wer von <A> nach <B> fährt, legt rund N km zurück``, ``Whoever drives from <A> to
    <B>, covers ...``: a clause opened by a free relative pronoun (lexicon
    ``free_relatives``) is the subject of the clause right after it, so the way it names
    is the one the distance there measures."""
    return ci_to >= 0 and ci_q == ci_to + 1 and st.clauses[ci_to].opener in syn.free_relatives


def _hyphen_route(
    doc: Document,
    q: Quantity,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    st: SentenceStructure,
    cq: int,
    apposed: bool,
) -> tuple[Place, Place] | None:
    """Two places joined by a hyphen, a dash or a slash and next to a route noun (``the
    Lyon-Turin railway``, ``the 270-km Lyon-Turin line``, ``die Bahnstrecke
    Poznań-Szczecin``) name the route's two ends, like ``between A and B``; in the distance's
    clause, or in the clause before when the distance is set off after it (``the A-B
    railway, 480 km long``)."""
    text = doc.text
    k = bisect_left(in_sent.starts, max(0, q.start - _BETWEEN_WINDOW))
    while k + 1 < len(in_sent) and in_sent[k].start < q.end + _BETWEEN_WINDOW:
        first, second = in_sent[k], in_sent[k + 1]
        k += 1
        if text[first.end : second.start] not in _HYPHENS or first.id == second.id:
            continue
        # a dash is clause punctuation in the substrate: the second end is in the clause
        cm = st.clause_index(second.start)
        if cm != cq and not (apposed and cm == cq - 1):
            continue
        before = text[max(0, first.start - 40) : first.start]
        if syn.route_nouns.match(text, second.end) is None and not _ends_in_route_noun(before, syn):
            continue
        return first, second
    return None


def _ends_in_route_noun(before: str, syn: _Syntax) -> bool:
    """Whether a route noun is the last word of ``before`` (``die Bahnstrecke <A>-<B>``)."""
    words = before.rstrip().rsplit(None, 1)
    return bool(words) and syn.route_noun_word.fullmatch(words[-1]) is not None


def _travelled_leg(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    structures: _Structures,
    syn: _Syntax,
) -> tuple[Place, Place] | None:
    """(place reached, place left) of a distance travelled across a sentence's end (``A
    convoy left <A> on Saturday. By nightfall it had covered N km and reached <B>``,
    ``Ein Konvoi verließ <A> am Samstag. Bis zum Abend hatte er N Kilometer zurückgelegt
    und erreichte <B>``): a travel word (lexicon ``travel_words``) in the distance's
    clause before <B>, a reach verb (lexicon ``reach_verbs``) after the distance and
    right before <B>, the first point place after the distance, with no point place in
    the sentence before the distance; <A> the one point place of the sentence before that
    a verb of leaving (lexicon ``departure_verbs``) stands right before. None otherwise."""
    if sent.index == 0 or any(p.end <= q.start and _is_point(p) for p in in_sent):
        return None
    st = structures.of(sent)
    ci = st.clause_index(q.start)
    lo = st.clauses[ci].start if 0 <= ci < len(st.clauses) else sent.start
    b = in_sent.first_from(q.end)
    if b is None or not _is_point(b) or not b.resolved:
        return None
    reach = list(syn.reach_verbs.finditer(doc.text, q.end, b.start))
    if not reach or doc.text[reach[-1].end() : b.start].strip():
        return None
    if syn.travel.search(doc.text, lo, b.start) is None:
        return None
    left = [
        p
        for p in by_sentence.get(sent.index - 1)
        if _is_point(p)
        and p.resolved
        and syn.departure_before.search(doc.text[max(0, p.start - 24) : p.start]) is not None
    ]
    if len(left) != 1 or left[0].id == b.id:
        return None
    return b, left[0]


def _route_ends(
    doc: Document, q: Quantity, in_sent: _SentencePlaces, syn: _Syntax
) -> tuple[Place | None, Place | None]:
    """``Von X aus ... bis nach Y`` / ``from X to Y``: the places after a from-marker (before
    the quantity, or followed by ``aus``) and after a to-marker.

    The markers are read once per sentence: the to-place is the first place after a
    to-marker; the from-place the first other place followed by ``aus`` or, if it ends
    before the quantity, after a from-marker (ends are in order, so only the first
    place after a from-marker can)."""
    route_to, after_aus, after_from = in_sent.fact("route", lambda: _route_marks(doc, in_sent, syn))
    route_from = after_aus
    if (
        after_from is not None
        and (
            after_from.end <= q.start
            # "flew 340 km from X to Y": both ends after the distance
            or (route_to is not None and after_from.end <= route_to.start)
            # "Die Fähre nach Y, die für die rund N Seemeilen lange Überfahrt von X ...
            # braucht": the from-phrase of the route noun the length is of (session 31)
            or _length_from(doc.text, q, after_from, syn)
        )
        and (route_from is None or after_from.start < route_from.start)
    ):
        route_from = after_from
    return route_from, route_to


#: the longest stretch between a length and the from-place of its route noun
_LENGTH_FROM_CHARS = 40


def _length_from(text: str, q: Quantity, p: Place, syn: _Syntax) -> bool:
    """Whether ``p`` is the from-place of the route noun a length is of: a route noun,
    then a from-marker right before ``p``, with no clause break between the length and
    ``p`` (``die N Seemeilen lange Überfahrt von <X>``, ``the N-mile crossing from
    <X>``)."""
    if q.measure != "length" or not 0 <= p.start - q.end <= _LENGTH_FROM_CHARS:
        return False
    gap = text[q.end : p.start]
    noun = syn.route_noun_word.search(gap)
    return (
        noun is not None
        and _CLAUSE_PUNCT.search(gap) is None
        and syn.route_from_before.search(gap, noun.end()) is not None
    )


def _road_toward(
    doc: Document,
    st: SentenceStructure,
    q: Quantity,
    route_from: Place | None,
    route_to: Place | None,
    in_sent: _SentencePlaces,
    syn: _Syntax,
) -> bool:
    """``<A> is N km from <B> on the road to <C>``: a from-place after the distance and a
    to-place behind a road phrase (a route noun, the to-marker last: ``on the highway
    to``) say where along which road <A> lies, when a point place stands before the
    distance in its clause to be located; no journey from <B> to <C> (``flew N km from
    <B> to <C>`` has no such place)."""
    if route_from is None or route_to is None or route_from.start < q.end:
        return False
    gap = doc.text[route_from.end : route_to.start]
    words = gap.split()
    if (
        len(gap) > 40
        or _CLAUSE_PUNCT.search(gap)
        or not words
        or words[-1].casefold() not in syn.route_to_words
        or syn.route_noun_word.search(gap) is None
    ):
        return False
    cq = st.clause_index(q.start)
    return any(
        _is_point(p) and p.end <= q.start and st.clause_index(p.start) == cq
        for p in in_sent[: in_sent.count_ending_by(q.start)]
    )


def _route_marks(
    doc: Document, in_sent: Sequence[Place], syn: _Syntax
) -> tuple[Place | None, Place | None, Place | None]:
    """The first place after a to-marker; of the others, the first followed by a
    from-marker (``aus``) and the first after a from-marker."""
    route_to = next(
        (
            p
            for p in in_sent
            if _to_marked(doc, p, syn) and not _preceded_by(doc, p, syn.route_to_not)
        ),
        None,
    )
    others = [p for p in in_sent if p is not route_to]
    after_aus = next((p for p in others if syn.route_from_after.match(doc.text, p.end)), None)
    marked = [
        p
        for p in others
        if (_preceded_by(doc, p, syn.route_from_before) or _from_designated(doc, p, syn))
        and not _direction_from(doc, p, syn)
    ]
    # "<X>, N km südwestlich von <A>, ... die Fährverbindung von <B> nach <C>": of the
    # from-marked places before the to-place, the nearest one opens its route
    before_to = [p for p in marked if route_to is not None and p.end <= route_to.start]
    after_from = before_to[-1] if before_to else (marked[0] if marked else None)
    return route_to, after_aus, after_from


#: a comma and at most two words between a place and the distance set off after it
_SET_OFF_GAP = re.compile(r"[\s\u00a0]{0,2},[\s\u00a0]{1,3}(?:[^\W\d_]{1,12}[\s\u00a0]{1,3}){0,2}")


def _onward_leg(
    text: str, q: Quantity, after: int, in_sent: _SentencePlaces, syn: _Syntax
) -> tuple[Place, Place] | None:
    """A journey's added leg: a distance with an onward word (``further on``, ``weiter
    östlich``, ``a further``) set off right after a place the journey went on to (a
    route_to marker before it: ``and on to <C>, N km further on``, ``und weiter nach <C>,
    N km weiter östlich``) is that place's, seen from the place named right before it (the
    previous stop). None otherwise."""
    if (
        syn.onward.search(text, q.start, max(after, min(len(text), q.end + _ONWARD_BEFORE_CHARS)))
        is None
        and syn.onward_before.search(text, max(0, q.start - _ONWARD_BEFORE_CHARS), q.start) is None
    ):
        return None
    n = in_sent.count_ending_by(q.start)
    if n < 2:
        return None
    dest = in_sent[n - 1]
    if (
        not _is_point(dest)
        or not dest.resolved
        or _SET_OFF_GAP.fullmatch(text, dest.end, q.start) is None
        or syn.route_to_before.search(text, max(0, dest.start - 24), dest.start) is None
    ):
        return None
    start = _point_before(dest, in_sent)
    if start is None:
        return None
    return dest, start


#: a comma and spaces only: a distance set off right after a place ("from <B>, N km away")
_SET_OFF_GAP = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")


def _journey_start(
    text: str,
    p: Place,
    after: Sequence[Place],
    kinds: frozenset[str],
    other: Place | None,
    syn: _Syntax,
) -> bool:
    """``p`` is where a journey in its sentence set off (``flew from <A> to <B>``, ``fuhr
    von <A> nach <B>``, ``Zwei Männer aus <A> ... vor <B> gekentert``: a route's start word
    or an origin word, lexicon ``route_from_after``, right before it) and a place of the
    same kinds follows it there: the journey's end, where the story went, is the topic a
    later ``the city`` carries on, not its start."""
    m = re.search(r"(\w+)[\s\u00a0]{1,2}$", text[max(0, p.start - 30) : p.start])
    if m is None or m.group(1).casefold() not in syn.journey_from_words:
        return False
    return any(
        q.kind in kinds and q.resolved and (other is None or q.id != other.id) for q in after
    )


def _halfway_aside(doc: Document, st: SentenceStructure, c: Clause, syn: _Syntax) -> bool:
    """The clause holds a between-marker right after a halfway word (lexicon
    ``halfway_words``: ``midway between``, ``auf halber Strecke zwischen``)."""
    text = doc.text
    return any(
        syn.halfway.search(text, max(c.start, m.start() - 24), m.start()) is not None
        for m in syn.between.finditer(text, c.start, c.end)
    )


_SPACE = re.compile(r"[\s\u00a0]{1,3}")


def _along_route(text: str, lo: int, hi: int, syn: _Syntax) -> bool:
    """An ``along_words`` phrase in ``text[lo:hi]`` that measures a way (``upstream of``,
    ``by road``), not one that only places a town on a coast (lexicon
    ``coast_position_words``: ``<X>, some N km up the coast from <Y>``, ``N km further
    down the coast``), which is a straight line like ``N km north of <Y>``: a coast is no
    road, and the straight line's tolerance (a fifth and 5 km) absorbs its bends. A
    false figure 1.7 times the truth passed as a road's length before (session 25)."""
    m = syn.along.search(text, lo, hi)
    return m is not None and syn.coast_position.fullmatch(text, m.start(), m.end()) is None


def _along_next(text: str, pos: int, syn: _Syntax) -> bool:
    """An ``along_words`` phrase right after ``pos`` (a distance's unit): ``by road``,
    ``auf der Autobahn``."""
    m = _SPACE.match(text, pos)
    if m is None:
        return False
    a = syn.along.match(text, m.end())
    return a is not None and syn.coast_position.fullmatch(text, a.start(), a.end()) is None


_SENTENCE_OPENING = re.compile(r"[\s\u00a0\"'„“”«»(]{0,4}")


_DIGIT = re.compile(r"\d")


def _along_fronted(text: str, sent: Sentence, q: Quantity, syn: _Syntax) -> bool:
    """An ``along_words`` phrase opening the sentence (``By road, <X> is N km from <Y>``,
    ``Auf der Straße sind es von <X> ...``) with no number between it and ``q``: a fronted
    adverbial sets how the sentence's first distance is measured; a later distance in the
    same sentence may be a straight line again (``..., and <Z> lies 40 km north of <Y>``),
    so only the first is taken."""
    m = _SENTENCE_OPENING.match(text, sent.start)
    start = m.end() if m is not None else sent.start
    a = syn.along.match(text, start, q.start)
    if (
        a is not None
        and q.direction is not None
        and syn.onward_along.match(text, a.start(), a.end()) is not None
    ):
        # "Flussabwärts droht <X>, rund N km südlich von <Y>, die nächste Flutwelle",
        # "Downstream, <X>, some N km south of <Y>, ...": a fronted river or coast
        # adverb says where <X> lies along the water, not how the distance is measured;
        # with a compass point of its own the distance is a straight line (a fronted
        # "by road" / "mit dem Zug" still makes a route)
        return False
    return a is not None and _DIGIT.search(text, a.end(), q.start) is None


def _route_noun_next(text: str, pos: int, syn: _Syntax) -> bool:
    """The word right after ``pos`` (a distance's unit) is a route noun (``480 km drive``)
    and no range, flight or straight-line word (``nach rund 290 Kilometern Flug``, ``155
    Kilometer Luftlinie`` are straight lines)."""
    m = _NEXT_WORD.match(text, pos)
    return (
        m is not None
        and syn.route_noun_word.fullmatch(m.group(1)) is not None
        and syn.range_words.fullmatch(m.group(1)) is None
        and m.group(1).casefold() not in syn.flight_nouns
        # "155 Kilometer Luftlinie": a straight line, whatever its last part
        and syn.straight_line.fullmatch(m.group(1)) is None
    )


def _route_noun_after(doc: Document, q: Quantity, syn: _Syntax) -> bool:
    """``the 400-km line``, ``die 400 Kilometer lange Bahnstrecke``: a route noun follows
    (after a second modifier set off by a comma only when the length is a compound:
    ``a 300-km, four-hour train ride``)."""
    return (
        syn.route_nouns.match(doc.text, q.end) is not None
        or syn.route_nouns.match(doc.text, q.end, q.end + 60) is not None
        or (q.attributive and syn.route_nouns_listed.match(doc.text, q.end) is not None)
    )


def _length_of_route(doc: Document, q: Quantity, in_sent: _SentencePlaces, syn: _Syntax) -> bool:
    """``<X> ist eine rund 900 Kilometer lange Autofahrt von <Y> entfernt``: a length right
    before a route noun phrase whose place is followed by an away word. The German length
    adjective (``lange``) is the English compound's ``900-km``, and the away word says the
    route leads to the subject (``a 900-km drive from <Y>``); without it the route noun's
    place only names whose road it is (``die 6,5 Kilometer lange Ringstraße von <Y>``)."""
    if q.measure != "length":
        return False
    m = syn.route_nouns.match(doc.text, q.end)
    if m is None:
        return False
    p = in_sent.first_from(m.end())
    return (
        p is not None
        and p.start - m.end() <= _ROUTE_PLACE_GAP
        and syn.away_now.match(doc.text, p.end) is not None
    )


#: characters between a route noun and its place (`` von der ``, `` from the ``)
_ROUTE_PLACE_GAP = 12


def _route_of(doc: Document, q: Quantity, reference: Place, syn: _Syntax) -> bool:
    """``the 6.5-km ring road of <X>``: only a ``name_of`` word stands between the route
    noun and the place, which names whose road it is, not where it leads from."""
    m = syn.route_nouns.match(doc.text, q.end)
    if m is None or m.end() > reference.start:
        return False
    words = doc.text[m.end() : reference.start].casefold().split()
    words = [w for w in words if w not in syn.articles]
    return len(words) == 1 and words[0] in syn.name_of


def _part_of_route(doc: Document, q: Quantity, syn: _Syntax) -> bool:
    """``Up to 200 km of the road between <A> and <B> is unpaved``, ``300 miles of the
    line``: a length followed by ``of`` (lexicon ``length_of``) and a route noun is a part
    of that route (what is unpaved, closed or rebuilt), not its length between its ends;
    a section noun before it (``the 80-km stretch of the coast road between A and B``) is
    read as such (:func:`_section_noun_after`)."""
    m = syn.length_of_after.match(doc.text, q.end)
    return (
        m is not None
        and syn.route_nouns.match(doc.text, m.end()) is not None
        and not _section_noun_after(doc, q, syn)
    )


def _section_noun_after(doc: Document, q: Quantity, syn: _Syntax) -> bool:
    """``the 80-km stretch of the coast road``, ``der 80 Kilometer lange Abschnitt``: a
    part of a route follows (lexicon ``section_nouns``). Its length is a route's between
    two places only with a between phrase (``... between A and B``); without one it stays
    a length (``a 5-km stretch of embankment gave way``)."""
    return syn.section_noun.match(doc.text, q.end) is not None


#: the most words between an apposition's lead and its distance ("three and a half hours and")
_APPOSITION_GAP_WORDS = 8


def _route_apposition(doc: Document, q: Quantity, syn: _Syntax) -> bool:
    """``Flights from <A> to <B>, a trip of three hours and about N km, ...``, ``Die Fähre
    von <A> nach <B>, eine Fahrt von vier Stunden und rund N Kilometern``: the distance
    closes an apposition that names the from-to phrase before it a way (lexicon
    ``route_apposition_lead``: ``a trip of``, ``a distance of``, ``eine Reise von``), with
    at most a travel time coordinated before it. Like a distance set off right after its
    route (``..., some N km, ...``), it is the from-to phrase's, the route between its
    ends. Only the clause's own words count: no comma between the lead and the distance;
    the gap is empty or ends in a word of lexicon ``route_apposition_joins`` (``and``,
    ``über``)."""
    return _route_apposition_lead(doc, q, syn) is not None


def _route_apposition_lead(doc: Document, q: Quantity, syn: _Syntax) -> str | None:
    """The lead of :func:`_route_apposition` (``, a four-hour drive of``), or None."""
    lo = max(0, q.start - _ROUTE_NOUN_WINDOW)
    head = doc.text[lo : q.start]
    cut = head.rfind(",")
    if cut < 0:
        return None
    m = syn.route_apposition.match(doc.text, lo + cut)
    if m is None:
        return None
    gap = doc.text[m.end() : q.start].split()
    if not gap or (
        len(gap) <= _APPOSITION_GAP_WORDS and gap[-1].casefold() in syn.route_apposition_joins
    ):
        return m.group(0)
    return None


def _way_apposition(
    doc: Document, sent: Sentence, q: Quantity, structures: _Structures, syn: _Syntax
) -> bool:
    """A route apposition (:func:`_route_apposition`) whose noun names a way on the ground
    or the water (lexicon ``route_nouns``: ``a four-hour drive of``, ``eine Fahrt von``,
    ``a crossing of``), with no straight-line word in the distance's clause: it makes a
    point distance the way's length. Not a flight (``a flight of``, ``eine Flugstrecke
    von``: a straight line, docs "Route or straight line") nor a bare distance (``a
    distance of``, ``eine Entfernung von``: no word of a way). Session 26 review: the
    promotion fired on every lead, so ``<X>, a straight-line distance of N km from <Y>``
    and ``..., eine Entfernung von N Kilometern Luftlinie`` were routes."""
    lead = _route_apposition_lead(doc, q, syn)
    if lead is None:
        return False
    noun = lead.split()[-2]  # the word before "of" / "von": the way noun
    return (
        syn.route_noun_word.fullmatch(noun) is not None
        and syn.flight_word.fullmatch(noun) is None
        and noun.casefold() not in syn.flight_nouns
        and not _straight_line_said(doc, sent, q, structures, syn)
    )


def _relative_length(doc: Document, q: Quantity, syn: _Syntax) -> bool:
    """``the railway between A and B, which is about 300 km long``, ``die Strecke
    zwischen A und B, die rund 300 km lang ist``: a length opening a relative clause (its
    pronoun, in English a copula, then the quantity) is its antecedent's, like a length
    set off after it (``..., some 300 km long``)."""
    if q.measure != "length":
        return False
    lo = max(0, q.start - _RELATIVE_LEAD_CHARS)
    m = _CLAUSE_PUNCT.search(doc.text[lo : q.start][::-1])
    rel = syn.relative.match(doc.text, q.start - m.start() - 1) if m is not None else None
    if rel is None:
        return False
    words = doc.text[rel.end() : q.start].split()
    return len(words) <= 1 and all(syn.passive_aux.fullmatch(w) for w in words)


def _along_in_clause(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    structures: _Structures,
    syn: _Syntax,
    *,
    travel: bool = False,
) -> bool:
    """An along word in the distance's clause (``Zwischen A und B liegen auf der Straße N
    km``, ``between A and B it is N km by road``): a route, not a straight line. With
    ``travel``, a word of travelling there instead (lexicon ``travel_words``: ``Trains
    cover the N km between A and B``, ``Die Fähre legt die N km zwischen A und B ...
    zurück``): what a vehicle covers is a route."""
    st = structures.of(sent)
    ci = st.clause_index(q.end - 1)
    lo, hi = (st.clauses[ci].start, st.clauses[ci].end) if ci >= 0 else (sent.start, sent.end)
    pattern = syn.travel if travel else syn.along
    return pattern.search(doc.text, lo, hi) is not None


#: how far before a route's number a straight-line word still qualifies it, in its own
#: clause ("Luftlinie rund N km", "as the crow flies, some N km")
_STRAIGHT_BEFORE_CHARS = 30


def _straight_line_said(
    doc: Document, sent: Sentence, q: Quantity, structures: _Structures, syn: _Syntax
) -> bool:
    """A straight-line word (lexicon ``straight_line_words``: ``Luftlinie``, ``as the
    crow flies``) in the distance's own clause, after it or right before it (``Bis <B>
    sind es N km Luftlinie``, ``..., Luftlinie rund N km von <A> entfernt``): the distance
    is a straight line, whatever way the sentence travels."""
    st = structures.of(sent)
    ci = st.clause_index(q.end - 1)
    lo, hi = (st.clauses[ci].start, st.clauses[ci].end) if ci >= 0 else (sent.start, sent.end)
    lo = max(lo, q.start - _STRAIGHT_BEFORE_CHARS)
    return syn.straight_line.search(doc.text, lo, hi) is not None


_STRETCH_LEAD_CHARS = 24  # "Auf den", "along the", "over the": the words right before


def _stretch_lead(doc: Document, sent: Sentence, q: Quantity, syn: _Syntax) -> bool:
    """The distance is the object of a preposition of a way travelled on, right before it
    (lexicon ``stretch_leads``: ``Auf den rund N Kilometern zwischen A und B fahren
    Lastwagen nur im Konvoi``, ``Along the N km between A and B, ...``): the stretch a
    vehicle or a walker covers is a route, measured with its detour allowance, not a
    straight line. A distance stated as a claim is a subject or an object (``Zwischen A
    und B liegen N km``); governed by ``auf den`` / ``along the`` it names the way."""
    lo = max(sent.start, q.start - _STRETCH_LEAD_CHARS)
    return syn.stretch_lead.search(doc.text[lo : q.start]) is not None


def _along_a_way(
    doc: Document, sent: Sentence, q: Quantity | None, structures: _Structures, syn: _Syntax
) -> bool:
    """Whether the sentence of a from/to distance ``q`` says the distance is measured
    along a way: a route noun (``road``, ``Fahrt``, ``Strecke``, a compound ending in one)
    or a section noun (``stretch``, lexicon ``section_nouns``), an along word (``by
    road``, ``mit dem Zug``), a travel word (``covered``, ``Fähre``) or a word of
    travelling or a travel time (lexicon ``way_words``: ``drove``, ``fährt man``, ``by
    air``, ``three hours``, ``Stunden``). A relative clause that does not hold the
    distance describes a place, not the distance (``... bis <B>, wo die Fähren im Hafen
    blieben``), and is not read. **Decision (session 15):** a distance is a straight line
    unless its sentence says so, because a reader checks a distance on a map and a road
    length is said with a road word; a bare ``Von A aus sind es bis B N km`` / ``from A it
    is N km to B`` is a straight line, not a route with the detour allowance. A
    straight-line word (``Luftlinie``) wins over all of them. ``q`` None: a sentence
    without the distance (a question it answers), read whole but its relative clauses."""
    text = doc.text
    if syn.straight_line.search(text, sent.start, sent.end) is not None:
        return False
    if q is not None and _stretch_lead(doc, sent, q, syn):
        return True  # "Along the N km from A to B": the way travelled
    pats = (syn.route_noun_word, syn.along, syn.travel, syn.way, syn.road_name)
    for cl in structures.of(sent).clauses:
        if cl.kind == "relative" and (q is None or not cl.start <= q.start < cl.end):
            continue
        if q is not None and cl.start >= q.end and cl.opener in syn.contrast_openers:
            # "Bis <B> sind es N km, aber die Straße ist gesperrt": a contrasting clause
            # after the distance tells of the road, not how the distance was measured
            continue
        if any(pat.search(text, cl.start, cl.end) is not None for pat in pats):
            return True
    return False


_ALONG_AFTER_CHARS = 24  # "<X>, 270 km from <Y> by road": the along words right after <Y>


def _along_right_after(text: str, reference: Place, sent: Sentence, syn: _Syntax) -> bool:
    """An along word right after the reference (``270 km from <Y> by road``): measured
    along the road, a route like ``270 km by road from <Y>``."""
    hi = min(sent.end, reference.end + _ALONG_AFTER_CHARS)
    m = syn.along.search(text, reference.end, hi)
    return m is not None and not text[reference.end : m.start()].strip()


def _route_noun_before(doc: Document, q: Quantity, syn: _Syntax) -> bool:
    """``Die Fahrt von A nach B ist N km lang``, ``The drive from A to B is N km long``:
    a route noun earlier in the distance's clause (a length of it is a route's only when
    the claim finds both ends, see ``_build``)."""
    lo = max(0, q.start - _ROUTE_NOUN_WINDOW)
    m = _CLAUSE_PUNCT.search(doc.text[lo : q.start][::-1])
    if m is not None:
        lo = q.start - m.start()
        if _opens_clause(doc, q) or _relative_length(doc, q, syn):
            # "The road from A to B, some 500 km long" (", which is some 500 km long"):
            # the length set off after its route is the route's; look into the clause
            # before (up to its start)
            lo2 = max(0, lo - 1 - _ROUTE_NOUN_WINDOW)
            m2 = _CLAUSE_PUNCT.search(doc.text[lo2 : lo - 1][::-1])
            return (
                syn.route_noun_word.search(doc.text, lo - 1 - m2.start() if m2 else lo2, lo)
                is not None
            )
    if syn.route_noun_word.search(doc.text, lo, q.start) is not None:
        return True
    # "..., a stretch of some N km, ...", "ein Abschnitt von rund N km": a section noun
    # earlier in the clause names a part of a way too (its ends must still be found)
    return any(
        w.strip(".,;:()").casefold() in syn.section_words for w in doc.text[lo : q.start].split()
    )


def _way_end(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    subject: Place,
    reference: Place | None,
    structures: _Structures,
    syn: _Syntax,
) -> bool:
    """``subject`` is a way's end named apart from the distance: after the distance and
    its reference (``... 20 km short of <Y> after leaving <B>``, ``... off <Y> while
    sailing to <B>``), or in the distance's own clause after a from-, origin- or
    to-marker (``A bus from <B> overturned N km ...``). A place the distance is set off
    after or attributed to (``aus <B>, einem Ort rund N km ...``, ``aus dem N km
    entfernten <B>``) is no such end."""
    if subject.start >= q.end:
        return reference is not None and q.end <= reference.start and reference.end <= subject.start
    st = structures.of(sent)
    return st.clause_index(subject.start) == st.clause_index(q.start) and (
        _preceded_by(doc, subject, syn.route_from_before)
        or _preceded_by(doc, subject, syn.origin_before)
        or _preceded_by(doc, subject, syn.route_to_before)
    )
