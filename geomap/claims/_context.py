"""The story around a sentence: what a claim can lean on outside its own clause.

The dateline and the story's opening (:func:`_story_start`, :func:`_in_dateline`), the
speaker of a quote and where they are (:func:`_speaker_before`, :func:`_speaker_introduced`),
``here``/``there``, the places named in the sentences before (:func:`_point_before`,
:func:`_lead_place`, :func:`_tail_place`), and the marker words right before a place
(``von``/``from``, ``nach``/``to``, a possessive direction). It is separate because both the
subject and the reference of a claim fall back on it, and it picks no end by itself.
"""

from __future__ import annotations

import itertools
import re

from gazetteer import SeatsAPI
from geomap.claims._lexicon import (
    _Syntax,
)
from geomap.claims._quantities import (
    Quantity,
    common_nouns,
    find_direction,
    parse_direction,
)
from geomap.claims._sentence import (
    _GAZ,
    _MAX_PLACES_BACK,
    _REGION_KINDS,
    _is_area,
    _is_point,
    _lang,
    _name_key,
    _Places,
    _preceded_by,
    _previous_places,
    _SentencePlaces,
    _Structures,
)
from geomap.model import (
    Document,
    Place,
    Sentence,
    kind_info,
)
from geomap.text import Clause, NounPhrase, SentenceStructure

_FEW_WORDS = 6


_WORD_BEFORE = re.compile(r"([^\W\d_]{3,30})[\s\u00a0]{1,3}$")


_POSSESSIVE = re.compile(r"['’]s[\s\u00a0]{1,3}")


def _possessive_direction(doc: Document, p: Place) -> tuple[str, int] | None:
    """``to <Y>'s north-west``: the direction a possessive place is followed by."""
    m = _POSSESSIVE.match(doc.text, p.end)
    return find_direction(doc.text, m.end(), _lang(doc)) if m is not None else None


def _to_marked(doc: Document, p: Place, syn: _Syntax) -> bool:
    """A to-marker before ``p``, also past an inflected lowercase adjective (``bis ins
    spanische Tarifa``, ``nach dem nahen <X>``): the adjective only modifies the place.
    ``to <Y>'s north-west`` names a side of <Y>, no route's end."""
    if _possessive_direction(doc, p) is not None:
        return False
    if _preceded_by(doc, p, syn.route_to_before):
        return True
    part = (
        syn.feature_part_before.search(doc.text, max(0, p.start - 40), p.start)
        if syn.feature_part_before is not None
        else None
    )
    if part is not None:
        # "flew N km from <A> to the summit of <B>", "bis zum Gipfel des <B>": the part of
        # <B> reached; <B> is still the way's end
        return (
            syn.route_to_before.search(doc.text, max(0, part.start() - 24), part.start())
            is not None
        )
    m = _WORD_BEFORE.search(doc.text, max(0, p.start - 34), p.start)
    if m is None:
        return False
    word = m.group(1).casefold()
    if word in syn.designators:
        # "bis zum Flughafen <Y>", "bis zum Hafen <Y>", "to the port <Y>": the designator
        # names what of <Y> the route reaches; <Y> is still its end
        return syn.route_to_before.search(doc.text, max(0, m.start() - 24), m.start()) is not None
    if not m.group(1).islower():
        return False
    if not any(word.endswith(e) for e in syn.phrases.adjective_endings):
        return False
    return syn.route_to_before.search(doc.text, max(0, m.start() - 24), m.start()) is not None


#: a designator right before a place, with ``of`` between (``the port of <A>``)
_DESIGNATOR_OF_BEFORE = re.compile(r"([^\W\d_]{3,30})[\s\u00a0]{1,3}of[\s\u00a0]{1,3}$")


def _from_designated(doc: Document, p: Place, syn: _Syntax) -> bool:
    """A from-marker before a designator and ``of`` before ``p`` (``from the port of
    <A> to <B>``, ``from the town of <A>``): the designator names what of <A> the way
    starts at; <A> is still its start (as ``to the port <B>`` is an end)."""
    m = _DESIGNATOR_OF_BEFORE.search(doc.text, max(0, p.start - 40), p.start)
    if m is None or m.group(1).casefold() not in syn.designators:
        return False
    return syn.route_from_before.search(doc.text, max(0, m.start() - 24), m.start()) is not None


