"""Evidence around a mention: the cues acceptance and ranking weigh.

Feature heads ("the city of X", "die Hafenstadt X"), a noun after the name ("an Ohio
church"), determiners, containers ("Odessa, Texas"), lists ("Utah, Colorado, and
Idaho"), routes ("from X to Y"), county short forms, surnames, the places named near a
mention (local context), the regions an article names (region support) and the
co-location of the readings of different names. Each is a function of the
:class:`~geomap.geoparse._context.Context` and the spans asked about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeGuard

from gazetteer import Candidate
from gazetteer import normalize_name as normalize_key
from geomap.geometry import haversine_km, haversine_km_matrix
from geomap.geoparse._context import (
    Context,
    Decision,
    Ranked,
    name_key,
    next_token,
    prev_token,
)
from geomap.geoparse._mentions import Span, title_case_lines, title_case_sentences
from geomap.geoparse._weights import Weights
from geomap.geoparse._wordlists import (
    first_names,
    is_given_name,
    municipal_words,
    region_office_words,
    seat_region_words,
    team_words,
)
from geomap.lexicons import PlaceLexicon
from geomap.model import COAST_WATER_KINDS, KINDS, kind_info, kinds_where
from geomap.text import Token
from geomap.text import zipf as zipf_frequency

__all__: list[str] = []


# --- anchors: the places every reading is compared with ------------------------------------


class Anchors:
    """Anchor points of a pass, deduplicated, as arrays: ranking a span costs one
    vectorised distance, however long the article."""

    def __init__(self, points: Iterable[tuple[float, float, str]], decimals: int) -> None:
        import numpy as np

        uniq = sorted({(round(a, decimals), round(b, decimals), k) for a, b, k in points})
        self.arr = np.radians(np.array([(a, b) for a, b, _ in uniq], dtype=float).reshape(-1, 2))
        self.keys = np.array([k for _, _, k in uniq], dtype=object)

    def __len__(self) -> int:
        return len(self.keys)


def own_anchors(anchors: Anchors | None, key: str) -> Any:
    """The anchors not named ``key`` (a name does not support itself), or None."""
    if anchors is None or not len(anchors):
        return None
    own = anchors.arr[anchors.keys != key]
    return own if len(own) else None


def anchor_array(points: Sequence[tuple[float, ...]], decimals: int) -> Any:
    """Points as a numpy array of (lat, lon) in radians, duplicates (to ``decimals``)
    removed."""
    import numpy as np

    uniq = sorted({(round(a, decimals), round(b, decimals)) for a, b, *_ in points})
    return np.radians(np.array(uniq, dtype=float))


def min_km_many(cands: Sequence[Candidate], arr: Any) -> Any:
    """Smallest distance (km) from each candidate to the anchors (radians): one
    vectorised pass per name instead of one per reading."""
    import numpy as np

    lat = np.radians(np.fromiter((c.lat for c in cands), float, len(cands)))
    lon = np.radians(np.fromiter((c.lon for c in cands), float, len(cands)))
    return haversine_km_matrix(lat, lon, arr).min(axis=1)


def colocation(spans: Sequence[Span], w: Weights) -> dict[tuple[str, str], float]:
    """For each (name key, town or county reading) of an ambiguous name: how much the
    article's other names say it is right, by having a reading within
    ``Weights.colocate_km`` of it. Each other name counts 1/(its number of readings), so a
    name with readings everywhere (Springfield) says little and an unambiguous neighbour
    (Shakopee beside Jordan, Minnesota) says much."""
    import numpy as np

    by_key: dict[str, list[Candidate]] = {}
    for sp in spans:
        by_key.setdefault(sp.key, sp.candidates)
    if len(by_key) < 2:
        return {}
    rows: list[tuple[str, str]] = []
    row_pts: list[tuple[float, float]] = []
    row_owner: list[int] = []
    col_pts: list[tuple[float, float]] = []
    col_owner: list[int] = []
    row_cc: list[int] = []
    countries: dict[str, int] = {}
    weights: list[float] = []
    row_pop: list[int] = []
    big: dict[tuple[int, int], int] = {}  # (name, country): its biggest town or county there
    for n, (key, cands) in enumerate(by_key.items()):
        weights.append(1.0 / len(cands))
        for c in cands:
            if c.kind not in ("city", "admin2"):
                continue
            cc = countries.setdefault(c.country_code or "", len(countries))
            big[n, cc] = max(big.get((n, cc), 0), c.population or 0)
            col_pts.append((c.lat, c.lon))
            col_owner.append(n)
            if len(cands) > 1:  # only an ambiguous name needs the support
                rows.append((key, c.id))
                row_pts.append((c.lat, c.lon))
                row_owner.append(n)
                row_cc.append(cc)
                row_pop.append(c.population or 0)
    if not rows or len(set(col_owner)) < 2:
        return {}
    r = np.radians(np.array(row_pts))
    cols = np.radians(np.array(col_pts))
    near = haversine_km_matrix(r[:, 0], r[:, 1], cols) <= w.colocate_km
    owners = np.zeros((len(col_pts), len(weights)))
    owners[np.arange(len(col_pts)), col_owner] = 1.0
    by_owner = (near.astype(float) @ owners) > 0  # rows x names: some reading is near
    # names transplanted together (Manchester and Colchester lie close in Connecticut, far
    # apart in England): a pair near in one country, where both names bear bigger towns in
    # another, says the two names are in one country, not which; there the other name
    # supports the bigger reading too, so the country focus decides between the countries
    # and the co-location still between the namesakes of its country. A pair near only
    # where its towns are the bigger ones (Durham and Sunderland in England) keeps its say.
    by_owner |= _transplanted(by_owner, row_owner, row_cc, row_pop, big)
    by_owner[np.arange(len(rows)), row_owner] = False  # a name does not support itself
    support = np.minimum(1.0, by_owner @ np.array(weights))
    return {rows[i]: float(support[i]) for i in np.nonzero(support)[0]}


def _transplanted(
    near: Any,
    row_owner: Sequence[int],
    row_cc: Sequence[int],
    row_pop: Sequence[int],
    big: dict[tuple[int, int], int],
) -> Any:
    """Rows x names: the name supports the row's reading though no reading of it lies
    near, because the two names lie near only in another country where both are the
    smaller towns of known size (:func:`colocation`). Visits only the names some reading
    is near, each against the rows of one name (at most ``Weights.lookup_limit``)."""
    import numpy as np

    extra = np.zeros_like(near)
    rows_of: dict[int, list[int]] = {}
    for i, n in enumerate(row_owner):
        rows_of.setdefault(n, []).append(i)
    for j, b in zip(*np.nonzero(near), strict=True):
        a, x = row_owner[j], row_cc[j]
        for i in rows_of[a]:
            y = row_cc[i]
            if (
                y != x
                and not near[i, b]
                and (b, y) in big
                and row_pop[i] > row_pop[j] > 0  # a size unknown (Twickenham) says nothing
                and big[b, y] > big.get((b, x), 0) > 0
            ):
                extra[i, b] = True
    return extra


class RegionSupport:
    """Which candidates lie in a region the article names elsewhere, or hold a place it
    names: "Lebanon" and "Boone County" in one article are the Indiana town and county,
    though six states have a Boone County and as many a Lebanon. Containment is judged
    by distance to a region's point within its equal-area radius (times
    ``Weights.region_slack``; the index keeps no admin polygons). Every reading the
    look-up offers for the other names takes part: "Lebanon, Indiana" is only the fifth
    of the look-up's Lebanons."""

    def __init__(
        self,
        spans: Sequence[Span],
        sentence_of: Callable[[Span], int],
        w: Weights,
        named: Sequence[Span] = (),
    ) -> None:
        import numpy as np

        self.w = w
        regions: list[tuple[float, float, float, str, str, int]] = []
        places: list[tuple[float, float, str, int]] = []
        chosen = {id(s) for s in spans}
        for s in [*spans, *(n for n in named if id(n) not in chosen)]:
            sent = sentence_of(s)
            only_regions = id(s) not in chosen
            for c in s.candidates[: w.lookup_limit]:
                if c.kind in ("admin1", "admin2") and c.radius_km:
                    reach = c.radius_km * w.region_slack
                    regions.append((c.lat, c.lon, reach, s.key, c.kind, sent))
                elif c.kind == "city" and not only_regions and name_key(c.name) == s.key:
                    # a town lends its region support only under its own name: "Kashmir"
                    # is not Cashmere, Washington
                    places.append((c.lat, c.lon, s.key, sent))
        self._r = (
            (
                np.radians(np.array([r[:2] for r in regions], dtype=float)),
                np.array([r[2] for r in regions]),
                np.array([r[3] for r in regions], dtype=object),
                np.array([r[4] for r in regions], dtype=object),
                np.array([r[5] for r in regions]),
            )
            if regions
            else None
        )
        # per region, fixed for the article: its weight and whether it is a state
        self._r_weight = (
            np.where(self._r[3] == "admin2", w.county_support, 1.0) if self._r else None
        )
        self._r_admin1 = self._r[3] == "admin1" if self._r else None
        self._p = (
            (
                np.radians(np.array([q[:2] for q in places], dtype=float)),
                np.array([q[2] for q in places], dtype=object),
                np.array([q[3] for q in places]),
            )
            if places
            else None
        )
        self._hits: dict[tuple[str, str], tuple[tuple[int, float], ...]] = {}

    def support(self, c: Candidate, key: str, sentence: int, span: Span) -> float:
        """How strongly the article places ``c``: the weight of the best region holding it
        (or place it holds) named within ``support_sentences`` sentences (a county
        ``county_support``, anything else 1), times ``far_support`` when only farther away."""
        hits = self._hits.get((c.id, key))
        if hits is None:
            self._find(span.candidates, key)
            hits = self._hits[(c.id, key)]
        if not hits:
            return 0.0
        near = [w for h, w in hits if abs(h - sentence) <= self.w.support_sentences]
        if near:
            return max(near)
        return self.w.far_support * max(w for _, w in hits)

    def _find(self, cands: Sequence[Candidate], key: str) -> None:
        """For each candidate, the (sentence, weight) of each region that holds it or
        place it holds (one vectorised pass per name)."""
        import numpy as np

        county = self.w.county_support
        found: dict[str, set[tuple[int, float]]] = {c.id: set() for c in cands}
        inner = [c for c in cands if c.kind in ("city", "admin2")]
        if inner and self._r is not None:
            pts, radius, keys, _kinds, sents = self._r
            weights, admin1 = self._r_weight, self._r_admin1
            assert weights is not None and admin1 is not None  # set with self._r
            lat = np.radians([c.lat for c in inner])
            lon = np.radians([c.lon for c in inner])
            hit = (haversine_km_matrix(lat, lon, pts) <= radius[None, :]) & (keys != key)[None, :]
            # readings of one name mostly share their name: compare the region keys with
            # each distinct name once, not once per reading
            other: dict[str, Any] = {}
            for row, c in enumerate(inner):
                mask = hit[row] & admin1 if c.kind == "admin2" else hit[row]
                # a mention of the place itself is no region around it: "MEXICO CITY" (city
                # and federal entity) does not make "Mexico" the city
                own = name_key(c.name)
                not_own = other.get(own)
                if not_own is None:
                    not_own = other[own] = keys != own
                mask = mask & not_own
                if np.count_nonzero(mask):  # ndarray.any is a Python wrapper, 4x dearer
                    found[c.id].update(
                        zip(sents[mask].tolist(), weights[mask].tolist(), strict=True)
                    )
        outer = [c for c in cands if c.kind in ("admin1", "admin2") and c.radius_km]
        if outer and self._p is not None:
            ppts, pkeys, psents = self._p
            lat = np.radians([c.lat for c in outer])
            lon = np.radians([c.lon for c in outer])
            reach = np.array([(c.radius_km or 0.0) * self.w.region_slack for c in outer])
            hit = (haversine_km_matrix(lat, lon, ppts) <= reach[:, None]) & (pkeys != key)[None, :]
            cities = [c for c in cands if c.kind == "city"]
            for row, c in enumerate(outer):
                if np.count_nonzero(hit[row]):
                    wt = county if c.kind == "admin2" else 1.0
                    held = [(h, wt) for h in psents[hit[row]].tolist()]
                    found[c.id].update(held)
                    # a town in the province places the province's namesake city in it
                    # as much as the province ("Río Cuarto" and "Córdoba": the city, the
                    # capital, lies in Córdoba province too)
                    for city in cities:
                        if haversine_km(c.lat, c.lon, city.lat, city.lon) <= reach[row]:
                            found[city.id].update(held)
        for cid, got in found.items():
            self._hits[(cid, key)] = tuple(sorted(got))


