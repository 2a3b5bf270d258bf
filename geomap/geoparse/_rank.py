"""Ranking: which place a name is, once it is taken for one.

Each reading starts from the gazetteer's score (its prior) less the name-match
penalties (:func:`statics`) and gains or loses by the evidence of one pass
(:class:`Pass`): the article's country focus, a feature head, a container ("Odessa,
Texas"), a list of names of one kind, the regions the article names, the co-location of
the readings of other names, closeness to the places already resolved, the place named
nearest (local context) and whether the name takes an article. One sense per article
then joins a name's mentions (:func:`one_sense`).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from gazetteer import Candidate, SeatsAPI, normalize_name
from geomap.geometry import haversine_km, point_to_geometry
from geomap.geoparse._context import (
    Context,
    Decision,
    Ranked,
    Statics,
    Votes,
    diacritic_mismatch,
    name_key,
    next_token,
    prev_token,
    spelling_of,
)
from geomap.geoparse._evidence import (
    COAST_WATERS,
    Anchors,
    RegionFocus,
    RegionSupport,
    adjective_country,
    adjective_region_pick,
    has_determiner,
    holds,
    home_body_country,
    min_km_many,
    municipal_names,
    own_anchors,
    seat_region_cue,
    state_holds,
    team_names,
)
from geomap.geoparse._mentions import Span
from geomap.geoparse._wordlists import (
    home_countries,
    kind_name_words,
    past_verb_endings,
    past_verb_forms,
    town_body_words,
)
from geomap.lexicons import language_profile
from geomap.model import KINDS, Alternative, Place, kinds_where

__all__: list[str] = []

#: Kinds named bare as often as with an article: waters ("Atlantic hurricane", "Pacific
#: trade") and facilities ("Pentagon officials", "White House press secretary", "at
#: Baikonur"). A missing article says nothing against them.
BARE_OR_NOT = kinds_where("bare_or_not")
#: Kinds named without an article: a bare "Ohio" is the state, "the Ohio" the river.
BARE_KINDS = kinds_where("bare")
#: Kinds for which an article in front is normal (die Ukraine, das Schwarze Meer).
ARTICLE_KINDS = kinds_where("takes_article")
#: Head kinds that name a physical feature (a river, a volcano): the other readings of a
#: name beside such a noun are as unlikely as a town after an article.
_FEATURE_HEADS = frozenset(
    k for k, i in KINDS.items() if i.takes_article and not i.contains_places and not i.bare_or_not
)

#: Islands and waters: what may lie off the coast of another country's town.
OFFSHORE_KINDS = kinds_where("is_area")

#: The kinds a word beside a name fixes: a feature head's, or a sea's before a coast word.
_NAMING_HEADS = _FEATURE_HEADS | COAST_WATERS


@dataclass(frozen=True)
class Pass:
    """The evidence of one ranking pass, fixed while it runs: the country focus (and each
    name's own votes in it), the anchors, the containers ("X, Y": Y's readings by X's last
    token; X's readings by Y's first token), the list kinds by span start, the regions
    surely named (id -> name key), the co-location support and the region support. Its
    memo lives and dies with it."""

    focus: Votes
    focus_own: dict[str, Votes]
    anchors: Anchors | None
    containers: dict[int, list[Candidate]]
    contents: dict[int, list[Candidate]]
    listed: dict[int, set[str]]
    sure_regions: dict[str, str]
    colo: dict[tuple[str, str], float]
    support: RegionSupport | None
    region_focus: RegionFocus | None = None
    listed_regions: dict[int, frozenset[tuple[str, str]]] = field(default_factory=dict)
    offshore: tuple[tuple[str, Candidate, float], ...] = ()
    memo: dict[tuple[Any, ...], tuple[Ranked, list[str]]] = field(default_factory=dict)
    support_any: dict[tuple[Any, ...], bool] = field(default_factory=dict)


#: the kinds a sea word at the end of a name ("Bay", "Golf") says: the water bodies with an
#: area (kinds are one vocabulary, geomap/model.py), a channel aside
_WATER_KINDS = (kinds_where("is_area") & kinds_where("is_water")) - frozenset({"channel"})


def _own_water_name(ctx: Context, span: Span) -> frozenset[str]:
    """The readings of a name whose own last word is a sea word of the lexicon
    (``feature_heads.sea``: "Hudson Bay", "Golf von X" aside) that are a water body bearing
    the whole name, where no town bearing it has ``hamlet`` people: the word says the
    kind, as a feature head beside a name does, and a small town named after the water
    (a railway town of 1,500 named after its bay) is the rarer sense. A town of the name
    as big as a small town (a port named after its bay) is left to the other cues, and a
    container named for the town still outweighs the word (``container_bonus`` >
    ``head_kind_bonus``). Cost: one look at the span's last word."""
    if span.n < 2 or ctx.lex.feature_heads.get(ctx.tokens[span.j].fold) != "sea":
        return frozenset()
    key = span.key
    same = [c for c in span.candidates if name_key(c.name) == key]
    if any(c.kind == "city" and c.population >= ctx.weights.hamlet for c in same):
        return frozenset()
    return frozenset(c.id for c in same if c.kind in _WATER_KINDS)


