"""From candidate spans to resolved places.

Two questions per span: *is it a place at all* (``_accept``), and *which one*
(``_rank``), both asked over one :class:`~geomap.geoparse._context.Context` built once
per analysis: the document, its tokens and lexicon, the candidate spans, the persons,
the country adjectives and the article's country focus. The evidence they weigh is in
``_evidence``, the names the gazetteer lacks go to ``_fallback``, and every weight and
threshold is a field of :class:`~geomap.geoparse._weights.Weights` (documented in
``docs/geoparser.md``). No word list here is written for one text.
"""

from __future__ import annotations

import bisect
import gc
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from gazetteer import Candidate, SeatsAPI
from geomap.geometry import haversine_km
from geomap.geoparse import _rank as ranking
from geomap.geoparse._accept import decide, repeat_decisions, select, split_repeats
from geomap.geoparse._context import (
    Context,
    Decision,
    LookupCache,
    Memo,
    Votes,
    any_in,
    name_key,
)
from geomap.geoparse._evidence import (
    Anchors,
    RegionCue,
    RegionFocus,
    RegionSupport,
    add_short_forms,
    anchor_array,
    colocation,
    containers,
    given_names,
    joined,
    listed_full_names,
    lists,
    local_context,
    min_km_many,
    owned_full_names,
    people_in_lists,
    recurring_people,
    second_surnames,
    surnames,
    team_names,
)
from geomap.geoparse._fallback import fallback
from geomap.geoparse._mentions import (
    Adjective,
    Span,
    apostrophe_s,
    east_asian_names,
    find_adjectives,
    find_person_tokens,
    find_spans,
    find_town_adjectives,
    initialled_names,
    particle_names,
    town_named_people,
)
from geomap.geoparse._parts import compass_parts
from geomap.geoparse._weights import WEIGHTS, Weights
from geomap.geoparse._wordlists import (
    destination_words,
    first_names,
    holding_region_words,
    locating_prepositions,
    surname_particles,
)
from geomap.lexicons import place_lexicon
from geomap.model import KINDS, Document, Place, kinds_where
from geomap.text import Token, tokenize

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI
    from geomap.geoparse._geocoder import FallbackGeocoder
    from geomap.lexicons import PlaceLexicon

__all__ = ["Resolution", "resolve", "resolve_document"]