@dataclass(frozen=True)
class RegionCue:
    """One piece of the article's evidence for a first-level region (state, Land,
    province): a region named or a place surely resolved in one, with its weight and the
    name that gave it (a name lends nothing to its own readings).

    A region named is a circle (``lat``, ``lon``, ``reach_km``: its point and equal-area
    radius, as for region support); a town surely read names its region by GeoNames'
    admin-1 code (``code``) and lies at ``lat``, ``lon``."""

    key: str
    country_code: str
    weight: float
    lat: float
    lon: float
    reach_km: float = 0.0
    code: str | None = None
    region_id: str | None = None


class RegionFocus:
    """The article's first-level region context: how much of what the article surely
    places lies in the region of each reading. An article on local news names its state
    once, in the dateline or an abbreviation ("Franklin, Tenn."), or not at all, and then
    only towns that exist in that state; a namesake there ("Lebanon", "Springfield",
    "Franklin County") is the one the article means, not a bigger one elsewhere. This is
    the country focus one level down, from the places ranking made sure of in the first
    pass: :meth:`shares` gives the weight of the cues (other names' only) that lie in a
    reading's region, over the weight of all cues plus ``prior`` (the weight of no region
    at all: one cue alone, perhaps a misread name, says less than several that agree).

    Containment without admin-1 polygons: a town reading is in a town cue's region when
    their GeoNames admin-1 codes agree, and in a named region when within its circle; a
    county reading lies in its state (``parent``), which holds the town cues inside its
    circle and is the region a region cue names. A first-level region's own reading takes
    no share, nor a city inside it that bears its name: it is named as itself, and the
    towns of a state say nothing for "Georgia" the state against the country, or for a
    division against its namesake capital ("Dhaka", "Québec"); either share lost on the
    dev corpora (German places, claims, events)."""

    # a feature without an area holds the towns this close to its point (an island's town,
    # a valley's village): the same place, not a namesake elsewhere
    same_place_km = 25.0

    def __init__(
        self,
        cues: Sequence[RegionCue],
        parent: Callable[[Candidate], Candidate | None],
        prior: float = 0.0,
    ) -> None:
        import numpy as np

        self.cues = tuple(cues)
        self.parent = parent
        self.prior = prior
        self.total = sum(c.weight for c in cues)
        self._pts = (
            np.radians(np.array([(c.lat, c.lon) for c in cues], dtype=float))
            if cues
            else np.zeros((0, 2))
        )
        self._reach = np.array([c.reach_km for c in cues], dtype=float)
        self._weight = np.array([c.weight for c in cues], dtype=float)
        self._keys = np.array([c.key for c in cues], dtype=object)
        self._cc = np.array([c.country_code for c in cues], dtype=object)
        self._is_code = np.array([c.code is not None for c in cues], dtype=bool)
        self._code = np.array([c.code or "" for c in cues], dtype=object)
        self._rid = np.array([c.region_id or "" for c in cues], dtype=object)
        self._memo: dict[tuple[str, str], tuple[float, ...]] = {}

    def __len__(self) -> int:
        return len(self.cues)

    def shares(self, cands: Sequence[Candidate], key: str) -> tuple[float, ...]:
        """For each reading of the name ``key``: the share of the article's region
        cues (other names' only) that lie in its region, of all cues and ``prior`` (0
        for readings other than towns and counties)."""
        memo_key = (key, ",".join(c.id for c in cands))
        got = self._memo.get(memo_key)
        if got is not None:
            return got
        import numpy as np

        out = [0.0] * len(cands)
        if self.total > 0 and len(cands) > 1:
            others = self._keys != key
            for n, c in enumerate(cands):
                if not c.country_code or c.kind not in ("city", "admin2"):
                    continue
                mask = others & (self._cc == c.country_code)
                if not np.count_nonzero(mask):  # ndarray.any is a Python wrapper
                    continue
                if c.kind == "admin2":
                    region = self.parent(c)
                    if region is None:
                        continue
                    km = haversine_km_matrix(
                        np.radians([region.lat]), np.radians([region.lon]), self._pts
                    )[0]
                    held = self._is_code & (km <= (region.radius_km or 0.0))
                    hit = mask & (held | (self._rid == region.id))
                else:
                    km = haversine_km_matrix(np.radians([c.lat]), np.radians([c.lon]), self._pts)[0]
                    by_code = self._is_code & (self._code == (c.admin1 or "\0"))
                    hit = mask & (by_code | (~self._is_code & (km <= self._reach)))
                if np.count_nonzero(hit):
                    out[n] = float(self._weight[hit].sum()) / (self.total + self.prior)
            # nor does a town at the place of another reading of its name, a first-level
            # region holding it or a feature where it lies: the cues tell namesakes in
            # different regions apart, never a region or an island, a valley, a mountain
            # from the town on it ("die Provinz Québec" is the province, "Dhaka" the
            # city, "Fehmarn" the island, as without them)
            for r in cands:
                if r.kind in ("city", "admin2"):
                    continue
                if r.kind == "admin1" and not r.radius_km:
                    continue
                reach = r.radius_km or self.same_place_km
                for n, c in enumerate(cands):
                    if (
                        out[n]
                        and c.kind in ("city", "admin2")
                        and (r.country_code is None or c.country_code == r.country_code)
                        and haversine_km(c.lat, c.lon, r.lat, r.lon) <= reach
                    ):
                        out[n] = 0.0
        got = tuple(out)
        self._memo[memo_key] = got
        return got


# --- cues around one mention ----------------------------------------------------------------


#: The waters a coast is named after ("the Pacific coast", "the Caribbean coast").
COAST_WATERS = COAST_WATER_KINDS


def island_in_name(ctx: Context, head: Token, kind: str) -> bool:
    """An island noun written with a capital in a language that writes nouns in lower
    case, and not first in its sentence, ends a name ("Long Island Sound", "Upland Island
    Wilderness") rather than naming the island after it ("the island of Rhodes")."""
    return (
        kind == "island"
        and head.is_cap
        and not head.sent_initial
        and not ctx.lex.profile.capitalises_nouns
    )


def head_kind(ctx: Context, span: Span) -> str | None:
    """The kind a feature head gives the name: before it ("die Hafenstadt Odessa",
    "the city of Buffalo") or in an apposition after it ("Georgia, a country of ...")."""
    toks, lex = ctx.tokens, ctx.lex
    if span.variant and span.base != span.text and span.base.endswith(lex.unit_suffixes):
        return "admin2"  # "Becker, Clay and Grant counties", "Platte Co."
    if span.start in ctx.short_forms:
        return "admin2"  # "DeKalb" in an article on DeKalb County
    t = toks[span.i]
    p = prev_token(toks, t)
    if p is not None:
        if p.fold in lex.name_links:
            pp = prev_token(toks, p)
            # "the capital of X" names X's seat, not X: the capital's head gives no kind
            # across the link (session 24: "the capital of Rio Grande do Sul")
            if pp is not None and pp.fold in lex.feature_heads and pp.fold not in lex.capital_heads:
                return lex.feature_heads[pp.fold]
        elif (
            p.fold in lex.feature_heads
            and t.gap_before in (" ", "-")
            and not island_in_name(ctx, p, lex.feature_heads[p.fold])
        ):
            return lex.feature_heads[p.fold]
    n = next_token(toks, toks[span.j])
    if p is not None and p.fold in lex.region_before and t.gap_before == " ":
        return "admin1"  # "upstate New York"
    if (
        n is not None
        and n.gap_before in (" ", "-")
        and n.fold in lex.region_after
        and not (n.fold in lex.border_words and any(c.kind == "country" for c in span.candidates))
    ):
        # "Washington state", "the New York border", "die Mopti-Region"; a border word
        # after a name that is also a country's ("the Mexico border", "the Georgia border"
        # after Russian troops, "the Somali border": Somalia's adjective is also an
        # Ethiopian region's name) names no unit: the ranking decides (session 30)
        return "admin1"
    if n is not None and n.gap_before in (" ", "-") and n.fold in lex.coast_words:
        # "the Pacific coast of X", "the Atlantic coast": a name before a coast word that
        # names a sea is the sea the coast faces, not a town named like it
        water = next((c.kind for c in span.candidates if c.kind in COAST_WATERS), None)
        if water is not None:
            return water
    if n is not None and n.gap_before.strip() == "," and n.fold in lex.determiners:
        nn = next_token(toks, n)
        if nn is not None and nn.fold in lex.feature_heads:
            clitic = next_token(toks, nn)
            if (
                lex.feature_heads[nn.fold] in _UNIT_OWNERS
                and clitic is not None
                and clitic.text in lex.profile.possessive_clitics
                and clitic.gap_before in ("'", "\u2019")
            ):
                # "X, the county's largest town": the unit word owns the apposition's
                # noun, it does not name X; the noun after it does (or nothing does)
                return _possessed_head(ctx, clitic)
            return lex.feature_heads[nn.fold]
    if (
        any(c.kind == "admin1" for c in span.candidates)
        and not any(c.kind == "country" for c in span.candidates)
        and _phrase_beside(ctx, span, *region_office_words(ctx.lang))
    ):
        # an office only a first-level region has ("the governor of Oaxaca", "der
        # Gouverneur von Puebla", "the Jalisco state legislature"): the state, not its
        # namesake capital; a country keeps its own rules ("the governor of Georgia's
        # central bank")
        return "admin1"
    if span.n > 1 and lex.feature_heads.get(toks[span.j].fold) == "river":
        # the name's own last word is the river word ("on the Tana River", "the Kasai
        # River"): a county or province named after the river ("Tana River" county) is
        # another thing than what the written name says, so the river reading that bears
        # the whole name is meant. Not where a town bears it too ("Pearl River", "Fall
        # River": towns of their own, left to the other cues), and a bay or a lake word
        # ends many town names ("Green Bay", "Salt Lake City"), so only the river word.
        whole = [c.kind for c in span.candidates if name_key(c.name) == span.key]
        unit_after = n is not None and lex.feature_heads.get(n.fold) in ("admin1", "admin2")
        if "river" in whole and "city" not in whole and not unit_after:
            return "river"  # "Tana River County" is the county
    return None


#: The kinds of owner word whose possessive does not say what the name is ("the county's
#: largest town"): the containers that hold a town (a country, a unit). An island owner
#: is left to the old reading ("Victoria, the island's main town" keeps the island cue that
#: finds the town on it); an island holds places but is no container kind.
_UNIT_OWNERS = kinds_where("contains_places")

#: How many words (adjectives, ordinals) may stand between a possessive and the noun it
#: owns in an apposition ("the region's second largest city").
_POSSESSED_REACH = 3


def _possessed_head(ctx: Context, clitic: Token) -> str | None:
    """The kind of the noun a possessive owns within a few words after it ("the county's
    largest town" -> city, "the province's capital" -> city), or None.

    Why: in "<X>, the county's largest town" the apposition's own noun is "town"; the
    feature word before the possessive is its owner, so taking it as the name's kind
    made the town the namesake county. Bounded: at most ``_POSSESSED_REACH`` words."""
    toks, lex = ctx.tokens, ctx.lex
    t: Token | None = clitic
    for _ in range(_POSSESSED_REACH + 1):
        t = next_token(toks, t) if t is not None else None
        if t is None or t.gap_before != " ":
            return None
        if t.fold in lex.feature_heads:
            return lex.feature_heads[t.fold]
    return None


def municipal(ctx: Context, span: Span) -> bool:
    """A word only a municipality has stands by the name (lexicon ``[municipal_words]``):
    after it ("the Jordan City Council", "Lebanon High School") or before it with a link
    ("the mayor of Palestine", "der Bürgermeister von Jordan"). A country or a state has
    no city council or mayor of its own name: the name is a town. The phrases are looked
    up by the word next to the name, so a mention costs one look-up either side."""
    return _phrase_beside(ctx, span, *municipal_words(ctx.lang))