def statics(ctx: Context, span: Span) -> Statics:
    """What a span's ranking owes to its candidates alone, computed once per span
    (:class:`~geomap.geoparse._context.Statics`)."""
    got = ctx.memo.statics.get(id(span))
    if got is not None and got[0] is span:
        return got[1]
    w = ctx.weights
    key = span.key
    names = (key, name_key(span.base or span.text), *map(name_key, span.long_forms))
    # a country's, region's or curated feature's aliases are its own names, and so is a
    # town's name in the text's language (an exonym: "Warschau" in German); a town's other
    # names (historic, local, translated) are not
    # (the gazetteer's bonus for that language marks such a name; it is taken off the
    # score again, as the weights were set on scores without it)
    scores = [
        c.score - w.text_language_margin
        if c.score - c.prior >= w.text_language_margin - 1e-9
        else c.score
        for c in span.candidates
    ]
    # a name the sources give a town in the text's language is that town's own name
    # there ("Warschau" in German), whatever else bears it; towns matched only through
    # names of no stated language then rank as other names, spelling-like or not
    # (a German name of a Czech spa town is that town, not the Californian namesake
    # GeoNames also lists under it), and so does a country or region matched only
    # through names the sources give in other languages (an English text's older
    # English name of a town is not a country's Hungarian name)
    in_lang = {c.id for c in span.candidates if ctx.lang in c.matched_langs}
    # a town whose own name the word is, listed under no language (a proper name is the
    # same in every language: Granada), bears the name as the text would write it too:
    # a country matched only through its names in other languages ranks below it (an
    # English "Granada" is the Spanish city, not Grenada under its Spanish name). Only
    # a country so matched yields: a first-level region's usual name that the sources
    # tag with other languages only ("Xinjiang", "Henan") stays the region, not a town
    # that bears it as its own name
    foreign_country = any(
        c.kind == "country" and c.matched_langs and ctx.lang not in c.matched_langs
        for c in span.candidates
    )
    neutral = (
        {
            c.id
            for c in span.candidates
            if c.kind == "city" and not c.matched_langs and name_key(c.name) == key
        }
        if foreign_country
        else set()
    )
    own_name = {
        c.id
        for c, s in zip(span.candidates, scores, strict=True)
        if c.kind != "city"
        and not ((in_lang or neutral) and c.matched_langs and ctx.lang not in c.matched_langs)
        or name_key(c.name) in names
        or s < c.score
    }
    own_name |= in_lang
    surface = span.text
    acronym = (
        surface.isupper()
        and surface.isalpha()
        and len(surface) <= w.acronym_max
        and any(c.matched == surface for c in span.candidates)
    )
    # another word for a city counts against it only where a city bears the name: the
    # region of Rason does not make Rajin (also called Rason) a lesser reading
    own_city = any(c.kind == "city" and c.id in own_name for c in span.candidates)
    # ... and a small town's other name only where the name's bearer is at least as
    # prominent (Florida the state; not Rason, a region of 8,000 named after Rajin)
    own_best = max(
        (s for c, s in zip(span.candidates, scores, strict=True) if c.id in own_name),
        default=0.0,
    )
    # a city matched through another name that dwarfs every town bearing the name as its
    # own, in an article about none of their countries, is named by an exonym or an older
    # name ("Königshütte": Chorzów, not a hamlet of that name); a country or a region bearing
    # the name, a namesake of unknown size, or the article's focus on a namesake's
    # country ("Berea" in Kentucky news, though GeoNames lists it for Aleppo) keeps the
    # penalty
    own_towns = [c for c in span.candidates if c.id in own_name]
    exonym_floor = 0.0
    if own_towns and all(
        c.kind == "city"
        and (c.population or 0) > 0  # GeoNames gives no size for some (Twickenham)
        and ctx.focus.get(c.country_code, 0.0) <= 0
        for c in own_towns
    ):
        exonym_floor = max(
            float(w.exonym_min_population),
            (w.exonym_ratio_small_towns if ctx.lex.small_town_exonyms else w.exonym_ratio)
            * max(c.population or 0 for c in own_towns),
        )
    # ... though not a far-away city abroad under a name of no stated language, where a
    # town of the text's own countries (where its language is spoken) bears the name as
    # its own (German "Cham" is the Bavarian town, not Damascus under its French name)
    home = home_countries(ctx.lang)
    homes = [c for c in own_towns if c.country_code in home]

    def far_from_home(c: Candidate) -> bool:
        return (
            bool(homes)
            and c.country_code not in home
            and ctx.lang not in c.matched_langs
            and min(haversine_km(c.lat, c.lon, h.lat, h.lon) for h in homes) > w.exonym_max_km
        )

    def exonym_of(c: Candidate) -> bool:
        return bool(exonym_floor) and (c.population or 0) >= exonym_floor and not far_from_home(c)

    # a major city called by the first words of its own name, far bigger than every town
    # bearing the words whole ("León": León de los Aldama), is named by them as
    # by its own name; a first-level region so named does not make it another word
    whole = max(
        (
            k.population or 0
            for k in span.candidates
            if k.kind == "city" and name_key(k.name) == key
        ),
        default=0,
    )
    # ... unless a country or region bearing the words holds far more people: a state
    # of four million is "Oklahoma", its capital of 700,000 "Oklahoma City"; a department
    # whose capital holds most of its people is read as that city
    regions = max(
        (
            k.population or 0
            for k in span.candidates
            if k.kind in ("country", "admin1") and name_key(k.name) == key
        ),
        default=0,
    )
    head_named = {
        c.id
        for c in span.candidates
        if c.kind == "city"
        and name_key(c.name).startswith(key + " ")
        and (c.population or 0) >= max(w.major_city, w.head_name_ratio * whole)
        and (c.population or 0) >= w.head_name_region_share * regions
    }

    # a country under a short form of its name where a city bears the name as its own:
    # a territory of a few thousand people ("Norfolk" is the Virginia city before Norfolk
    # Island), or any country when the name is the last words of its name and the city a
    # major one (a city of millions, not the country whose full name ends in its name)
    short_countries = set()
    for c in span.candidates:
        if c.kind != "country" or name_key(c.name) in names:
            continue
        small = (c.population or 0) < w.small_town
        tail = name_key(c.name).endswith(" " + key)
        if any(
            k.kind == "city"
            and k.id in own_name
            and (
                small
                and (k.population or 0) > (c.population or 0)
                or tail
                and name_key(k.name) == key
                and (k.population or 0) >= w.major_city
            )
            for k in span.candidates
        ):
            short_countries.add(c.id)
    # a small first-level region a few kilometres from a town of its country bearing the
    # word as its own name is a municipality named after its seat: a bare name is the
    # town ("fishermen in Koper"), a word naming the municipality the region
    seat_towns = [k for k in span.candidates if k.kind == "city" and name_key(k.name) in names]
    seats = {
        c.id
        for c in span.candidates
        if c.kind == "admin1"
        and (c.population or 0) < w.small_town
        and any(
            k.country_code == c.country_code
            and haversine_km(c.lat, c.lon, k.lat, k.lon) <= w.seat_km
            for k in seat_towns
        )
    }
    seat_named = bool(seats) and seat_region_cue(ctx, span)
    # a region named like its seat town, right after another town it holds ("X, Setúbal",
    # "X in Ouargla", "X (Piura)"), is that town's container, not the seat
    held_regions = _region_after_town(ctx, span, w)
    # "X/Y" or "X (Y)" with Y a word of one reading's full name ("Halle (Saale)",
    # "Mülheim an der Ruhr"): Y says which namesake is meant
    qualified = _qualified_by_next(ctx, span)
    # "X, less than 60 km from Y, ...": a name opening its sentence before a distance is a
    # town's; a country or a state of the name ranks below the towns bearing it
    distanced = any(c.kind == "city" for c in span.candidates) and _distance_apposed(ctx, span)
    # where no town bears the word as its own name, one whose own name the word spells
    # (a transliteration: "Stawropol" for Stavropol) is named by it, not a city that only
    # lists the word among its other names, unless that one is vastly bigger
    spelled = (
        []
        if own_city
        else [
            k
            for k in span.candidates
            if k.kind == "city" and spelling_of(key, k.name, w.spelling_ratio, head=False)
        ]
    )
    spelled_floor = w.exonym_ratio * max((k.population or 0) for k in spelled) if spelled else 0.0
    spelled_ids = {k.id for k in spelled}
    # where a town bears the very word as its own name ("Mijas"), another city's other
    # name counts as a spelling of its own only when closer ("Odessa" for Odesa, 0.91;
    # not "Mijas" for Miass, 0.8), unless that city is vastly bigger (a German exonym:
    # "Bütow" is Bytów, 32 times the village of the name)
    exact = max(
        (
            k.population or 0
            for k in span.candidates
            if k.kind == "city" and k.id in own_name and name_key(k.name) == key
        ),
        default=None,
    )

    def spelling(c: Candidate) -> float:
        if exact is not None and (c.population or 0) < w.exonym_ratio * exact:
            return w.close_spelling_ratio
        return w.spelling_ratio

    lang_best = max(
        (
            s
            for c, s in zip(span.candidates, scores, strict=True)
            if c.id in in_lang or c.id in neutral
        ),
        default=0.0,
    )
    # a hyphened name ("Saint-Denis" as French writes its saints) that a town bears
    # written so is not the namesake whose own name only the folding of hyphens and
    # apostrophes makes alike (another country's "Saint Denis's", "St. Denis")
    unhyphened = _unhyphened(span, w)
    # the text writes a diacritic ("Pará") that some reading bears exactly: a town matched
    # only once it is folded away (an Ivorian "Para") is the lesser match
    folded_only = _folded_diacritics(span, w) | _umlauts_unwritten(ctx, span, w)
    base = []
    for c, s in zip(span.candidates, scores, strict=True):
        if c.id in unhyphened or c.id in folded_only:
            s -= w.alias_only_penalty
        if c.id in seats:
            s += w.seat_region_bonus if seat_named else -w.seat_region_penalty
        if c.id in held_regions or c.id in qualified:
            s += w.seat_region_bonus
        if distanced and c.kind in ("country", "admin1"):
            s -= w.seat_region_bonus
        if (
            spelled
            and c.kind == "city"
            and c.id not in own_name
            and c.id not in spelled_ids
            and c.feature_code != "PPLC"
            and (c.population or 0) < spelled_floor
        ):
            s -= w.alias_only_penalty  # "Stawropol" is Stavropol, not Tolyatti (also so called)
        elif (
            own_name
            and c.id not in own_name
            and not exonym_of(c)
            and c.id not in head_named
            and c.kind == "city"
            and (
                (c.population or 0) < w.small_town
                and s <= own_best
                or own_city
                and (in_lang or not spelling_of(key, c.name, spelling(c)))
                or far_from_home(c)  # not even a spelling of it: "Verden" is not Verdun
            )
        ):
            # "Florida" is the state, not a town once so called; "Augusta" is not
            # Augsburg (Augusta Vindelicorum), though "Odessa" is Odesa
            s -= w.alias_only_penalty
        elif c.kind == "city" and c.id not in own_name and _region_names_more(span, c, own_name):
            # "Rio Grande do Sul" is the state, not the port Rio Grande, which GeoNames
            # also lists under the state's name: the words past the city's own name are
            # the region's (session 24)
            s -= w.alias_only_penalty
        elif c.kind != "city" and c.id not in own_name:
            # a country or region under a name of another language only ranks below the
            # readings bearing the name in the text's language, however prominent
            s = min(s, lang_best) - w.alias_only_penalty
        if acronym and c.matched != surface:
            s -= w.acronym_case_penalty  # "EU" is the Union, not the French town of Eu
        if c.id in short_countries:
            s -= w.alias_only_penalty
        base.append(s)
    has_country = any(
        c.kind == "country" and (c.population or 0) >= w.small_town and c.id not in short_countries
        for c in span.candidates
    )  # not Norfolk Island (2,000 people) over Norfolk, Virginia
    has_major = any(
        c.kind == "city" and (c.feature_code == "PPLC" or (c.population or 0) >= w.major_city)
        for c in span.candidates
    )
    own = frozenset(own_name)
    result = Statics(
        has_country, has_major, own, tuple(base), _shadowing(span, own, w), held_regions
    )
    ctx.memo.statics[id(span)] = (span, result)
    return result


def rank(
    ctx: Context,
    ps: Pass,
    d: Decision,
    local: tuple[Candidate, float] | None = None,
) -> Ranked:
    """The span's readings, best first, with their scores. Memoised within a pass
    (``Pass.memo``) on everything the ranking reads of the mention: a name repeated with
    the same cues is ranked once. Exact: the key holds the readings themselves, the
    surface, the feature head, the container, list and short-form cues, the determiner,
    the local context, the mention's base scores (:func:`statics`), and the region
    support per reading where the name has any (the only sentence-dependent input)."""
    span = d.span
    key = span.key
    cands = span.candidates
    ids = tuple(map(id, cands))
    support = ps.support
    sig = None
    if support is not None:
        any_key = (ids, key)
        has = ps.support_any.get(any_key)
        sentence = ctx.tokens[span.i].sentence if span.i < len(ctx.tokens) and span.n else -1
        if has is None:
            sig = tuple(support.support(c, key, sentence, span) for c in cands)
            has = ps.support_any[any_key] = any(sig)
        if has and sig is None:
            sig = tuple(support.support(c, key, sentence, span) for c in cands)
        elif not has:
            sig = None
    listed = ps.listed.get(span.start)
    cont = ps.containers.get(span.j) or _unit_after(ctx, span)
    xs = ps.contents.get(span.i)
    memo_key = (
        ids,
        key,
        span.text,
        span.base,
        span.variant,
        d.head_kind,
        id(cont) if cont else None,
        id(xs) if xs else None,
        tuple(sorted(listed)) if listed else None,
        ps.listed_regions.get(span.start),
        ctx.short_forms.get(span.start),
        sig,
        owns_article(ctx, span),
        None if local is None else (id(local[0]), local[1]),
        adjective_country(ctx, span),
        home_body_country(ctx, span),
        adjective_region_pick(ctx, span),
        key in municipal_names(ctx),
        seat_region_cue(ctx, span),
        # the mention's own base scores: a region named like its seat right after a town
        # it holds is that mention's alone ("X in Setúbal ... 30 km von Setúbal")
        statics(ctx, span).base,
        # "Flughafen X", "X airport": the readings an airport serves (_airport_named)
        _airport_named(ctx, ps, span),
    )
    got = ps.memo.get(memo_key)
    if got is None:
        added: list[str] = []
        got = (rank_fresh(ctx, ps, d, local, added), added)
        ps.memo[memo_key] = got
    for cid in got[1]:
        ctx.memo.specific.add((span.start, cid))
    return list(got[0])


