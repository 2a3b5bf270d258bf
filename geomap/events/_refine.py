"""Events: refining a place once it is chosen.

A finer place of the same country named with the event (a region's town, a compass part of a
country, a regional capital), namesakes abroad and places named again, and headline events
told again in the lead. Separate because it runs on places already chosen, over the whole
document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain
from typing import TYPE_CHECKING, TypeGuard

from gazetteer import Candidate, SeatsAPI
from geomap.events._actors import _cue, _is_feature
from geomap.events._compass import lies_in_part, part_point
from geomap.events._dating import _pick_time
from geomap.events._merging import _AREA_KINDS
from geomap.events._mood import _DAY_KINDS, _year_tokens
from geomap.events._origins import _precision_of
from geomap.events._place import (
    _ADMIN_KINDS,
    _NAMESAKE_ABROAD_KM,
    _POINT_SPECIFICITY,
    _as_reading,
    _story_country,
)
from geomap.events._sentences import _Clause
from geomap.events._state import _WORD, _Raw, _State
from geomap.events._timeexpr import TimeValue
from geomap.events._triggers import (
    _BETWEEN,
    _OPENING_NOUN,
    _definite,
    _indefinite,
    _is_trigger_noun,
    _refers_to,
)
from geomap.events._vocabulary import _AT_A_SITE, _POSSESSIVES, _Lexicon
from geomap.geometry import geodesic_km
from geomap.lexicons import capitals
from geomap.model import Place, kind_info, kinds_where
from geomap.text import Token

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI


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
            if nxt is not None and state.places_between(nxt.start, nxt.start + 1):
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
    round 2 (h20-events): such an order had no place at all. Session 29 (h29-coarse): the
    word may open the clause too (``Landesweit legten Busfahrer die Arbeit nieder``,
    ``Nationwide, teachers walked out``), and a place carried from the event before yields
    to it (a town of the story is not where a nationwide strike was)."""
    words = state.lex.nationwide
    if not words.patterns:
        return
    for r in raws:
        if (r.place is not None and r.place_method != "carried") or r.trigger_span is None:
            continue
        # after the trigger in its clause, or the word that opens the sentence ("Landesweit
        # legten ...", "Nationwide, teachers walked out": a clause of its own at the
        # comma); not one before the trigger inside a phrase ("Die landesweit bekannte
        # Ärztin wurde festgenommen": whose fame, not where)
        toks = r.clause.tokens
        at = r.clause.index_at(r.trigger_span[0])
        opening = state.sentence_clauses(r.clause.sentence.index)[0].tokens[:1]
        head = next((t for t in [*opening, *toks[at + 1 :]] if words.match(t.text)), None)
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
    for p in state.places_between(span[0], span[1]):
        if not p.resolved or p.role != "name":
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
        if point is None or state.covers(tok.start):
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
            for p in state.places_between(head.start, head.start + 1)
            if p.resolved and p.role == "name" and p.kind in _PART_KINDS
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
    # the country words' globs, picked once per clause instead of once per word
    countries = [pat.match for kind, pat in lex.back_reference if kind == "country"]
    return any(
        i > 0
        and (toks[i - 1].fold in lex.determiners or toks[i - 1].fold.endswith(_POSSESSIVES))
        and any(match(tok.text) for match in countries)
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


def _another_time(clauses: Sequence[_Clause], r: _Raw, st: _State, *, unknown: bool = True) -> bool:
    """Does the sentence speak of another time than the event's (``In 2008 the worst-hit
    town was B``, ``Last year the worst damage was in B``): a year that is not the event's,
    or a time expression whose day is not the event's day? ``unknown``: a time expression
    whose day is not known (``in the afternoon``, ``last year``) counts as another time
    (the hardest-hit sentence, session 28); without it only a known other day or year does
    (a retelling, session 29)."""
    day = r.time.date if r.time is not None else None
    year = day[:4] if day else (str(st.anchor.year) if st.anchor is not None else None)
    if any(y != year for c in clauses for y in _year_tokens(c, st.lex)):
        return True
    for span in st.sentence_times(clauses[0].sentence):
        value = st.time_value(span.text)
        told = value.date
        if told is None:
            if unknown:
                return True
            continue
        # a year or a month is told by its first day: compared at its own precision
        width = {"year": 4, "month": 7}.get(value.precision or "", len(told))
        if day is not None and told[:width] != day[:width]:
            return True
    return False


def _located_again(raws: list[_Raw], lex: _Lexicon) -> list[_Raw]:
    """``In der Provinz Québec ist ein Güterzug entgleist. Das Unglück ereignete sich am
    Freitagmorgen in der Kleinstadt X``: the next sentence names the event again (a definite
    noun of its type; also at the head of the next paragraph, as wire copy sets its lede
    apart, session 29) at a town of the same country inside the area the
    event was placed in (a province, a country). That town is the event's place, the time
    the event lacked is taken too, and the second mention is no event of its own. A place
    given by a direction (``20 km nördlich der Insel X``) does not refine, nor does an
    event dated by its relation to another (``The attack came two days after gunmen
    kidnapped a chief near X``: another event, session 29)."""
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
            or later.clause.sentence.index - r.last_sentence != 1
            or later.place is None
            or later.place_method != "locative"
            # an event placed in a whole country takes a province too ("Ein Taifun ist auf
            # den Norden der Philippinen getroffen. Der Sturm erreichte am Dienstag die
            # Küste der Provinz X"), as the reference shapes do (fifteenth session)
            or not _finer_than(r.place, later.place, lex, regions=True)
        ):
            continue
        if (later.time is not None and later.time.relation is not None) or _told_on_other_days(
            r, later
        ):
            # "The attack came two days after fighters kidnapped a mayor near Y": dated by
            # its relation to another event, or on another day: another event (session 29)
            continue
        toks, span = later.clause.tokens, later.trigger_span
        at = (
            None
            if span is None
            else next((k for k, t in enumerate(toks) if t.start == span[0]), None)
        )
        if at is None or not (
            _refers_again(toks, at, later, r.type, lex)
            # told again by its doers: a weaker sign, read for a town only (a province of
            # the retelling is often where its damage is counted, not the scene) and in
            # the event's paragraph (a definite noun of its kind points back across a
            # paragraph break, as wire copy sets its lede apart: session 29)
            or (
                (
                    later.clause.paragraph == r.clause.paragraph
                    or _noun_named_again(toks, at, r.clause.tokens, lex)
                )
                and _retold_by_its_doers(toks, at, r, later, lex)
                and _finer_than(r.place, later.place, lex)
            )
        ):
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