def seat_region_cue(ctx: Context, span: Span) -> bool:
    """A word names the municipality as a region (lexicon ``[seat_region_words]``: "the
    municipality of Piran", "the Kranj municipality", "die Gemeinde Budva"): where a small
    first-level region bears its seat town's name, it is the region meant, not the town
    (``_rank.statics``). One look-up either side, as :func:`municipal`."""
    return _phrase_beside(ctx, span, *seat_region_words(ctx.lang))


def _phrase_beside(
    ctx: Context,
    span: Span,
    after: dict[str, tuple[tuple[str, ...], ...]],
    before: dict[str, tuple[tuple[str, ...], ...]],
) -> bool:
    """One of the phrases stands right after the name or right before it, keyed by the
    word next to the name (:func:`~geomap.geoparse._wordlists.municipal_words`)."""
    toks = ctx.tokens
    if span.i >= len(toks) or span.j >= len(toks):
        return False
    nxt = next_token(toks, toks[span.j])
    if nxt is not None and nxt.gap_before == " ":
        for phrase in after.get(nxt.fold, ()):
            t: Token | None = nxt
            for word in phrase[1:]:
                t = next_token(toks, t) if t is not None else None
                if t is None or t.gap_before != " " or t.fold != word:
                    break
            else:
                return True
    first = toks[span.i]
    prv = prev_token(toks, first)
    if prv is not None and first.gap_before == " ":
        for phrase in before.get(prv.fold, ()):
            t = prv
            for word in reversed(phrase[:-1]):
                gap = t.gap_before if t is not None else ""
                t = prev_token(toks, t) if t is not None else None
                if t is None or gap != " " or t.fold != word:
                    break
            else:
                return True
    return False


def municipal_names(ctx: Context) -> frozenset[str]:
    """The names (keys) a municipal word marks as a town at one of their mentions
    (:func:`municipal`): one sense per article, so "the Jordan City Council" makes every
    "Jordan" of the story the town. Found once per analysis, one look per span."""
    got = ctx.memo.municipal_names
    if got is None:
        got = ctx.memo.municipal_names = frozenset(
            s.key for s in (*ctx.spans, *ctx.repeats) if municipal(ctx, s)
        )
    return got


def team_names(ctx: Context) -> frozenset[str]:
    """The names (keys) standing in a sports team's name at one of their mentions
    (:func:`team_name`) that a city of ``Weights.major_city`` bears as its own: one sense
    per article, so "the Portland Trail Blazers ... a loss to Portland" is the team's
    city at both. A name no big city bears is left to the story's setting: local teams
    ("the Connecticut Piranhas", "Burton Albion" in an English story) play where the
    story is. Found once per analysis."""
    got = ctx.memo.team_names
    if got is None:
        before, after, _ = team_words(ctx.lang)
        big = ctx.weights.major_city
        got = ctx.memo.team_names = frozenset(
            s.key
            for s in (*ctx.spans, *ctx.repeats)
            if (before or after)
            and any(
                c.kind == "city" and (c.population or 0) >= big and name_key(c.name) == s.key
                for c in s.candidates
            )
            and team_name(ctx, s)
        )
    return got


def sports_story(ctx: Context) -> bool:
    """The story is about sport: it uses ``Weights.sport_words`` different words of the
    lexicon's ``[team_words] sport``. Found once per analysis."""
    got = ctx.memo.sports_story
    if got is None:
        sport = team_words(ctx.lang)[2]
        seen: set[str] = set()
        for t in ctx.tokens:
            if t.fold in sport:
                seen.add(t.fold)
                if len(seen) >= ctx.weights.sport_words:
                    break
        got = ctx.memo.sports_story = len(seen) >= ctx.weights.sport_words
    return got


def title_cased(ctx: Context, sentence: int) -> bool:
    """The sentence is written in title case, as English headlines are ("Storm Leaves
    Thousands Without Power in Ohio"): only function words of the language are in lower
    case and at least ``Weights.title_case_words`` words after the first are capitalised
    though they are common words (Zipf ``Weights.title_word_zipf`` or more in lower
    case). There a capital marks no name, so a capitalised neighbour is no evidence of a
    longer name and capitalisation no cue for a place. Only where capitals mark names
    (English); the sentences are found in one pass over the tokens, once per analysis."""
    got = ctx.memo.title_case
    if got is None:
        w = ctx.weights
        got = ctx.memo.title_case = title_case_sentences(
            ctx.tokens, ctx.lex, w.title_word_zipf, w.title_case_words
        )
    return sentence in got


#: The most characters between a dateline's place and the first word of its lede (", May
#: 3 (Reuters) - ": a date and an agency in brackets).
_LEDE_GAP_MAX = 40

#: The dashes that end a dateline before its lede ("MUNICH - Police ...").
_DATELINE_DASHES = frozenset("-–—")


def opens_lede(ctx: Context, token: Token) -> bool:
    """The token is the first word of the lede after the dateline ("MUNICH - Police in
    Freising said ...", "NAIROBI, May 3 (Reuters) - Salt prices ..."): a dash ends the
    gap before it, within ``_LEDE_GAP_MAX`` characters of the dateline's place and in its
    sentence, and no word before it since the place follows such a dash. Capitalised for
    its position, as a sentence's first word is (session 29)."""
    h = ctx.doc.header
    end = h.dateline_end
    if end is None or not end < token.start <= end + _LEDE_GAP_MAX:
        return False
    gap = token.gap_before.strip()
    if not gap or gap[-1] not in _DATELINE_DASHES:
        return False
    for k in range(token.i - 1, -1, -1):
        t = ctx.tokens[k]
        if t.end <= end or t.sentence != token.sentence:
            return t.sentence == token.sentence
        if t.gap_before.strip()[-1:] in _DATELINE_DASHES:
            return False
    return False


def on_title_cased_line(ctx: Context, token: Token) -> bool:
    """The token stands on a line written in title case (``_mentions.title_case_lines``:
    a headline above its body with no full stop between, "Why Bark Matters\\nThe council
    met ..."); computed once per analysis, like :func:`title_cased`."""
    got = ctx.memo.title_lines
    if got is None:
        w = ctx.weights
        got = ctx.memo.title_lines = title_case_lines(
            ctx.tokens, ctx.lex, w.title_word_zipf, w.title_case_words
        )
    return token.i in got


def team_name(ctx: Context, span: Span) -> bool:
    """The name stands in a sports team's name (lexicon ``[team_words]``): after a club
    word ("FC Barcelona", "Olympique Lyon"), before one ("Leeds United"), or, in a story
    about sport (:func:`sports_story`), before a nickname: capitalised words that are no
    place, no common noun of the language, no person's given name, no organisation's
    word and, where capitals mark names rather than nouns, end in a plural ("the Melbourne
    Rebels", "the Portland Trail Blazers", "die Brisbane Broncos", "Melbourne
    Victory"). A team is named after its city, the best known place of the name
    (``_rank``)."""
    from geomap.geoparse._wordlists import common_nouns

    toks, lex = ctx.tokens, ctx.lex
    if span.i >= len(toks) or span.j >= len(toks):
        return False
    before, after, _ = team_words(ctx.lang)
    first = toks[span.i]
    p = prev_token(toks, first)
    if (
        p is not None
        and first.gap_before == " "
        and p.fold in before
        and (p.is_cap or p.is_upper)
        and not (
            p.sent_initial and zipf_frequency(p.fold, ctx.lang) >= ctx.weights.common_word_zipf
        )
    ):
        return True
    n = next_token(toks, toks[span.j])
    if n is None or n.gap_before != " " or not n.is_cap:
        return False
    if n.fold in after:
        return True
    nn = next_token(toks, n)
    longer = nn is not None and nn.gap_before == " " and nn.is_cap
    if n.fold in lex.street_suffixes and not longer:
        return False  # "Portland Road"
    if n.text in first_names() and longer:
        return False  # "in Brisbane Anna Smith said"; not "the Melbourne Storm"
    if not (
        not n.is_upper
        and n.sentence == first.sentence
        and n.i not in ctx.single_tokens
        and n.i not in ctx.person_idx
        and ctx.single_kind.get(n.i) not in ("country", "admin1", "admin2")
        and n.fold not in lex.not_names
        and n.fold not in lex.and_words
        and n.fold not in lex.place_prepositions
        and n.fold not in lex.unit_heads
        and n.text not in common_nouns(ctx.lang)
        and sports_story(ctx)
    ):
        return False
    # the nickname: up to three capitalised words, none an organisation's word ("the
    # Paris Public Library"); where capitals mark names, not nouns (English), the last a
    # plural ("Wildcats", "Trail Blazers"): a singular there is mostly a longer name
    run = [n]
    while len(run) < _NICKNAME_WORDS:
        t = next_token(toks, run[-1])
        if t is None or t.gap_before != " " or not t.is_cap or t.is_upper:
            break
        run.append(t)
    if any(t.fold in lex.org_suffixes for t in run):
        return False
    last = run[-1].fold
    return lex.profile.capitalises_nouns or (
        len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "'s", "\u2019s"))
    )


#: A team's nickname after its city's name is at most this many capitalised words
#: ("Trail Blazers", "Red Sox").
_NICKNAME_WORDS = 3


def _adjective_token(ctx: Context, span: Span) -> int:
    """The token where a place adjective before the name would end ("im finnischen X",
    "in der ostpolnischen Stadt X" through the head, "the Austrian resort of X"), or -1."""
    if not ctx.adjectives or span.i >= len(ctx.tokens):
        return -1
    toks = ctx.tokens
    k = span.i - 1
    if k >= 0 and toks[k].fold in ctx.lex.feature_heads:
        k -= 1  # "der ostpolnischen Stadt X"
    elif (
        k >= 1 and toks[k].fold in ctx.lex.name_links and toks[k - 1].fold in ctx.lex.feature_heads
    ):
        k -= 2  # "the Austrian resort of X"
    if k < 0 or toks[k].sentence != toks[span.i].sentence:
        return -1
    return k


#: How far a town may lie from the point of the region its adjective names ("im
#: brandenburgischen Frankfurt" is Frankfurt (Oder), 130 km from Brandenburg's point;
#: the events' place code uses the same reach).
ADJECTIVE_REGION_REACH_KM = 300.0


def adjective_region_pick(ctx: Context, span: Span) -> str | None:
    """The reading a region's adjective right before the name points to ("im
    westfälischen X", "im hessischen X", "the Bavarian town of X"): of the name's
    readings that are no region themselves, the one nearest the region's point, within
    ``ADJECTIVE_REGION_REACH_KM``; None without such an adjective or reading. A country's
    adjective is ``adjective_country``'s."""
    k = _adjective_token(ctx, span)
    ref = ctx.adjective_region.get(k) if k >= 0 else None
    region = ctx.gaz.get(ref) if ref is not None else None
    if region is None or region.kind == "country":
        return None
    best: tuple[float, str] | None = None
    for c in span.candidates:
        if c.kind in ("country", "admin1", "admin2") or c.country_code != region.country_code:
            continue
        km = haversine_km(c.lat, c.lon, region.lat, region.lon)
        if km <= ADJECTIVE_REGION_REACH_KM and (best is None or km < best[0]):
            best = (km, c.id)
    return best[1] if best is not None else None


def adjective_country(ctx: Context, span: Span) -> str | None:
    """The country of a place adjective right before the name ("im finnischen X",
    "in der ostpolnischen Stadt X" through the head, "the Austrian resort of X") when
    some reading of the name lies in it, else None."""
    k = _adjective_token(ctx, span)
    if k < 0:
        return None
    cc = ctx.adjective_country.get(k)
    if cc is None or not any(c.country_code == cc for c in span.candidates):
        return None
    return cc


def _home_body_head(ctx: Context, word: str) -> bool:
    """``word`` names a body that acts in its own country (``home_body_heads``), or, in a
    language that writes compounds as one word, ends in such a head ("Kantonspolizei")."""
    heads = ctx.lex.home_body_heads
    if word in heads:
        return True
    if not ctx.lex.profile.capitalises_nouns:
        return False
    return any(word.endswith(h) and len(word) > len(h) + 2 for h in heads)