def rank_fresh(
    ctx: Context,
    ps: Pass,
    d: Decision,
    local: tuple[Candidate, float] | None,
    added: list[str],
) -> Ranked:
    """``rank`` without the memo; the ids of readings a container or region settled are
    appended to ``added``."""
    w = ctx.weights
    span = d.span
    if len(span.candidates) == 1:
        # nothing to rank: scores only ever count as differences between readings
        c = span.candidates[0]
        return [(statics(ctx, span).base[0], c)]
    key = span.key
    focus = ps.focus
    own_votes = ps.focus_own.get(key, {})
    big = _biggest_town(span)  # candidates come best first
    if big is not None:
        offshore = [(c, v) for k, c, v in ps.offshore if k != key and _off_coast(big, c, span, w)]
        if offshore:
            own_votes = dict(own_votes)
            for c, v in offshore:
                own_votes[c.country_code or ""] = own_votes.get(c.country_code or "", 0.0) + v
        if local is not None and _off_coast(big, local[0], span, w):
            local = None
    total = (sum(focus.values()) - sum(own_votes.values())) or 1.0
    out: Ranked = []
    # "Portland, Maine"; "Fuchu in Hiroshima prefecture", "in der Provinz X": the unit named
    # right after the town holds one of its readings (_unit_after)
    cont = ps.containers.get(span.j) or _unit_after(ctx, span)
    # "Portland, Maine": the reading the state holds by the town's admin-1 code (its
    # unit's seat is the state's), else the state's nearest reading (session 31)
    state_held = {
        i
        for k in cont or ()
        if (i := _held_by_seat(ctx, k, span.candidates) or state_holds(k, span.candidates, w))
        is not None
    }
    # "Flughafen X", "X airport": the towns an airport serves count as contained, and a
    # country or region of the name ranks below them
    airported = _airport_named(ctx, ps, span)
    has_cities = any(c.kind in BARE_KINDS for c in span.candidates)
    own = own_anchors(ps.anchors, key)  # no self-support
    has_det = owns_article(ctx, span)
    support = ps.support
    sentence = ctx.tokens[span.i].sentence if span.i < len(ctx.tokens) and span.n else -1
    st = statics(ctx, span)
    has_country, has_major, own_name = st.has_country, st.has_major, st.own_name
    # "die Brücke nach Polen": a country named as where a way leads lifts no town that
    # bears the name only as another name over a town bearing it as its own
    led_to = _led_to(span, own_name, w) if ctx.destinations else frozenset()
    prox = min_km_many(span.candidates, own) if own is not None else None
    listed = ps.listed.get(span.start, ())
    listed_regions = ps.listed_regions.get(span.start, frozenset())
    short_forms = ctx.short_forms.get(span.start, ())
    adj_cc = adjective_country(ctx, span)
    # "die Schweizer Polizei in X": a body that acts at home says where X lies more
    # firmly than an adjective on the name ("im norwegischen X" may be a namesake's
    # region): readings elsewhere also lose what the ones there gain
    home_cc = None if adj_cc is not None else home_body_country(ctx, span)
    # "im hessischen Neustadt": the namesake nearest the adjective's region
    adj_pick = adjective_region_pick(ctx, span)
    # "the Jordan City Council", "the mayor of Palestine": only a town has them
    town_cue = key in municipal_names(ctx)
    # "the Melbourne Rebels", "FC Barcelona": a team's city is the best known place of its
    # name, whatever the story's setting (country focus, proximity, the place named
    # before it, the region context, co-location or a region named near it)
    team = key in team_names(ctx) and not town_cue
    # a feature head names the kind ("the river Don"); so does a coast word after a
    # sea's name ("the Pacific coast"), wherever the story is set
    feature_named = d.head_kind in _NAMING_HEADS and any(
        k.kind == d.head_kind for k in span.candidates
    )
    shares = ps.region_focus.shares(span.candidates, key) if ps.region_focus is not None else None
    big_namesake = has_major or any(k.kind in ("country", "admin1") for k in span.candidates)
    # first-level regions bearing the name as their own: a small town of that name
    # elsewhere in their country ("ranchers in Wyoming", a Michigan town of 76,000 beside
    # Grand Rapids) takes none of the article's setting, as a town named like a country
    # does; a town within the region (its seat or namesake: Kherson) is left to the rest
    states = [
        k
        for k in span.candidates
        if k.kind == "admin1" and name_key(k.name) == key and k.country_code and k.radius_km
    ]
    # a city's name in the text's language written exactly as the text has it
    # ("Straßburg", with its ß): a small town matching only once accents are folded
    # takes none of the article's setting (focus, proximity, the place named before it)
    folded_towns = _folded_towns(ctx, span)
    # the article is the name's and a river or lake bears it ("am Oskil", "on the
    # Irtysh"): a namesake town takes none of the setting either
    feature_article = has_det and any(k.kind in ("river", "lake") for k in span.candidates)
    # a region of a summit's country bearing the summit's name is named after it
    # (Kilimanjaro, Tungurahua): where the name is the summit's name in the text's
    # language, a bare name is the summit as often as the region, so the summit takes no
    # penalty for the missing article and the priors decide (docs/geoparser.md); a
    # summit's native name a region bears (Kirinyaga) stays the region
    summit_regions = (
        {k.country_code for k in span.candidates if k.kind == "admin1"}
        if any(k.kind in ("mountain", "peak") for k in span.candidates)
        else set()
    )
    # a line of latitude named without its hemisphere ("Polarkreis"): the one on the
    # article's side of the equator
    hemisphere = _hemisphere_pick(ctx, ps, span, own)
    # the text's own countries, for a town called by the first words of its name
    home = home_countries(ctx.lang)
    # a first-level unit abroad that bears the word as its own name, in a text that names
    # nothing of its country, beside a town of the text's own countries that bears the
    # word as its own name (German "Munster": the town, not the Irish province): the
    # reader of that language meets the word as the town's (session 25)
    foreign_units = _foreign_units_beside_home_towns(ctx, span, home)
    # a region the look-up ranks ahead of every town of its name, all of them villages
    # ("across Patagonia", a hamlet in Arizona): a region is named bare as often as not,
    # so the missing article does not hand the name to the village
    bare_region = _bare_region_floor(span, st.base, w) if has_cities else None
    # a lake or river the look-up ranks ahead of every town of its name, all villages,
    # named so in the text's language ("Onega: ...", "Das Thema Drina ..."): a bare
    # name with no place preposition or town cue before it is the water as often
    bare_water = _bare_water_floor(ctx, span, st.base, w) if has_cities and not town_cue else None
    # a district named after the river, lake or valley it lies on ("Clutha: ...", "Das
    # Thema Evros ..."): a bare name is the feature as often as the unit, so the missing
    # article does not hand the name to the unit, and the priors decide
    named_after = _units_named_after(ctx, span, st.base, w) if has_cities and not town_cue else None
    # a name opening with its kind's word ("Mount X") is named without an article
    said_kind = kind_name_words(ctx.lang).get(ctx.tokens[span.i].fold) if span.n > 1 else None
    # a small town bearing the word only as another name, unrelated to its own, beside
    # a bigger town of its country bearing the word as its own: the place's closeness to
    # the article's other places is no more its than the bigger town's
    shadows = st.shadows
    # "Hudson Bay": a name ending in a sea word is the water body of that name before a
    # small town named after it
    own_water = _own_water_name(ctx, span)
    for n, (c, s) in enumerate(zip(span.candidates, st.base, strict=True)):
        if c.id == hemisphere:
            s += w.hemisphere_bonus
        if c.id in own_water:
            s += w.head_kind_bonus
        if c.id in st.held:
            # "Caparica in Setúbal ... 30 km von Setúbal": the region holding the town
            # before it is this mention's own sense, as a container's reading is; the
            # other mentions of the name are left to themselves (one_sense)
            ctx.memo.specific.add((span.start, c.id))
            added.append(c.id)
        other_kind = (
            feature_named
            and c.kind != d.head_kind
            and not (d.head_kind == "mountain" and c.kind == "peak")
        )
        if (
            d.head_kind == "admin1"
            and c.kind == "city"
            and any(_names_its_seat(k, c) for k in span.candidates if k.kind == "admin1")
        ):
            # "in Mersin province", "in der Provinz Maputo": the unit's word settles a
            # region named like its capital against the capital's closeness to the
            # places around it, as "the municipality of X" does; the capital gives way
            # (and no region abroad gains: "the 25th District of Florida")
            s -= w.seat_region_bonus
        if d.head_kind is not None and (
            c.kind == d.head_kind
            or (d.head_kind == "admin1" and c.kind in ("admin1", "admin2", "region"))
            or (
                d.head_kind == "sea" and c.kind in ("sea", "ocean", "gulf", "bay", "strait", "lake")
            )
            or (d.head_kind == "mountain" and c.kind == "peak")
        ):
            s += w.head_kind_bonus
            if not has_country:
                # a word naming the kind settles this mention as a container does: "Mopti
                # and the Mopti region" are the town and the region, one sense per
                # article notwithstanding; not where a country bears the name ("the
                # Mexico border", "the territory of Georgia" fit the country too)
                ctx.memo.specific.add((span.start, c.id))
                added.append(c.id)
        elif feature_named:
            # "die Flüsse Niger und Senegal", "the volcano Taal": a feature noun names the
            # kind as an article does, and the other readings take the article's penalty
            # and nothing of the names listed or lying beside them ("Niger und Benue" are
            # no two Nigerian states when "Flüsse" comes first)
            s -= w.article_kind_penalty
        contained = False
        if cont:
            for k in cont:
                if (
                    k.kind == "country" and k.country_code == c.country_code and c.kind != "country"
                ) or k.id == c.id:  # "Washington, D.C.": the place Y names again
                    contained = True
                    break
                if (
                    k.kind == "admin1"
                    and k.country_code == c.country_code
                    and c.admin1 is not None
                    and k.name == c.admin1  # a county keeps its state's name
                ) or c.id in state_held:
                    contained = True
                    break
            if contained:
                s += w.container_bonus
        if c.id in airported and not contained:
            s += w.container_bonus
            contained = True
        if airported and c.kind in ("country", "admin1") and c.id not in airported:
            s -= w.seat_region_bonus
        if holds(ps.contents, c, span) or adj_cc is not None and c.country_code == adj_cc:
            s += w.container_bonus  # "Odessa, Texas"; "im norwegischen X"
            contained = True
        if home_cc is not None:
            if c.country_code == home_cc:
                s += w.container_bonus  # "die Schweizer Polizei in X"
                contained = True
            else:
                s -= w.container_bonus
        if c.id in foreign_units and d.head_kind is None:
            s -= w.container_bonus  # (a unit word settles it: "die Provinz Munster")
        if c.id == adj_pick:
            s += w.container_bonus  # "im westfälischen X": the reading in that region
            contained = True
        if c.kind in listed and not other_kind:
            s += w.list_bonus
        shadowers = shadows.get(n, ())
        if (
            listed_regions
            and c.kind == "city"
            and not other_kind
            and (c.country_code, c.admin1) in listed_regions
            and not (has_major and (c.population or 0) < w.small_town)
            and (
                not shadowers
                or any(
                    (span.candidates[i].country_code, span.candidates[i].admin1) in listed_regions
                    for i in shadowers
                )
            )
        ):
            # "Boston and Lincoln": towns listed lie together; a village does not take a
            # big city's name by it ("Washington, New York and Boston" is no village of
            # New York State)
            s += w.list_region_bonus
        if c.id in ps.sure_regions and ps.sure_regions[c.id] != key:
            s += w.named_again_bonus  # a region the article names in another form
        colo = ps.colo.get((key, c.id)) if ps.colo and not other_kind and not team else None
        if c.id in short_forms:
            s += w.short_form_bonus  # a county this article names in full
        if span.genitive and c.kind == "country":
            s += w.genitive_country_bonus  # "die Grenze Luxemburgs", "Kenias Regierung"
        in_region = (
            support.support(c, key, sentence, span) if support is not None and not team else 0.0
        )
        region_named = in_region > 0
        if (
            has_major
            and c.kind == "city"
            and (c.population or 0) < w.small_town
            and in_region < w.county_support
            and not town_cue
        ):
            # a state named nearby does not make "Washington" a small Georgia town
            # rather than the capital; a county or a container does, and so does a word
            # only a municipality has ("the Athens city council" beside Ohio)
            in_region = 0.0
        # a town matched only after folding an exact exonym's letters, or named like the
        # river or lake the article names: none of the article's setting (region support,
        # co-location and region context included), unless a container or its county
        # says so (a state's support may come from a namesake town's region reading:
        # "Pawlodar liegt am Irtysch")
        unset = (
            c.kind == "city"
            and (c.id in folded_towns or feature_article)
            and not (contained or town_cue or in_region >= w.county_support)
        )
        if unset:
            in_region = 0.0
        region_named = region_named and not unset
        s += w.region_bonus * in_region
        if contained or in_region >= 1.0:
            ctx.memo.specific.add((span.start, c.id))
            added.append(c.id)
        state_namesake = (
            bool(states)
            and c.kind == "city"
            and (c.population or 0) < w.small_town
            and _outside_namesake_state(c, states, w)
        )
        if town_cue and c.kind == "city":
            s += w.municipal_bonus
        if (
            state_namesake
            and not town_cue
            and not (contained or in_region >= 1.0 and c.id in own_name)
        ):
            # "Soy farmers in Paraná" after two towns of Rio Grande do Norte is the
            # state, not the village of that name among them: the town needs its own
            # region or a container, and takes no co-location either
            out.append((s, c))
            continue
        # the evidence that names the small town's own unit (a container, a word only a
        # municipality has, a county or state named that holds it and not the bigger
        # town) is what may still lift it over the bigger one
        shadowed = bool(shadowers) and not (
            contained
            or town_cue
            or in_region > 0
            and in_region
            > max(
                support.support(span.candidates[i], key, sentence, span)
                if support is not None
                else 0.0
                for i in shadowers
            )
        )
        if colo and shadowed:
            colo = min(colo, max(ps.colo.get((key, span.candidates[i].id), 0.0) for i in shadowers))
        if colo and not unset:
            s += w.colocate_weight * colo
        if (
            has_country
            and c.kind == "city"
            and not town_cue
            and not (contained or in_region >= 1.0 and c.id in own_name)
        ):
            # "Egypt" in an article full of American places is still the country:
            # a town named like a country needs its own region or a container
            out.append((s, c))
            continue
        # a town a world city of its name dwarfs takes nothing of the article's setting
        # (focus, proximity, local place) unless its own region is named or contains it,
        # or, bearing the word as its own name, it lies beside the story's places in a
        # country of the story (not North Canton, once called Berlin, beside Columbus)
        near = prox[n] if prox is not None else None
        dwarfed = (
            team
            or unset
            or (
                not contained
                and not region_named
                and not town_cue
                and (
                    (
                        _dwarfed(c, span.candidates, w)
                        or _outnumbered_abroad(c, span.candidates, key, w)
                    )
                    and not (c.id in own_name and _beside_the_story(c, near, focus, w))
                    or bool(home)
                    and _short_form_of(c, span.candidates, key, home, w)
                )
            )
        )
        if (
            shares is not None
            and not team
            and not unset
            and shares[n]
            and not (big_namesake and c.kind == "city" and (c.population or 0) < w.small_town)
        ):
            # the article's state, Land or province (its region cues): "Lebanon" in a
            # story on Kentucky towns; a small town does not take a state's, a country's
            # or a big city's name by it alone ("Boston" is not the village in New York
            # because the article's other towns are there)
            share = shares[n]
            if shadowed:
                share = min(share, max(shares[i] for i in shadowers))
            s += w.region_focus_weight * share
        if c.country_code and focus and not dwarfed:
            votes = focus.get(c.country_code, 0) - own_votes.get(c.country_code, 0)
            if c.id in led_to:
                votes -= ctx.destinations.get(c.country_code, 0.0)
            s += w.focus_weight * max(0.0, votes) / total

        if prox is not None and c.kind not in ("country",) and not dwarfed:
            km = float(prox[n])
            if shadowed:
                km = max(km, min(float(prox[i]) for i in shadowers))
            s += w.proximity_weight * math.exp(-km / w.proximity_scale_km)
        if (
            local is not None
            and not dwarfed
            and not (
                c.id in led_to
                and local[0].kind == "country"
                and local[0].country_code in ctx.destinations
            )
            and (
                c.country_code == local[0].country_code
                or c.country_code is None
                and haversine_km(c.lat, c.lon, local[0].lat, local[0].lon) < w.local_near_km
            )
        ):
            same_admin = bool(local[0].admin1) and c.admin1 == local[0].admin1
            if not (
                has_major
                and c.kind == "city"
                and (c.population or 0) < w.small_town
                and not same_admin
                and not (contained or in_region >= 1.0)
            ):
                s += w.local_bonus * local[1]
            if same_admin:
                s += w.local_admin_bonus * local[1]
        if (
            has_det
            and c.kind == "country"
            and any(k.kind in ("river", "sea", "lake", "region") for k in span.candidates)
        ):
            s -= w.article_kind_penalty  # "the Niger" is the river
        if span.variant:
            s -= w.variant_penalty
        if (
            has_cities
            and c.kind != "city"
            and c.kind in ARTICLE_KINDS - {"country"} - BARE_OR_NOT
            and not has_det
            and d.head_kind is None
            and c.kind not in listed
            and not (
                c.kind in ("mountain", "peak")
                and c.country_code in summit_regions
                and ctx.lang in c.matched_langs
            )
            and not (c.kind == "region" and bare_region is not None and st.base[n] > bare_region)
            and not (
                _water_named(ctx, span, c) and bare_water is not None and st.base[n] > bare_water
            )
            and not (
                named_after is not None and c.id in named_after[1] and st.base[n] > named_after[0]
            )
            and not (said_kind is not None and _fits_said(said_kind, c.kind))
        ):
            s -= w.article_kind_penalty  # a bare "Narva" is the town, "an der Narva" the river
        elif (
            has_det
            and c.kind in ("city", "admin1", "admin2")
            and any(k.kind in ARTICLE_KINDS - {"country"} for k in span.candidates)
        ):
            unit = c.kind in ("admin1", "admin2") and d.head_kind is None
            s -= w.article_kind_penalty + (w.article_unit_penalty if unit else 0.0)
        out.append((s, c))
    out.sort(key=lambda t: (-t[0], t[1].id))
    return out