def _direction_from(doc: Document, p: Place, syn: _Syntax) -> bool:
    """The from-marker before ``p`` follows a direction word (``südlich von <A>``,
    ``östlich von <A>``): it marks the reference a direction is seen from, not the start
    of a journey (``<X> liegt rund N km südlich von <A>, bis nach <B> sind es ...``)."""
    m = syn.route_from_before.search(doc.text, max(0, p.start - 24), p.start)
    if m is None:
        return False
    w = _WORD_BEFORE.search(doc.text, max(0, m.start() - 34), m.start())
    if w is not None and parse_direction(w.group(1), _lang(doc)) is not None:
        return True
    # "<X> liegt mehr als N km von der <See> entfernt, bis zur <Grenze> sind es ...": a
    # distance's unit right before the marker and an away word right after the place
    return (
        _UNIT_BEFORE.search(doc.text, max(0, m.start() - 34), m.start()) is not None
        and syn.away_after.match(doc.text, p.end) is not None
    )


_UNIT_BEFORE = re.compile(r"\d[\s\u00a0]{0,2}[^\W\d_]{1,12}[\s\u00a0]{1,3}$")


def _measured_from_dateline(reference: Place | None, by_sentence: _Places) -> bool:
    """``reference`` (a claim's other end) is the dateline's place, however the text
    named it: its name, a description (``the provincial capital``) or nothing.

    >>> from types import SimpleNamespace as P
    >>> d = P(id=1, start=0)
    >>> _measured_from_dateline(P(id=1, start=90), P(dateline=d))
    True
    >>> _measured_from_dateline(P(id=2, start=90), P(dateline=d))
    False
    >>> _measured_from_dateline(None, P(dateline=d))
    False
    """
    d = by_sentence.dateline
    return reference is not None and d is not None and reference.id == d.id


def _first_town_of_sentence_before(
    sent: Sentence, subject: Place, by_sentence: _Places
) -> Place | None:
    """The sentence before's first point place (no setting, not the dateline's token or
    address), when it is a resolved town of the subject's country other than the subject
    and the dateline's town; None when that first place is not such a town. The origin
    that the opening-apposition and opening-clause readings share: wire copy walks from
    town to town, and the town a sentence opened on is where the next one stands."""
    d = by_sentence.dateline
    for p in by_sentence.get(sent.index - 1):
        if (
            not _is_point(p)
            or _is_setting(p)
            or by_sentence.is_dateline_address(p)
            or (d is not None and p.start == d.start)  # the dateline's own token
        ):
            continue
        if (
            not p.resolved
            or p.id == subject.id
            or (d is not None and p.id == d.id)
            or p.country_code != subject.country_code
        ):
            return None
        return p
    return None


def _topic_before_dateline_subject(
    sent: Sentence, subject: Place, by_sentence: _Places
) -> Place | None:
    """Where the dateline's own town is seen from when a sentence places it with a
    distance and no reference (``<A> - ... The port of <B> reported ... . <A>
    lies some N km to the south``): the first point place of the sentence right before,
    in the subject's country, that is not the dateline (its token, its address or its
    town). The dateline reading, which the text would otherwise fall back to, measures the
    town from itself, so nothing was checked. None when that sentence names no such town
    (one sentence back only: further back the text has moved on)."""
    if sent.index == 0:
        return None
    d = by_sentence.dateline
    for p in by_sentence.get(sent.index - 1):
        if (
            not _is_point(p)
            or _is_setting(p)
            or by_sentence.is_dateline_address(p)
            or (d is not None and p.start == d.start)
        ):
            continue
        if not p.resolved or p.id == subject.id or p.country_code != subject.country_code:
            continue
        return p
    return None


def _foreign_bureau(dateline: Place, subject: Place, sent: Sentence, by_sentence: _Places) -> bool:
    """Is the dateline a wire bureau reporting on another country (``NAIROBI`` for
    Somalia, ``SUVA`` for Vanuatu): in another country than the subject, and the sentences
    before name no other place of the dateline's country? A story that also stands in the
    dateline's country (``SANTIAGO - ... Valparaíso ... Helicopters flew doctors to
    Mendoza, about 180 km to the east``) is seen from the dateline."""
    home = dateline.country_code
    if not home or not subject.country_code or home == subject.country_code:
        return False
    return not any(
        p.country_code == home and p.id != dateline.id for p in by_sentence.previous(sent.index)
    )