def home_body_country(ctx: Context, span: Span) -> str | None:
    """The country of a country's adjective before a head naming a body that acts at home
    and a place preposition ("die Schweizer Polizei in X", "the Austrian police in X",
    "die polnischen Behörden in X") when some reading of the name lies in it, else None.
    A police, a court or a government works in its own country, so the name after it is
    a place there; a body that serves abroad (an embassy, troops) is not a head, and a
    region's adjective is left to ``adjective_region_pick``'s narrower frame."""
    lex = ctx.lex
    if not lex.home_body_heads or not ctx.adjectives or span.i < 3 or span.i >= len(ctx.tokens):
        return None
    toks = ctx.tokens
    prep, head, adj = toks[span.i - 1], toks[span.i - 2], toks[span.i - 3]
    if (
        prep.fold not in lex.home_body_prepositions
        or adj.sentence != toks[span.i].sentence
        or not _home_body_head(ctx, head.fold)
    ):
        return None
    cc = ctx.state_adjective.get(adj.i)
    if cc is None or not any(c.country_code == cc for c in span.candidates):
        return None
    if any(c.kind == "country" for c in span.candidates):
        return None  # "Italian police in San Marino": a state is no town of another
    return cc


def capital_of_other_country(ctx: Context, span: Span) -> bool:
    """The name follows a country's adjective and a head naming a seat of government
    ("in der senegalesischen Hauptstadt X", "the Senegalese capital of X") while none of
    its readings lies in that country: a capital lies in its own country, so the word is
    no place there (a plural noun, a name the gazetteer lacks). A region's adjective
    ("the Kurdish capital") names no state and is left alone."""
    capitals = ctx.lex.capital_heads
    k = _adjective_token(ctx, span)
    if not capitals or k < 0 or k + 1 >= span.i or ctx.tokens[k + 1].fold not in capitals:
        return False
    cc = ctx.state_adjective.get(k)
    return cc is not None and not any(c.country_code == cc for c in span.candidates)


def modifies_noun(ctx: Context, span: Span) -> bool:
    """The name stands before a lower-case noun ("an Ohio church", "the Texas
    governor"), before a possessive clitic ("'s", where the language has one) or, in a
    language that does not capitalise its nouns, before another capitalised word ("the
    Ohio Supreme Court"): the article before it is not the name's."""
    toks, lex = ctx.tokens, ctx.lex
    if span.j >= len(toks) or span.i >= len(toks):
        return False
    nxt = next_token(toks, toks[span.j])
    if nxt is not None:
        profile = lex.profile
        if nxt.text in profile.possessive_clitics and nxt.gap_before in ("'", "\u2019"):
            return True  # "that Ohio's method": a possessive name is no river's
        if (
            not profile.capitalises_nouns
            and nxt.gap_before == " "
            and nxt.is_cap
            and nxt.fold not in lex.and_words
        ):
            return True  # "the Ohio Supreme Court": the article is the longer name's
    return (
        nxt is not None
        and not lex.profile.capitalises_nouns
        and nxt.gap_before == " "
        and nxt.text.islower()
        and nxt.fold not in lex.name_connectors
        and nxt.fold not in lex.and_words
        and nxt.fold not in lex.place_prepositions
        and nxt.fold not in lex.determiners
        and zipf_frequency(nxt.fold, ctx.lang) < ctx.weights.function_word_zipf
    )


def noun_phrase_before(ctx: Context, prev: Token) -> bool:
    """German: an article (``der Rauch``, ``einen Kran``) or an article and an inflected
    adjective (``in einer alten Halle``, ``das Rote Kreuz``) right before the word. Town
    names take neither."""
    if prev.fold in ctx.lex.determiners:
        return True
    if prev.fold.endswith(("e", "en", "em", "er", "es")) and (
        prev.text.islower() or prev.is_cap and not prev.sent_initial and not prev.is_upper
    ):
        # "in einer alten Halle"; capitalised in a name: "das Rote Kreuz"
        pp = prev_token(ctx.tokens, prev)
        return pp is not None and pp.fold in ctx.lex.determiners
    return False


def has_determiner(ctx: Context, span: Span) -> bool:
    """A determiner stands right before the name and belongs to it (not to a noun the
    name modifies): "the Niger", "an der Narva"."""
    toks = ctx.tokens
    prev = prev_token(toks, toks[span.i]) if span.i < len(toks) else None
    return span.with_determiner or (
        prev is not None
        and prev.fold in ctx.lex.determiners
        and toks[span.i].start == span.start
        and not modifies_noun(ctx, span)
    )


def cues(ctx: Context, span: Span) -> tuple[object, ...]:
    """What a mention's decision reads around it, in short: the surface, the words
    right before and after it in its sentence and the gaps to them."""
    toks = ctx.tokens
    first, last = toks[span.i], toks[span.j]
    prev, nxt = prev_token(toks, first), next_token(toks, last)
    pp = prev_token(toks, prev) if prev is not None else None
    return (
        span.key,
        span.text,
        span.base,
        span.variant,
        span.n,
        first.gap_before,
        first.sent_initial,
        prev.fold if prev is not None else None,
        prev.is_cap if prev is not None else None,
        pp.fold if pp is not None else None,
        nxt.fold if nxt is not None else None,
        nxt.gap_before if nxt is not None else None,
        nxt.is_cap if nxt is not None else None,
    )


# --- cues between mentions -----------------------------------------------------------------


def containers(
    ctx: Context, chosen: Sequence[Span]
) -> tuple[dict[int, list[Candidate]], dict[int, list[Candidate]]]:
    """``X, Y`` where Y is a region or country: Y's readings keyed by X's last token, and
    X's readings keyed by Y's first token (the contents a container holds)."""
    toks = ctx.tokens
    by_first = {s.i: s for s in chosen}
    joins = ctx.lex.and_words | ctx.lex.or_words
    out: dict[int, list[Candidate]] = {}
    contents: dict[int, list[Candidate]] = {}

    def listed_on(y: Span) -> bool:
        # "stops in Washington, New York and Boston": a list of places, not a town and
        # its state
        k = y.j + 1
        if k < len(toks) and toks[k].fold in joins:
            return k + 1 in by_first
        return k < len(toks) and toks[k].gap_before.strip() == "," and k in by_first

    for s in chosen:
        nxt = s.j + 1
        if nxt < len(toks) and toks[nxt].gap_before.strip() == "," and nxt in by_first:
            y = by_first[nxt]
            xs = {c.id for c in s.candidates}
            ks = [
                c
                for c in y.candidates
                if c.kind in ("country", "admin2")
                or c.kind in ("admin1", "island")
                and not listed_on(y)
                or c.id in xs  # "Washington, D.C.": Y restates one of X's places
            ]
            if ks:
                out[s.j] = ks
                contents[nxt] = s.candidates
    return out, contents


def state_holds(region: Candidate, readings: Sequence[Candidate], w: Weights) -> str | None:
    """The id of the reading of X that the first-level region or island Y of "X, Y"
    holds ("San Fernando, Trinidad"), or None.

    Towns carry their GeoNames admin-1 code ("ME"), regions their English name ("Maine"),
    so the index cannot tell which state holds a town by name; it is judged by distance:
    the reading of the region's country nearest to the region's point, where it lies
    within ``Weights.container_reach`` times the radius of the region's area (a state's
    equal-area circle leaves out the ends of a long one: Tennessee's west, Florida's
    panhandle). Only the nearest, so a namesake in the neighbouring state gets nothing;
    where the region holds another town of the name under the nearest one's admin-1 code
    at least twice its size, that one (a writer naming the region of the smaller one
    names its district too: "X, a town in Y region" is the town a reader of Y knows)."""
    if region.kind not in ("admin1", "island") or not region.radius_km or not region.country_code:
        return None
    reach = w.container_reach * region.radius_km
    best: tuple[float, Candidate] | None = None
    inside: list[Candidate] = []
    for c in readings:
        if c.kind not in ("city", "admin2") or c.country_code != region.country_code:
            continue
        km = haversine_km(c.lat, c.lon, region.lat, region.lon)
        if km <= reach:
            inside.append(c)
        if best is None or km < best[0]:
            best = (km, c)
    if best is None or best[0] > reach:
        return None
    near = best[1]
    if near.kind != "city" or near.admin1 is None:
        return near.id
    peers = [c for c in inside if c.kind == "city" and c.admin1 == near.admin1]
    big = max(peers, key=lambda c: (c.population or 0, c is near))
    # of two towns of like size the nearest stays: the sizes tell them apart no better
    return big.id if (big.population or 0) >= 2 * (near.population or 0) else near.id


def holds(contents: dict[int, list[Candidate]], c: Candidate, span: Span) -> bool:
    """``span`` is the Y of "X, Y" and ``c`` (a region or country) holds one of X's
    readings: "Tacoma, Washington" is the state, "Tbilisi, Georgia" the country."""
    xs = contents.get(span.i)
    if not xs or c.kind not in ("admin1", "admin2", "country"):
        return False
    for x in xs:
        # a country lies in no region or other country: "In Peru, Cusco ..." is no
        # "Tacoma, Washington", so the country's point says nothing of the region
        if x.country_code != c.country_code or x.id == c.id or x.kind == "country":
            continue
        if c.kind == "country":
            return True
        if c.radius_km and haversine_km(x.lat, x.lon, c.lat, c.lon) <= c.radius_km:
            return True
    return False


def lists(
    ctx: Context, chosen: Sequence[Decision], ranked: dict[int, Ranked]
) -> tuple[dict[int, set[str]], dict[int, frozenset[tuple[str, str]]]]:
    """Lists of names joined by commas and a final "and"/"or" ("Utah, Colorado, and
    Idaho", "California or Washington", "an Elbe und Saale"): for each member, the kinds
    (admin-1 region, country, river, lake, mountain or island) its other members surely
    are, and the first-level regions (country, admin-1 code) of the towns among them read
    as surely as a region cue
    (``Weights.region_cue_margin``), keyed by span start. A list holds names of
    one kind, so "Washington" among states is the state, and towns listed together lie
    together: "Boston and Lincoln" is Lincoln, Massachusetts, not the bigger namesake
    (the two ends of a route, "between X and Y", are no such list)."""
    toks = ctx.tokens
    lex = ctx.lex
    joins = lex.and_words | lex.or_words
    margin = ctx.weights.list_kind_margin
    sure: dict[int, str] = {}
    sure_region: dict[int, tuple[str, str]] = {}
    for d in chosen:
        r = ranked[id(d)]
        top = r[0][1]
        # only the kind needs to be sure: the best reading of another kind is behind
        other = next((sc for sc, c in r if c.kind != top.kind), None)
        if kind_info(top.kind).list_family and (other is None or r[0][0] - other > margin):
            sure[id(d)] = top.kind
        elif (
            top.kind == "city"
            and top.country_code
            and top.admin1
            and (len(r) == 1 or r[0][0] - r[1][0] > ctx.weights.region_cue_margin)
        ):
            sure_region[id(d)] = (top.country_code, top.admin1)
    out: dict[int, set[str]] = {}
    regions: dict[int, frozenset[tuple[str, str]]] = {}
    chain: list[Decision] = []
    has_join = False

    def joined_on(d: Decision) -> bool:
        # "Elbe, Saale und Unstrut": the list goes on with a name the gazetteer lacks
        # (or one not read), so the names before it are listed all the same (session 31)
        j = next_token(toks, toks[d.span.j]) if d.span.j < len(toks) else None
        n = next_token(toks, j) if j is not None and j.fold in joins else None
        return n is not None and n.is_cap and not n.sent_initial and n.gap_before == " "

    def close() -> None:
        if (has_join or len(chain) > 1 and joined_on(chain[-1])) and len(chain) > 1:
            first = toks[chain[0].span.i]
            before = prev_token(toks, first)
            route = before is not None and (
                before.fold in lex.between_words or before.fold in lex.route_words
            )
            for d in chain:
                # the kinds of the family a mate surely is of (a summit and a range)
                families = {
                    KINDS[sure[id(e)]].list_family for e in chain if e is not d and id(e) in sure
                }
                kinds = {k for k, info in KINDS.items() if info.list_family in families}
                if kinds:
                    out[d.span.start] = kinds
                held = {sure_region[id(e)] for e in chain if e is not d and id(e) in sure_region}
                if held and not route:
                    regions[d.span.start] = frozenset(held)
            if not route and not any(id(e) in sure_region for e in chain):
                # no member sure of its region: the one first-level region that holds a
                # town reading of every member ("Springfield, Decatur and Peoria" share
                # only Illinois) is where the list lies; two or more such regions say
                # nothing ("Richmond and Lexington": Virginia or Kentucky)
                shared = _shared_region(chain)
                if shared is not None:
                    for d in chain:
                        regions.setdefault(d.span.start, frozenset({shared}))

    for d in chosen:
        if chain:
            prev = chain[-1]
            between = toks[prev.span.j + 1 : d.span.i]
            gap = toks[d.span.i].gap_before.strip() if d.span.i < len(toks) else ""
            if not between and gap == "," and toks[prev.span.j].sentence == toks[d.span.i].sentence:
                chain.append(d)
                continue
            if (
                len(between) == 1
                and between[0].fold in joins
                and between[0].gap_before.strip() in ("", ",")
                and gap == ""
            ):
                chain.append(d)
                has_join = True
                continue
            close()
        chain, has_join = [d], False
    close()
    return out, regions