def _region_names_more(span: Span, town: Candidate, own_name: AbstractSet[str]) -> bool:
    """The written name is the town's own name and more words ("Rio Grande do Sul" for
    the port Rio Grande), and a country or region bears it whole as its own: the words
    past the town's name are the region's. Not a town whose own name is longer than the
    written one ("New York" for New York City)."""
    key, own = span.key, name_key(town.name)
    return key.startswith(own + " ") and any(
        k.kind != "city" and k.id in own_name and name_key(k.name) == key for k in span.candidates
    )


def _led_to(span: Span, own_name: AbstractSet[str], w: Any) -> frozenset[str]:
    """The towns of ``span`` that bear its name only as another name (not their own, nor
    their name in the text's language) while a town of another country bears it as its
    own: a country named as where a way leads or what borders the place ("die Brücke
    nach Tschechien", "the border with Canada", ``Context.destinations``) gives them no
    vote, since it says nothing of where the story is (a border town's namesake across
    the border under an older name is not meant by it). A city at least
    ``Weights.exonym_ratio_small_towns`` times bigger than every town bearing the name as
    its own keeps it: a world city named by a short or older name is what a story about
    flights to its country means ("Petersburg" for Saint Petersburg)."""
    owners = [c for c in span.candidates if c.kind == "city" and c.id in own_name]
    biggest = max((c.population or 0 for c in owners), default=0)
    if not biggest:
        return frozenset()
    ccs = {c.country_code for c in owners}
    return frozenset(
        c.id
        for c in span.candidates
        if c.kind == "city"
        and c.id not in own_name
        and (c.population or 0) < w.exonym_ratio_small_towns * biggest
        and any(cc != c.country_code for cc in ccs)
    )


def _names_its_seat(region: Candidate, town: Candidate) -> bool:
    """``town``, a reading of the same word, lies in ``region``'s country inside twice its
    radius: the region is named like its seat (Mersin, Maputo, Médéa)."""
    return (
        town.kind == "city"
        and town.country_code == region.country_code
        and haversine_km(town.lat, town.lon, region.lat, region.lon)
        <= 2 * (region.radius_km or 0.0)
    )