def _story_point(subject: Place, sent: Sentence, by_sentence: _Places) -> Place | None:
    """The town the story last stood at in the subject's country: the nearest point place
    of the previous sentences that shares the subject's country (never the subject)."""
    for p in by_sentence.previous(sent.index):
        if (
            _is_point(p)
            and p.resolved
            and p.id != subject.id
            and not _is_setting(p)
            and p.country_code == subject.country_code
        ):
            return p
    return None


def _speakers_place(doc: Document, in_sent: _SentencePlaces, at: int, syn: _Syntax) -> Place | None:
    """``Officials in <A> said the town, ...``: the point place right before a word that
    opens what was said (lexicon ``report_openers``) which opens the phrase at ``at``:
    where the speakers are. ``None`` when other words stand between."""
    n = in_sent.count_ending_by(at)
    if n == 0:
        return None
    p = in_sent[n - 1]
    said = re.findall(r"\w+", doc.text[p.end : at].casefold())
    if not said or not all(w in syn.report_openers for w in said):
        return None
    return p if _is_point(p) and p.resolved else None


def _fronted_there(
    doc: Document,
    sent: Sentence,
    subject: Place,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
) -> Place | None:
    """``<A> escaped the worst. From there, <B> is about N km to the south-east``: a
    sentence that opens with an anaphoric start (``from there``, ``von dort``) before its
    subject is seen from the place the anaphor points back to (:func:`_there_place`),
    never the dateline; ``None`` when the sentence does not open with one or the anaphor
    finds no place other than the subject."""
    text = doc.text
    opener = syn.anaphoric_start.search(text, sent.start, subject.start)
    if opener is None or text[sent.start : opener.start()].strip(" \t\n\"'\u201c\u201e\u00ab"):
        return None
    there = _there_place(doc, sent, opener.start(), in_sent, by_sentence, subject)
    if there is None or there.id == subject.id:
        return None
    return there


def _there_place(
    doc: Document,
    sent: Sentence,
    at: int,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    other: Place | None,
) -> Place | None:
    """The place an anaphor at ``at`` (``von dort``, ``from there``, ``davon``) points
    back to: the nearest point place before it in its sentence, else the nearest of the
    sentences before; never the claim's ``other`` end, and not the dateline, which is
    where the story was filed from, not a place the text just stood at."""
    other_id = other.id if other is not None else None
    for p in [
        *reversed(
            in_sent[
                max(0, in_sent.count_ending_by(at) - _MAX_PLACES_BACK) : in_sent.count_ending_by(at)
            ]
        ),
        *_previous_places(doc, by_sentence, sent)[:_MAX_PLACES_BACK],
    ]:
        if (
            _is_point(p)
            and p.resolved
            and not _is_setting(p)
            and p is not other
            and (other_id is None or p.id != other_id)
            and not by_sentence.is_dateline_address(p)
            and p is not by_sentence.dateline
        ):
            return p
    return None


def _line_before(subject: Place, in_sent: _SentencePlaces) -> Place | None:
    """The place named last before ``subject`` in its sentence when it is a line of
    latitude or another feature known only by a label point that covers no ground or water
    (``des Äquators``, ``the Suez Canal``), else None. :func:`_away_from` skips those as
    settings; a town or a pole named last is what it returns anyway."""
    n_before = in_sent.count_ending_by(subject.start)
    if n_before == 0:
        return None
    p = in_sent[n_before - 1]
    info = kind_info(p.kind)
    if p.relation is not None or p.id == subject.id or not p.resolved or info.is_area:
        return None
    return p if info.label_point_only and not _is_area(p) else None


def _point_before(subject: Place, in_sent: _SentencePlaces) -> Place | None:
    """The nearest resolved point place before ``subject`` in its sentence, or None."""
    n_before = in_sent.count_ending_by(subject.start)
    for k in range(n_before - 1, max(-1, n_before - 1 - _MAX_PLACES_BACK), -1):
        p = in_sent[k]
        if _is_point(p) and p.resolved and p.id != subject.id and not _is_setting(p):
            return p
    return None