def _shared_region(chain: Sequence[Decision]) -> tuple[str, str] | None:
    """The one first-level region (country, admin-1 code) holding a town reading of
    every name of a list, or None where there are none or several."""
    shared: set[tuple[str, str]] | None = None
    for d in chain:
        held = {
            (c.country_code, c.admin1)
            for c in d.span.candidates
            if c.kind == "city" and c.country_code and c.admin1
        }
        shared = held if shared is None else shared & held
        if not shared:
            return None
    return next(iter(shared)) if shared is not None and len(shared) == 1 else None


def joined(ctx: Context, a: Span, b: Span) -> bool:
    """The two ends of a route ("from New York to Moscow", "between New York and St.
    Petersburg", "von Berlin nach Moskau"): neither is the other's setting. (Names
    merely listed, "in Adelaide and Hobart", are: siblings share a setting.)"""
    toks, lex = ctx.tokens, ctx.lex
    if a.j >= b.i:
        a, b = b, a
    if b.i - a.j != 2:
        return False
    w = toks[a.j + 1].fold
    if w in lex.route_words:
        return True
    before = prev_token(toks, toks[a.i]) if a.i < len(toks) else None
    return w in lex.and_words and before is not None and before.fold in lex.between_words


@dataclass(frozen=True)
class _LocalItem:
    """A chosen span as local context sees it: its sentence, its best reading, and
    whether that reading is sure enough (and not a noun's modifier) to be context."""

    d: Decision
    sentence: int
    top: Candidate
    usable: bool


def local_context(
    ctx: Context,
    chosen: Sequence[Decision],
    ranked: dict[int, Ranked],
    teams: frozenset[str] = frozenset(),
) -> dict[int, tuple[Candidate, float]]:
    """For each span, the confidently resolved place named nearest to it: in the same
    sentence (one before it counts as nearer than one after), else the last one of the
    previous sentence. "... in Scotland, where she will visit a museum in Hamilton". A name
    in a sports team's name (``teams``) is no setting ("the Melbourne Rebels" in a story
    from Orlando).

    Linear in the number of spans: ``chosen`` is sorted and free of overlaps, so the
    distance grows with every step away from a span and the first acceptable place in
    each direction is the nearest. The walk back stops after
    ``Weights.local_max_neighbours`` spans and the walk forward after
    ``Weights.local_after_tokens`` tokens; the previous sentence's last place is looked
    up from its two last acceptable places (of different names), found once per
    sentence. Comparing every pair of a sentence's spans cost seconds on a sentence of
    thousands of names."""
    w = ctx.weights
    items: list[_LocalItem] = []
    for d in chosen:
        r = ranked[id(d)]
        top = r[0][1]
        margin = r[0][0] - (r[1][0] if len(r) > 1 else 0.0)
        sure = top.kind in ("country", "admin1") or margin > w.local_min_margin
        # "the US consulate in St. Petersburg" is not in the US
        usable = (
            sure
            and not (top.kind == "country" and modifies_noun(ctx, d.span))
            and d.span.key not in teams
        )
        items.append(_LocalItem(d, ctx.tokens[d.span.i].sentence, top, usable))
    # per sentence: its last usable place, and the last usable one of another name
    last_two: dict[int, tuple[_LocalItem | None, _LocalItem | None]] = {}
    for it in items:
        if not it.usable:
            continue
        first, _second = last_two.get(it.sentence, (None, None))
        if first is not None and first.d.span.key == it.d.span.key:
            last_two[it.sentence] = (it, _second)
        else:
            last_two[it.sentence] = (it, first)
    out: dict[int, tuple[Candidate, float]] = {}
    n = len(items)
    for k, it in enumerate(items):
        d, sent, key = it.d, it.sentence, it.d.span.key
        before: _LocalItem | None = None
        for b in range(k - 1, max(-1, k - 1 - w.local_max_neighbours), -1):
            e = items[b]
            if e.sentence != sent:
                break
            if e.usable and e.d.span.key != key and not joined(ctx, e.d.span, d.span):
                before = e
                break
        after: _LocalItem | None = None
        for a in range(k + 1, n):
            e = items[a]
            if e.sentence != sent or e.d.span.i - d.span.j > w.local_after_tokens:
                break
            if e.usable and e.d.span.key != key and not joined(ctx, e.d.span, d.span):
                after = e
                break
        best: _LocalItem | None = before
        if after is not None and (
            before is None
            or (after.d.span.i - d.span.j) * w.local_after_factor < d.span.i - before.d.span.j
        ):
            best = after
        if best is not None and best.top.country_code:
            out[id(d)] = (best.top, 1.0)
            continue
        first, second = last_two.get(sent - 1, (None, None))
        prev = first if first is not None and first.d.span.key != key else second
        if prev is not None and prev.top.country_code:
            out[id(d)] = (prev.top, w.previous_sentence_weight)
    return out


# --- evidence found before the context exists ----------------------------------------------


def add_short_forms(spans: list[Span], lex: PlaceLexicon, w: Weights) -> dict[int, frozenset[str]]:
    """A county named in full makes its bare name a reading of that county: "DeKalb
    County ... DeKalb" (the gazetteer indexes counties under the full name only). The
    county readings join the bare name's candidates; returned by span start."""
    suffixes = lex.unit_suffixes
    counties: dict[str, list[Candidate]] = {}
    for s in spans:
        suffix = next((x for x in suffixes if s.base.endswith(x)), None)
        # "DeKalb County", or a name of "Pulaski and Faulkner counties" (one word, its
        # unit word shared)
        if suffix is not None and (s.n >= 2 or s.base != s.text):
            counties.setdefault(normalize_key(s.base[: -len(suffix)]), []).extend(
                c for c in s.candidates if c.kind == "admin2"
            )
    out: dict[int, frozenset[str]] = {}
    if not counties:
        return out
    for s in spans:
        extra = counties.get(s.key)
        if not extra or s.base.endswith(suffixes):
            continue
        if any(
            c.kind == "city"
            and (c.feature_code == "PPLC" or (c.population or 0) >= w.small_town)
            or c.kind in ("country", "admin1")
            for c in s.candidates
        ):
            continue  # "Dallas County ... Dallas" is the city
        by_id = {c.id: c for c in extra}
        have = {c.id for c in s.candidates}
        s.candidates.extend(c for i, c in by_id.items() if i not in have)
        out[s.start] = frozenset(by_id)
    return out


def surnames(
    spans: Sequence[Span],
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    span_tokens: frozenset[int],
    single_tokens: frozenset[int],
    lang: str,
    w: Weights,
    person_idx: set[int] | None = None,
) -> set[str]:
    """English ``Given Surname`` pairs whose surname is also a (minor) place name:
    the surname is a person wherever it recurs in the article (``Jason Jones`` ...
    ``Jones said``). A given name that a country, a region or a big town bears is a
    person's there too, when no place preposition stands before the pair ("Chad
    Smith", "Georgia Wells met ..."; not "in Georgia Wells"): English writes a town's
    container after it, so a small town after a country's name is no place of it; both
    tokens go to ``person_idx``."""
    singles = {s.i for s in spans if s.n == 1}
    out: set[str] = set()
    for s in spans:
        if s.n != 1:
            continue
        b = tokens[s.i]
        a = prev_token(tokens, b)
        if a is None or not a.is_cap or a.is_upper or b.gap_before != " ":
            continue
        if a.i in span_tokens:
            continue
        fa = a.fold
        if fa in lex.determiners or fa in lex.calendar or fa in lex.near_words:
            continue  # "Neighbouring Maseno": a word saying where the place lies, no given name
        if s.i in single_tokens:
            # a big town's name after a word no language writes and no list's given
            # name ("According to Chidi Jos", "Sipho Tamale said"), or after a given
            # name that is no place ("Joaquín Ceuta"), is a surname where it stands; a
            # bare recurrence is the person too (``recurring_people``), unless the
            # article also writes it as a place (session 14)
            foreign = max(
                zipf_frequency(fa, lang), zipf_frequency(fa, "de")
            ) < w.foreign_name_zipf and not is_given_name(a.text)
            # a given name that a big town bears too, before another big town's name
            # with no comma between ("Preston Warren has been named coach", "Austin
            # Kingsley, a lawyer"): English writes a town's container after a comma or
            # as a region ("Orlando, Florida"; "Austin Texas" names a state), so the
            # pair is a person's name, and the surname where it recurs (session 31)
            town_pair = (
                is_given_name(a.text)
                and a.i in singles
                and all(c.kind == "city" for c in s.candidates[:1])
                and _given_place_before_town(tokens, a, b, lex, w)
            )
            if (
                person_idx is not None
                and fa not in lex.not_names
                and (foreign or is_given_name(a.text) and a.i not in singles or town_pair)
                and s.candidates[0].kind == "city"
                and not _longer_name(tokens, a, b, lex)
            ):
                person_idx.update((a.i, b.i))
            continue
        # a given name that is a place's name, a region's or a word ("Unity", "Hope")
        if is_given_name(a.text) and (a.i in single_tokens or fa in lex.not_names):
            if not _given_place_before_town(tokens, a, b, lex, w):
                continue
            if person_idx is not None:
                person_idx.update((a.i, b.i))
        elif (
            a.i in single_tokens
            or fa in lex.not_names
            # a capitalised function word or place preposition is no given name: a
            # headline in title case writes "In X", "Off X" (session 24)
            or fa in lex.profile.function_words
            or fa in lex.place_prepositions
            or _opens_clause(a)
            and zipf_frequency(fa, lang) >= w.common_word_zipf
        ):
            continue
        out.add(b.fold)
    return out


def person_preposition(tokens: Sequence[Token], r: Token, lex: PlaceLexicon) -> bool:
    """The place preposition ``r`` right before a name introduces a person, not a place:
    it ends a source phrase (``source_phrases``: "according to X", "nach Angaben von X")
    or follows a verb of saying ("said of X", "sprach von X"), or it opens the sentence
    as a source (``opening_source_prepositions``: "Von X stammt der Vorschlag", no place
    preposition after the name; session 32). A name the article knows as a person keeps
    that reading there (issue 21, session 31); "flew to X", "aus X", "Von X aus" stay
    place cues.

    >>> from geomap.lexicons import place_lexicon
    >>> from geomap.text import read_text, tokenize
    >>> lex = place_lexicon("en")
    >>> text = "According to Warren, the coach said of Warren that he flew to Warren."
    >>> toks = tokenize(read_text(text, lang="en"))
    >>> [person_preposition(toks, toks[t.i - 1], lex) for t in toks if t.text == "Warren"]
    [True, True, False]
    """
    from geomap.geoparse._wordlists import opening_source_prepositions, source_phrases

    p = prev_token(tokens, r)
    if p is not None and p.fold in lex.speech_verbs and r.gap_before == " ":
        return True
    if r.sent_initial and r.fold in opening_source_prepositions(lex.lang):
        # "Von X stammt der Vorschlag": the opening preposition names the source; a
        # place preposition after the name ("Von X aus", "Von X nach Y") keeps the place
        # (session 32)
        name = next_token(tokens, r)
        after = next_token(tokens, name) if name is not None else None
        return (
            name is not None
            and name.is_cap
            and after is not None
            and after.sentence == r.sentence
            and after.gap_before == " "
            and after.text.islower()
            and after.fold not in lex.place_prepositions
        )
    for phrase in source_phrases(lex.lang):
        if phrase[-1] != r.fold or r.i + 1 < len(phrase):
            continue
        words = tokens[r.i + 1 - len(phrase) : r.i + 1]
        if all(t.sentence == r.sentence for t in words) and tuple(t.fold for t in words) == phrase:
            return True
    return False


