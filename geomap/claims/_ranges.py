"""Directions and ranges: a compass direction read past terrain, and how far something flew.

A range word in the distance's clause (``flog N km weit``, ``Reichweite``) makes a range
claim whose subject is the launch origin (:func:`_is_range`, :func:`_range_origin`); a named
landing place makes it a point claim to there (:func:`find_landing`, :class:`Landing`, also
asked by the verifier). It is separate because a range has its own ends (origin and landing)
and its own check.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from geomap.claims._context import (
    _FEW_WORDS,
    _is_setting,
    _place_in,
    _story_start,
)
from geomap.claims._described import (
    _resolve_phrase,
)
from geomap.claims._lexicon import (
    _lowercase_range_words,
    _Syntax,
    _syntax,
)
from geomap.claims._quantities import (
    Quantity,
    find_direction,
)
from geomap.claims._sentence import (
    _CONTEXT_SENTENCES,
    _clause_span,
    _first_resolved,
    _gap_breaks,
    _is_point,
    _lang,
    _Places,
    _preceded_by,
    _previous_places,
    _SentencePlaces,
    _Structures,
    _token_before,
)
from geomap.model import (
    Claim,
    Document,
    Place,
    PlaceIndex,
    Sentence,
)
from geomap.text import SentenceStructure

__all__ = [
    "Landing",
    "find_landing",
]


_RANGE_WINDOW = 60  # a range word this close to the quantity makes it a range claim


_FRONTED_WORDS = 4  # "Von <Y> aus,", "From <Y>,": a fronted phrase of a few words


@dataclass(frozen=True, slots=True)
class Landing:
    """What the text says about where a flying object came down, for checking a range claim.

    ``kind``: ``outside_eez`` (in the sea, outside country ``country_code``'s exclusive
    economic zone), ``inside_eez``, or ``sea`` (in the sea, nothing more).
    """

    kind: str
    country_code: str | None
    sentence: int
    text: str


def _setting_after_direction(gap: str, p: Place, syn: _Syntax) -> bool:
    """A coast, border, sea or region in a locative phrase right after a direction
    (``some N km south-west on the Atlantic coast``, ``rund N km südwestlich an der
    Atlantikküste``, ``N km to the north in Kenya``) says where the subject lies, not
    what the distance is measured from: that needs a from-marker or a genitive (``N km
    west of the coast``, ``westlich der Küste``). A locative that is also a reference
    marker (``beyond``, ``outside``, ``jenseits``) still measures from it."""
    words = gap.split()
    if not words:
        return False
    first = words[0].casefold()
    if syn.locative_word.fullmatch(first) is None or first in syn.marker_words:
        return False
    return p.relation is not None or _is_setting(p)


#: the words of a crossed stretch before a direction ("across the bay", "quer über den See")
_TERRAIN_WORDS = re.compile(r"(?:[\s\u00a0]{1,3}[^\W\d_][\w'’-]*){1,3}")


def _direction_past_terrain(
    text: str, after: int, places: Sequence[Place], lang: str, syn: _Syntax
) -> tuple[str, int] | None:
    """The compass direction right after a crossed stretch that follows a distance
    (lexicon ``terrain_prepositions`` and at most three words: ``20 km across the bay to
    the north-east``, ``rund 30 km quer über den See nördlich``), when no place of the
    sentence stands in the stretch and no clause punctuation; None otherwise."""
    m = syn.terrain.match(text, after)
    if m is None:
        return None
    w = _TERRAIN_WORDS.match(text, m.end())
    if w is None:
        return None
    ends = [m.end()]
    for k in re.finditer(r"[\s\u00a0]{1,3}[^\W\d_][\w'’-]*", text[m.end() : w.end()]):
        ends.append(m.end() + k.end())
    for e in ends[1:]:
        d = find_direction(text, e, lang)
        if d is None:
            continue
        if any(after <= p.start < e for p in places):
            return None
        return d
    return None


def _is_range(
    doc: Document,
    q: Quantity,
    sent: Sentence,
    syn: _Syntax,
    structures: _Structures,
    in_sent: _SentencePlaces,
) -> bool:
    """A range word near the distance and in its own clause (``flew about 300 km``,
    ``nach 900 Kilometern Flug``); one elsewhere in the sentence (``X, 40 km from Y,
    where drones flew``) says nothing about this distance, and one inside a place's name
    (``perched on the Great Dividing Range about 105 km west of <Y>``) is no word of
    flying at all."""
    st = structures.of(sent)
    # the unit's clause: clauses begin at a word, so a number set off after a comma
    # ("Hikers who reached <X>'s crater, 56 km south of <Y>") or in brackets ("flown in from
    # <X> (240 km from <Y>)") stands before the clause its unit opens, and the clause before
    # it is another one
    ci = st.clause_index(q.end - 1)
    c_lo, c_hi = (st.clauses[ci].start, st.clauses[ci].end) if ci >= 0 else (sent.start, sent.end)
    lo = max(sent.start, c_lo, q.start - _RANGE_WINDOW)
    hi = min(sent.end, c_hi, (q.direction_end or q.end) + _RANGE_WINDOW)
    # a relative clause without a comma ("a city about 200 km west of X where helicopters
    # flew") ends the distance's clause too: a pronoun that is no article opens it; so
    # does a coordinator after the distance, which opens a second predicate ("<B> sits N
    # km east of <A> and was covered in ash", "... und wurde erreicht")
    lex = syn.phrases
    k = st.token_index(q.direction_end or q.end)
    while k < len(st.tokens) and st.tokens[k].start < hi:
        t = st.tokens[k]
        if (
            t.fold in lex.relative_pronouns and t.fold not in lex.determiners
        ) or t.fold in lex.coordinators:
            hi = t.start
            break
        k += 1
    # a coordinator before the distance opens its predicate the same way ("<B>, which can
    # only be reached by boat and lies some N km east of <A>"): a range word before it is
    # the first predicate's
    k = st.token_index(q.start) - 1
    while 0 <= k < len(st.tokens) and st.tokens[k].start >= lo:
        if st.tokens[k].fold in lex.coordinators:
            lo = st.tokens[k].end
            break
        k -= 1
    idioms = [(m.start(), m.end()) for m in syn.range_idioms.finditer(doc.text, lo, hi)]
    # the places overlapping the window (bisected: a few, never the sentence's all)
    names: list[tuple[int, int]] = []
    k = bisect_right(in_sent.ends, lo)
    while k < len(in_sent) and in_sent[k].start < hi:
        names.append((in_sent[k].start, in_sent[k].end))
        k += 1
    lower = _lowercase_range_words(syn.lang)
    first = st.tokens[0].start if st.tokens else sent.start
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in (*idioms, *names))
        # "across the Owen Stanley Range", "along the Front Range": a word the lexicon
        # writes in lower case, capitalised inside the sentence, is part of a name the
        # geoparser did not find, no word of flying
        and not (
            m.start() > first and doc.text[m.start()].isupper() and m.group(0).casefold() in lower
        )
        for m in syn.range_words.finditer(doc.text, lo, hi)
    )


def _reach_ends(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    in_sent: _SentencePlaces,
    structures: _Structures,
    syn: _Syntax,
    dateline: Place | None,
) -> tuple[Place, Place] | None:
    """A place reached after the distance (lexicon ``reach_before`` right before it and a
    ``reach_verbs`` word in its clause: ``erreicht man <B> von <A> aus erst nach rund N
    Kilometern``, ``Von <A> aus ist <B> nach N km erreicht``): (<B>, <A>), the place
    reached and the one marked as the start, both point places of the distance's clause.
    With no start named and no other range word (``nach N km Flug``), the start is the
    dateline's place. None when the clause names more than one other place, or no start
    and no dateline (then it is a range: ``the missile reached N km``)."""
    st = structures.of(sent)
    if syn.reach_before.search(
        doc.text, max(sent.start, q.start - _REACH_WINDOW), q.start
    ) is None and not _reach_with_time(doc, st, q, syn):
        return None
    ci = st.clause_index(q.start)
    lo, hi = (st.clauses[ci].start, st.clauses[ci].end) if ci >= 0 else (sent.start, sent.end)
    if (
        syn.reach_verbs.search(doc.text, lo, hi) is None
        and 0 <= ci < len(st.clauses) - 1
        and st.clauses[ci + 1].boundary == ","
        and syn.reach_lead.match(doc.text, st.tokens[st.clauses[ci].first].start) is not None
    ):
        # "After three hours and some N km on the road, the convoy reached <B>": a
        # fronted adverbial of the journey; the place reached is in the clause after it
        hi = st.clauses[ci + 1].end
    if syn.reach_verbs.search(doc.text, lo, hi) is None:
        return None
    if ci > 0 and st.clauses[ci].boundary == ",":
        # "From <A>, <B> is reached after N km": a fronted from-phrase set off by a comma
        pc = st.clauses[ci - 1]
        if pc.opener in syn.route_from_words and pc.last - pc.first <= _FRONTED_WORDS:
            lo = pc.start
    ends = [p for p in in_sent if lo <= p.start and p.end <= hi and _is_point(p) and p.resolved]
    start = [
        p
        for p in ends
        if syn.route_from_after.match(doc.text, p.end)
        or _preceded_by(doc, p, syn.route_from_before)
    ]
    rest = [p for p in ends if p not in start]
    if (
        not start
        and len(rest) == 1
        and dateline is not None
        and _is_point(dateline)
        # only a journey's reach, not a flight's ("nach N km Flug")
        and all(
            syn.reach_verbs.fullmatch(m.group(0))
            for m in syn.range_words.finditer(doc.text, lo, hi)
        )
    ):
        # "MÜNCHEN - Nach rund 150 Kilometern ist <B> erreicht": no start named, the
        # story's place
        start = [dateline]
    if len(start) != 1 or len(rest) != 1 or rest[0].id == start[0].id:
        return None
    return rest[0], start[0]


#: characters before a distance searched for a reach word (``after travelling about``,
#: ``nach einer Fahrt über rund``: the longest lexicon phrase, a space and one qualifier)
_REACH_WINDOW = 30


def _reach_with_time(doc: Document, st: SentenceStructure, q: Quantity, syn: _Syntax) -> bool:
    """A journey's time and distance coordinated after a reach word (``Nach gut drei
    Stunden und rund N Kilometern``, ``After three hours and some N km``): a coordinator
    right before the distance, and the reach word a few words before it in the clause,
    with no number of another unit of length between (that would be a second distance)."""
    k = st.token_index(q.start)
    if k <= 0 or st.tokens[k - 1].fold not in syn.phrases.coordinators:
        return False
    ci = st.clause_index(q.start)
    first = st.clauses[ci].first if ci >= 0 else 0
    j = max(first, k - 1 - _FEW_WORDS)
    lead = st.tokens[j : k - 1]
    if not lead or any(_gap_breaks(t) for t in lead[1:]):
        return False  # (the first word's gap may be the clause's own boundary)
    return any(syn.reach_lead.fullmatch(t.fold) for t in lead)


def _range_origin(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
) -> Place | None:
    """Where a flight started: ``von X (aus)``/``from X`` in the sentence, a derived coast
    nearby, the place in the nearest sentence that reports a launch, a place before the
    quantity. What does not depend on the quantity is found once per sentence."""
    origin = in_sent.fact(
        "origin",
        lambda: next((p for p in in_sent if _preceded_by(doc, p, syn.origin_before)), None),
    )
    if origin is not None:
        return origin
    n_before = in_sent.count_ending_by(q.start)
    coasts = in_sent.fact(
        "coasts", lambda: [k for k, p in enumerate(in_sent) if p.relation == "coast"]
    )
    k_coast = bisect_left(coasts, n_before)  # the coasts before the quantity: coasts[:k_coast]
    if k_coast:
        return in_sent[coasts[k_coast - 1]]
    for p in _previous_places(doc, by_sentence, sent):
        if p.relation == "coast":
            return p
    for k in range(sent.index, max(-1, sent.index - 1 - _CONTEXT_SENTENCES), -1):
        s = by_sentence.sentences.get(k)
        ps = by_sentence.get(k)
        if s is None or not ps:
            continue  # a sentence without places has no origin to give
        if not ps.fact("launch", partial(_has_launch_word, doc, s, syn)):
            continue
        named = ps.fact("first_resolved", partial(_first_resolved, ps))
        # in the quantity's own sentence only a place before it counts (ends are in order)
        if named is not None and (k != sent.index or named.end <= q.start):
            return named
    if n_before:
        return in_sent[n_before - 1]
    # "Die Drohne stürzte nach N km Flug nahe <B> ab, gestartet war sie in <A>": a place
    # after the distance whose own clause reports the launch
    for p in in_sent[n_before:]:
        lo, hi = _clause_span(doc.text, p.start, sent)
        if syn.launch_words.search(doc.text, lo, hi) is not None:
            return p
    return None


def _has_launch_word(doc: Document, s: Sentence, syn: _Syntax) -> bool:
    return syn.launch_words.search(doc.text, s.start, s.end) is not None


def _fronted_direction(
    doc: Document, sent: Sentence, q: Quantity, syn: _Syntax
) -> tuple[str, bool] | None:
    """The compass point of a direction fronted before the distance and set off by a
    comma, opening the story's words of the sentence (``Further south, some N km away,
    <B> ...``, ``Weiter nördlich, rund N Kilometer entfernt, meldete <B> ...``, ``To the
    east, some N km away, <B> ...``), and whether it goes on (an onward word: from where
    the text last stood, as ``some N km further south`` does; without one it is seen from
    where the text stands, as ``<B>, some N km to the east``). None otherwise."""
    lo = _story_start(doc, sent)
    lead = doc.text[lo : q.start]
    m = syn.onward.search(lead)
    onward = m is not None and not re.search(r"\w", lead[: m.start()])
    at = lo + m.end() if onward and m is not None else lo + len(lead) - len(lead.lstrip())
    d = find_direction(doc.text, at, syn.lang)
    if d is None or d[1] > q.start or re.search(r"\w", doc.text[lo:at] if not onward else ""):
        return None
    rest = doc.text[d[1] : q.start]
    there = syn.anaphora.match(doc.text, d[1])
    if there is not None and there.end() <= q.start:
        # "East of there, some N km away, <B> ...", "Östlich davon, rund N km entfernt,
        # ...": the pronoun stands for where the text last stood, as an onward word does
        rest, onward = doc.text[there.end() : q.start], True
    elif (named := syn.fronted_of.match(doc.text, d[1], q.start)) is not None:
        # "North of <X>, some N km away, <B> ...", "Nördlich von <X>, rund N km entfernt,
        # ...": the direction names its own reference, where the text now stands
        rest, onward = doc.text[named.end() : q.start], True
    if "," not in rest:
        return None
    words = [w.casefold() for w in re.findall(r"\w+", rest)]
    return (d[0], onward) if all(w in syn.fronted_lead for w in words) else None


def _landing_place(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    in_sent: _SentencePlaces,
    structures: _Structures,
    syn: _Syntax,
) -> Place | None:
    """Where a flight the distance measures came down, named in the same sentence after
    it behind a landing marker (``nahe Eilat``, ``near Erbil``)."""
    st = structures.of(sent)
    k = bisect_left(in_sent.starts, after)
    for p in in_sent[k : k + 4]:
        if _is_setting(p):
            # "nach N km Flug über das Ligurische Meer", "a flight of N km over the
            # sea": a sea or a region after the distance is crossed, not landed at
            continue
        np = st.phrase_at(p.start)
        if np is not None and np.preposition in syn.landing_markers and _is_point(p):
            return p
        if np is not None and np.preposition is None:
            t = _token_before(st, np.first)
            if t is not None and t.fold in syn.landing_markers and _is_point(p):
                return p
    return None


def _flown_to(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    origin: Place | None,
    dateline: Place | None,
    in_sent: _SentencePlaces,
    structures: _Structures,
    syn: _Syntax,
) -> tuple[Place, Place] | None:
    """``flew N km to <B> (from <A>)``, ``flog N Kilometer nach <B>``: (<B>, the start), the
    point place right after the distance in its clause behind a destination marker
    (lexicon ``flight_destination_markers``) and the start named in the sentence, else the
    dateline's place (the story stands where the flight began: "MAIDUGURI - The governor
    flew N km to <B>"). A projectile's flight (lexicon ``projectile_words`` in the
    sentence) takes no dateline start: a missile is launched where no reporter stands.
    None when no such destination follows or the start is the destination."""
    st = structures.of(sent)
    cq = st.clause_index(q.start)
    k = bisect_left(in_sent.starts, after)
    dest = None
    for p in in_sent[k : k + 2]:
        if st.clause_index(p.start) != cq or _is_setting(p):
            break
        np = st.phrase_at(p.start)
        if np is not None and np.preposition in syn.flight_destination_markers and _is_point(p):
            dest = p
        break
    if dest is None:
        return None
    at_dateline = origin is not None and (
        origin.start < sent.start or (dateline is not None and origin.start == dateline.start)
    )
    start = None if at_dateline or origin is None or not _is_point(origin) else origin
    if start is None and syn.projectile_words.search(doc.text, sent.start, sent.end) is None:
        # no start named in the sentence: the dateline's place (as a range's origin is)
        start = dateline if dateline is not None and _is_point(dateline) else None
    if start is None or start.id == dest.id:
        return None
    return dest, start


def _landing_before(
    sent: Sentence,
    q: Quantity,
    origin: Place,
    in_sent: _SentencePlaces,
    structures: _Structures,
    syn: _Syntax,
) -> Place | None:
    """``launched from <A> came down near <B> after a flight of about N km``: the landing
    named before the distance, in its clause and after the origin, behind a landing
    marker."""
    st = structures.of(sent)
    cq = st.clause_index(q.start)
    k = in_sent.count_ending_by(q.start)
    for p in reversed(in_sent[max(0, k - 4) : k]):
        if p.start <= origin.end or st.clause_index(p.start) != cq:
            break
        np = st.phrase_at(p.start)
        if np is not None and np.preposition in syn.landing_markers and _is_point(p):
            return p
    return None


_LANDING_VERB_GAP = 80  # "landete eine Maschine mit Helfern aus <A> in <B>": verb to place


_LANDING_PHRASES = 6  # noun phrases read after a landing verb


def _landing_by_verb(
    doc: Document,
    sent: Sentence,
    origin: Place,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    structures: _Structures,
    syn: _Syntax,
) -> Place | None:
    """``The plane landed in <B> after a flight of N km from <A>``, ``Das Flugzeug
    landete nach N km Flug von <A> in <B>``: a noun phrase after a landing verb (lexicon
    ``landing_verbs``) behind a locative or landing marker that is a point place other
    than the origin, or a descriptive phrase (``in der Hauptstadt``). When the origin
    follows the verb, the last such phrase after the origin is the landing (``aus <A>
    auf <Island> in der Hauptstadt``: the island is where the origin lies); else the
    first after the verb."""
    st = structures.of(sent)
    m = syn.landing_verbs.search(doc.text, sent.start, sent.end)
    # "<Plane>, das in <A> gestartet war, erreichte <B> nach N km Flug": with no landing
    # verb, a reach verb's object right after it is where the flight ended
    if m is None:
        r = syn.reach_verbs.search(doc.text, sent.start, sent.end)
        if r is None:
            return None
        p = in_sent.first_from(r.end())
        gap = doc.text[r.end() : p.start].split() if p is not None else ["\0"]
        if (
            p is not None
            and all(w.casefold() in syn.phrases.determiners for w in gap)
            and len(gap) <= 1
            and _is_point(p)
            and not _is_setting(p)
            and p.id != origin.id
        ):
            return p
        # the passive: "<B> was reached after a flight of N km from <A>", "<B> wurde nach
        # N km Flug erreicht": the place right before the auxiliary (lexicon
        # ``passive_auxiliaries``) is where the flight ended
        aux = syn.passive_aux.search(doc.text, sent.start, r.start())
        if aux is not None:
            n = in_sent.count_ending_by(aux.start())
            b = in_sent[n - 1] if n else None
            if (
                b is not None
                and not doc.text[b.end : aux.start()].strip()
                and _is_point(b)
                and not _is_setting(b)
                and b.id != origin.id
            ):
                return b
        return None
    pos = m.end()
    first: Place | None = None
    last_after_origin: Place | None = None
    for _ in range(_LANDING_PHRASES):
        np = st.phrase_from(pos)
        if np is None or np.start - m.end() > _LANDING_VERB_GAP or np.start >= sent.end:
            break
        pos = np.end
        prep = np.preposition
        if prep is None or not (
            prep in syn.landing_markers or syn.locative_word.fullmatch(prep) is not None
        ):
            continue
        p = _place_in(in_sent, np)
        if p is None:
            got = _resolve_phrase(doc, sent, np, origin, in_sent, by_sentence, structures, syn)
            p = got[0] if got is not None else None
        if p is None or p is origin or p.id == origin.id or not _is_point(p) or _is_setting(p):
            continue
        if first is None:
            first = p
        if np.start >= origin.end > m.end():
            last_after_origin = p
    return last_after_origin if last_after_origin is not None else first


def find_landing(
    doc: Document, claim: Claim, places: Sequence[Place], *, index: PlaceIndex | None = None
) -> Landing | None:
    """What the article says about where the object of a range claim came down, looking at
    the claim's sentence and the next few: in the sea, outside or inside some country's
    exclusive economic zone. ``None`` when it says nothing usable. ``index`` is the places
    grouped by sentence, built once by the caller that checks many claims."""
    index = index if index is not None else PlaceIndex.of(places)
    syn = _syntax(_lang(doc))
    text = doc.text
    found: Landing | None = None
    for s in _sentence_window(doc, claim.sentence, _CONTEXT_SENTENCES):
        eez = syn.eez.search(text, s.start, s.end)
        if eez is not None:
            window_lo = max(s.start, eez.start() - 40)
            outside = syn.outside.search(text, window_lo, eez.start())
            cc = _eez_country(doc, s, eez.start(), eez.end(), index)
            kind = "outside_eez" if outside is not None else "inside_eez"
            return Landing(kind=kind, country_code=cc, sentence=s.index, text=s.text.strip())
        if found is None and syn.sea.search(text, s.start, s.end) is not None:
            found = Landing(kind="sea", country_code=None, sentence=s.index, text=s.text.strip())
    return found


def _sentence_window(doc: Document, index: int, following: int) -> Sequence[Sentence]:
    """Sentence ``index`` and the ``following`` ones, without scanning the document
    (sentences are stored in order, normally with ``index`` equal to their position)."""
    sents = doc.sentences
    if 0 <= index < len(sents) and sents[index].index == index:
        pos = index
    else:
        found = next((i for i, s in enumerate(sents) if s.index == index), None)
        if found is None:
            return ()
        pos = found
    return sents[pos : pos + following + 1]


def _eez_country(doc: Document, s: Sentence, lo: int, hi: int, index: PlaceIndex) -> str | None:
    """The country whose zone it is: the nearest country mention (or adjective) to the EEZ
    words in the sentence (``AWZ Japans``, ``Japan's EEZ``, ``the Japanese EEZ``)."""
    best: tuple[int, str] | None = None
    for p in index.in_sentence(s.index):
        if not p.country_code:
            continue
        if p.kind != "country" and p.role != "adjective":
            continue
        dist = p.start - hi if p.start >= hi else lo - p.end
        if dist < 0:
            dist = 0
        if dist <= 40 and (best is None or dist < best[0]):
            best = (dist, p.country_code)
    return best[1] if best else None