@cache
def _leading_articles(lang: str) -> frozenset[str]:
    """The articles papers write before a country's or region's name in its own
    language (``leading_articles`` of ``places_<lang>.toml``: "La Réunion", "El Chaco")."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml")
    return frozenset(a.casefold() for a in raw.get("leading_articles", ()))


def _article_led(
    spans: Sequence[Span],
    tokens: Sequence[Token],
    text: str,
    lookup: LookupCache,
    lang: str,
    w: Weights,
) -> None:
    """A name led by an article ("La Réunion", "El Chaco") that is no country's or
    region's name and no known town's own name, where the name after the article is a
    country's or region's own name, gets that country or region as a reading, ahead of
    the hamlets that bear the whole (GeoNames lists "La Réunion" as another name of
    French villages; "La Guadeloupe" is a Quebec hamlet). Where a known place bears the
    whole name ("Le Havre", "La Paz", "El Salvador", "La Rioja") nothing changes."""
    articles = _leading_articles(lang)
    if not articles:
        return
    todo: list[tuple[Span, str]] = []
    for s in spans:
        first = tokens[s.i]
        if s.n < 2 or not first.is_cap or first.fold not in articles:
            continue
        if any(
            c.kind in ("country", "admin1")
            or (c.population or 0) >= w.known_name_population
            and name_key(c.name) == s.key
            for c in s.candidates
        ):
            continue
        todo.append((s, text[tokens[s.i + 1].start : s.end]))
    if not todo:
        return
    found = lookup(sorted({rest for _, rest in todo}))
    for s, rest in todo:
        key = name_key(rest)
        own = [
            c
            for c in found.get(rest, ())
            if c.kind in ("country", "admin1")
            and (name_key(c.name) == key or name_key(c.matched) == key)
        ]
        if own:
            ids = {c.id for c in own}
            s.candidates = own + [c for c in s.candidates if c.id not in ids]


_SAME_PLACE_KM = 5.0
"""How much farther than the nearest qualified reading another may lie and stay one."""
_QUALIFIED_LIMIT = 400
"""Readings asked of a name that a locating preposition and a nearby town qualify
("X bei Y"): all of a common village name's namesakes (``Weights.lookup_limit`` keeps
the 15 biggest; German has dozens of each "Neukirchen"), still a bounded answer."""


def _qualified_readings(
    spans: Sequence[Span], tokens: Sequence[Token], gaz: GazetteerAPI, lang: str, w: Weights
) -> None:
    """``in X bei Y``, ``X nahe Y``: right after a name one of ``locating_prepositions``
    and a name read as a town. German so tells a village from its namesakes, so the
    village's readings become those of *all* its namesakes (not only the
    ``Weights.lookup_limit`` biggest the first look-up kept) that lie within
    ``Weights.colocate_km`` of Y's first town reading that has any: the nearest, and any
    within ``_SAME_PLACE_KM`` more (a second entry of it). Where none lies so near, the
    readings stay as they were. Cost: one look-up of at most ``_QUALIFIED_LIMIT``
    readings per such pair (a batch per article) and one vectorised distance per pair;
    nothing where no such preposition follows a name."""
    preps = locating_prepositions(lang)
    if not preps:
        return
    at: dict[int, list[Span]] = defaultdict(list)
    for s in spans:
        at[s.i].append(s)
    pairs: list[tuple[Span, list[Candidate]]] = []
    for s in spans:
        k = s.j + 1
        if k + 1 >= len(tokens):
            continue
        prep, nxt = tokens[k], tokens[k + 1]
        if (
            prep.sentence != tokens[s.j].sentence
            or nxt.sentence != prep.sentence
            or prep.gap_before != " "
            or prep.fold not in preps
            or not s.candidates
        ):
            continue
        towns = [
            c for y in at.get(k + 1, ()) for c in y.candidates[: w.lookup_limit] if c.kind == "city"
        ]
        if towns:
            pairs.append((s, towns))
    if not pairs:
        return
    wide = gaz.lookup_many(
        sorted({s.base or s.text for s, _ in pairs}), lang=lang, limit=_QUALIFIED_LIMIT
    )
    for s, towns in pairs:
        readings = [c for c in wide.get(s.base or s.text, ()) if c.kind == "city"]
        if not readings:
            continue
        for town in towns:
            km = min_km_many(readings, anchor_array([(town.lat, town.lon)], 3))
            near = sorted(
                (float(d), n)
                for n, d in enumerate(km)
                if d < w.colocate_km and readings[n].id != town.id
            )
            if near:
                # the nearest, and a second entry of it (a PPL and its PPLX) or a
                # namesake as near: "bei" names the town next to it, not one 40 km off
                s.candidates = [readings[n] for d, n in near if d <= near[0][0] + _SAME_PLACE_KM]
                break


_HOLDING_GAP = 5
"""Words at most between a town's name and the state or province that holds it (``X in
northern Y``, ``X im Norden des Bundesstaats Y``)."""


#: The kinds of a place named after a town that say which namesake is meant: a unit or
#: region that contains places and is neither a local setting nor a country (a state, a
#: province, a landscape: ``Munster in der Lüneburger Heide``), and an area with an
#: outline (a range, a desert, a peninsula: ``Altenberg im Erzgebirge``; session 26),
#: judged by their point and radius where no seat gives their admin1 code.
_HOLDING_REGION_KINDS = frozenset(
    k for k, i in KINDS.items() if i.contains_places and not i.local and not i.strong
) | kinds_where("area_outline")


def _held_by_region(
    spans: Sequence[Span], tokens: Sequence[Token], gaz: GazetteerAPI, lang: str, w: Weights
) -> None:
    """``near the town of X in northern Y``, ``X, Y``, ``bei X im Westen des Bundesstaats
    Y``: a state or province named right after a town says which of the town's namesakes
    is meant, however small it is. The first look-up keeps only the ``Weights.lookup_limit``
    biggest readings (Richmond, Queensland is the 35th Richmond), so the region's support
    has nothing to lift; here the name's readings become those of *all* its namesakes
    (at most ``_QUALIFIED_LIMIT``) that lie inside the region (:func:`_region_holds`),
    when the reading read first lies outside and some namesake inside. Only a comma or a
    word of ``[holding_region] first`` opens the gap, and only words of ``[holding_region]
    words`` fill it (in German any lower-case word too: ``lower_case_fill``). Cost: one
    batched look-up per article with such a pair, nothing otherwise (session 25)."""
    first_words, gap_words, lower_fill = holding_region_words(lang)
    if not first_words:
        return
    lex = place_lexicon(lang)
    joins = lex.and_words | lex.or_words
    by_first: dict[int, Span] = {}
    for s in spans:  # the longest span at each word ("Lüneburger Heide", not "Lüneburger")
        if s.i not in by_first or s.n > by_first[s.i].n:
            by_first[s.i] = s
    pairs: list[tuple[Span, Callable[[Candidate], bool]]] = []
    for s in spans:
        # a town's name, though read first as a unit ("Munster in der Lüneburger Heide":
        # the Irish province lies in no German landscape)
        if not any(c.kind == "city" for c in s.candidates):
            continue
        k = s.j + 1
        if k >= len(tokens) or tokens[k].sentence != tokens[s.j].sentence:
            continue
        comma = tokens[k].gap_before.strip() == ","
        if not comma and tokens[k].fold not in first_words:
            continue
        region: Candidate | None = None
        for m in range(k if comma else k + 1, min(len(tokens), k + _HOLDING_GAP + 1)):
            tok = tokens[m]
            if tok.sentence != tokens[s.j].sentence:
                break
            y = by_first.get(m)
            if y is not None and tok.fold not in gap_words:  # "Osten" is a village too
                region = _holding_reading(y)
                if region is not None and region is not y.candidates[0]:
                    # a province read through its capital's name: not in a list of
                    # cities ("Washington, New York, Chicago"), nor after a capital
                    first = s.candidates[0]
                    if (
                        _opens_list(y, tokens, by_first, joins)
                        or first.feature_code == "PPLC"
                        or (first.population or 0) >= w.world_city
                    ):
                        region = None
                break
            if m > k and tok.gap_before.strip():
                break  # punctuation inside the gap: another phrase
            if tok.fold not in gap_words and not (lower_fill and tok.text[:1].islower()):
                break
        if region is None:
            continue
        inside = _region_holds(region, gaz, w)
        if not inside(s.candidates[0]):
            pairs.append((s, inside))  # the reading read first lies outside the region
    if not pairs:
        return
    wide = gaz.lookup_many(
        sorted({s.base or s.text for s, _ in pairs}), lang=lang, limit=_QUALIFIED_LIMIT
    )
    for s, inside in pairs:
        held = _own_first(
            [c for c in wide.get(s.base or s.text, ()) if c.kind == "city" and inside(c)],
            s.base or s.text,
        )
        if held:
            s.candidates = held
            s.held = True


def _opens_list(
    y: Span,
    tokens: Sequence[Token],
    by_first: Mapping[int, Span],
    joins: AbstractSet[str],
    kind: str | None = None,
) -> bool:
    """The name ``y`` goes on into a list: an ``and``/``or`` right after it, or another
    name (of ``kind``, when given) after a comma ("Quito, Chile and Bolivia",
    "Washington, New York, Chicago")."""
    m = y.j + 1
    if m >= len(tokens) or tokens[m].sentence != tokens[y.j].sentence:
        return False
    if tokens[m].fold in joins:
        return True
    nxt = by_first.get(m)
    return (
        nxt is not None
        and bool(nxt.candidates)
        and tokens[m].gap_before.strip() == ","
        and (kind is None or nxt.candidates[0].kind == kind)
    )


def _own_first(readings: list[Candidate], written: str) -> list[Candidate]:
    """Of a name's readings inside the place that holds it, those that bear the written
    name as their own, where some do ("Libertad", not the hamlet "Colonia Libertad" that
    GeoNames also files under the word; session 29); all of them otherwise."""
    key = name_key(written)
    return [c for c in readings if name_key(c.name) == key] or readings


def _holding_reading(y: Span) -> Candidate | None:
    """The reading of the name after a town that may hold it: the first, when it is a
    state, a province or a landscape; else a first-level unit of the first reading's
    country among the readings, when that first reading is a city: a province named
    like its capital (``Libertad in Buenos Aires``, ``Concepción, Tucumán``) says where
    the town lies as the province does, and the town's namesake inside it is the town
    (session 29). ``None`` otherwise."""
    top = y.candidates[0] if y.candidates else None
    if top is None:
        return None
    if top.kind in _HOLDING_REGION_KINDS and top.radius_km:
        return top
    if top.kind != "city":
        return None
    return next(
        (
            c
            for c in y.candidates
            if c.kind == "admin1" and c.radius_km and c.country_code == top.country_code
        ),
        None,
    )


def _region_holds(region: Candidate, gaz: GazetteerAPI, w: Weights) -> Callable[[Candidate], bool]:
    """Does a first-level region hold a town: by GeoNames' admin1 code, which the region's
    seat carries (Ontario's seat Toronto is ``08``, as Alexandria, Ontario is: a region's
    point and radius miss the ends of a long one), else by its point and equal-area radius
    times ``Weights.region_slack``, as :class:`RegionSupport` judges it."""
    seat = gaz.seat(region.id) if isinstance(gaz, SeatsAPI) else None
    code = seat.admin1 if seat is not None and seat.country_code == region.country_code else None
    reach = (region.radius_km or 0.0) * w.region_slack

    def inside(c: Candidate) -> bool:
        if c.country_code != region.country_code:
            return False
        if code:
            return c.admin1 == code
        return haversine_km(c.lat, c.lon, region.lat, region.lon) <= reach

    return inside


def _holding_country(spans: Sequence[Span], tokens: Sequence[Token], gaz: GazetteerAPI) -> None:
    """``GOMA, Congo``, ``in Bukavu, Congo,``: the country named right after a town and a
    comma is the country that holds the town. A short name may be two countries' (the
    gazetteer reads "Congo" as the Republic, news as often means the Democratic Republic):
    when the name reads as a country that holds none of the town's readings, the country of
    the town's first reading whose own name holds the written name as whole words takes its
    place (the gazetteer's name, "Democratic Republic of the Congo", or CLDR's German or
    English one, "Kongo-Kinshasa"), so the dateline's country, the article's
    focus and every place and claim read from them are the town's country. A country that
    holds one of the town's readings ("SAN JOSE, Costa Rica") or whose name is no part of
    the other country's ("Niger" beside a Nigerian town) is left as read. One look-up per
    such pair, a few in an article."""
    by_first = {s.i: s for s in spans}
    for s in spans:
        y = by_first.get(s.j + 1)
        if y is None or not y.candidates or tokens[s.j + 1].gap_before.strip() != ",":
            continue
        read = y.candidates[0]
        if read.kind != "country":
            continue
        towns = [c for c in s.candidates if c.kind != "country" and c.country_code]
        if not towns or any(c.country_code == read.country_code for c in towns):
            continue
        words = name_key(y.text).split()
        if not words:
            continue
        for c in towns:
            country = gaz.country(c.country_code or "")
            if country is None:
                continue
            names = (name_key(country.name), *_cldr_country_names(c.country_code or ""))
            if any(
                own[k : k + len(words)] == words
                for own in (n.split() for n in names)
                for k in range(len(own) - len(words) + 1)
            ):
                y.candidates = [country, *(k for k in y.candidates if k.id != country.id)]
                break


#: What may stand between a town's name and the country named after it as its holder:
#: ``LIBERTAD, Argentina``, ``Libertad/Argentinien (AFP)``, ``um Xinying (Taiwan)``.
_COUNTRY_AFTER_TOWN = frozenset({",", "/", "("})


def _held_by_country(
    spans: Sequence[Span], tokens: Sequence[Token], gaz: GazetteerAPI, lex: PlaceLexicon, w: Weights
) -> None:
    """``Police in Libertad, Argentina, said``, ``Libertad/Argentinien (AFP) -``: a country
    named right after a town (a comma, a slash or a bracket between) holds the town, as a
    state does in :func:`_held_by_region`. The first look-up keeps only the
    ``Weights.lookup_limit`` best readings, so a town of the country that a crowd of
    foreign namesakes outranks (32 places are called Libertad; Argentina's is a town of
    the second layer, ranked below every GeoNames namesake) was never among them, and
    the country's support had nothing to lift. Where none of the readings lies in the
    country, they become the name's namesakes in it (of at most ``_QUALIFIED_LIMIT``),
    if any, only those bearing the written name as their own where some do; a state of
    another country read first gives way too (``VICTORIA, Chile``), and so does a world
    city (``Santa Cruz, Chile``). Not when the country opens a list (an ``and``/``or`` or
    another country after it: ``Quito, Chile and Bolivia``). Cost: one batched look-up per
    article with such a pair (session 29)."""
    by_first: dict[int, Span] = {}
    for s in spans:
        if s.i not in by_first or s.n > by_first[s.i].n:
            by_first[s.i] = s
    joins = lex.and_words | lex.or_words
    pairs: list[tuple[Span, str]] = []
    for s in spans:
        k = s.j + 1
        y = by_first.get(k)
        if (
            y is None
            or not y.candidates
            or y.candidates[0].kind != "country"
            or tokens[k].sentence != tokens[s.j].sentence
            or tokens[k].gap_before.strip() not in _COUNTRY_AFTER_TOWN
            or not s.candidates
        ):
            continue
        cc = y.candidates[0].country_code
        first = s.candidates[0]
        if not cc or first.kind == "country" or any(c.country_code == cc for c in s.candidates):
            continue
        if _opens_list(y, tokens, by_first, joins, "country"):
            continue
        pairs.append((s, cc))
    if not pairs:
        return
    wide = gaz.lookup_many(
        sorted({s.base or s.text for s, _ in pairs}), lang=lex.lang, limit=_QUALIFIED_LIMIT
    )
    for s, cc in pairs:
        held = [
            c for c in wide.get(s.base or s.text, ()) if c.kind == "city" and c.country_code == cc
        ]
        held = _own_first(held, s.base or s.text)
        if held:
            s.candidates = held
            s.held = True


@cache
def _cldr_country_names(cc: str) -> tuple[str, ...]:
    """The name keys of country ``cc`` in CLDR's German and English territory names (babel,
    a dependency of the gazetteer already): "Kongo-Kinshasa", "Congo - Kinshasa"."""
    from babel import Locale

    return tuple(name_key(n) for lang in ("de", "en") if (n := Locale(lang).territories.get(cc)))


def build_context(
    doc: Document,
    gaz: GazetteerAPI,
    geocoder: FallbackGeocoder | None = None,
    weights: Weights = WEIGHTS,
) -> Context:
    """Everything the resolver's questions read of one document, found once: tokens,
    candidate spans (county short forms added), persons, country adjectives, the
    anchors and the article's country focus."""
    w = weights
    lang = doc.language if doc.language in ("de", "en") else "en"
    lex = place_lexicon(lang)
    h = doc.header
    begin = h.body_start
    if h.dateline_start is not None:
        begin = min(begin, h.dateline_start)
    tokens = tokenize(doc, begin)
    lookup = LookupCache(gaz, w.lookup_limit, lang)
    dateline_range = (
        (h.dateline_start, h.dateline_end)
        if h.dateline_start is not None and h.dateline_end is not None
        else None
    )
    spans = find_spans(tokens, doc.text, lex, lookup, gaz.get, lookup.skeletons, dateline_range)
    _article_led(spans, tokens, doc.text, lookup, lang, w)
    _qualified_readings(spans, tokens, gaz, lang, w)
    _held_by_region(spans, tokens, gaz, lang, w)
    _holding_country(spans, tokens, gaz)
    _held_by_country(spans, tokens, gaz, lex, w)
    spans = _possessed_parts(tokens, spans, w, lex.calendar)
    short_forms = add_short_forms(spans, lex, w)
    span_tokens = frozenset(k for s in spans for k in range(s.i, s.j + 1) if s.n > 1)
    single_kind = {s.i: s.candidates[0].kind for s in spans if s.n == 1}
    single_tokens = frozenset(
        s.i
        for s in spans
        if s.n == 1
        and s.candidates[0].kind in ("country", "admin1")
        or s.n == 1
        and (s.candidates[0].population or 0) >= w.known_name_population
    )
    single = {s.i: s for s in spans if s.n == 1}

    def is_place_name(t: Token) -> bool:
        s = single.get(t.i)
        if s is None:
            return False
        b = s.candidates[0]
        return b.kind in ("country", "admin1") or (
            (b.population or 0) >= w.strong_place_pop and not s.variant
        )

    def is_own_place_name(t: Token) -> bool:
        # a country or region, or a known town bearing the word as its own name, a
        # spelling of it or its name in the text's language: "Ivanova" is Ivanovo only
        # through another name, and after a given name a person's surname
        s = single.get(t.i)
        return s is not None and any(
            c.kind in ("country", "admin1")
            or (c.population or 0) >= w.known_name_population
            and (lang in c.matched_langs or name_key(c.name) == s.key)
            for c in s.candidates
        )

    def is_inflected_place_name(t: Token) -> bool:
        # an inflected form ("Leipzigs", "Münchens") names a known town under its
        # uninflected base, written just so; or a town that a source names so in the
        # text's language, an exonym (``aliases.csv``, CLDR: "Kolbergs Bürgermeister",
        # "Lembergs"), once it is big enough to be named by one
        s = single.get(t.i)
        return s is not None and _genitive_of_town(s)

    def _genitive_of_town(s: Span) -> bool:
        # the span's base (or, written with the genitive's apostrophe, the name itself:
        # "Graudenz' Bürgermeister") is the name of a known town, or a source's name of
        # a town in the text's language
        inflected = s.variant and s.base
        base = name_key(s.base) if inflected and s.base else s.key
        return any(
            name_key(c.matched) == base
            and (
                inflected
                and (c.population or 0) >= w.known_name_population
                or lang in c.matched_langs
                and (c.population or 0) >= w.exonym_min_population
            )
            for c in s.candidates
        )

    def names_town_in_genitive(t: Token) -> bool:
        # any town, of any size, bears the span's base under any of its names
        s = single.get(t.i)
        if s is None:
            return False
        base = name_key(s.base) if s.variant and s.base else s.key
        return any(c.kind == "city" and name_key(c.matched) == base for c in s.candidates)

    # a name of several words in the genitive before a role ("Sankt Petersburgs
    # Bürgermeister", "Addis Abebas Bürgermeister"): its first token and its last
    genitive_names = {s.i: s.j for s in spans if s.n > 1 and s.variant and _genitive_of_town(s)}

    # a title word opening a name a place bears as its own ("St Helens"), or as its own
    # name with the first word contracted ("St. Gallen" for Sankt Gallen), is no title;
    # before a given name a contracted title is a saint's (a church's, a school's: "St.
    # Michael's School"), unless a town of ``known_name_population`` is so named; a
    # country's short name the gazetteer holds as written ("St Vincent", its aliases.csv
    # short form) is the country's where it follows a place and a comma, as a container
    # ("KINGSTOWN, St Vincent"; "the St Vincent de Paul society" is a saint's)
    given = first_names()
    span_ends = {s.j for s in spans}

    def container_country(s: Span, c: Candidate) -> bool:
        return (
            c.kind == "country"
            and name_key(c.matched) == s.key
            and tokens[s.i].gap_before.strip() == ","
            and s.i - 1 in span_ends
        )

    def contracted(s: Span, c: Candidate) -> bool:
        saint = tokens[s.i + 1].text in given
        return _contracted_name(s.text, c.name) and (
            not saint or (c.population or 0) >= w.known_name_population
        )

    name_openers = frozenset(
        s.i
        for s in spans
        if s.n > 1
        and not s.variant
        and tokens[s.i].fold in lex.person_titles
        and any(
            name_key(c.name) == s.key or contracted(s, c) or container_country(s, c)
            for c in s.candidates
        )
    )

    def is_seat(t: Token) -> bool:
        # a country or a national capital speaks for its government ("sagte Paris")
        s = single.get(t.i)
        return s is not None and any(
            c.kind == "country" or c.kind == "city" and c.feature_code == "PPLC"
            for c in s.candidates[:1]
        )

    def is_region_or_seat(t: Token) -> bool:
        # a title before a country, a region or a capital is a pageant's, a saint's or
        # an adjective ("Miss Ohio", "St. Paris", "Major Mich. utilities"), not a surname's
        s = single.get(t.i)
        return (
            s is not None
            and any(
                c.kind in ("country", "admin1", "continent")
                # a capital by its own name ("Paris"), not by an older one ("Salem")
                or c.kind == "city"
                and c.feature_code == "PPLC"
                and c.name == t.text
                for c in s.candidates[:1]
            )
        )

    persons, person_idx = find_person_tokens(
        tokens,
        lex,
        h.byline,
        is_place_name,
        span_tokens,
        is_own_place_name,
        name_openers,
        is_seat,
        is_inflected_place_name,
        is_region_or_seat,
        genitive_names,
        names_town_in_genitive,
        frozenset(i for i, sp in single.items() if not sp.variant),
    )
    # Chinese, Korean and Vietnamese names: a family name before romanised syllables
    east_asian = east_asian_names(tokens, lex, spans, is_region_or_seat)
    person_idx |= east_asian
    persons |= {tokens[k].fold for k in east_asian}
    # a name written with initials: "J. Paris", "A. J. Lincoln" (session 31)
    initialled = initialled_names(
        tokens, lambda t: single_kind.get(t.i) in ("country", "admin1", "continent"), span_tokens
    )
    person_idx |= initialled
    persons |= {tokens[k].fold for k in initialled if len(tokens[k].text) > 1}
    # family names after a particle: "Ana de la Cruz", "Tristan van der Horst"
    with_particle = particle_names(tokens, lex, spans, is_region_or_seat)
    person_idx |= with_particle
    particles = surname_particles(lang)[0]
    persons |= {tokens[k].fold for k in with_particle if tokens[k].fold not in particles}
    # a person whose whole name a small town bears, in a person's context: "Lauro Müller
    # sagte", "according to Juan Díaz," (not after a place preposition nor in a dateline)
    town_named = town_named_people(
        tokens,
        lex,
        spans,
        lambda s: (
            h.dateline_start is not None
            and h.dateline_end is not None
            and h.dateline_start <= s.start
            and s.end <= h.dateline_end
        ),
    )
    person_idx |= town_named
    if not lex.profile.capitalises_nouns:  # a capitalised word is a cue for a name
        persons |= surnames(spans, tokens, lex, span_tokens, single_tokens, lang, w, person_idx)
        listed_full_names(tokens, lex, span_tokens, single_kind, single_tokens, person_idx, w)
        people_in_lists(tokens, lex, span_tokens, single_kind, persons, person_idx)
    else:  # nouns are capitalised too: only a given name before the word is a cue
        given_names(
            tokens,
            lex,
            span_tokens,
            single_kind,
            is_own_place_name,
            persons,
            person_idx,
            w,
            lambda t, u: _readings_beside(single.get(t.i), single.get(u.i), w.colocate_km),
        )
    # "Ilka Adler ... Adlers Anwalt": a full name whose surname the text gives a
    # person's possession
    owned_full_names(tokens, lex, span_tokens, person_idx)
    # "Maria Coimbra Braga": a second surname after a given name and a surname (session 31)
    second_surnames(tokens, lex, person_idx, span_tokens)
    # a name first written as a person's is the person where it recurs alone, unless
    # the article also writes it as a place
    recurring_people(tokens, lex, person_idx)
    adjectives = find_adjectives(tokens, lang)
    # "die Grazer Polizei": a town's adjective before an institution's noun
    adjectives += find_town_adjectives(tokens, lex, lookup, w.weak_population)
    # "German, Irish and other immigrants": a country adjective is not the small town
    # that bears the same word (German, Texas; English, Indiana) unless a place or
    # region follows it as its container ("English, Indiana")
    adjective_at = {a.token.i for a in adjectives}
    contained = _container_ends(tokens, spans)
    spans = [
        s
        for s in spans
        if not (
            s.n == 1
            and s.i in adjective_at
            and all(
                c.kind == "city" and (c.population or 0) < w.strong_place_pop for c in s.candidates
            )
            and s.j not in contained
        )
    ]

    def dateline(s: Span) -> bool:
        return (
            h.dateline_start is not None
            and h.dateline_end is not None
            and s.start >= h.dateline_start
            and s.end <= h.dateline_end
        )

    anchor_points: list[tuple[float, float]] = []
    for s in spans:
        b = s.candidates[0]
        if s.n > 1 or dateline(s) or b.source == "curated" and b.kind == "facility":
            pass
        elif not (
            b.kind == "city" and (b.population or 0) >= w.anchor_population and not s.variant
        ):
            continue
        if b.kind in ("city", "facility") and not any_in(person_idx, s.i, s.j):
            anchor_points.append((b.lat, b.lon))
    focus: Votes = defaultdict(float)
    # what each name contributes, so that a name's own reading does not vote for itself
    # ("Georgia" four times must not make the article Georgian and so "Georgia" the country)
    focus_own: dict[str, Votes] = {}

    def vote(s: Span, cc: str | None, weight: float) -> None:
        focus[cc] += weight
        focus_own.setdefault(s.key, defaultdict(float))[cc] += weight

    for s in spans:
        b = s.candidates[0]
        if b.kind == "admin1" and (b.population or 0) >= w.region_vote_min_population:
            vote(s, b.country_code, w.region_vote)
    destinations: Votes = defaultdict(float)
    dest_words = destination_words(lang)
    for s in spans:
        if s.candidates[0].kind == "country" and not any_in(person_idx, s.i, s.j):
            vote(s, s.candidates[0].country_code, w.country_vote)
            if dest_words and _after_destination_word(tokens, s.i, dest_words):
                destinations[s.candidates[0].country_code] += w.country_vote
    for a in adjectives:
        if a.country_code:
            focus[a.country_code] += w.adjective_vote
    # the dateline votes once, by its longest name: the words inside it ("PAZ" of "LA
    # PAZ", "SPRINGS" of "PALM SPRINGS") are no second town to place the story by
    in_dateline = [s for s in spans if dateline(s)]
    for s in in_dateline:
        if not any(
            o is not s
            and o.start <= s.start
            and s.end <= o.end
            and o.end - o.start > s.end - s.start
            for o in in_dateline
        ):
            vote(s, s.candidates[0].country_code, w.dateline_vote)

    spans, initials = _initialisms(tokens, spans, focus, gaz, lang)
    # "The NSW premier": the initials are no run of a person's capitalised words
    persons -= {tokens[i].fold for i in initials}
    person_idx -= initials
    # a name said more than max_ranked_mentions times: its further mentions take the
    # decision and reading of an earlier one instead of being weighed again
    weighed, repeats = split_repeats(spans, w.max_ranked_mentions)
    return Context(
        doc=doc,
        gaz=gaz,
        geocoder=geocoder,
        lang=lang,
        lex=lex,
        tokens=tokens,
        weights=w,
        lookup=lookup,
        memo=Memo(),
        spans=weighed,
        repeats=repeats,
        short_forms=short_forms,
        span_tokens=span_tokens,
        single_kind=single_kind,
        single_tokens=single_tokens,
        persons=frozenset(persons),
        person_idx=frozenset(person_idx),
        adjectives=adjectives,
        focus=focus,
        focus_own=focus_own,
        destinations=destinations,
        anchor_points=anchor_points,
        anchor_array=anchor_array(anchor_points, w.anchor_decimals) if anchor_points else None,
    )