def second_surnames(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    person_idx: set[int],
    multi_tokens: frozenset[int],
) -> None:
    """A family name of ``surnames.csv`` right after a person's given name and first
    surname is the person's second surname ("Maria Coimbra Braga", "José Toledo
    Medina, Sprecher der Regierung"): Spanish and Portuguese names carry two, and a town
    bearing the second is no place written inside a name. Only where the name ends
    after it (no capitalised word follows with a space) and the word is no part of a
    place's name of several words (``multi_tokens``); in German not after a lower-case
    word, a verb before its subject, whose object may follow the name ("Am Montag
    besuchte Emmanuel Macron Berlin"); issue 21, session 31 (updates ``person_idx``)."""
    from geomap.geoparse._wordlists import is_given_name, is_surname

    for i in sorted(person_idx):
        if i < 1 or i - 1 not in person_idx or i + 1 >= len(tokens):
            continue
        t, v = tokens[i - 1], tokens[i + 1]
        if not is_given_name(t.text) or i + 1 in person_idx or i + 1 in multi_tokens:
            continue
        if v.sentence != t.sentence or v.gap_before != " " or not v.is_cap or v.is_upper:
            continue
        if not is_surname(v.text):
            continue
        r = prev_token(tokens, t)
        if (
            lex.profile.capitalises_nouns
            and r is not None
            and r.sentence == t.sentence
            and t.gap_before == " "
            and r.text.isalpha()
            and r.text.islower()
        ):
            continue
        x = next_token(tokens, v)
        if x is not None and x.is_cap and x.gap_before == " ":
            continue  # a longer run: a name the other rules read
        person_idx.add(v.i)


def recurring_people(tokens: Sequence[Token], lex: PlaceLexicon, person_idx: set[int]) -> None:
    """A name the article first writes as a person's (a given name or a surname: its
    first mention is a person token) is that person where it recurs alone ("Lima
    Schneider ... sagte Lima", "Coach Peter Jordan ... Jordan said"), even when a
    country, a region or a capital bears it: a reader who has met the person reads the
    bare name as the person. The article's own evidence decides: when any mention of the
    name stands after a place preposition or an article ("in Jordan", "the Jordan"), the
    text also uses it as a place and the recurrences are left to the resolver; a
    recurrence beside another capitalised word (a longer name, a title word: "St. X" is
    a town's name) is left too (updates ``person_idx``)."""
    first: dict[str, int] = {}
    for t in tokens:
        if t.is_cap and not t.is_upper:
            first.setdefault(t.fold, t.i)
    introduced = {tokens[i].fold for i in person_idx if first.get(tokens[i].fold) == i}
    if not introduced:
        return
    placed: set[str] = set()
    for t in tokens:
        if t.fold in introduced:
            r = prev_token(tokens, t)
            if r is not None and (
                r.fold in lex.place_prepositions
                and not person_preposition(tokens, r, lex)
                or r.fold in lex.determiners
            ):
                placed.add(t.fold)
    for t in tokens:
        if t.fold not in introduced or t.fold in placed or t.i in person_idx:
            continue
        if not t.is_cap or t.is_upper:
            continue
        u, r = next_token(tokens, t), prev_token(tokens, t)
        if u is not None and u.is_cap and u.gap_before == " ":
            continue
        if r is not None and r.is_cap and t.gap_before.strip() in ("", "."):
            continue  # part of a longer name or after a title ("St. X" is a town's name)
        person_idx.add(t.i)


def _longer_name(tokens: Sequence[Token], a: Token, b: Token, lex: PlaceLexicon) -> bool:
    """The pair ``a b`` is part of a longer name: an article before it ("the Jordan
    Valley") or a capitalised word after it."""
    r, c = prev_token(tokens, a), next_token(tokens, b)
    return (r is not None and r.fold in lex.determiners) or (
        c is not None and c.is_cap and c.gap_before == " "
    )


def _given_place_before_town(
    tokens: Sequence[Token], a: Token, b: Token, lex: PlaceLexicon, w: Weights
) -> bool:
    """A given name ``a`` that a place or a word bears, before the small town ``b``,
    is a person's name with ``b`` its surname: unless a place preposition or an article
    stands before the pair ("in Georgia Wells", "the Georgia Wells"), a capitalised
    word goes on after it (a longer name), or ``a`` opens the sentence and is as
    frequent as a word ("Will", "May")."""
    r = prev_token(tokens, a)
    if r is not None and (r.fold in lex.place_prepositions or r.fold in lex.determiners):
        return False  # "in Georgia Wells"; "the Jordan Valley": a person takes no article
    c = next_token(tokens, b)
    if c is not None and c.is_cap and c.gap_before == " ":
        return False
    return not (_opens_clause(a) and zipf_frequency(a.fold, lex.lang) >= w.opening_given_name_zipf)


#: Dashes that open a clause when spaced: "PERTH (Reuters) - In X, ...", "— The X ...".
_DASHES = ("-", "\u2013", "\u2014")


def plural_verb_after(tokens: Sequence[Token], u: Token, lex: PlaceLexicon) -> bool:
    """A lower-case word in ``-en`` right after ``u`` in a language that capitalises its
    nouns: the plural finite verb in second place ("Bei X lieferten sich ...", "Bei X
    wurden zwei Menschen verletzt"), which no single person before it agrees with, so
    the opening word is a preposition, not a given name (session 20, round 3); so is
    a verb with ``es`` after it. A function word of the language that is no verb (an
    article, a pronoun, a preposition: "einen", "seinen", "gegen") is none."""
    from geomap.lexicons import phrase_lexicon

    if not lex.profile.capitalises_nouns:
        return False
    v = next_token(tokens, u)
    if (
        v is None
        or v.gap_before != " "
        or not v.text.isalpha()
        or not v.text.islower()
        or v.fold in lex.profile.function_words - phrase_lexicon(lex.lang).verbs
    ):
        return False
    if len(v.text) >= 4 and v.fold.endswith("en"):
        return True
    # a verb with the expletive subject after it ("Bei X kam es zu ...", "gab es"): the
    # opening phrase is no subject
    x = next_token(tokens, v)
    return x is not None and x.gap_before == " " and x.text == "es"


def _persons_verb_after(tokens: Sequence[Token], t: Token, lex: PlaceLexicon) -> bool:
    """A verb of saying or one only a person is the subject of (``speech_verbs``,
    ``person_verbs``) right after the capitalised word after ``t``, or after an
    apposition between commas there ("Bei Silva sagte", "Bei Silva, 45, traf"): ``t``
    opens a person's name, not a phrase. Looks at most ``_APPOSITION_WORDS`` words on."""
    from geomap.geoparse._wordlists import person_verbs

    verbs = lex.speech_verbs | person_verbs(lex.lang)
    u = next_token(tokens, t)
    if u is None or u.gap_before != " " or not u.is_cap:
        return False
    v = next_token(tokens, u)
    if v is None or v.sentence != t.sentence:
        return False
    if "," not in v.gap_before:
        return v.fold in verbs and v.gap_before == " "
    if v.gap_before.count(",") >= 2:  # an apposition of no words ("Bei Silva, 45, sagte")
        return v.fold in verbs
    for _ in range(_APPOSITION_WORDS):  # the word after the apposition's closing comma
        nxt = next_token(tokens, v)
        if nxt is None or nxt.sentence != t.sentence:
            return False
        if "," in nxt.gap_before:
            return nxt.fold in verbs
        v = nxt
    return False


#: The most words an apposition after a name may have ("Bei Silva, Sprecher der Polizei
#: in X, sagte"): :func:`_persons_verb_after` looks no further.
_APPOSITION_WORDS = 8


def _opens_clause(t: Token) -> bool:
    """The word opens a sentence, or a clause after a spaced dash (the body after a
    dateline, "PERTH (Reuters) - In X", which the sentence splitter keeps in the
    dateline's sentence): its capital says nothing of a name there."""
    gap = t.gap_before
    return t.sent_initial or (gap.endswith(" ") and gap.rstrip().endswith(_DASHES))


def _person_noun_owners(tokens: Sequence[Token], lex: PlaceLexicon) -> frozenset[str]:
    """The words (folded, without the genitive ending) the text writes in the genitive
    right before a noun only a person has (``person_nouns``: "Vogels Anwalt", "Diez'
    Rücktritt"): a surname there is a person's wherever it stands after a given name,
    though it be a common noun and the given name a town's. One pass. Session 19."""
    from geomap.geoparse._wordlists import person_nouns

    personal = person_nouns(lex.lang)
    out: set[str] = set()
    for a, b in zip(tokens, tokens[1:], strict=False):
        if not a.is_cap or b.fold not in personal or b.gap_before.strip() not in ("", "'", "’"):
            continue
        if b.gap_before.strip():
            out.add(a.fold)  # "Diez' Rücktritt"
        elif a.fold.endswith("s") and len(a.fold) > 3:
            out.add(a.fold[:-1])
    return frozenset(out)


def _possessive_owners(tokens: Sequence[Token], lex: PlaceLexicon) -> frozenset[str]:
    """The words (folded) English writes with a possessive "'s" right before a noun only
    a person has ("Okafor's lawyer", "Lindqvist’s spokesman"), as
    ``_person_noun_owners`` does for German's genitive: the tokeniser splits the "s"
    off. One pass. Session 19, round 2."""
    from geomap.geoparse._wordlists import person_nouns

    personal = person_nouns(lex.lang)
    out: set[str] = set()
    for a, s, b in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if (
            a.is_cap
            and s.fold == "s"
            and s.gap_before in ("'", "’")
            and b.gap_before == " "
            and b.fold in personal
        ):
            out.add(a.fold)
    return frozenset(out)


def owned_full_names(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    span_tokens: frozenset[int],
    person_idx: set[int],
) -> None:
    """A capitalised word right before a surname that the text elsewhere puts in the
    genitive or the possessive before what only a person has ("Ilka Adler ... Adlers
    Anwalt", "Bristol Okafor ... Okafor's lawyer") is that person's given name, though
    the given-name list lacks it or a town bears it: both words become person tokens and
    ``recurring_people`` reads the bare recurrences. Not after a place preposition or an
    article ("in Jena Adler"), not inside a longer capitalised run, not a function word
    opening the sentence ("Laut Adler"). One pass (updates ``person_idx``). Session 19,
    round 2."""
    owners = _person_noun_owners(tokens, lex) | _possessive_owners(tokens, lex)
    if not owners:
        return
    function_words = lex.profile.function_words | lex.place_prepositions
    for t, u in zip(tokens, tokens[1:], strict=False):
        if u.fold not in owners or u.gap_before != " " or not (t.is_cap and u.is_cap):
            continue
        if t.is_upper or u.is_upper or t.i in span_tokens or u.i in span_tokens:
            continue
        if t.fold in function_words or t.fold in lex.determiners or t.fold in owners:
            continue
        r, c = prev_token(tokens, t), next_token(tokens, u)
        if r is not None and (r.fold in lex.place_prepositions or r.fold in lex.determiners):
            continue
        if r is not None and r.is_cap and t.gap_before == " ":
            continue  # a longer run of names
        if c is not None and c.is_cap and c.gap_before == " ":
            continue
        person_idx.update((t.i, u.i))