def _held_by_seat(ctx: Context, region: Candidate, readings: Sequence[Candidate]) -> str | None:
    """The id of the biggest town reading of X that the first-level region Y of "X, Y" or
    "X in the province of Y" holds by the town's own GeoNames admin-1 code: the unit whose
    seat is the region's seat (``SeatsAPI.town_seat``, ``seat``). Exact where the
    distance test of :func:`state_holds` is not: a town at the end of a long region
    ("Mazatlan, Sinaloa", 250 km from the state's point) lay beyond its reach, and a
    namesake near a town named later won (session 31). None where the region has no
    seat, the gazetteer no seats, or no reading lies in it. Cost: a seat look-up per
    town reading of the region's country."""
    if region.kind != "admin1" or not isinstance(ctx.gaz, SeatsAPI):
        return None
    towns = [c for c in readings if c.kind == "city" and c.country_code == region.country_code]
    if not towns:
        return None
    seat = ctx.gaz.seat(region.id)
    if seat is None:
        return None
    held = [c for c in towns if (t := ctx.gaz.town_seat(c.id)) is not None and t.id == seat.id]
    return max(held, key=lambda c: (c.population or 0, c.id)).id if held else None


def _region_after_town(ctx: Context, span: Span, w: Any) -> frozenset[str]:
    """The first-level regions among the readings of ``span`` that are the container of
    the town named right before it (``X, Y``, ``X (Y)``, ``X/Y``, ``X in Y``) where a town of the
    region's country, also a reading of the word, bears its name (its seat, mostly).

    Why: many provinces and departments are named like their capital (Setúbal, Ouargla,
    Piura, Sikasso). After another town the name says where that town lies, so it is the
    region, as "Tacoma, Washington" is the state; the seat's proximity to the town (the
    two lie in the same region) had made the seat win. A region counts when a town reading
    of the name before it lies within ``Weights.container_reach`` radii of the region's
    point and farther than ``Weights.seat_km`` from every namesake town of the word (a
    town within reach of the seat is a part of it: "Brooklyn, New York" is the city), or
    where the town before is the seat itself under the same name ("X in X").
    Cost: a bisection in the spans and a few distances per ranked name."""
    if span.n == 0 or span.i >= len(ctx.tokens):
        return frozenset()
    regions = [c for c in span.candidates if c.kind == "admin1" and c.radius_km]
    seats = [c for c in span.candidates if c.kind == "city"]
    if not regions or not seats:
        return frozenset()
    toks = ctx.tokens
    first = toks[span.i]
    prev = prev_token(toks, first)
    if prev is None:
        return frozenset()
    gap = first.gap_before.strip()
    end = prev.i
    if gap not in (",", "(", "/"):  # "X/Y (dpa)": a dateline's town and its region
        if gap or prev.fold not in ctx.lex.inside_words:
            return frozenset()
        before = prev_token(toks, prev)
        if before is None or prev.gap_before != " ":
            return frozenset()
        end = before.i
    spans = ctx.spans
    # the spans run by their first token: the town's ends at ``end`` among the last few
    # that start before it
    at = bisect_left(spans, end + 1, key=lambda s: s.i)
    town = next((s for s in reversed(spans[max(0, at - 4) : at]) if s.j == end), None)
    if town is None:
        return frozenset()
    towns = [x for x in town.candidates[: w.coherence_readings] if x.kind == "city"]
    out = set()
    for r in regions:
        namesakes = [k for k in seats if k.country_code == r.country_code]
        if not namesakes or not r.radius_km:
            continue
        ids = {k.id for k in namesakes}

        def inside(x: Candidate, r: Candidate = r, ids: set[str] = ids) -> bool:
            # within reach of the region's point, or in the unit whose seat is the
            # namesake (by the town's own admin-1 code: a town at a region's edge)
            if haversine_km(x.lat, x.lon, r.lat, r.lon) <= w.container_reach * r.radius_km:
                return True
            if not isinstance(ctx.gaz, SeatsAPI):  # a stand-in without seats
                return False
            seat = ctx.gaz.town_seat(x.id)
            return seat is not None and seat.id in ids

        if any(
            x.country_code == r.country_code
            and all(haversine_km(x.lat, x.lon, k.lat, k.lon) > w.seat_km for k in namesakes)
            and inside(x)
            for x in towns
        ) or (
            # "the road to Mopti in Mopti": the seat named before its own name, which
            # names the region holding it (a place does not lie in itself)
            town.key == span.key and any(inside(k) for k in namesakes)
        ):
            out.add(r.id)
    return frozenset(out)


def _distance_apposed(ctx: Context, span: Span) -> bool:
    """Does the name open its sentence before an apposition that opens with a distance
    (``X, less than 60 km from Y, ...``, ``X, rund 90 Kilometer von Y entfernt, ...``)?

    Why: such an apposition places a town; a country or a first-level region is not
    given as some kilometres from a place. A name shared by a country or a state and a
    town (a Colombian town named like a Caucasus country, an Australian state's name
    borne by towns in many countries) had been read as the bigger unit. Only a
    sentence-initial name counts: after other words the distance may be another
    name's. Cost: up to five tokens per span."""
    toks = ctx.tokens
    if span.n == 0 or span.j >= len(toks) or not toks[span.i].sent_initial:
        return False
    t = next_token(toks, toks[span.j])
    if t is None or t.gap_before.lstrip()[:1] != ",":
        return False
    t = toks[span.j]
    for _ in range(4):
        t = next_token(toks, t)
        if t is None:
            return False
        if t.fold in ctx.lex.distance_units and any(ch.isdigit() for ch in t.gap_before):
            return True
    return False


def _airport_named(ctx: Context, ps: Pass, span: Span) -> frozenset[str]:
    """The town readings of ``span`` an airport serves
    (:func:`~geomap.geoparse._airports.served_by_airport`) where the text names the name's
    airport: an airport word of ``[airport_words]`` before it (``Flughafen X``, ``auf dem
    Flughafen von X``, ``the airport of X``) or after it (``X airport``, ``X International
    Airport``), with no punctuation between.

    Why: such a phrase names a town with an airport. A country named like that town (a
    Costa Rican town bearing a West African country's name) or a village sharing a port
    city's name beside the article's other places had been read; a town the phrase fits
    is ranked as if a container named it, and a country or first-level region of the name
    ranks below it. A name no served town bears changes nothing. Cost: two or three
    tokens per span; the airport list is read on the first phrase."""
    toks = ctx.tokens
    lex = ctx.lex
    if span.n == 0 or span.j >= len(toks) or not lex.airport_before and not lex.airport_after:
        return frozenset()
    framed = False
    first = toks[span.i]
    prev = prev_token(toks, first)
    if prev is not None and not first.gap_before.strip():
        if prev.fold in lex.airport_links and not prev.is_cap and not prev.gap_before.strip():
            first, prev = prev, prev_token(toks, prev)
        framed = prev is not None and prev.fold in lex.airport_before
    if not framed:
        nxt = next_token(toks, toks[span.j])
        if nxt is not None and nxt.is_cap and nxt.fold in lex.airport_links:
            nxt = next_token(toks, nxt) if not nxt.gap_before.strip() else None
        framed = nxt is not None and nxt.fold in lex.airport_after and not nxt.gap_before.strip()
    if not framed:
        return frozenset()
    from geomap.geoparse._airports import served_by_airport

    # a country or region of the name gives way only to a served town of a country the
    # article is about ("In Costa Rica ... Flughafen Liberia"): "Malta International
    # Airport" is the island state's, though a Montana town of the name has one too
    units = any(c.kind in ("country", "admin1") for c in span.candidates)
    served = frozenset(
        c.id
        for c in span.candidates
        if served_by_airport(c)
        and not (units and c.kind == "city" and ps.focus.get(c.country_code or "", 0) <= 0)
    )
    # only a town served makes the phrase a cue: a country's own airport alone keeps it
    return (
        served
        if any(c.kind == "city" and c.id in served for c in span.candidates)
        else (frozenset())
    )


def _qualified_by_next(ctx: Context, span: Span) -> frozenset[str]:
    """The town readings of ``span`` whose own full name holds, after the span's words, the
    word written right after it behind a slash or an opening bracket (``X/Y``, ``X (Y)``).

    Why: German writes a town beside its river or district to tell it from a bigger
    namesake (``Neustadt/Weinstraße``, ``Weil/Rhein``, ``Mülheim (Ruhr)``), and the
    gazetteer keeps that qualifier in the town's own name (``Mülheim an der Ruhr``); the
    bare first word had read the biggest namesake. Only a word the reading's name bears
    beyond the span's own words counts, so ``Dallas/Fort Worth`` (no Dallas called so)
    stays two cities. Cost: one token and a few name keys per span."""
    if span.n == 0 or span.j >= len(ctx.tokens):
        return frozenset()
    nxt = next_token(ctx.tokens, ctx.tokens[span.j])
    if nxt is None or nxt.gap_before.strip() not in ("/", "("):
        return frozenset()
    word = name_key(nxt.text)
    if not word or " " in word or len(word) < 3:
        return frozenset()
    own = name_key(span.text).split()
    out = set()
    for c in span.candidates:
        if c.kind != "city":
            continue
        words = name_key(c.name).split()
        if words[: len(own)] == own and word in words[len(own) :]:
            out.add(c.id)
    return frozenset(out)