def _after_destination_word(tokens: Sequence[Token], i: int, words: AbstractSet[str]) -> bool:
    """The one or two tokens right before token ``i``, in its sentence, are one of
    ``words`` (``destination_words``: "nach", "zur", "to the", "border with"): the
    country there is where a way leads or what borders the place, not where the story
    is.

    >>> from geomap.text import read_text, tokenize
    >>> toks = tokenize(read_text("Die Brücke nach Polen bleibt gesperrt.", lang="de"))
    >>> _after_destination_word(toks, 3, {"nach"}), _after_destination_word(toks, 1, {"nach"})
    (True, False)
    """
    sentence = tokens[i].sentence
    seen: list[str] = []
    for k in (i - 1, i - 2, i - 3):
        if k < 0 or tokens[k].sentence != sentence:
            return False
        seen.insert(0, tokens[k].fold)
        if " ".join(seen) in words:
            return True
    return False


#: kinds of a possessor whose reach bounds the name after it ("the county's X"): the
#: containers and towns (one of a country, so a continent bounds nothing)
_POSSESSOR_KINDS = kinds_where("contains_places") | kinds_where("bare")


def _contracted_name(written: str, name: str) -> bool:
    """``written`` is ``name`` with its first word contracted to its first and last
    letters or more ("St. Gallen", "St Pölten" for Sankt Gallen, Sankt Pölten; "Ste-Foy"
    for Sainte-Foy; "Mt. Hagen" for Mount Hagen): the same words after it, and a shorter
    first word that keeps the full word's first and last letter.

    >>> _contracted_name("St. Gallen", "Sankt Gallen"), _contracted_name("St. Gallen", "Gallen")
    (True, False)
    """
    w_first, _, w_rest = written.replace("-", " ").partition(" ")
    n_first, _, n_rest = name.replace("-", " ").partition(" ")
    short, full = w_first.rstrip(".").casefold(), n_first.casefold()
    return (
        bool(w_rest)
        and name_key(w_rest) == name_key(n_rest)
        and 1 < len(short) < len(full)
        and short[0] == full[0]
        and short[-1] == full[-1]
    )