def listed_full_names(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    span_tokens: frozenset[int],
    single_kind: dict[int, str],
    single_tokens: frozenset[int],
    person_idx: set[int],
    w: Weights,
) -> None:
    """For a language that capitalises only names: a given name of the list that only
    small towns bear (no country, region or known town: ``single_tokens``), right before
    a family name of ``surnames.csv`` that at most a small town bears, is a person's full name
    ("Kendall Brooks", "Marlon Hughes"): both words become person tokens, so that
    ``recurring_people`` reads the given name alone on a later mention ("Kendall said")
    as the person, not a namesake town the article's country holds. Not after a place
    preposition or an article, not inside a longer capitalised run, not before a street
    word, a feature head or a company's ("Jackson Street", "Austin Park"), nor before a
    word as frequent as a pronoun (``w.full_name_word_zipf``). One pass
    (updates ``person_idx``). Session 19, round 2."""
    from geomap.geoparse._wordlists import surnames

    family = surnames()
    stop = (lex.not_names | lex.person_titles | lex.street_suffixes | lex.org_suffixes) | frozenset(
        lex.feature_heads
    )
    for t, u in zip(tokens, tokens[1:], strict=False):
        if t.i not in single_kind or single_kind[t.i] != "city" or t.i in single_tokens:
            continue
        if u.text not in family or u.fold in stop or u.gap_before != " ":
            continue
        if zipf_frequency(u.fold, lex.lang) >= w.full_name_word_zipf:
            continue  # a pronoun the list holds as a family name ("He", "Long")
        if not t.is_cap or t.is_upper or u.is_upper or t.i in span_tokens:
            continue
        if u.i in span_tokens or u.i in single_tokens or not is_given_name(t.text):
            continue
        if single_kind.get(u.i, "city") != "city":
            continue
        r, c = prev_token(tokens, t), next_token(tokens, u)
        if r is not None and (r.fold in lex.place_prepositions or r.fold in lex.determiners):
            continue
        if r is not None and r.is_cap and t.gap_before == " ":
            continue
        if c is not None and c.is_cap and c.gap_before == " ":
            continue
        person_idx.update((t.i, u.i))


def given_names(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    span_tokens: frozenset[int],
    single_kind: dict[int, str],
    is_place_name: Callable[[Token], bool],
    persons: set[str],
    person_idx: set[int],
    w: Weights,
    beside: Callable[[Token, Token], bool] = lambda t, u: True,
) -> None:
    """A given name (``first_names.csv``) right before a capitalised word that is neither
    a place nor a common noun is a person's name: "Dallas Roberts", "Adelaide Kane". Both
    tokens become person tokens and the surname a person wherever it recurs ("Kane
    sagte"). For a language that capitalises its nouns, where capitalisation alone says
    nothing; a given name that is also a common noun ("der Vulkan Merapi") is no evidence,
    nor is a word whose best reading is a named feature (a mountain, a river) rather than
    a town. A surname that is also a common noun ("Anja Müller", "Yuki Schneider") makes
    only the given name a person, and only when the given name is no place of its own
    and not a frequent word opening the sentence: the noun elsewhere stays a noun. A
    given name that is a function word opening the clause ("Bei", "Seit") is the
    function word unless a person's verb follows (updates ``persons`` and
    ``person_idx``). After a place preposition a known town's name after the given name
    is the surname only where ``beside(t, u)`` is false: the given name names no town
    within ``Weights.colocate_km`` of a town the second word names ("von Susanna Mende",
    "bei Madeleine Tanguy": a village and a town 900 km apart are no one place's name;
    "in Jena Lobeda", a town and its quarter, stays; session 29)."""
    from geomap.geoparse._wordlists import common_nouns

    given = first_names()
    nouns = common_nouns(lex.lang)
    words = (
        lex.not_names | lex.person_titles | lex.street_suffixes | lex.org_suffixes
    ) | frozenset(lex.feature_heads)
    heads = tuple(h for h in lex.feature_heads if len(h) >= 4)
    low, high = w.surname_noun_en_zipf
    clubs = team_words(lex.lang)[0]
    function_words = lex.profile.function_words | lex.place_prepositions
    owners = _person_noun_owners(tokens, lex)

    def frequent_opening(t: Token) -> bool:
        # a frequent word of the language opening the sentence ("Bei Omdurman", "Davon
        # Berlin"), not a given name that is frequent as a name ("Marie Warren gewann"):
        # a name is written about as often in English text as in German text
        if not t.sent_initial:
            return False
        z = zipf_frequency(t.fold, lex.lang)
        return z >= w.common_word_zipf and (
            t.fold in function_words
            or z - zipf_frequency(t.fold, "en") >= w.opening_word_language_gap
        )

    for t in tokens:
        if not t.is_cap or t.is_upper or not is_given_name(t.text):
            continue
        opening = t.fold in function_words and _opens_clause(t)
        if opening and not _persons_verb_after(tokens, t, lex):
            # a function word of the language opening a clause ("Bei <Stadt>, rund ...",
            # "Bei Sisak wurde ...", "Seit Montag"): its capital comes from the sentence,
            # not a name, unless a verb only a person is the subject of follows the next
            # word ("Bei Silva sagte ...", "Bei Silva, 45, traf ..."; session 25)
            continue
        # a role noun in apposition before the name ("die Moderatorin Alba Tanaka", "der
        # Schauspieler Bradford Roberts") makes it a person's even when the given name is
        # also a noun or a place, or begins a longer place name ("die Reporterin Santa
        # Cruz"); a feature head there, alone or ending a compound, names a place ("die
        # Stadt Alba", "die Partnerstadt Charlotte")
        r = prev_token(tokens, t)
        rr = prev_token(tokens, r) if r is not None else None
        apposition = (
            r is not None
            and rr is not None
            and r.text in nouns
            and r.fold not in words
            and not r.fold.endswith(heads)
            and rr.fold in lex.determiners
            and t.gap_before == " "
        )
        if t.i in span_tokens and not apposition:
            continue
        # a given name that is also a noun is evidence only before a word that is no
        # noun, and not after an article ("der Vulkan Merapi": the noun's head)
        noun_given = t.text in nouns and not apposition
        if noun_given and r is not None and r.fold in lex.determiners:
            continue
        u = next_token(tokens, t)
        if u is None or u.gap_before != " " or not u.is_cap or u.is_upper:
            continue
        if t.fold in clubs and is_place_name(u):
            continue  # a club's word before its town ("Arminia Bielefeld"): a team's name
        # two nouns side by side are a compound's words or a list's ("Jura Recht"),
        # unless the second is a noun English writes as often as a surname ("Jura
        # Müller", "Rosette Schneider": w.surname_noun_en_zipf)
        surname_noun = u.text in nouns and low <= zipf_frequency(u.fold, "en") < high
        if noun_given and (u.text in nouns and not surname_noun or u.fold in words):
            continue
        if u.i in span_tokens and not apposition:
            continue
        after_prep = _governs(r, t) and r.fold in lex.place_prepositions
        # a country or region after a given name no place bears is a surname after a
        # role ("der Basketballer Michael Jordan") or where nothing opens the sentence
        # before it ("Michael Jordan besuchte ..."): a container follows a place
        surname_country = not after_prep and (
            apposition or not is_place_name(t) and not frequent_opening(t)
        )
        # a known town's name right after a given name, with no comma or "und" between,
        # is a surname ("Florence Hamilton", "Austin Preston"): German writes two towns
        # side by side only in a list; a country or region there may still be a
        # container ("Victoria Kanada" is no person), and so may a town after a place
        # preposition ("in Florence Hamilton" stays ambiguous)
        if is_place_name(u) and (
            single_kind.get(u.i) != "city"
            and not surname_country
            or after_prep
            and beside(t, u)
            or t.fold in lex.place_prepositions
            or frequent_opening(t)
        ):
            continue  # ... nor after a word opening the sentence ("Bei Omdurman")
        if u.text in given and after_prep and (_cap_after(tokens, u) or beside(t, u)):
            # "der Bürgermeister in X Thomas Weber": a town, then a person; a given name
            # ending the name after the preposition ("von Susanna Mende lebt") is the
            # surname (session 29)
            continue
        if after_prep and t.i in single_kind and _opens_two(tokens, u, nouns):
            # "nahm in X Ana Wiśniewska fest": a town after its preposition, then a
            # name of two words whose given name the list lacks; the foreign-name rule
            # reads the two
            continue
        if single_kind.get(u.i, "city") != "city" and not surname_country:
            continue
        if u.fold in words:
            continue
        if u.text in nouns:
            if (
                apposition
                or not is_place_name(t)
                and not frequent_opening(t)
                or low <= zipf_frequency(u.fold, "en") < high
                or u.fold in owners
            ):
                # a noun that English writes as often as a surname is one after a given
                # name that is a known place: "Cleveland Müller", not "Basel Tourismus";
                # so is one the text puts in the genitive before what only a person has
                # ("... Vogels Anwalt": `owners`)
                person_idx.add(t.i)
                if u.i in single_kind:
                    # a noun that is also a place's name is the surname here and where
                    # it recurs ("Julie Medina ... Medina sagte", "Cynthia Kiel"): the
                    # noun alone needs no such mark, the place reading does
                    person_idx.add(u.i)
                    persons.add(u.fold)
            continue
        person_idx.update((t.i, u.i))
        persons.add(u.fold)
    foreign_name_pairs(tokens, lex, span_tokens, single_kind, is_place_name, persons, person_idx, w)
    people_in_lists(tokens, lex, span_tokens, single_kind, persons, person_idx)


def _cap_after(tokens: Sequence[Token], u: Token) -> bool:
    """A capitalised word follows ``u`` in its sentence, with a space between: a name
    goes on after it."""
    v = next_token(tokens, u)
    return v is not None and v.sentence == u.sentence and v.gap_before == " " and v.is_cap


def _opens_two(tokens: Sequence[Token], u: Token, nouns: frozenset[str]) -> bool:
    """``u`` and the capitalised word right after it, in its sentence and with no third
    capitalised word after them, are a name of two words: neither is a noun of the
    language (``nouns``), and nothing capitalised follows."""
    v = next_token(tokens, u)
    if u.text in nouns or v is None or v.gap_before != " " or v.sentence != u.sentence:
        return False
    if not v.is_cap or v.is_upper or v.text in nouns:
        return False
    x = next_token(tokens, v)
    return not (x is not None and x.is_cap and x.gap_before == " ")