def _unit_after(ctx: Context, span: Span) -> list[Candidate] | None:
    """The first-level unit named right after the town ``span`` behind a word of
    ``[places] inside_words`` (``X in Y province``, ``X in der Provinz Y``): Y's region
    readings, read as the Y of ``X, Y`` is (:func:`~geomap.geoparse._evidence.containers`),
    or None.

    Why: a writer names the province after a town where the town's name is ambiguous; the
    reading that province holds outranks a namesake elsewhere in the dateline's country,
    which otherwise takes the article's setting (its region focus, its proximity) by being
    the better-known town. Only first-level regions and islands, which must hold the
    reading (:func:`state_holds`); a town or a country after ``in`` says less. Cost: a few
    token look-ups and one bisection per ranked name."""
    lex = ctx.lex
    toks = ctx.tokens
    word = _apposed_town(ctx, span.j + 1)
    if not lex.inside_words or word >= len(toks) or toks[word].fold not in lex.inside_words:
        return None
    spans = ctx.spans
    # "in der Provinz Fujian": determiners and a unit's noun before the name, or the name
    # read with its unit's noun ("im Bundesstaat Baja California Sur"); a link word
    # after the noun ("in the state of Jalisco", session 31)
    for k in range(word + 1, min(word + 5, len(toks))):
        at = bisect_left(spans, k, key=lambda s: s.i)
        if at < len(spans) and spans[at].i == k:
            ks = [c for c in spans[at].candidates if c.kind in ("admin1", "island")]
            return ks or None
        f = toks[k].fold
        if not (
            f in lex.determiners
            or f in lex.unit_words
            or f in lex.name_links
            and toks[k - 1].fold in lex.unit_words
        ):
            return None
    return None


def _apposed_town(ctx: Context, word: int) -> int:
    """The index of the word after ``X, a town`` / ``X, ein Dorf`` (a comma, a determiner,
    at most two lower-case words and a settlement noun of ``[feature_heads] city``) that
    begins at token ``word``, or ``word`` itself where no such apposition does.

    Why: news places a small town by an apposition as often as by ``in`` right after it
    ("Police in X, a town in Y state, said"); the unit the apposition names holds the town
    as ``X in Y province`` does (:func:`_unit_after`). Cost: at most five token look-ups."""
    toks = ctx.tokens
    lex = ctx.lex
    if word >= len(toks) or toks[word].gap_before.strip() != ",":
        return word
    sentence = toks[word].sentence
    if toks[word].fold not in lex.determiners:
        return word
    nouns_capitalised = language_profile(ctx.lang).capitalises_nouns
    for k in range(word + 1, min(word + 4, len(toks))):
        t = toks[k]
        if t.sentence != sentence or t.gap_before.strip():
            return word
        if lex.feature_heads.get(t.fold) == "city":
            return k + 1
        # where the language writes its nouns lower-case, a capital word here is a name,
        # and the words are no apposition of a settlement noun (German capitalises nouns)
        if (t.is_cap and not nouns_capitalised) or t.fold in lex.inside_words:
            return word
    return word


def _shadowing(span: Span, own_name: frozenset[str], w: Any) -> dict[int, list[int]]:
    """For each town reading matched only through another name that is neither a
    spelling of its own name nor its first words ("Juliaca" among the other names of
    Juli; not "Furth" for Furth im Wald, nor "Hamm" for Hamm (Sieg)): the bigger towns of
    its country within ``Weights.shadow_km`` bearing the word as their whole own name
    (Juliaca), by their indices
    among the readings. Closeness to the
    article's other places (co-location, proximity, a listed region, the article's
    region context) then counts for the
    small town no more than for them (``rank_fresh``): GeoNames lists a merged village's
    or a neighbour's name among a town's names, and the town a reader knows by the word
    is the one bearing it. Empty where no reading is so shadowed."""
    key = span.key
    owners = {
        k.id
        for k in span.candidates
        if k.kind == "city" and k.id in own_name and name_key(k.name) == key
    }
    if not owners:
        return {}
    out: dict[int, list[int]] = {}
    for n, c in enumerate(span.candidates):
        # beside a town bearing the very word, only a close spelling is one ("Kalbe" is not
        # Calbe, "Oberviechtach" not Viechtach), as for the name-match penalty (``statics``)
        if c.kind != "city" or c.id in own_name or spelling_of(key, c.name, w.close_spelling_ratio):
            continue
        bigger = [
            i
            for i, k in enumerate(span.candidates)
            if k.id in owners
            and k.country_code == c.country_code
            and (k.population or 0) > (c.population or 0)
            and haversine_km(c.lat, c.lon, k.lat, k.lon) <= w.shadow_km
        ]
        if bigger:
            out[n] = bigger
    return out


def _fits_said(said: str, kind: str) -> bool:
    """A reading of ``kind`` is of the kind a name's first word says (a mountain's
    word fits its peaks)."""
    return kind == said or said == "mountain" and kind == "peak"


def _bare_region_floor(span: Span, base: Sequence[float], w: Any) -> float | None:
    """The best prior of a name's town readings when all of them are villages (below
    ``Weights.weak_population``): a region reading ahead of it keeps the name bare
    (``rank_fresh``); ``None`` where a town of the name is bigger."""
    towns = [(b, c) for b, c in zip(base, span.candidates, strict=True) if c.kind == "city"]
    if not towns or any((c.population or 0) >= w.weak_population for _, c in towns):
        return None
    return max(b for b, _ in towns)


def _bare_water_floor(ctx: Context, span: Span, base: Sequence[float], w: Any) -> float | None:
    """The best prior of a name's town readings where a lake or a river bears the name as its own
    or in the text's language (:func:`_water_named`) and every town of it is a village (below
    ``Weights.weak_population``) outside the text's home countries, and no place
    preposition stands right before the name ("in Onega" is the village): a water
    reading ahead of it keeps the name bare (issue 21, session 20: "Onega: ...", "Das
    Thema Drina ..."), as :func:`_bare_region_floor` keeps a region. A word that links a
    head to its name (``name_links``: "of", "von") is no setting of a town, though it is a
    place preposition: "the question of Ladoga", "the future of Thames" (session 29).
    ``None`` otherwise."""
    if not any(_water_named(ctx, span, c) for c in span.candidates):
        return None
    if _after_place_preposition(ctx, span):
        return None
    home = home_countries(ctx.lang)
    towns = [(b, c) for b, c in zip(base, span.candidates, strict=True) if c.kind == "city"]
    if not towns or any(
        (c.population or 0) >= w.weak_population or c.country_code in home for _, c in towns
    ):
        return None
    return max(b for b, _ in towns)


def _after_place_preposition(ctx: Context, span: Span) -> bool:
    """Whether a place preposition of the span's own sentence stands right before it
    ("in Evros", "an der Drina"): the setting of a town or a unit, not a bare name. A word
    that links a head to its name (``name_links``: "of", "von") does not count."""
    toks = ctx.tokens
    if span.i >= len(toks):
        return False
    prev = prev_token(toks, toks[span.i])
    return (
        prev is not None
        and prev.sentence == toks[span.i].sentence
        and prev.fold in ctx.lex.place_prepositions
        and prev.fold not in ctx.lex.name_links
    )


#: The kinds a second-level unit is named after when it bears their name and lies on them:
#: a river or lake running through it, a valley or landscape it covers.
_NAMESAKE_FEATURE_KINDS = kinds_where("names_units")


def _units_named_after(
    ctx: Context, span: Span, base: Sequence[float], w: Any
) -> tuple[float, frozenset[str]] | None:
    """A name whose readings are a river, lake or region bearing it as its own name or
    under a name a source tags in the text's language, and second-level units that lie
    on such a feature (:func:`_lies_on`) and so are named after it (the Clutha District
    on the Clutha, the Greek regional unit Evros on the Maritsa, a district of the Wakhan
    valley), villages outside the text's home countries aside: the best prior of the
    units and villages, and the features that lie under them (issue 21, session 32).
    A bare name with no place preposition before it ("Clutha: ...", "Das Thema Evros
    ...") is the feature as often as the unit, as :func:`_bare_water_floor` keeps a water
    against villages: the feature takes no penalty for the missing article and the
    priors decide. A place preposition before the name ("in Evros"), a unit word or a
    town's body after it ("the Rufiji district council", "Narmada officials said") keep
    the unit. ``None`` where no unit lies on a feature of the name, or a
    reading is a town of some size, a first-level region or a country."""
    features = [
        c
        for c in span.candidates
        if c.kind in _NAMESAKE_FEATURE_KINDS
        and (ctx.lang in c.matched_langs or normalize_name(c.name) == span.key)
    ]
    if not features:
        return None
    if _after_place_preposition(ctx, span):
        return None
    toks = ctx.tokens
    if span.i < len(toks):
        nxt = next_token(toks, toks[span.j]) if span.j < len(toks) else None
        if nxt is not None and (
            ctx.lex.feature_heads.get(nxt.fold) in ("admin1", "city")
            or nxt.fold in town_body_words(ctx.lang)
        ):
            return None  # "the Rufiji district council", "Narmada officials said"
    home = home_countries(ctx.lang)
    feature_ids = {c.id for c in features}
    floor: float | None = None
    under: set[str] = set()
    for b, c in zip(base, span.candidates, strict=True):
        if c.id in feature_ids:
            continue
        if c.kind == "admin2":
            on = [f.id for f in features if _lies_on(ctx, c, f)]
            if not on:
                return None
            under.update(on)
        elif (
            c.kind == "city"
            and (c.population or 0) < w.weak_population
            and (c.country_code not in home)
        ):
            pass
        elif c.kind in ARTICLE_KINDS - {"country"}:
            continue  # another feature of the name: left to the other cues
        else:
            return None
        floor = b if floor is None else max(floor, b)
    if floor is None or not any(c.kind == "admin2" for c in span.candidates):
        return None
    return floor, frozenset(under)


def _lies_on(ctx: Context, unit: Candidate, feature: Candidate) -> bool:
    """The unit lies on the feature: the feature's course or outline passes within the
    unit's radius of its point, or, where the gazetteer has no outline, the two areas
    (point and radius) overlap. A unit named like a river elsewhere is no unit named
    after it."""
    reach = unit.radius_km or 0.0
    geom = ctx.gaz.geometry(feature.id)
    if geom is not None and not geom.is_empty:
        return point_to_geometry(unit.lat, unit.lon, geom)[0] <= reach
    far = haversine_km(unit.lat, unit.lon, feature.lat, feature.lon)
    return far <= reach + (feature.radius_km or 0.0)


def _water_named(ctx: Context, span: Span, c: Candidate) -> bool:
    """``c`` is a lake or a river that bears the written name as its own or under a name
    a source tags in the text's language (not one it merely resembles)."""
    return c.kind in ("river", "lake") and (
        ctx.lang in c.matched_langs or normalize_name(c.name) == span.key
    )