def _possessed_parts(
    tokens: Sequence[Token],
    spans: list[Span],
    w: Weights,
    calendar: AbstractSet[str] = frozenset(),
) -> list[Span]:
    """A name right after a place's possessive ("Lima's Old Quarter", "Accra's
    Central Business District") names a part of that place: only its readings within
    the possessor's reach are kept (the same country; for a town within
    ``Weights.possessed_km``, for a region within twice its radius or that distance),
    and a name with none is no place of its own (a district name borne by a town
    abroad). Any reading of the possessor counts, since it is not yet resolved; a
    possessor of another kind (a person, a sea) bounds nothing, nor does a calendar
    word (``calendar``: "Thursday's Ontario budget" is not bound to Thursday Island)."""
    owners: dict[int, list[Candidate]] = {}
    n_tok = len(tokens)
    for s in spans:
        if s.n == 1 and tokens[s.i].fold in calendar:
            continue
        k = s.j + 1
        if k < n_tok and apostrophe_s(tokens[k]):
            owners.setdefault(k + 1, []).extend(
                c for c in s.candidates if c.kind in _POSSESSOR_KINDS and c.country_code
            )
    if not owners:
        return spans
    out: list[Span] = []
    for s in spans:
        anchors = owners.get(s.i)
        if anchors and tokens[s.i].gap_before == " ":
            kept = [c for c in s.candidates if any(_within_reach(c, a, w) for a in anchors)]
            if not kept:
                continue
            s.candidates = kept
        out.append(s)
    return out