def _lead_place(
    doc: Document,
    st: SentenceStructure,
    c_first: int,
    c_last: int,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
) -> Place | None:
    """The place a clause opens with, over function words and adjectives only (``In
    <Region>``, ``Auch im <adjective> <Town>``, ``The <Landmark>``)."""
    if c_first > c_last:
        return None
    p = in_sent.first_from(st.tokens[c_first].start)
    if p is None or p.start > st.tokens[c_last].end:
        return None
    lex = syn.phrases
    for t in st.tokens[c_first : min(c_last + 1, c_first + _FEW_WORDS + 1)]:
        if t.start >= p.start:
            return p
        if t.fold in lex.function_words or by_sentence.in_adjective(t.start):
            continue
        if not t.is_cap and any(t.fold.endswith(e) for e in lex.adjective_endings if e):
            continue
        return None
    return None


def _tail_place(
    st: SentenceStructure, c_first: int, c_last: int, in_sent: _SentencePlaces
) -> Place | None:
    """The point place a clause ends with, allowing the area it lies in after it
    (``Helfer kamen aus Linz``, ``Alert in Kanada``)."""
    lo, hi = st.tokens[c_first].start, st.tokens[c_last].end
    k = in_sent.count_ending_by(hi) - 1
    best: Place | None = None
    stop = max(-1, k - _FEW_WORDS)
    while k > stop and in_sent[k].start >= lo:
        p = in_sent[k]
        if _is_point(p):
            best = p
            break
        if not _is_area(p):
            return None
        k -= 1
    if best is None:
        return None
    # only an area may follow it in the clause, and nothing but words of a phrase
    if c_last + 1 - st.token_index(best.end) > 4:
        return None
    return best


def _where_it_lies(st: SentenceStructure, p: Place, syn: _Syntax) -> bool:
    """``p`` is water, an area, a line of latitude or a mountain behind a locative (``on
    the Irrawaddy``, ``an der Elbe``, ``right on the Equator``, ``perched on the Great
    Dividing Range``): where something lies, not what a distance describes."""
    info = kind_info(p.kind)
    if not (info.is_area or info.is_water or _on_graticule(p) or p.kind == "mountain"):
        return False
    return _behind_preposition(st, p, syn)


def _behind_preposition(st: SentenceStructure, p: Place, syn: _Syntax | None = None) -> bool:
    """Does ``p`` stand in a prepositional phrase (with ``syn``: behind a locative one,
    ``on``, ``an``, ``auf``)?"""
    np = st.phrase_at(p.start)
    return (
        np is not None
        and np.preposition is not None
        and (syn is None or syn.locative_word.fullmatch(np.preposition) is not None)
    )


def _places_before_phrase(
    sent: Sentence, np: NounPhrase, in_sent: _SentencePlaces, by_sentence: _Places
) -> list[Place]:
    """The places of the sentence a description may point back to: the last
    :data:`_MAX_PLACES_BACK` before it, less those this sentence's claims already located.

    "INVERNESS - <A>, about N km to the east, and <B>, some M km south-west of the city":
    a place this sentence's claims already located is a coordinated subject, not the
    place the description points back to (the dateline's, or a reference, is)."""
    k = in_sent.count_ending_by(np.start)
    located = {
        id(p)
        for p in by_sentence.recent_subjects[-_RECENT_ENDS:]
        if p.sentence == sent.index and p.start < np.start
    }
    return [p for p in in_sent[max(0, k - _MAX_PLACES_BACK) : k] if id(p) not in located]


def _country_named_before(doc: Document, pos: int, cc: str, by_sentence: _Places) -> bool:
    """Does the text name country ``cc`` itself (the country, not a place in it) before
    ``pos``, in its sentence or an earlier one?"""
    sent = doc.sentence_at(pos)
    if sent is None:
        return False
    here = [p for p in by_sentence.get(sent.index) if p.end <= pos]
    return any(
        p.kind == "country" and p.relation is None and p.country_code == cc
        for p in [*here, *by_sentence.previous(sent.index)]
    )


#: areas below a country with a seat of their own: its subdivisions, and islands ("Sardinien
#: ... der Hauptstadt": the island's)
_SEATED_AREA_KINDS = _REGION_KINDS | {"island", "archipelago"}