def _biggest_town(span: Span) -> Candidate | None:
    """The best known town among a name's readings (the gazetteer's first, by its
    prominence), where it has two or more."""
    towns = [c for c in span.candidates if c.kind == "city"]
    return towns[0] if len(towns) > 1 else None


def _off_coast(big: Candidate, feature: Candidate, span: Span, w: Any) -> bool:
    """``feature`` is an island or a water of another country than the name's most
    populous town ``big`` and lies off that town's coast (``Weights.offshore_km``), while
    the name has smaller namesakes in the feature's country: the feature's country (as
    the article's focus or as the place named nearest) then says nothing between them,
    and a port facing a neighbour's island keeps its size."""
    return (
        feature.kind in OFFSHORE_KINDS
        and feature.country_code is not None
        and feature.country_code != big.country_code
        and any(
            c.kind == "city" and c.country_code == feature.country_code for c in span.candidates
        )
        and haversine_km(big.lat, big.lon, feature.lat, feature.lon) <= w.offshore_km
    )


def _hemisphere_pick(ctx: Context, ps: Pass, span: Span, own: Any) -> str | None:
    """The id of the line of latitude on the article's side of the equator, where a
    name's readings hold lines on both sides ("Polarkreis": the Arctic and the Antarctic
    Circle), else None. The side is the one holding more of the article's places (its
    anchors, and the countries of its focus by their votes): "in der Antarktis ... den
    Polarkreis" is the southern circle. Where the places say nothing, the northern line:
    news mostly means it ("Polarkreis" alone, as the gazetteer's name says)."""
    lines = [c for c in span.candidates if c.kind == "parallel" and c.lat != 0]
    if not any(c.lat > 0 for c in lines) or not any(c.lat < 0 for c in lines):
        return None
    side = 0.0
    if own is not None:
        side += float((own[:, 0] > 0).sum() - (own[:, 0] < 0).sum())
    own_votes = ps.focus_own.get(span.key, {})
    for cc, votes in ps.focus.items():
        country = ctx.gaz.country(cc) if cc else None
        weight = votes - own_votes.get(cc, 0)
        if country is not None and country.lat != 0 and weight > 0:
            side += weight if country.lat > 0 else -weight
    pick = max(lines, key=lambda c: c.lat) if side >= 0 else min(lines, key=lambda c: c.lat)
    return pick.id


def owns_article(ctx: Context, span: Span) -> bool:
    """The article before the name is the name's (:func:`has_determiner`), or, in a
    language that writes nouns in lower case, the lower-case word after the name is a
    verb in the past (lexicon ``past_verb_endings``, or one of ``past_verb_forms``: "The
    Rufiji burst its banks"), so no noun the name modifies: "the
    Loire flooded", "on the Amur worsened" (a river), as "the Ohio governor" is not."""
    toks = ctx.tokens
    if span.i >= len(toks):
        return False
    if has_determiner(ctx, span):
        return True
    endings, not_endings = past_verb_endings(ctx.lang)
    forms = past_verb_forms(ctx.lang)
    if not (endings or forms) or toks[span.i].start != span.start:
        return False
    prev = prev_token(toks, toks[span.i])
    if prev is None or prev.fold not in ctx.lex.determiners:
        return False
    nxt = next_token(toks, toks[span.j])
    return (
        nxt is not None
        and nxt.gap_before == " "
        and nxt.text.islower()
        and (
            nxt.fold in forms
            or len(nxt.fold) > 4
            and nxt.fold.endswith(endings)
            and not nxt.fold.endswith(not_endings)
        )
    )


def _outside_namesake_state(c: Candidate, states: Sequence[Candidate], w: Any) -> bool:
    """``c`` is a town of the country of one of ``states`` (first-level regions bearing
    its name) and lies in none of them (beyond ``Weights.region_slack`` times the radius
    of their area, and at least ``Weights.namesake_region_floor_km``): Florida, New York
    is not in Florida, Kherson lies in its oblast, a seat lies in its small municipality."""
    same = [k for k in states if k.country_code == c.country_code]
    return bool(same) and all(
        haversine_km(c.lat, c.lon, k.lat, k.lon)
        > max(w.region_slack * (k.radius_km or 0.0), w.namesake_region_floor_km)
        for k in same
    )


def _folded_towns(ctx: Context, span: Span) -> frozenset[str]:
    """The towns below ``Weights.small_town`` that ``span`` matches only through a
    spelling other than its own letters (accents or "ß" folded: "Strassburg" for
    "Straßburg"), where a city of ``small_town`` bears the very letters as a name the
    gazetteer tags with the text's language (an exonym: "Straßburg" in German). Empty
    where the text writes no such name."""
    w = ctx.weights
    surface = span.text
    if surface.isascii() or not any(
        c.kind == "city"
        and c.matched == surface
        and ctx.lang in c.matched_langs
        and (c.population or 0) >= w.small_town
        for c in span.candidates
    ):
        return frozenset()
    return frozenset(
        c.id
        for c in span.candidates
        if c.kind == "city" and (c.population or 0) < w.small_town and c.matched != surface
    )


def _folded_diacritics(span: Span, w: Any) -> frozenset[str]:
    """The towns and units below ``Weights.small_town`` that ``span`` matches only once
    a diacritic the text writes is folded away (``diacritic_mismatch``: "Pará" matching
    an Ivorian town and a Surinamese district "Para"), where another reading bears the
    name exactly as written (the Brazilian state): a writer who puts the accent means
    the place spelled with it. Empty for a name written in plain ASCII, or where no
    reading bears its letters."""
    written = span.base or span.text
    if written.isascii():
        return frozenset()
    folded = written.casefold()
    if not any((c.matched or "").casefold() == folded for c in span.candidates):
        return frozenset()
    return frozenset(
        c.id
        for c in span.candidates
        if c.kind in ("city", "admin1", "admin2")
        and (c.population or 0) < w.small_town
        and diacritic_mismatch(written, c.matched or "")
    )


#: The letters German writes with an umlaut (or as a sharp s) that plain ASCII folds away.
_UMLAUT_LETTERS = frozenset("äöüß")


def _umlauts_unwritten(ctx: Context, span: Span, w: Any) -> frozenset[str]:
    """German (a language that capitalises nouns and writes its umlauts): the towns below
    ``Weights.small_town`` whose own name writes an umlaut or ``ß`` where the text writes
    none ("Neuenbürg" for a written "Neuenburg", "Brück" for "Bruck"), where another
    reading bears the word as written: as its own name, as the head of its own name
    before a lower-case qualifier ("Neuenburg am Rhein", "Bruck an der Mur"), or under
    a name tagged in the text's language (the canton of Neuchâtel). A German writer who
    means the town with the umlaut writes it, so that town is the lesser match, as
    :func:`_folded_diacritics` is for a diacritic the text writes and a town lacks
    (session 25), unless it is ``Weights.exonym_ratio`` times bigger than every reading
    bearing the word as written (a hamlet "Duren" does not take the name from Düren).
    Empty for other languages, for a written word with an umlaut, and where no reading
    bears the word as written ("Fussen" stays Füssen)."""
    if not ctx.lex.profile.capitalises_nouns:
        return frozenset()
    written = span.base or span.text
    if _UMLAUT_LETTERS & set(written.casefold()):
        return frozenset()
    folded = written.casefold()

    def as_written(c: Candidate) -> bool:
        own = c.name.casefold()
        if own == folded or ctx.lang in c.matched_langs:
            return True
        head, _, rest = own.partition(f"{folded} ")
        return not head and rest[:1].isalpha() and rest[:1].islower()

    written_pop = max(((c.population or 0) for c in span.candidates if as_written(c)), default=-1)
    return frozenset(
        c.id
        for c in span.candidates
        if c.kind == "city"
        and (c.population or 0) < w.small_town
        and (c.population or 0) <= w.exonym_ratio * written_pop
        and _UMLAUT_LETTERS & set(c.name.casefold())
        and not as_written(c)
    )


def _unhyphened(span: Span, w: Any) -> frozenset[str]:
    """The town readings of a hyphened written name whose own names have no hyphen,
    where another town bears the name exactly as written (case aside): "Saint-Cloud"
    is the French town so named, not the Minnesota city "Saint Cloud" that GeoNames
    also lists so. Empty for a name without a hyphen."""
    written = span.text.casefold()
    if "-" not in written:
        return frozenset()
    exact = [
        c.population or 0
        for c in span.candidates
        if c.kind == "city" and c.name.casefold() == written
    ]
    if not exact:
        return frozenset()
    # ... unless vastly bigger than the town written so (an exonym's rule, ``exonym_ratio``)
    floor = w.exonym_ratio * max(max(exact), 1)
    return frozenset(
        c.id
        for c in span.candidates
        if c.kind == "city" and "-" not in c.name and (c.population or 0) < floor
    )


def _dwarfed(c: Candidate, cands: Sequence[Candidate], w: Any) -> bool:
    """``c`` is a town that a world city bearing the same name (a capital or a city of
    ``Weights.world_city``) in another country outnumbers ``Weights.dwarf_ratio`` times:
    the article's focus on the town's country does not make "Lima" the Ohio town in a
    Texan story."""
    if c.kind != "city":
        return False
    small = max(c.population or 0, 1)
    return any(
        k.kind == "city"
        and k.country_code != c.country_code
        and (k.feature_code == "PPLC" or (k.population or 0) >= w.world_city)
        and (k.population or 0) >= w.dwarf_ratio * small
        for k in cands
    )


def _beside_the_story(c: Candidate, km: Any, focus: Mapping[str | None, float], w: Any) -> bool:
    """``c`` is a town of a country the article's focus holds lying beside a place the
    article surely names: within ``Weights.dwarf_near_km``, a hamlet (under
    ``Weights.hamlet``) within ``Weights.hamlet_near_km``. A bigger city of its name
    abroad (``_dwarfed``, ``_outnumbered_abroad``) does not take the article's setting
    from it. "Police in Lima said" in a story on Texas is still Peru's capital (Lima,
    Ohio lies 1,500 km from the story's towns); "Perth, 20 km to the west" after two
    towns of eastern Ontario is the Ontario town, not Western Australia's capital; a
    hamlet named like a city abroad is read beside the story's own town only. The caller
    asks it only of a town bearing the word as its own name. ``km`` is
    the town's distance to the nearest of the article's surely read places
    (``min_km_many``), None without them."""
    if c.kind != "city" or km is None or not c.country_code:
        return False
    if focus.get(c.country_code, 0.0) <= 0.0:
        return False
    reach = w.hamlet_near_km if (c.population or 0) < w.hamlet else w.dwarf_near_km
    return float(km) <= reach