def _within_reach(c: Candidate, owner: Candidate, w: Weights) -> bool:
    """``c`` may be a part of ``owner`` (see ``_possessed_parts``)."""
    if c.country_code != owner.country_code or c.id == owner.id:
        return False
    if owner.kind == "country":
        return True
    reach = w.possessed_km
    if owner.kind != "city" and owner.radius_km:
        reach = max(reach, 2 * owner.radius_km)
    return haversine_km(c.lat, c.lon, owner.lat, owner.lon) <= reach


def _initialisms(
    tokens: Sequence[Token],
    spans: list[Span],
    focus: Votes,
    gaz: GazetteerAPI,
    lang: str,
) -> tuple[list[Span], set[int]]:
    """An all-capital word of two to four letters that spells the initials of a country or
    first-level region the article names ("SA" after "South Africa", "BC" after "British
    Columbia", "VAE" after "Vereinigte Arabische Emirate") is that place, though the
    gazetteer lacks it as an abbreviation and a village matches its letters: the article
    has said what it stands for. Initials are the capitals of the name as written; in
    the gazetteer's language (lexicon ``gazetteer_names``: English) also of its name of a
    country the article is about by its adjective ("South African ... SA"). German takes
    no English initials: "SA" there is no country. Returns the spans and the token
    indices of the initials read, which are no person's words."""
    words = [
        t
        for t in tokens
        if t.is_cap and 2 <= len(t.text) <= 4 and t.text.isupper() and t.text.isalpha()
    ]
    if not words:
        return spans, set()
    named: list[tuple[str, Candidate | None]] = [
        (s.text, s.candidates[0]) for s in spans if s.candidates[0].kind in ("country", "admin1")
    ]
    if place_lexicon(lang).gazetteer_names:
        named += [(c.name, c) for c in (_country(gaz, cc) for cc in focus if cc) if c]
    places: dict[str, Candidate] = {}
    for text, c in named:
        caps = [wd for wd in text.replace("-", " ").split() if wd[:1].isupper()]
        if c is not None and len(caps) >= 2:
            places.setdefault("".join(wd[0] for wd in caps), c)
    hits = {t.i: places[t.text] for t in words if t.text in places}
    if not hits:
        return spans, set()
    inside = {k for s in spans if s.n > 1 for k in range(s.i, s.j + 1)}
    out = [s for s in spans if not (s.n == 1 and s.i in hits)]
    for i, c in hits.items():
        if i in inside:
            continue
        t = tokens[i]
        out.append(Span(i, i, t.start, t.end, t.text, [replace(c, matched=t.text)], False, t.text))
    return out, {i for i in hits if i not in inside}