def _dateline_seat_named(pos: int, d: Place, cc: str, by_sentence: _Places) -> bool:
    """Is the dateline's town ``d`` the seat of a region of country ``cc`` (a first-level
    subdivision, or an island of that name) that the text names before ``pos``? The
    gazetteer's one table of seats (``SeatsAPI.seat_of``) says which regions a town is
    the seat of."""
    gaz = _GAZ.get()
    if not isinstance(gaz, SeatsAPI) or d.id is None:
        return False
    regions = gaz.seat_of(d.id)
    if not regions:
        return False
    names = set()
    for rid in regions:
        r = gaz.get(rid)
        if r is not None:
            names.add(_name_key(r.name))
    return any(
        p.end <= pos
        and p.country_code == cc
        and p.kind in _SEATED_AREA_KINDS
        and (p.id in regions or _name_key(p.name or p.mention) in names)
        for ps in by_sentence.all_sentences()
        for p in ps
    )


def _story_region_seat(
    pos: int, d: Place, cc: str, other: Place | None, by_sentence: _Places
) -> Place | None:
    """The one first-level seat of country ``cc`` the text names before ``pos`` (not the
    dateline's town, not the other end) whose region the text names before ``pos`` too,
    or None (none, or seats of two regions). Asked for a bare capital phrase when the
    country's capital is never named: a story about a state or province that names the
    region and its seat calls the seat "the capital" (``... declared an emergency in
    <seat>. <A>, about N km from the capital``); the gazetteer's one table of seats
    (``SeatsAPI.seat_of``) says which regions a town is the seat of."""
    gaz = _GAZ.get()
    if not isinstance(gaz, SeatsAPI):
        return None
    everything = [p for ps in by_sentence.all_sentences() for p in ps if p.end <= pos]
    # the country's areas named before ``pos``, by id and by name key: built once, so each
    # candidate seat asks two set tests, not a scan of every place
    areas = [q for q in everything if q.country_code == cc and q.kind in _SEATED_AREA_KINDS]
    area_ids = {q.id for q in areas}
    area_keys = {_name_key(q.name or q.mention) for q in areas}
    found: dict[str, Place] = {}
    for p in everything:
        if (
            p.id is None
            or p.relation is not None
            or p.country_code != cc
            or p.start == d.start
            or (other is not None and p.id == other.id)
            or not _is_point(p)
        ):
            continue
        regions = gaz.seat_of(p.id)
        if not regions:
            continue
        names = set()
        for rid in regions:
            r = gaz.get(rid)
            if r is not None:
                names.add(_name_key(r.name))
        if not area_ids.isdisjoint(regions) or not area_keys.isdisjoint(names):
            found.setdefault(p.id, p)
    return next(iter(found.values())) if len(found) == 1 else None


def _dateline_names_country(by_sentence: _Places) -> bool:
    """Does the dateline name a country after its town (``YANGON, Myanmar (Reuters)``)?"""
    d = by_sentence.dateline
    if d is None:
        return False
    return any(
        p.kind == "country" and by_sentence.is_dateline_address(p)
        for p in by_sentence.get(d.sentence)
    )


_POLE_LAT = 89.99  # a place this close to a pole is the pole


def _on_graticule(p: Place) -> bool:
    """A line of latitude (a kind with an outline that is neither an area nor water, in
    the model's table) or a pole: never what an apposed distance describes."""
    info = kind_info(p.kind)
    if info.has_outline and not info.is_area and not info.is_water:
        return True
    return p.lat is not None and abs(p.lat) >= _POLE_LAT


def _is_setting(p: Place) -> bool:
    """A place that is rather where something lies than what lies N km away: a region,
    a country, a sea (``die Hafenstadt am Roten Meer``, ``In Bayern ...``)."""
    return _is_area(p) or (p.relation is None and kind_info(p.kind).label_point_only)


def _place_in(in_sent: _SentencePlaces, np: NounPhrase) -> Place | None:
    p = in_sent.first_from(np.start)
    return p if p is not None and p.start < np.end else None


_RECENT_ENDS = 6  # claim ends a description may continue, past _CONTEXT_SENTENCES


_DATELINE_DASH = re.compile(r"[\s\u00a0]*(?:--|[-–—:])[\s\u00a0]+")


_DATELINE_CHARS = 60  # "ST. JOHN'S, Newfoundland, March 3 (geomap) - "