def _outnumbered_abroad(c: Candidate, cands: Sequence[Candidate], key: str, w: Any) -> bool:
    """``c`` is a town that a city of ``Weights.small_town`` or more in another country,
    bearing the word as its own name, outnumbers ``Weights.dwarf_ratio`` times: the
    article's setting (country focus, proximity, the place named before it) does not
    make "Brest" a Lower Saxon hamlet of 800 people in a story on Hamburg and Bremen,
    where the Belarusian or the French city is meant. ``_dwarfed`` asks this of world
    cities only; below them the namesake must bear the word as its own name (not
    Huntsville, which GeoNames also calls "Twickenham"), so a city known by another name
    abroad silences no town."""
    if c.kind != "city":
        return False
    small = max(c.population or 0, 1)
    return any(
        k.kind == "city"
        and k.country_code != c.country_code
        and name_key(k.name) == key
        and (k.population or 0) >= w.small_town
        and (k.population or 0) >= w.dwarf_ratio * small
        for k in cands
    )


def _foreign_units_beside_home_towns(
    ctx: Context, span: Span, home: frozenset[str]
) -> frozenset[str]:
    """The ids of the first-level units among the span's readings that lie outside the
    text's own countries (``home``, empty for a language whose lexicon does not set
    ``home_towns_first``) and bear the span's word as their own name, where a town of
    ``home`` bears it as its own name too and the text names nothing of the unit's
    country: no vote for it but the name's own, and no other name whose first reading
    lies there ("Cork und Limerick liegen in Munster"): "Munster" in German text beside
    Munster in Lower Saxony. Runs only for a name a home town bears."""
    if not home:
        return frozenset()
    key = span.key
    if not any(
        c.kind == "city" and c.country_code in home and name_key(c.name) == key
        for c in span.candidates
    ):
        return frozenset()
    own = ctx.focus_own.get(key, {})
    named = {cc for cc, v in ctx.focus.items() if v - own.get(cc, 0.0) > 0} | {
        s.candidates[0].country_code for s in ctx.spans if s.key != key and s.candidates
    }
    return frozenset(
        c.id
        for c in span.candidates
        if c.kind == "admin1"
        and c.country_code not in home
        and name_key(c.name) == key
        and c.country_code not in named
    )


def _short_form_of(
    c: Candidate, cands: Sequence[Candidate], key: str, home: frozenset[str], w: Any
) -> bool:
    """``c`` is a town named by the first words of its own name (a town "X am Rhein"
    called "X"), and a town of the text's own countries (``home_countries``: where its
    language is spoken, for a language whose lexicon sets ``home_towns_first``) bearing
    the word as its whole name is ``Weights.exonym_ratio`` times bigger: the word alone is
    that town's name to the text's readers, and the article's setting (country focus,
    proximity, the place named before it) does not make it the qualified one; its own
    region or county named near it, a container or co-location still do. English keeps
    the setting: its local papers shorten "X upon Y" to "X" beside a far bigger X abroad."""
    if c.kind != "city" or not (c.population or 0):
        return False
    own = name_key(c.name)
    if own == key or not own.startswith(key + " "):
        return False
    return any(
        k.kind == "city"
        and k.country_code in home
        and name_key(k.name) == key
        and (k.population or 0) >= w.exonym_ratio * (c.population or 0)
        for k in cands
    )


def one_sense(
    ctx: Context, chosen: Sequence[Decision], ranked: dict[int, Ranked]
) -> dict[int, Ranked]:
    """One sense per article: a name said several times means one place, the one
    its mentions together rank best (summed scores), except where a mention has its
    own container or region next to it ("Odessa im Bundesstaat Texas" in an article
    on Ukraine): that mention keeps its reading and has no say in the others'. (Letting
    such a reading settle the other mentions was tried: no gain on LGL or GeoWebNews,
    and wrong in the two-sense stories of the dev corpus, Odessa and Cartagena.)"""
    specific = ctx.memo.specific
    groups: dict[str, list[Decision]] = {}
    for d in chosen:
        groups.setdefault(d.span.key, []).append(d)
    out = dict(ranked)
    longer = _feature_by_last_words(chosen, ranked)
    for ds in groups.values():
        free = [d for d in ds if (d.span.start, ranked[id(d)][0][1].id) not in specific]
        kinded = _kind_settled(ctx, ds, ranked, longer.get(ds[0].span.key))
        if kinded is not None and free:
            # a mention a kind word settled ("the volcano X", "X began erupting") is the
            # best-evidenced reading of its name: the bare mentions follow it
            for d in free:
                r = ranked[id(d)]
                k = next((n for n, (_, c) in enumerate(r) if c.id == kinded), None)
                if k:
                    out[id(d)] = [r[k], *r[:k], *r[k + 1 :]]
            continue
        if len(free) < 2:
            continue
        total: dict[str, float] = defaultdict(float)
        for d in free:
            for sc, c in ranked[id(d)]:
                total[c.id] += sc
        best_id = min(total, key=lambda i: (-total[i], i))
        for d in free:
            r = ranked[id(d)]
            k = next((n for n, (_, c) in enumerate(r) if c.id == best_id), None)
            if k:
                out[id(d)] = [r[k], *r[:k], *r[k + 1 :]]
    return out


#: kinds a kind word may settle without deciding the name's bare mentions (the model's
#: administrative units and countries): "the <X> region" leaves a bare "<X>" the town,
#: "the <Y> state" the name to the ranker
_UNSETTLING_KINDS = kinds_where("admin_unit") | {"country"}


#: the kinds a name may bear that are no feature (a town, a state, a country, a region)
_NO_FEATURE_KINDS = BARE_KINDS | _UNSETTLING_KINDS


def _feature_by_last_words(
    chosen: Sequence[Decision], ranked: dict[int, Ranked]
) -> dict[str, set[str]]:
    """The features named with a word before their bare name ("Vulkan X", "der Stausee
    X"), by the key of the name's last words: a bare mention of those words may mean the
    same feature (:func:`one_sense`, where it must also be one of its readings)."""
    out: dict[str, set[str]] = {}
    for d in chosen:
        sp = d.span
        top = ranked[id(d)][0][1]
        if sp.n < 2 or top.kind in _NO_FEATURE_KINDS:
            continue
        rest = sp.text.split(None, 1)
        if len(rest) == 2:
            out.setdefault(normalize_name(rest[1]), set()).add(top.id)
    return out


def _kind_settled(
    ctx: Context,
    ds: Sequence[Decision],
    ranked: dict[int, Ranked],
    longer: set[str] | None = None,
) -> str | None:
    """The reading a word naming its kind settled for one of a name's mentions ("the
    volcano X", "X began erupting", "der Vulkan X"), when every such mention of the name
    agrees on it and it is no country or region: the best-evidenced sense of the name,
    which its bare mentions take (one sense per article, the bare ones' own sum
    notwithstanding: "Villarrica erupted ... 35 km east of Villarrica" is the volcano twice,
    though a town bears the name). None when no mention was so settled, or two disagree
    ("the town of X ... the X volcano" are two places). ``longer``: the features a
    longer name ending in this one names ("Vulkan X" for "X",
    :func:`_feature_by_last_words`), counted where they are a reading of the name."""
    specific = ctx.memo.specific
    got: set[str] = set()
    if longer:
        own = {c.id for c in ds[0].span.candidates}
        got |= longer & own
    for d in ds:
        if d.head_kind is None or d.head_kind in _UNSETTLING_KINDS:
            continue
        top = ranked[id(d)][0][1]
        if (d.span.start, top.id) in specific and (
            top.kind == d.head_kind or (d.head_kind == "mountain" and top.kind == "peak")
        ):
            got.add(top.id)
    return next(iter(got)) if len(got) == 1 else None


def reading(ctx: Context, ranked: Ranked) -> tuple[Candidate, float, tuple[Alternative, ...]]:
    """The best reading, its confidence and the alternatives (memoised by :func:`place`
    per reading list: repeated mentions share theirs)."""
    w = ctx.weights
    s0, best = ranked[0]
    s1 = ranked[1][0] if len(ranked) > 1 else s0 - w.lone_reading_gap
    conf = 1.0 / (1.0 + math.exp(-w.confidence_steepness * (s0 - s1)))
    conf = round(
        min(
            w.confidence_max,
            w.confidence_mix * conf
            + (1.0 - w.confidence_mix) * min(1.0, w.confidence_prior_base + best.prior),
        ),
        w.score_decimals,
    )
    seen = {best.id}
    alts: list[Alternative] = []
    for sc, c in ranked[1:]:
        if c.id in seen:
            continue
        seen.add(c.id)
        alts.append(
            Alternative(
                c.id, c.name, c.kind, c.country_code, c.lat, c.lon, round(sc, w.score_decimals)
            )
        )
        if len(alts) >= w.max_alternatives:
            break
    return best, conf, tuple(alts)


def place(ctx: Context, d: Decision, ranked: Ranked) -> Place:
    """The place a chosen mention names: its best reading, with confidence and
    alternatives."""
    span = d.span
    memo = ctx.memo.place
    got = memo.get(id(ranked))
    if got is None or got[0] is not ranked:
        best, conf, alts = reading(ctx, ranked)
        # what the place takes of the reading, once per reading list
        dec = ctx.weights.coordinate_decimals
        got = (ranked, best, conf, alts, round(best.lat, dec), round(best.lon, dec))
        memo[id(ranked)] = got
    _, best, conf, alts, lat, lon = got
    return Place(
        mention=span.text,
        start=span.start,
        end=span.end,
        sentence=ctx.tokens[span.i].sentence,
        name=best.name,
        kind=best.kind,
        country_code=best.country_code,
        lat=lat,
        lon=lon,
        id=best.id,
        source="gazetteer",
        confidence=conf,
        alternatives=alts,
    )