#: Each gazetteer's country entries by code, asked once per process (a pure function of
#: the index; weak keys, so a closed gazetteer takes its entries with it).
_COUNTRIES: weakref.WeakKeyDictionary[Any, dict[str, Candidate | None]] = (
    weakref.WeakKeyDictionary()
)


def _country(gaz: GazetteerAPI, cc: str) -> Candidate | None:
    """The gazetteer's country entry for ``cc``, remembered."""
    known = _COUNTRIES.setdefault(gaz, {})
    if cc not in known:
        known[cc] = gaz.country(cc)
    return known[cc]


def _restating(tokens: Sequence[Token], spans: Sequence[Span]) -> set[int]:
    """The ids of the Y spans of "X, Y" that name a reading of X itself ("Washington,
    D.C."): Y only says which of X's places is meant there, and lends the article no
    setting of its own. Counted as a second place nearby it would make every other
    mention of X that place, where a story from the state of that name writes the
    capital out in full to tell the two apart."""
    by_first = {s.i: s for s in spans}
    out: set[int] = set()
    for s in spans:
        y = by_first.get(s.j + 1)
        if y is None or tokens[y.i].gap_before.strip() != ",":
            continue
        if {c.id for c in y.candidates} & {c.id for c in s.candidates}:
            out.add(id(y))
    return out


def _readings_beside(a: Span | None, b: Span | None, km: float) -> bool:
    """Some reading of ``a`` lies within ``km`` of some reading of ``b`` (their first
    ``Weights.coherence_readings`` each): two words of one place's name, a town and its
    quarter ("Jena Lobeda"). False where either word names no place."""
    if a is None or b is None:
        return False
    n = WEIGHTS.coherence_readings
    return any(
        haversine_km(c.lat, c.lon, d.lat, d.lon) < km
        for c in a.candidates[:n]
        for d in b.candidates[:n]
    )


def _container_ends(tokens: Sequence[Token], spans: Sequence[Span]) -> set[int]:
    """The last tokens of the X of "X, Y" where Y names a region or country."""
    by_first = {s.i: s for s in spans}
    out: set[int] = set()
    for s in spans:
        nxt = s.j + 1
        if (
            nxt < len(tokens)
            and tokens[nxt].gap_before.strip() == ","
            and nxt in by_first
            and any(c.kind in ("admin1", "country", "admin2") for c in by_first[nxt].candidates)
        ):
            out.add(s.j)
    return out


@dataclass(frozen=True)
class Resolution:
    """One document resolved (``places``), with what ranking another span of it needs:
    the context and the evidence of the last pass. The evaluation with gold spans
    (``geomap.evaluation.resolve_spans``) ranks the spans the run did not find with it,
    so they are read with the same context as in end-to-end use."""

    places: tuple[Place, ...]
    context: Context
    last_pass: ranking.Pass

    @cached_property
    def token_starts(self) -> list[int]:
        """The tokens' start offsets, for finding the token at an offset."""
        return [t.start for t in self.context.tokens]

    def best_reading(
        self,
        start: int,
        end: int,
        text: str,
        candidates: Sequence[Candidate],
        *,
        focus: Mapping[str | None, float],
        anchor_points: Sequence[tuple[float, float, str]] = (),
        long_forms: Sequence[str] = (),
    ) -> Candidate:
        """The best of ``candidates`` for the text ``start:end``, ranked with the given
        country focus and anchors (``(lat, lon, name key)``) and this document's other
        evidence; readings made for this span alone (nothing is memoised across calls).
        ``long_forms``: the text written out in full ("Mount Pleasant" for "Mt.
        Pleasant"), whose bearers bear the name as their own."""
        ctx = self.context
        ti = max(0, bisect.bisect_right(self.token_starts, start) - 1)
        span = Span(ti, ti, start, end, text, list(candidates), False, text)
        span.long_forms = tuple(long_forms)
        anchors = Anchors(anchor_points, ctx.weights.anchor_decimals) if anchor_points else None
        ps = replace(
            self.last_pass,
            focus=dict(focus),
            anchors=anchors,
            containers={},
            memo={},
            support_any={},
        )
        return ranking.rank(ctx, ps, Decision(span, True, ""))[0][1]


def resolve(
    doc: Document,
    gaz: GazetteerAPI,
    geocoder: FallbackGeocoder | None = None,
    *,
    weights: Weights = WEIGHTS,
) -> Resolution:
    """Resolve a document, keeping the context (see :class:`Resolution`)."""
    ctx = build_context(doc, gaz, geocoder, weights)
    return _run(ctx)