def _story_start(doc: Document, sent: Sentence) -> int:
    """Where the story's own words begin in ``sent``: after the dateline and the dash that
    ends it (``NAIROBI (geomap) - About N km ...``) when the sentence holds the dateline,
    else the sentence's start."""
    h = doc.header
    ds, de = h.dateline_start, h.dateline_end
    if ds is None or de is None or not (sent.start <= ds < sent.end):
        return sent.start
    text = doc.text
    hi = min(sent.end, de + _DATELINE_CHARS)
    for k in range(de, hi):
        if text[k] in "-–—:":
            m = _DATELINE_DASH.match(text, k - 1 if text[k - 1].isspace() else k)
            if m is not None:
                return m.end()
    return sent.start


def _clause_start_after_colon(doc: Document, sent: Sentence, q: Quantity) -> int:
    """Where the story's words before ``q`` begin (:func:`_story_start`), or after the
    last colon before it: a colon opens a new statement as a sentence does (``Officials
    in <A> said: about N km to the east, <B> was flooded``)."""
    lo = _story_start(doc, sent)
    colon = doc.text.rfind(":", lo, q.start)
    if colon >= 0 and doc.text[colon + 1 : colon + 2].isspace():
        return colon + 1
    return lo


_STORY_OPENER = re.compile(r"\)[\s\u00a0]*[-–—][\s\u00a0]*$")


def _in_dateline(doc: Document, st: SentenceStructure, c: Clause) -> bool:
    """Clause ``c`` opens inside the dateline (``NAIROBI (geomap) –``, ``KINGSTON,
    Jamaica, Sept. 14 (geomap) -``), as the document's header found it."""
    h = doc.header
    if h.dateline_start is None or h.dateline_end is None:
        return False
    return h.dateline_start <= st.tokens[c.first].start < h.dateline_end


def _opens_story(doc: Document, c: Clause, by_sentence: _Places) -> bool:
    """Clause ``c`` is the first after the dateline (``NAIROBI (geomap) – <c>``)."""
    d = by_sentence.dateline
    if d is None or d.end > c.start:
        return False
    return _STORY_OPENER.search(doc.text, max(d.end, c.start - 8), c.start) is not None


def _point_before_in_sentence(
    subject: Place, in_sent: _SentencePlaces, by_sentence: _Places
) -> Place | None:
    """The nearest point place named before ``subject`` in its own sentence, which a
    ``davon`` / ``of it`` after the subject points back to when the sentence has no claim
    before it (``Auch <B> wurde getroffen; <C>, rund N km nordöstlich davon, meldete
    ...``, ``Flooding also hit <B>; <C>, about N km north of it, ...``): the town the
    clause before just named is nearer than the subject of the sentence before, which
    :func:`_last_subject_before` would take. Never the dateline's place (where the story
    was filed, not a place the text stood at) nor a setting."""
    n_before = in_sent.count_ending_by(subject.start)
    for k in range(n_before - 1, max(-1, n_before - 1 - _MAX_PLACES_BACK), -1):
        p = in_sent[k]
        if (
            _is_point(p)
            and p.resolved
            and p.id != subject.id
            and not _is_setting(p)
            and p is not by_sentence.dateline
            and not by_sentence.is_dateline_address(p)
        ):
            return p
    return None


_QUOTES = frozenset('"„“”«»')