def foreign_name_pairs(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    span_tokens: frozenset[int],
    single_kind: dict[int, str],
    is_place_name: Callable[[Token], bool],
    persons: set[str],
    person_idx: set[int],
    w: Weights,
) -> None:
    """German: two capitalised words side by side that are neither German nor English
    words are a foreign person's name, though no list holds the given name (issue 21,
    session 14). German capitalises its nouns, so a capital says nothing of a name; but a
    word rarer than ``Weights.foreign_name_zipf`` in both languages' text and in no noun
    list is a name's, and German writes a place's name beside such a word only inside a
    longer name the gazetteer holds whole. Two cases, linear in the tokens:

    * the second word is no place and such a foreign word or a given name that is no
      noun, the first any capitalised word but a German one ("nahm Kano Adeyemi fest":
      Kano is a city too): both are the person's;
    * the first word is such a foreign word and no place or a small town's name (no
      country, region or town of ``known_name_population`` under its own name), the
      second a town's name ("Laut Chidi Kano", "Sipho Tamale"): both are the person's.

    A word ending in a feature head or a noun of four letters or more is a German
    compound, not a foreign name ("die Ölstadt X", "im Bergort X"). Not after an article
    or a place preposition ("im Rajon Bachmut", "in Goma Lawal" stays the reader's
    guess), not inside a longer name, and not before a third
    capitalised word (a longer name). The surname is the person wherever it recurs
    (``persons``: "Tamale sagte")."""
    from geomap.geoparse._wordlists import common_nouns, grammar_nouns

    nouns, common = grammar_nouns(lex.lang), common_nouns(lex.lang)
    words = (
        lex.not_names
        | lex.person_titles
        | lex.street_suffixes
        | lex.org_suffixes
        | lex.region_before
        | lex.region_after
        | lex.profile.function_words
        | lex.determiners
        | lex.place_prepositions
    ) | frozenset(lex.feature_heads)

    def name_word(t: Token) -> bool:
        return t.is_cap and not t.is_upper and t.fold not in words and t.i not in span_tokens

    heads = tuple(h for h in lex.feature_heads if len(h) >= 3)

    def compound(f: str) -> bool:
        # a German compound is rare as a whole but ends in a word of the language
        # ("Ölstadt", "Bergort", "Grenzdorf"): no name's
        return f.endswith(heads) or any(f[k:].capitalize() in nouns for k in range(3, len(f) - 3))

    def foreign(t: Token) -> bool:
        return (
            name_word(t)
            and t.text not in nouns
            and max(zipf_frequency(t.fold, lex.lang), zipf_frequency(t.fold, "en"))
            < w.foreign_name_zipf
            and not compound(t.fold)
        )

    for t in tokens:
        _name_of_three(tokens, lex, t, single_kind, name_word, foreign, nouns, persons, person_idx)
    for t in tokens:
        if t.i in person_idx or not name_word(t) or t.text in common:
            continue
        u = next_token(tokens, t)
        if u is None or u.gap_before != " " or u.i in person_idx or not name_word(u):
            continue
        r, n = prev_token(tokens, t), next_token(tokens, u)
        if _governs(r, t) and (r.fold in lex.determiners or r.fold in lex.place_prepositions):
            continue
        if n is not None and n.is_cap and n.gap_before == " ":
            continue
        surname = foreign(u) or is_given_name(u.text) and u.text not in nouns
        small = t.i not in single_kind or single_kind[t.i] == "city" and not is_place_name(t)
        if not (
            surname
            and u.i not in single_kind
            or foreign(t)
            and small
            and single_kind.get(u.i) in _SURNAME_KINDS
        ):
            continue
        person_idx.update((t.i, u.i))
        persons.add(u.fold)


#: The kinds a word after a foreign given name may bear as a place and still be the
#: person's surname: a town's and a physical feature's ("Güneri Fırat": the Euphrates),
#: not a country's or a region's, which may contain what stands before them.
_SURNAME_KINDS = frozenset(
    {"city"} | {k for k, i in KINDS.items() if not i.contains_places and k != "facility"}
)


def _governs(r: Token | None, t: Token) -> TypeGuard[Token]:
    """The word ``r`` before ``t`` stands on ``t``'s line: a preposition or article
    ending a headline line ("... kündigt Reformen an" above "Ana Silva sprach ...")
    governs nothing on the next line (issue 21, session 16)."""
    return r is not None and "\n" not in t.gap_before


def _name_of_three(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    t: Token,
    single_kind: dict[int, str],
    name_word: Callable[[Token], bool],
    foreign: Callable[[Token], bool],
    nouns: frozenset[str],
    persons: set[str],
    person_idx: set[int],
) -> None:
    """German: three capitalised words side by side opening at ``t``, two of them
    foreign words or given names that are no nouns, are one person's full name, though a
    town bear one of them (issue 21, session 15): a double surname ("Lucía Pardo
    Tarifa"), a patronymic ("Olga Petrowna Sarow"), a name of three parts ("Nguyen Van
    Hai"). German writes no three names of places side by side; a longer place name the
    gazetteer holds whole is no name word here, and no part may be a country ("Ivan
    Jordan Weiß" stays the reader's guess) or a German noun, nor may a fourth
    capitalised word follow or precede. Not after an article or a place preposition
    ("in Santa Rosa Beach" stays the reader's). The parts that are no place of their own
    become persons wherever they recur."""
    if not name_word(t):
        return
    r = prev_token(tokens, t)
    if _governs(r, t) and (
        r.fold in lex.determiners
        or r.fold in lex.place_prepositions
        or r.is_cap
        and t.gap_before == " "
        and r.sentence == t.sentence
    ):
        return
    u = next_token(tokens, t)
    v = next_token(tokens, u) if u is not None else None
    if u is None or v is None or u.gap_before != " " or v.gap_before != " ":
        return
    if not u.sentence == v.sentence == t.sentence:
        return
    x = next_token(tokens, v)
    if x is not None and x.is_cap and x.gap_before == " ":
        return
    run = (t, u, v)
    if not all(name_word(k) and k.text not in nouns for k in run):
        return
    if any(single_kind.get(k.i) == "country" for k in run):
        return
    if sum(foreign(k) or is_given_name(k.text) for k in run) < 2:
        return
    person_idx.update(k.i for k in run)
    persons.update(k.fold for k in (u, v) if k.i not in single_kind)


def _foreign_given(t: Token, single_kind: dict[int, str], nouns: frozenset[str]) -> bool:
    """A word the given-name list lacks may still open a person's name in a list of
    people ("Siena Vogel, Ana Weber und Jonas Brandt": given names of many countries
    are missing from any list): a capitalised word, not opening the sentence, that is
    no common noun and at most a town's name (a country or region before a word is its
    container, not a given name). Only a person already found beside it in the list
    makes it one (:func:`people_in_lists`). Session 19."""
    return (
        not t.sent_initial
        and t.text not in nouns
        and single_kind.get(t.i, "city") == "city"
        and t.text.isalpha()
    )


def people_in_lists(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    span_tokens: frozenset[int],
    single_kind: dict[int, str],
    persons: set[str],
    person_idx: set[int],
) -> None:
    """A list names things of one kind: a given name and a capitalised word joined by
    "und", "oder" or a comma to a person's name already found are a person's name too
    ("Madison Preston und Jackson Grant", "Candidates Ana Nowak, Georgia Dayton and ..."),
    though the given name be a town or the surname a noun (then only the given name is
    marked, and the noun stays a noun elsewhere). Forward, then backward, so a chain of
    names takes the evidence of any of its members; linear in the tokens. (Both
    languages: English finds the people it links in its own ways.)"""
    from geomap.geoparse._wordlists import common_nouns

    given, nouns = first_names(), common_nouns(lex.lang)
    joins = lex.and_words | lex.or_words
    pairs: list[tuple[Token, Token]] = []
    for t in tokens:
        if not t.is_cap or t.is_upper or t.i in span_tokens:
            continue
        if t.text not in given and not _foreign_given(t, single_kind, nouns):
            continue
        if t.fold in lex.place_prepositions or t.fold in lex.profile.function_words:
            continue  # "Bei", a given name too, opening "Bei Gusau wurden ..."
        u = next_token(tokens, t)
        if u is None or u.gap_before != " " or not u.is_cap or u.is_upper:
            continue
        if u.i in span_tokens or single_kind.get(u.i, "city") != "city":
            continue
        if t.i in person_idx and u.i in person_idx:
            continue
        if t.text not in given:
            # a word the list lacks opens only a name of two words ("Siena Vogel,"),
            # not a longer one ("Gainesville Environmental Services administrator")
            v = next_token(tokens, u)
            if v is not None and v.gap_before == " " and v.is_cap:
                continue
        pairs.append((t, u))

    def marked(t: Token | None) -> bool:
        return t is not None and t.i in person_idx

    def mark(t: Token, u: Token) -> None:
        person_idx.add(t.i)
        if u.text not in nouns:
            person_idx.add(u.i)
            persons.add(u.fold)

    for t, u in pairs:  # forward: the item before is a person
        if t.gap_before.strip() == ",":
            end = prev_token(tokens, t)
        else:
            j = prev_token(tokens, t)
            ok = j is not None and j.fold in joins and t.gap_before == " " == j.gap_before
            end = prev_token(tokens, j) if ok and j is not None else None
        if end is not None and (
            marked(end) or end.gap_before == " " and marked(prev_token(tokens, end))
        ):
            mark(t, u)
    for t, u in reversed(pairs):  # backward: the item after is a person
        n = next_token(tokens, u)
        if n is not None and n.fold in joins and n.gap_before == " ":
            n = next_token(tokens, n)
            n = n if n is not None and n.gap_before == " " else None
        elif n is not None and n.gap_before.strip() != ",":
            n = None
        if marked(n):
            mark(t, u)
    listed_pairs_over_places(tokens, lex, span_tokens, single_kind, nouns, persons, person_idx)


#: A word of a list member beside a country or feature that is this frequent in the
#: text's language (wordfreq's Zipf scale) is a common word ("Ministers", "Department"),
#: not a given name or surname: :func:`listed_pairs_over_places` then leaves the member
#: alone. The probe's and the tests' names lie under 2.7; "ministers" is 4.3.
LISTED_PAIR_WORD_ZIPF = 4.0


def listed_pairs_over_places(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    span_tokens: frozenset[int],
    single_kind: dict[int, str],
    nouns: frozenset[str],
    persons: set[str],
    person_idx: set[int],
) -> None:
    """A member of two capitalised words in a list of people is a person though one
    word is a country's, region's or river's other name ("Ana Weber, Ilker Dicle und
    Jordan Brandt", "Tom Reyes, Lucía Chile and Ana Ruiz"): :func:`people_in_lists`
    reads a country or feature before or after a capitalised word as its container,
    so such a member never opens a pair. Here the member must be exactly two words,
    begin the list or follow its comma or "und"/"and"/"oder", end at a comma, a join,
    the sentence's end or a verb (not a function word or preposition: "Kentucky
    Department of ..." runs on), neither word a common noun nor a word the text reads as
    part of a longer place name, its word that no country or feature bears no common
    word (:data:`LISTED_PAIR_WORD_ZIPF`: "Ministers Marlborough and Napier"), and a
    member right beside it (across one comma or join) must already be a person. It
    lends no evidence on to further members, so a list of places ("Anna Roth, Oman
    und Jemen") keeps its places: a one-word member is never a pair. Linear in the
    tokens. Session 19, round 3."""
    joins = lex.and_words | lex.or_words

    def word(t: Token | None) -> bool:
        return (
            t is not None
            and t.is_cap
            and not t.is_upper
            and t.i not in span_tokens
            and t.text.isalpha()
            and t.text not in nouns
            and t.fold not in lex.profile.function_words
            and t.fold not in lex.place_prepositions
        )

    def sep_before(t: Token) -> Token | None:
        """The last token of the member before ``t``, across a comma or a join."""
        if t.gap_before.strip() == ",":
            return prev_token(tokens, t)
        j = prev_token(tokens, t)
        if j is not None and j.fold in joins and t.gap_before == " " == j.gap_before:
            return prev_token(tokens, j)
        return None

    def sep_after(u: Token) -> Token | None:
        """The first token of the member after ``u``, across a comma or a join."""
        n = next_token(tokens, u)
        if n is not None and n.fold in joins and n.gap_before == " ":
            n = next_token(tokens, n)
            return n if n is not None and n.gap_before == " " else None
        if n is not None and n.gap_before.strip() == ",":
            return n
        return None

    for t in tokens:
        u = next_token(tokens, t)
        if u is None or u.gap_before != " " or not word(t) or not word(u):
            continue
        if t.i in person_idx and u.i in person_idx:
            continue
        if single_kind.get(t.i, "city") == "city" == single_kind.get(u.i, "city"):
            continue  # no country or feature in it: people_in_lists has judged it
        if any(
            single_kind.get(x.i, "city") == "city"
            and zipf_frequency(x.fold, lex.lang) >= LISTED_PAIR_WORD_ZIPF
            for x in (t, u)
        ):
            continue  # "Ministers Marlborough and ...": a common word, no name
        p = prev_token(tokens, t)
        if p is not None and p.is_cap and p.gap_before.strip() != "," and t.gap_before == " ":
            continue  # a longer capitalised run
        v = next_token(tokens, u)
        if v is not None and v.gap_before == " " and v.is_cap:
            continue  # a name of three words or more
        if (
            v is not None
            and v.gap_before == " "
            and v.fold not in joins
            and (v.fold in lex.profile.function_words or v.fold in lex.place_prepositions)
        ):
            continue  # "Kentucky Department of ...": the name runs on
        before, after = sep_before(t), sep_after(u)
        near = (before is not None and before.i in person_idx) or (
            after is not None and after.i in person_idx
        )
        if not near:
            continue
        person_idx.update((t.i, u.i))
        persons.add(u.fold)