def _run(ctx: Context) -> Resolution:
    """The passes over one context: choose the places, rank their readings (1: country
    focus only; 2: with the places surely resolved; 3: with the local context), one sense
    per article, then the repeats, adjectives, fallback names and derived places."""
    w = ctx.weights
    spans, focus = ctx.spans, ctx.focus
    chosen = select(ctx, spans, focus)
    chosen_spans = [d.span for d in chosen]
    # a sports team's name lends the story no setting: its city is far from the fans
    teams = team_names(ctx)
    lending = [s for s in chosen_spans if s.key not in teams] if teams else chosen_spans
    restated = _restating(ctx.tokens, chosen_spans)
    if restated:
        lending = [s for s in lending if id(s) not in restated]
    # a state or county named inside an organisation's name ("the Indiana State
    # Police") still says where the article is
    named_regions = [
        s
        for s in spans
        if s.n <= w.region_in_name_max_words and s.candidates[0].kind in ("admin1", "admin2")
    ]
    colo = colocation(lending, w)
    support = RegionSupport(lending, ctx.sentence_of, w, named_regions)
    conts, contents = containers(ctx, chosen_spans)
    sure_regions = {
        d.span.candidates[0].id: d.span.key
        for d in chosen
        if len(d.span.candidates) == 1 and d.span.candidates[0].kind in ("admin1", "admin2")
    }
    ps = ranking.Pass(
        focus=focus,
        focus_own=ctx.focus_own,
        anchors=None,
        containers=conts,
        contents=contents,
        listed={},
        sure_regions=sure_regions,
        colo=colo,
        support=support,
    )
    ranked = {id(d): ranking.rank(ctx, ps, d) for d in chosen}
    listed, listed_regions = lists(ctx, chosen, ranked)
    anchors: list[tuple[float, float, str]] = []
    focus2: Votes = defaultdict(float, focus)
    # the votes of names sure of the reading: what decides which names are places (the
    # votes of names sure only of their country weigh in the ranking alone; letting them
    # decide too read more false places on LGL and GeoWebNews)
    focus_sel: Votes = defaultdict(float, focus)
    focus_own2: dict[str, Votes] = {k: defaultdict(float, v) for k, v in ctx.focus_own.items()}
    country_only = False
    # the islands and waters voting for their country: off a namesake's coast they say
    # nothing (ranking._offshore)
    offshore: list[tuple[str, Candidate, float]] = []
    # the names voting for each country, and the votes of names torn between countries
    voters: defaultdict[str, set[str]] = defaultdict(set)
    unsure: list[tuple[str, str, float, list[str]]] = []
    # the countries of a torn name's close readings other than its best one's
    close: dict[str, set[str | None]] = {}
    for n_d, d in enumerate(chosen):
        r = ranked[id(d)]
        top = r[0][1]
        margin = r[0][0] - (r[1][0] if len(r) > 1 else 0.0)
        if top.kind == "country" or d.span.key in teams:
            continue
        key = d.span.key
        if margin > w.anchor_margin:
            anchors.append((top.lat, top.lon, key))
        elif (
            w.unsure_vote
            and top.country_code
            and margin > 0
            and not all(
                c.country_code == top.country_code
                for sc, c in r[1:]
                if r[0][0] - sc <= w.anchor_margin
            )
        ):
            # a name torn between readings in several countries leans to its best one's:
            # a vote in the ranking alone, in proportion to how far ahead it is, counted
            # below where another name votes for that country too
            vote = w.unsure_vote * margin / w.anchor_margin
            ends = [
                other.span.key
                for other in chosen[max(0, n_d - 1) : n_d + 2]
                if other is not d and joined(ctx, d.span, other.span)
            ]
            unsure.append((key, top.country_code, vote, ends))
            voters[top.country_code].add(key)
            close[key] = {c.country_code for sc, c in r[1:] if r[0][0] - sc <= w.anchor_margin} - {
                None,
                top.country_code,
            }
            continue
        elif not (
            top.country_code
            and all(
                c.country_code == top.country_code
                for sc, c in r[1:]
                if r[0][0] - sc <= w.anchor_margin
            )
        ):
            continue
        else:
            # a name whose close readings all lie in one country is sure of the country,
            # if not of the reading ("the Azores": the island group or the region)
            country_only = True
        if top.country_code:
            focus2[top.country_code] += w.resolved_vote
            if top.kind in ranking.OFFSHORE_KINDS:
                offshore.append((key, top, w.resolved_vote))
            voters[top.country_code].add(key)
            if margin > w.anchor_margin:
                focus_sel[top.country_code] += w.resolved_vote
            focus_own2.setdefault(key, defaultdict(float))[top.country_code] += w.resolved_vote
    _witnesses(unsure, close, voters)
    for key, cc, vote, ends in unsure:
        if len(voters[cc]) < 2 and not focus.get(cc):
            continue  # one name torn alone is no setting ("Die Perth Wildcats ... Portland")
        focus2[cc] += vote
        focus_own2.setdefault(key, defaultdict(float))[cc] += vote
        for end in ends:
            # the two ends of a route are not each other's setting ("between New York
            # and St. Petersburg"): the other end does not count it
            focus_own2.setdefault(end, defaultdict(float))[cc] += vote
        country_only = True
    region_focus = region_context(
        ctx, [d for d in chosen if d.span.key not in teams] if teams else chosen, ranked
    )
    ps = replace(
        ps,
        focus=focus2,
        focus_own=focus_own2,
        offshore=tuple(offshore),
        listed=listed,
        listed_regions=listed_regions,
        region_focus=region_focus,
        memo={},
        support_any={},
    )
    if anchors or listed or listed_regions or country_only:
        if anchors or listed or listed_regions:
            chosen = select(ctx, spans, focus_sel)
        conts, contents = containers(ctx, [d.span for d in chosen])
        ps = replace(
            ps,
            anchors=Anchors(anchors, w.anchor_decimals) if anchors else None,
            containers=conts,
            contents=contents,
            memo={},
            support_any={},
        )
        ranked = {id(d): ranking.rank(ctx, ps, d) for d in chosen}
    # pass 3: the local context, the place named nearest in the same or previous sentence
    local = local_context(ctx, chosen, ranked, teams)
    if local:
        ps = replace(
            ps,
            anchors=Anchors(anchors, w.anchor_decimals) if anchors else None,
            memo={},
            support_any={},
        )
        ranked = {
            id(d): ranking.rank(ctx, ps, d, local[id(d)])
            if id(d) in local
            else ranked[id(d)]  # pass 2 ranked it with the same evidence
            for d in chosen
        }

    ranked = ranking.one_sense(ctx, chosen, ranked)
    ranked = _namesakes_side_by_side(chosen, ranked, w.colocate_km)
    places: list[Place] = _held_by_container(
        ctx, chosen, [ranking.place(ctx, d, ranked[id(d)]) for d in chosen]
    )
    repeated: list[Decision] = []
    if ctx.repeats:
        repeated = repeat_decisions(
            ctx, ctx.repeats, chosen, ranked, lambda sp: decide(ctx, sp, focus_sel)
        )
        places.extend(ranking.place(ctx, d, ranked[id(d)]) for d in repeated)
    covered = sorted((p.start, p.end) for p in places) if ctx.adjectives else []
    cover_starts = [c[0] for c in covered]
    for a in ctx.adjectives:
        t = a.token
        k = bisect.bisect_right(cover_starts, t.start) - 1
        if k >= 0 and covered[k][0] <= t.start < covered[k][1]:
            continue
        places.append(_adjective_place(ctx, a))
    places.extend(fallback(ctx, [*chosen, *repeated]))
    places.extend(compass_parts(ctx, [*chosen, *repeated]))
    places.sort(key=lambda p: (p.start, p.end, p.role))
    from geomap.geoparse._derived import derive_places

    derived = derive_places(ctx.doc, ctx.tokens, tuple(places), ctx.gaz, ctx.lex)
    out = sorted([*places, *derived], key=lambda p: (p.start, p.end, p.role))
    return Resolution(tuple(out), ctx, ps)


#: the kinds of place that hold the X of "X, Y" (a state, a county, an island)
_HOLDING_KINDS = kinds_where("holds_after_comma")
#: the kinds of X a container after it can stand in for (a town, a district, a site)
_HELD_KINDS = kinds_where("held_by_container")


def _namesakes_side_by_side(
    chosen: Sequence[Decision], ranked: dict[int, Any], reach_km: float
) -> dict[int, Any]:
    """A name read as a place that bears it only as another name ("Guben" read as Gubin,
    whose German name it is), while the text names that place by its own name too
    ("Gubin"): the text names two places, so the name takes its best reading that bears it
    as its own name and lies within ``reach_km`` of the other (towns divided by a border
    river: "zwischen Guben und Gubin", "Görlitz und Zgorzelec"; where each name was read
    as the other's town, both move). A far namesake makes no pair ("Peking und Beijing"
    stay one city), nor does a short form of the place's own name ("Frankfurt" beside
    "Frankfurt am Main"). Session 24. Linear in the chosen decisions and their readings."""
    keys = {d.span.key for d in chosen if d.accepted}
    out = ranked
    for d in chosen:
        r = ranked.get(id(d))
        if not d.accepted or not r:
            continue
        top, key = r[0][1], d.span.key
        own = name_key(top.name)
        if own == key or own not in keys or own.startswith(key) or top.lat is None:
            continue
        k = next(
            (
                n
                for n, (_, c) in enumerate(r)
                if n
                and name_key(c.name) == key
                and c.lat is not None
                and haversine_km(c.lat, c.lon, top.lat, top.lon) <= reach_km
            ),
            None,
        )
        if k:
            if out is ranked:
                out = dict(ranked)
            out[id(d)] = [r[k], *r[:k], *r[k + 1 :]]
    return out