def _noun_named_again(toks: Sequence[Token], at: int, told: Sequence[Token], lex: _Lexicon) -> bool:
    """Does the subject before the trigger at ``at`` repeat, with the definite article, a noun
    the event's clause brought in with an indefinite one (``A bus carrying workers plunged
    ... The bus veered off a highway near X``, ``Ein Reisebus ist ... abgekommen. Der Bus
    stürzte bei X ...``)? The same thing named again is a stronger sign than a
    doer's noun alone: it points back across a paragraph break too, as wire copy sets each
    sentence apart (session 31)."""
    heads = [t.fold for j, t in enumerate(told) if len(t.fold) > 2 and _indefinite(told, j, lex)]
    # a compound's head names it again too ("Ein Reisebus ... Der Bus", "a minibus ... the bus")
    return any(
        len(toks[k].fold) > 2
        and _definite(toks, k, lex)
        and any(h.endswith(toks[k].fold) for h in heads)
        for k in range(1, min(at, _OPENING_NOUN + 1))
    )


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


def _retold_by_its_doers(
    toks: Sequence[Token], at: int, r: _Raw, later: _Raw, lex: _Lexicon
) -> bool:
    """``Bewaffnete haben im Nordwesten Xs 40 Dorfbewohner entführt. Die Angreifer überfielen
    am Montagabend das Dorf Y``, ``Gunmen killed 20 villagers in northern X. The attackers
    stormed the town of Y``, ``Bei einem Erdrutsch im Osten Xs ... Die Schlammmassen
    verschütteten Häuser nahe der Stadt Y``: the next sentence opens with a definite noun
    as the subject of a verb of the event's type or a related one (its doers, or what did
    it, named again) and tells no new one: the same event, told again where it happened
    (session 27, h27-refine). Not when the subject is a sayer's or an authority's noun
    (``[places] sayer_nouns``: ``Die Polizei nahm ... fest``, ``The army clashed ...``:
    a response of its own), when the clause counts one more (``[clauses] additives``,
    ``another``: ``Die Angreifer überfielen auch ...``, ``attacked another village``), nor
    when both tellings name a day of their own and the days differ (``... on Monday. The
    attackers killed three more in Y on Thursday``)."""
    if later.pos == "noun" or at == 0 or not _definite(toks, 1, lex):
        return False  # "Die Angreifer überfielen": an article opens the clause
    subject = next(
        (
            k
            for k in range(1, min(at, _OPENING_NOUN + 1))
            if not lex.nouns_capitalised or toks[k].is_cap
        ),
        None,
    )
    if subject is None or lex.sayer_nouns.match(toks[subject].text):
        return False
    if lex.passive.intersection(t.fold for t in toks[:at]):
        return False  # "The attackers were arrested in Y": a passive's subject is what was done to
    if any(t.fold in lex.additives or t.fold in lex.another for t in toks):
        return False
    assert later.place is not None
    where = later.clause.index_at(later.place.start)
    if any(
        t.fold in _BETWEEN or t.fold in lex.route_between for t in toks[max(where - 4, 0) : where]
    ):
        return False  # "auf der Straße zwischen A und B": a road's end, not the scene
    return not _told_on_other_days(r, later)


def _told_on_other_days(r: _Raw, later: _Raw) -> bool:
    """Do both tellings name a day of their own, and different ones (``... on Monday. The
    attackers killed three more in Y on Thursday``, ``Das Unglück vom Sonntag ...``)?"""
    first, again = r.time, later.time
    return (
        first is not None
        and again is not None
        and first.kind != "context"
        and first.date is not None
        and again.date is not None
        and first.date != again.date
    )


def _generic_located_again(raws: list[_Raw], st: _State) -> None:
    """``A bus crashed in Bolivia's Potosi province on Monday. The accident happened near the
    town of Uyuni``, ``Ein Zug entgleiste in Ägypten. Der Vorfall ereignete sich bei X``: the
    next sentence (also across a paragraph break, session 29) names the event again by a
    definite generic noun
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
            if generic.isdisjoint(map(str.casefold, clause.words)):
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
            if _another_time([clause], r, st, unknown=False):
                break  # "The accident last year near Y": another one (session 29)
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