def _speaker_before(
    text: str, sent: Sentence, pos: int, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The attribution before a quotation that a colon opens (``The mayor of Y was blunt:
    "We are N km from X"``, ``Der Bürgermeister von Y sagte: „Wir sind ..."``): the last
    point place a marker or locative word introduces between the sentence's start and the
    quotation's opening mark; None when the quotation does not follow a colon or no such
    place stands there."""
    opening = max((k for k in range(sent.start, pos) if text[k] in _QUOTES), default=-1)
    if opening < 0 or not text[sent.start : opening].rstrip().endswith(":"):
        return None
    found: Place | None = None
    prev_end = sent.start
    p = in_sent.first_from(sent.start)
    while p is not None and p.end <= opening:
        words = re.findall(r"\w+", text[prev_end : p.start].casefold())
        if (
            _is_point(p)
            and p.resolved
            and words
            and (words[-1] in syn.marker_words or syn.locative_word.fullmatch(words[-1]))
        ):
            found = p
        prev_end = max(prev_end, p.end)
        p = in_sent.first_after(p.start)
    return found


#: words an attribution with a pronoun speaker may have ("he told reporters on Sunday")
_ATTRIBUTION_WORDS = 8


def _speaker_introduced(
    doc: Document,
    sent: Sentence,
    pos: int,
    other: Place | None,
    by_sentence: _Places,
    syn: _Syntax,
) -> Place | None:
    """``<Name> runs the only clinic left in <Y>. "We are N km from <X>," he said``: a
    quotation whose attribution names the speaker only by a pronoun (lexicon
    ``speaker_pronouns``: ``he``, ``she``, ``sagte er``) and no place speaks from where the
    sentence before put them: its last point place (never the claim's other end). None
    when the words are not quoted, the attribution is longer or names someone, or the
    sentence before names no such place (the dateline's place is then the speaker's)."""
    text = doc.text
    if sum(1 for ch in text[sent.start : pos] if ch in _QUOTES) % 2 == 0:
        return None
    close = next((k for k in range(pos, sent.end) if text[k] in _QUOTES), -1)
    if close < 0:
        return None
    words = re.findall(r"\w+", text[close : sent.end])
    if not words or len(words) > _ATTRIBUTION_WORDS:
        return None
    if not any(w.casefold() in syn.speaker_pronouns for w in words[:3]):
        return None
    if any(w[:1].isupper() and w.casefold() not in syn.speaker_pronouns for w in words[:3]):
        return None  # "sagte Sie ..." or a name: not a bare pronoun
    for p in by_sentence.previous(sent.index):
        if p.sentence != sent.index - 1:
            break
        if (
            _is_point(p)
            and p.resolved
            and not _is_setting(p)
            and (other is None or p.id != other.id)
        ):
            return p
    return None


def _speaker_unknown(
    doc: Document,
    sent: Sentence,
    pos: int,
    st: SentenceStructure,
    syn: _Syntax,
    in_sent: _SentencePlaces,
) -> bool:
    """The attribution after the quotation holding ``pos`` names the speaker's place with
    a name the geoparser did not resolve: a marker (``of``, ``in``, ``von``) followed by a
    capitalised word that is no function word, article or (where nouns are capitalised)
    common noun (``the mayor of Twillingate said``, ``sagte ein Fischer aus <Y>``)."""
    text = doc.text
    if sum(1 for ch in text[sent.start : pos] if ch in _QUOTES) % 2 == 0:
        return False
    close = next((k for k in range(pos, sent.end) if text[k] in _QUOTES), -1)
    if close < 0:
        return False
    lex = syn.phrases
    nouns = common_nouns(syn.lang) if lex.capitalised_nouns else frozenset()
    toks = st.tokens[st.token_index(close) : st.token_index(sent.end)]
    for a, b in itertools.pairwise(toks):
        if (
            (
                a.fold in syn.marker_words
                or a.fold in syn.speaker_origin
                or syn.locative_word.fullmatch(a.fold) is not None
            )
            and b.is_cap
            and b.text.isalpha()
            and b.fold not in lex.function_words
            and b.fold not in syn.articles
            and b.text not in nouns
            and not ((p := in_sent.first_from(b.start)) is not None and p.start < b.end)
        ):
            return True
    return False


def _here_before(
    doc: Document, sent: Sentence, q: Quantity, structures: _Structures, syn: _Syntax
) -> bool:
    """Does a ``from here`` / ``von hier (aus)`` (a here word of more than one word, so
    with its from-marker) stand in the distance's clause before it?"""
    st = structures.of(sent)
    ci = st.clause_index(q.start)
    lo = st.clauses[ci].start if ci >= 0 else sent.start
    return any(" " in m.group(0).strip() for m in syn.here.finditer(doc.text, lo, q.start))


def _from_opener(st: SentenceStructure, c: Clause, syn: _Syntax) -> bool:
    """Clause ``c`` opens with a from-marker (``From <A>, ...``), also after a viewpoint
    participle (lexicon ``viewpoint_words``: ``<X> lies, seen from <A>, N km ...``)."""
    if c.opener in syn.route_from_words:
        return True
    k = c.first
    return (
        c.opener in syn.viewpoint
        and k + 1 <= c.last
        and st.tokens[k + 1].fold in syn.route_from_words
    )