def _held_by_container(
    ctx: Context, chosen: Sequence[Decision], places: list[Place]
) -> list[Place]:
    """``X, Y`` where Y is a state, county or island and no reading of X lies in it:
    X is placed at Y itself, not at a namesake abroad ("Littlebourne, Kent" with the
    gazetteer holding no Littlebourne in Kent but one in another country). The ranker
    already prefers a reading Y holds (``containers``, ``state_holds``); this is the
    case where there is none, so the text's own container says more than any reading.
    Y must be no member of a list ("Kent, Surrey and Essex"), and the later bare
    mentions of X that took the same namesake follow it (one sense per article).

    The place keeps X's mention and offsets, takes Y's point, name and id, with
    ``source="context"`` and a ``reason`` saying why."""
    toks = ctx.tokens
    w = ctx.weights
    at = {d.span.i: n for n, d in enumerate(chosen)}
    joins = ctx.lex.and_words | ctx.lex.or_words
    moved: dict[tuple[str, str], Place] = {}
    out = list(places)
    for n, d in enumerate(chosen):
        x, px = d.span, places[n]
        nxt = x.j + 1
        if (
            px.id is None
            or px.kind not in _HELD_KINDS
            or nxt >= len(toks)
            or toks[nxt].gap_before.strip() != ","
            or nxt not in at
        ):
            continue
        dy = chosen[at[nxt]]
        y, py = dy.span, places[at[nxt]]
        if py.kind not in _HOLDING_KINDS or py.id is None or py.lat is None or py.lon is None:
            continue
        k = y.j + 1
        if k < len(toks) and (
            (toks[k].fold in joins and k + 1 in at)
            or (toks[k].gap_before.strip() == "," and k in at)
        ):
            continue  # a list of places: "Kent, Surrey and Essex"
        area = next((c for c in y.candidates if c.id == py.id), None)
        if area is None:
            continue
        reach = w.container_reach * (area.radius_km or 0.0)
        if py.kind != "admin2":
            # a state's land area leaves out its outer islands; a county is small
            # enough that a namesake 150 km off lies in another one
            reach = max(reach, w.container_floor_km)
        holds = _region_holds(area, ctx.gaz, w) if py.kind == "admin1" else None
        if any(
            c.country_code == py.country_code
            and (
                haversine_km(c.lat, c.lon, py.lat, py.lon) <= reach
                or (holds is not None and holds(c))
            )
            for c in x.candidates
        ):
            continue  # a reading Y holds: the ranker's to choose
        held = replace(
            py,
            mention=px.mention,
            start=px.start,
            end=px.end,
            sentence=px.sentence,
            source="context",
            confidence=min(px.confidence, py.confidence),
            alternatives=px.alternatives,
            role="name",
            reason=f"no reading of {px.mention} lies in {py.name}; placed at {py.name}",
        )
        out[n] = held
        moved.setdefault((x.key, px.id), held)
    if moved:
        for n, d in enumerate(chosen):
            p = out[n]
            m = moved.get((d.span.key, p.id or ""))
            if m is not None and p.source == "gazetteer":
                out[n] = replace(
                    m, mention=p.mention, start=p.start, end=p.end, sentence=p.sentence
                )
    return out


def _witnesses(
    unsure: Sequence[tuple[str, str, float, list[str]]],
    close: Mapping[str, set[str | None]],
    voters: defaultdict[str, set[str]],
) -> None:
    """Two towns each torn between namesakes in several countries agree on the one
    country holding a reading of both: a torn name whose best country no other torn name
    has among its close readings is alone there, so its close readings' countries count
    it as a witness for another name's vote (the best of one, a close second of the
    other). Where each name's best country is a close second of the other, neither
    witnesses: the two would only trade places."""
    tops = [(key, cc) for key, cc, _, _ in unsure]
    for key, cc in tops:
        if any(cc in close.get(other, ()) for other, _ in tops if other != key):
            continue
        for c in close.get(key, ()):
            if c is not None:
                voters[c].add(key)


def region_context(
    ctx: Context, chosen: Sequence[Decision], ranked: Mapping[int, ranking.Ranked]
) -> RegionFocus | None:
    """The article's first-level region cues (:class:`RegionFocus`) from the first
    pass: every name whose best reading is sure (``Weights.region_cue_margin`` ahead of
    the next) and lies in a region: a state, Land or province named (also as an
    abbreviation, "Tenn.", or in an organisation's name), a county (its state), a town
    (its GeoNames admin-1 code), and a region adjective ("bayerische"). The dateline's
    place counts ``Weights.dateline_vote`` times. At most ``Weights.region_cues_max``
    names give cues (the first ones), which bounds the work per reading."""
    w = ctx.weights
    cues: list[RegionCue] = []
    seen: set[str] = set()
    parents: dict[tuple[str, str], Candidate | None] = {}

    def parent(c: Candidate) -> Candidate | None:
        if not c.admin1 or not c.country_code:
            return None
        k = (c.country_code, c.admin1)
        if k not in parents:
            found = ctx.lookup([c.admin1]).get(c.admin1, [])
            parents[k] = next(
                (
                    r
                    for r in found
                    if r.kind == "admin1"
                    and r.country_code == c.country_code
                    and r.name == c.admin1
                    and r.radius_km
                ),
                None,
            )
        return parents[k]

    def add(key: str, c: Candidate, weight: float) -> None:
        cc = c.country_code
        if not cc:
            return
        if c.kind == "admin2":
            p = parent(c)
            if p is not None:
                cues.append(
                    RegionCue(key, cc, weight, p.lat, p.lon, p.radius_km or 0.0, None, p.id)
                )
        elif c.kind == "admin1" and c.radius_km:
            cues.append(RegionCue(key, cc, weight, c.lat, c.lon, c.radius_km, None, c.id))
        elif c.kind == "city" and c.admin1:
            cues.append(RegionCue(key, cc, weight, c.lat, c.lon, 0.0, c.admin1))

    for d in chosen:
        if len(seen) >= w.region_cues_max:
            break
        r = ranked[id(d)]
        top = r[0][1]
        margin = r[0][0] - (r[1][0] if len(r) > 1 else r[0][0] - w.lone_reading_gap)
        if margin <= w.region_cue_margin or any_in(ctx.person_idx, d.span.i, d.span.j):
            continue
        dateline = ctx.is_dateline(d.span)
        if d.span.key in seen and not dateline:
            continue  # a name says where the article is once
        seen.add(d.span.key)
        add(d.span.key, top, w.dateline_vote if dateline else 1.0)
    for a in ctx.adjectives:
        if a.ref is None or len(seen) >= w.region_cues_max:
            continue
        region = ctx.gaz.get(a.ref)
        if region is not None and region.kind == "admin1":
            key = a.token.fold
            seen.add(key)
            add(key, region, 1.0)
    return RegionFocus(cues, parent, w.region_cue_prior) if cues else None


def _adjective_place(ctx: Context, a: Adjective) -> Place:
    """A country or region adjective ("russische", "European") as a place."""
    t = a.token
    end = max(a.end, t.end)
    c = ctx.gaz.get(a.ref) if a.ref else ctx.gaz.country(a.country_code or "")
    missing = "region" if a.ref else "country"
    dec = ctx.weights.coordinate_decimals
    return Place(
        mention=ctx.text[t.start : end],
        start=t.start,
        end=end,
        sentence=t.sentence,
        name=c.name if c else (a.country_code or a.ref),
        kind="adjective",
        country_code=c.country_code if c else a.country_code,
        lat=round(c.lat, dec) if c else None,
        lon=round(c.lon, dec) if c else None,
        id=c.id if c else None,
        source="gazetteer" if c else None,
        confidence=ctx.weights.adjective_confidence if c else 0.0,
        role="adjective",
        reason=None if c else f"{missing} not in the gazetteer",
    )


def resolve_document(
    doc: Document, gaz: GazetteerAPI, geocoder: FallbackGeocoder | None = None
) -> tuple[Place, ...]:
    """Every place the document names, resolved (see the module docstring)."""
    with _collector_paused():
        return resolve(doc, gaz, geocoder).places


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one document is resolved.

    Resolution allocates several objects per token (tokens, n-gram proposals, spans,
    decisions, places) that live until it ends; on a long article the collector's full
    passes over them were a third of the time (``"Berlin " * 70000``: 2.8 s CPU with
    it, 1.5 s without). Reference counting still frees everything acyclic at once, and
    the collector runs as usual as soon as resolution returns. Left alone when the
    application has switched the collector off itself."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
