"""Gold-span resolution: the places of given character spans, as ``geomap eval --mode
resolution`` scores them.

The resolver runs end to end on the document first; a gold span it found takes that
reading, and any other span is read with the same context (country focus from the whole
document, proximity to the places found) through
:meth:`geomap.geoparse.Resolution.best_reading`. Evaluation-only: nothing of the
end-to-end pipeline depends on it.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from gazetteer import Candidate
from gazetteer import normalize_name as normalize_key
from geomap.geometry import haversine_km
from geomap.model import Document, Place, kinds_where
from geomap.text import zipf as zipf_frequency

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI
    from geomap.geoparse import Resolution, Weights
    from geomap.lexicons import PlaceLexicon

__all__ = ["resolve_spans"]

#: A name found inside a gold span the gazetteer lacks stands for it only when this sure
#: of itself ("Manitoba" in "Manitoba Chambers of Commerce", not "Hills" in "St. Louis
#: Hills").
INNER_MIN_CONFIDENCE = 0.6
#: A part of such a span stands for it only if it names a country, a region or a town at
#: least this big ("Eva" in "Eva's Village" does not).
PART_MIN_POPULATION = 50_000
#: The local places an article is about are of these kinds ...
LOCAL_KINDS = kinds_where("local")
#: ... and one has another of the article's places this near (km) unless it is a
#: misread name lying alone.
CONTEXT_NEAR_KM = 150.0
#: Found names that start this many characters before a gold span are not looked at for
#: it (no name is longer).
LOOK_BACK_CHARS = 200
#: Confidence of a span read as a demonym, a region adjective or an abbreviation ...
DEMONYM_CONFIDENCE = 0.8
#: ... of one looked up as written (or a town named inside it) ...
LOOKUP_CONFIDENCE = 0.5
#: ... of one whose part names a country or an admin-1 region ...
PART_REGION_CONFIDENCE = 0.6
#: ... and of one placed where the article is (``source="context"``).
CONTEXT_CONFIDENCE = 0.2
#: Endings of a word for the people of a place ("Richmondites", "New Londoners",
#: "Havanese", "Ontarians"), longest first: the rest must begin a place the article names.
PLACE_DEMONYM_ENDINGS = (
    "ites",
    "ians",
    "eans",
    "ers",
    "ese",
    "ite",
    "ian",
    "ean",
    "ans",
    "er",
    "an",
)
#: ... and be at least this long, and the place's name at most this much longer than it
#: ("Havan" + "ese" is Havana, "Ontari" + "ans" Ontario).
DEMONYM_STEM_MIN = 4
DEMONYM_STEM_SLACK = 1
#: Kinds of a found name ("West Africa", "Sub-Saharan Africa") that a gold span inside it
#: naming a continent or a country ("Africa") is not.
PART_OF_AREA_KINDS = frozenset({"region"})
#: Kinds of the head words that end a water's name ("River", "Lake", "Bay").
WATER_KINDS = kinds_where("is_water")
#: Where an article names no local place, a span the gazetteer lacks is placed at the
#: region it names (a unit named bare: admin-1, admin-2), else at its country.
AREA_CONTEXT_KINDS = (kinds_where("contains_places") & kinds_where("bare"), kinds_where("strong"))
#: Readings asked for a county's full name (30 US counties are called Washington County).
UNIT_LOOKUP_LIMIT = 40
#: At most this many characters between a span and the place named right after it ("X in
#: Y", "X, Y") for that place to say where the span lies.
AFTER_GAP_CHARS = 6
#: Kinds of such a place that hold a span behind a comma ("Goodwood, West Sussex"); where
#: the article's own town lies in one, the town says more than the area's point.
CONTAINER_KINDS = kinds_where("holds_after_comma") | {"country"}


def resolve_spans(
    doc: Document, spans: Sequence[tuple[int, int]], gaz: GazetteerAPI
) -> list[Place | None]:
    """Resolve given spans (gold spans in ``geomap eval --mode resolution``).

    A span the end-to-end run found (a name or a country adjective), or one inside such a
    name, takes that reading. Any other span is read as a demonym (``Americans``), a region
    adjective or an abbreviation, or looked up as written and in its un-inflected variants
    and ranked with the same context (country focus from the whole document, proximity to
    the places found) as in end-to-end use. A span the gazetteer does not hold takes a sure
    name found inside it, else the local place the article is about (``source="context"``),
    else a country, region or big town named inside it.
    """
    from geomap.geoparse import abbreviation_table, long_forms_of, name_variants, resolve
    from geomap.lexicons import demonym_nouns, demonyms, region_adjectives

    r = resolve(doc, gaz)
    ctx = r.context
    w = ctx.weights
    lang = ctx.lang
    found = [p for p in r.places if p.resolved and p.role in ("name", "adjective")]
    exact = {(p.start, p.end): p for p in found}
    starts = [p.start for p in found]
    forms = demonyms(lang)
    nouns = demonym_nouns(lang)
    regions = region_adjectives(lang)
    focus: Counter[str | None] = Counter(p.country_code for p in found if p.country_code)
    anchor_pts = [
        (p.lat, p.lon, normalize_key(p.mention))
        for p in found
        if p.kind not in ("country", "adjective") and p.lat is not None and p.lon is not None
    ]
    # a common word read as a small town under another or a longer name ("Iron" in a
    # band's name, as Iron Station) is weak evidence of where the article is, however
    # often it recurs; a small town's own name ("Paris" for Paris, Texas) is not
    weak = {
        p.id
        for p in found
        if p.kind == "city"
        and p.id is not None
        and normalize_key(p.mention) != normalize_key(p.name or "")
        and zipf_frequency(p.mention.casefold(), lang) >= w.common_word_zipf
        and ((c := gaz.get(p.id)) is None or (c.population or 0) < w.weak_population)
    }
    local = _LocalFocus(found, frozenset(weak))
    area = _Area(found, gaz)
    abbreviations = abbreviation_table(lang)

    def rank(
        start: int, end: int, text: str, cands: Sequence[Candidate], longs: Sequence[str] = ()
    ) -> Candidate:
        return r.best_reading(
            start, end, text, cands, focus=focus, anchor_points=anchor_pts, long_forms=longs
        )

    out: list[Place | None] = []
    for start, end in spans:
        paper = (
            _paper_city(doc, start, end, gaz, ctx.lex, w)
            if (start, end) not in exact or exact[(start, end)].kind != "city"
            else None
        )
        if paper is not None:
            out.append(paper)
            continue
        if (start, end) in exact:
            out.append(exact[(start, end)])
            continue
        outer = inner = adjective = None
        k = bisect.bisect_right(starts, end) - 1
        while k >= 0 and found[k].start > start - LOOK_BACK_CHARS:
            p = found[k]
            if p.start <= start and end <= p.end:
                outer = p  # the gold span lies inside a found name
                break
            if p.start < end and start < p.end:
                if p.role == "name" and (inner is None or p.confidence > inner.confidence):
                    inner = p  # "Nazi Germany", "Manitoba Chambers of Commerce"
                elif p.role == "adjective":
                    adjective = p  # "European Commission", "Mexican Senate"
            k -= 1
        text = doc.text[start:end]
        if outer is not None and outer.kind in PART_OF_AREA_KINDS:
            # "Africa" marked inside "West Africa": the continent the words name, where
            # the span alone names one (or a country) and the found name is a part of it
            whole = [
                c
                for c in gaz.lookup(text, lang=lang, limit=w.lookup_limit)
                if c.kind in ("continent", "country") and c.matched == text
            ]
            if whole:
                best_whole = rank(start, end, text, whole)
                out.append(_span_place(doc, start, end, text, best_whole, DEMONYM_CONFIDENCE, w))
                continue
        if outer is not None:
            out.append(outer)
            continue
        fold = text.casefold()
        cc = (
            forms.get(fold)
            or forms.get(fold.removesuffix("s"))
            or forms.get(fold.removesuffix("n"))
            or nouns.get(fold)  # "Serbs", "Croat"
        )
        country = gaz.country(cc) if cc else None
        if country is None:
            ref = regions.get(fold) or regions.get(fold.removesuffix("s"))
            country = gaz.get(ref) if ref else None
        if country is None:  # a gold span: "Ind.", "Ont.", or "Calif" before its full stop
            short = _abbreviation(text, doc.text, end, abbreviations)
            country = gaz.get(short) if short else None
        if country is not None:
            out.append(_span_place(doc, start, end, text, country, DEMONYM_CONFIDENCE, w))
            continue
        cands = gaz.lookup(text, lang=lang, limit=w.lookup_limit)
        # "Mt. Pleasant": every Mount Pleasant, as the mention finder reads it
        longs = long_forms_of(text, ctx.lex)
        if longs:
            merged = {c.id: c for c in cands}
            for form in longs:
                for c in gaz.lookup(form, lang=lang, limit=w.lookup_limit):
                    merged.setdefault(c.id, c)
            if len(merged) > len(cands):
                cands = sorted(merged.values(), key=lambda c: (-c.score, c.id))
        if (
            text.isupper()
            and text.isalpha()
            and len(text) <= w.acronym_max
            and all(c.matched != text for c in cands)
        ):
            cands = []  # an acronym the gazetteer lacks ("SA"), not a village matched as "Sa"
        if not cands:
            for v in name_variants(text.split(), ctx.lex):
                cands = gaz.lookup(v, lang=lang, limit=w.lookup_limit)
                if cands:
                    break
        sent = doc.sentence_at(start)
        sentence = sent.index if sent else 0
        around = local.at(start, sentence)
        after = _placed_after(doc.text, found, bisect.bisect_left(starts, end), end, ctx.lex)
        if (
            after is not None
            and after.kind in CONTAINER_KINDS
            and around is not None
            and (_lies_by(around, after, gaz, w) or _water_named(text, ctx.lex))
        ):
            # "Tralee, Ireland" in a story set in Kerry: the town says more; so does the
            # story's town on a river named "in" a region, whose point is off the river
            after = None
        best = rank(start, end, text, cands, longs) if cands else None
        unit = area.unit(text, best, gaz, ctx.lex, lang, w.major_city)
        if unit is not None:
            out.append(_span_place(doc, start, end, text, unit, LOOKUP_CONFIDENCE, w))
            continue
        people = None if cands else _people_of(fold, found, start)
        if people is not None:  # "Richmondites" after "Richmond"
            out.append(
                dataclasses.replace(
                    people,
                    mention=text,
                    start=start,
                    end=end,
                    sentence=sentence,
                    confidence=DEMONYM_CONFIDENCE,
                    alternatives=(),
                    reason=None,
                )
            )
            continue
        formal = None if cands else _formal_head(text, focus, gaz, lang)
        if formal is not None:  # "the Islamic Republic" in a story on Iran
            out.append(_span_place(doc, start, end, text, formal, DEMONYM_CONFIDENCE, w))
            continue
        if best is not None and after is not None and not _lies_by(best, after, gaz, w):
            # "Kingston, Tasmania", "Richmond in Surrey": a reading of the name in or by
            # the place named after it, else that place
            held = [c for c in cands if _lies_by(c, after, gaz, w)]
            if held:
                out.append(
                    _span_place(
                        doc, start, end, text, rank(start, end, text, held), LOOKUP_CONFIDENCE, w
                    )
                )
            else:
                out.append(_context_place(text, start, end, sentence, after))
            continue
        # a common word ("Western", "Valley") that names only a small town far away
        # says less than where the article is
        if best is not None and not (
            around is not None
            and best.kind == "city"
            and (best.population or 0) < w.weak_population
            and zipf_frequency(fold, lang) >= w.common_word_zipf
        ):
            out.append(_span_place(doc, start, end, text, best, LOOKUP_CONFIDENCE, w))
            continue
        if inner is None:
            part = _known_part(r, start, end)
            if part is not None:
                best = rank(part[0], part[1], doc.text[part[0] : part[1]], part[2])
                # a country or region named in it says more than the article's town does
                conf = (
                    PART_REGION_CONFIDENCE
                    if best.kind in ("country", "admin1")
                    else LOOKUP_CONFIDENCE
                )
                inner = _candidate_place(text, start, end, sentence, best, conf, w)
        named = (
            gaz.get(adjective.id)
            if inner is None
            and adjective is not None
            and adjective.id is not None
            and any(wd.casefold() in ctx.lex.org_suffixes for wd in text.split())
            else None
        )
        if named is not None:
            # an organisation named for its country or region ("European Commission"),
            # not a quarter named after one ("French Quarter")
            inner = _candidate_place(text, start, end, sentence, named, INNER_MIN_CONFIDENCE, w)
        if (
            inner is not None
            and around is not None
            and not _water_named(text, ctx.lex)
            and area.stray(inner, found, gaz, w)
        ):
            inner = None  # "Eva's Village", "Western Trust": named inside, far from the story
        if after is not None and (
            inner is None
            or not (
                _water_named(text, ctx.lex)
                or inner.kind in CONTAINER_KINDS
                and _lies_by(after, inner, gaz, w)
            )
        ):
            # "the Rijksmuseum in Amsterdam", "Goodwood, West Sussex": where the text
            # says the name lies, before a name inside it or the article's setting; but
            # a town inside a river's name lies on it, and a body named for its region
            # ("the Saxony Chamber of Crafts in Dresden") stands for the region
            out.append(_context_place(text, start, end, sentence, after))
        elif inner is not None and (around is None or inner.confidence >= INNER_MIN_CONFIDENCE):
            out.append(inner)
        elif around is not None:
            out.append(_context_place(text, start, end, sentence, around))
        elif (wide := _widest_context(found, start)) is not None:
            # no town in the article: the region or country it names is still nearer
            # than nothing ("Glenrock Lagoon" in a story naming only New South Wales)
            out.append(_context_place(text, start, end, sentence, wide))
        else:
            out.append(None)
    return out


def _placed_after(
    text: str,
    found: Sequence[Place],
    k: int,
    end: int,
    lex: PlaceLexicon,
) -> Place | None:
    """The place a span ending at ``end`` is said to lie in or by: ``found[k]``, the
    place named next, behind a word of ``lex.within_words`` ("the Rijksmuseum in
    Amsterdam") or behind a comma where it is a container (a region, county, island or
    country: "Goodwood, West Sussex") and not a member of a list ("Bern, Basel and
    Genf"). None where no such place follows, or where the place goes on into a longer
    name ("..., California Polytechnic ...").

    >>> from geomap.lexicons import place_lexicon
    >>> from geomap.model import Place
    >>> lex = place_lexicon("en")
    >>> ams = Place("Amsterdam", 19, 28, 0, "Amsterdam", "city", "NL", 52.4, 4.9, "x", None, 1.0)
    >>> _placed_after("the Rijksmuseum in Amsterdam.", [ams], 0, 15, lex).name
    'Amsterdam'
    >>> _placed_after("the Rijksmuseum to Amsterdam.", [ams], 0, 15, lex) is None
    True
    >>> _placed_after("the Rijksmuseum, Amsterdam.", [ams], 0, 15, lex) is None
    True
    """
    if k >= len(found):
        return None
    p = found[k]
    gap = text[end : p.start]
    if p.role != "name" or p.lat is None or len(gap) > AFTER_GAP_CHARS:
        return None
    word = gap.strip().casefold()
    if gap == ", ":
        if p.kind not in CONTAINER_KINDS:
            return None
        nxt = found[k + 1] if k + 1 < len(found) else None
        tail = text[p.end : nxt.start] if nxt is not None else ""
        if nxt is not None and (
            tail.strip() == "," or tail.strip().casefold() in lex.and_words | lex.or_words
        ):
            return None  # "Kent, Surrey and Sussex": a list, no container
    elif not (gap[:1].isspace() and gap[-1:].isspace() and word in lex.within_words):
        return None
    rest = text[p.end : p.end + 2]
    if rest[:1].isspace() and rest[1:2].isupper():
        return None  # the place's name opens a longer one
    return p


def _paper_city(
    doc: Document, start: int, end: int, gaz: GazetteerAPI, lex: PlaceLexicon, w: Weights
) -> Place | None:
    """The city a newspaper is named after ("The Boston Globe"), where the span opens a
    paper's name and a capital or a city of ``major_city`` people bears it: a state or
    province of the name is not where the paper is ("the Quebec Chronicle-Telegraph")."""
    if not _names_newspaper(doc.text, end, lex):
        return None
    text = doc.text[start:end]
    cities = [
        c
        for c in gaz.lookup(text, lang=lex.lang, limit=w.lookup_limit)
        if c.kind == "city" and (c.feature_code == "PPLC" or (c.population or 0) >= w.major_city)
    ]
    if not cities:
        return None
    return _span_place(doc, start, end, text, cities[0], LOOKUP_CONFIDENCE, w)


def _names_newspaper(text: str, end: int, lex: PlaceLexicon) -> bool:
    """Whether the span ending at ``end`` opens a newspaper's name: a capitalised word of
    ``lex.newspaper_words`` follows it, alone or first in a hyphened pair ("The Boston
    Globe", "the Denver Post's", "the Oakland Post-Examiner").

    >>> from geomap.lexicons import place_lexicon
    >>> lex = place_lexicon("en")
    >>> _names_newspaper("in The Boston Globe's report", 13, lex)
    True
    >>> _names_newspaper("the Boston globe", 10, lex), _names_newspaper("Boston Globes", 6, lex)
    (False, False)
    """
    nxt = text[end : end + 16]
    if not nxt[:1].isspace() or not nxt.strip():
        return False
    word = nxt.split(maxsplit=1)[0].rstrip(".,;:!?")
    word = word.removesuffix("'s").removesuffix("\u2019s").split("-", 1)[0]
    return word[:1].isupper() and word.casefold() in lex.newspaper_words


def _lies_by(c: Candidate | Place, p: Place, gaz: GazetteerAPI, w: Weights) -> bool:
    """Whether a reading (or a resolved place) ``c`` lies in or by the place ``p`` named
    after a span: in its country, within ``Weights.container_reach`` times its area's
    radius (a region, a county, an island), or within :data:`CONTEXT_NEAR_KM` of a town
    or facility."""
    if p.kind == "country":
        return c.country_code == p.country_code
    if c.lat is None or c.lon is None or p.lat is None or p.lon is None:
        return False
    reach = CONTEXT_NEAR_KM
    if p.kind in CONTAINER_KINDS:
        area = gaz.get(p.id) if p.id else None
        reach = w.container_reach * (area.radius_km or 0.0) if area else 0.0
    return haversine_km(c.lat, c.lon, p.lat, p.lon) <= reach


def _widest_context(found: Sequence[Place], start: int) -> Place | None:
    """The smallest area an article without a local place names: a region of
    :data:`AREA_CONTEXT_KINDS` before a country, the one named last before ``start``,
    else the first after it."""
    for kinds in AREA_CONTEXT_KINDS:
        areas = [p for p in found if p.role == "name" and p.kind in kinds and p.lat is not None]
        if areas:
            before = [p for p in areas if p.start < start]
            return before[-1] if before else areas[0]
    return None


def _abbreviation(text: str, full: str, end: int, table: dict[str, str]) -> str | None:
    """The gazetteer id of a place abbreviation, also when the span leaves out the
    abbreviation's own full stop ("Calif" before "." stands for "Calif.").

    >>> _abbreviation("Calif", "Fresno, Calif. police", 13, {"Calif.": "admin1:US-california"})
    'admin1:US-california'
    >>> _abbreviation("Calif", "Calif said", 5, {"Calif.": "admin1:US-california"}) is None
    True
    """
    if text in table:
        return table[text]
    if full[end : end + 1] == ".":
        return table.get(text + ".")
    return None


def _people_of(fold: str, found: Sequence[Place], start: int) -> Place | None:
    """The place the article names whose people a word is ("Richmondites", "New
    Londoners", "Havanese"): the word less a demonym ending begins the place's name,
    which is at most :data:`DEMONYM_STEM_SLACK` letters longer. Only places of this
    article count, so a word for the people of a place it does not name stays unread;
    the one named last before the word wins, else the first after it."""
    stems = {
        fold[: -len(e)]
        for e in PLACE_DEMONYM_ENDINGS
        if fold.endswith(e) and len(fold) - len(e) >= DEMONYM_STEM_MIN
    }
    if not stems:
        return None
    hits = [
        p
        for p in found
        if p.role == "name"
        and p.kind not in ("adjective", "country")
        and any(
            k != fold and k.startswith(stem) and len(k) - len(stem) <= DEMONYM_STEM_SLACK
            for k in (p.mention.casefold(), (p.name or "").casefold())
            for stem in stems
        )
    ]
    before = [p for p in hits if p.start < start]
    return before[-1] if before else (hits[0] if hits else None)


def _formal_head(
    text: str, focus: Counter[str | None], gaz: GazetteerAPI, lang: str
) -> Candidate | None:
    """A country of the article called by the head of its formal name ("the Islamic
    Republic" for the Islamic Republic of Iran, "the Republic" for the Republic of
    Ireland, "the Kingdom" for the Kingdom of Saudi Arabia): ``<text> of <country>`` is a
    name the gazetteer holds for one of the countries the article names, the most named
    first."""
    if not text[:1].isupper():
        return None
    for cc, _ in focus.most_common():
        country = gaz.country(cc) if cc else None
        if country is None:
            continue
        full = f"{text} of {country.name}"
        if any(c.id == country.id for c in gaz.lookup(full, lang=lang, limit=5)):
            return country
    return None


def _water_named(text: str, lex: PlaceLexicon) -> bool:
    """Whether a span ends in a head word of a water ("Chattahoochee River", "Lake
    Placid" does not): the town named inside a river's or lake's name lies on it more
    often than the story's own town does."""
    last = text.rsplit(maxsplit=1)[-1].casefold() if text.strip() else ""
    return lex.feature_heads.get(last) in WATER_KINDS


class _Area:
    """The part of a country an article is about: the first-level regions it names and
    its local places. A county named bare ("Vanderburgh" for Vanderburgh County,
    "Pointe Coupee" for the parish) is read as the county of that name lying there
    when the name has no reading there of its own: the gazetteer indexes US counties
    and parishes only by their full names, so that no town or word is shadowed."""

    def __init__(self, found: Sequence[Place], gaz: GazetteerAPI) -> None:
        regions = [p for p in found if p.kind == "admin1" and p.name]
        self._regions = {p.name for p in regions}
        # towns carry only their region's code: a town lies in a named region when it
        # lies within the circle of the region's area around its point
        self._circles = [
            (c.lat, c.lon, c.radius_km)
            for c in (gaz.get(p.id) for p in regions if p.id)
            if c is not None and c.radius_km
        ]
        self._points = [
            (p.lat, p.lon, p.start)
            for p in found
            if p.kind in LOCAL_KINDS and p.lat is not None and p.lon is not None
        ]

    def holds(self, c: Candidate, outside: tuple[int, int] = (0, 0)) -> bool:
        """Whether a reading lies in a first-level region the article names (a unit
        carries its region's name) or within :data:`CONTEXT_NEAR_KM` of one of its
        local places, those named within ``outside`` (a span's own) left out."""
        if c.admin1 in self._regions or any(
            haversine_km(c.lat, c.lon, a, b) <= r for a, b, r in self._circles
        ):
            return True
        lo, hi = outside
        return any(
            haversine_km(c.lat, c.lon, a, b) <= CONTEXT_NEAR_KM
            for a, b, at in self._points
            if not lo <= at < hi
        )

    def unit(
        self,
        text: str,
        best: Candidate | None,
        gaz: GazetteerAPI,
        lex: PlaceLexicon,
        lang: str,
        major_city: int,
    ) -> Candidate | None:
        """The county (parish, borough) named bare by ``text`` in the article's area, where
        the span's own best reading, if any, is a town or unit lying outside it, or a
        small town there known under another name (Boron, California, also called
        "Kern"). A capital or a city of ``major_city`` people keeps the name."""
        if not (self._regions or self._points) or not text[:1].isupper():
            return None
        if best is not None and (
            best.kind not in ("city", "admin2")
            or best.feature_code == "PPLC"
            or (best.population or 0) >= major_city  # "New York", "Washington" stay cities
            or self.holds(best)
            and best.matched.casefold() == best.name.casefold()
        ):
            return None  # a region, a major city, or a reading under its own name in the area
        units = [
            c
            for suffix in lex.unit_suffixes
            if not text.endswith(suffix)
            for c in gaz.lookup(text + suffix, lang=lang, limit=UNIT_LOOKUP_LIMIT)
            if c.kind == "admin2"
            and c.matched.casefold() == (text + suffix).casefold()
            and self.holds(c)
        ]
        if not units:
            return None
        return min(units, key=lambda c: (c.admin1 not in self._regions, self._nearest_km(c)))

    def stray(self, p: Place, found: Sequence[Place], gaz: GazetteerAPI, w: Weights) -> bool:
        """Whether a place named inside a span the gazetteer lacks lies away from the
        story: a town under ``weak_population`` outside the article's area ("Eva" in
        "Eva's Village", "Percy" in "Percy French Hotel"), or a region of a country no
        other place of the article lies in ("Western" in "Western Trust" read as a
        province of another continent). The place the article is about says more."""
        c = gaz.get(p.id) if p.id else None
        if c is None:
            return False
        if c.kind == "city":
            return (c.population or 0) < w.weak_population and not self.holds(c, (p.start, p.end))
        if c.kind in ("admin1", "admin2"):
            return not any(
                q.country_code == c.country_code and not (p.start <= q.start < p.end) for q in found
            )
        return False

    def _nearest_km(self, c: Candidate) -> float:
        return min((haversine_km(c.lat, c.lon, a, b) for a, b, _ in self._points), default=0.0)


def _known_part(r: Resolution, start: int, end: int) -> tuple[int, int, list[Candidate]] | None:
    """The longest run of capitalised words inside a gold span the gazetteer lacks that
    names a prominent place ("Colorado" in "Colorado State University", "Tokyo" in
    "British Embassy Tokyo"): its offsets and readings, or None when no part does."""
    ctx = r.context
    limit = ctx.weights.lookup_limit
    token_starts = r.token_starts
    lo = bisect.bisect_left(token_starts, start)
    hi = bisect.bisect_left(token_starts, end)
    toks = [t for t in ctx.tokens[lo:hi] if t.end <= end]
    if len(toks) < 2:
        return None
    for n in range(len(toks) - 1, 0, -1):
        for i in range(len(toks) - n + 1):
            part = toks[i : i + n]
            if not all(t.is_cap for t in part) or any(t.fold in ctx.lex.not_names for t in part):
                continue
            a, b = part[0].start, part[-1].end
            cands = [
                c
                for c in ctx.gaz.lookup(ctx.text[a:b], lang=ctx.lang, limit=limit)
                if c.kind in ("country", "admin1", "admin2")
                or c.kind == "city"
                and (c.population or 0) >= PART_MIN_POPULATION
            ]
            if cands:
                return a, b, cands
    return None


class _LocalFocus:
    """Where an article is, below the country level: for a name the gazetteer does not
    hold (a street, a church, a neighbourhood) that the caller knows to be a place."""

    def __init__(self, found: Sequence[Place], weak: frozenset[str | None] = frozenset()) -> None:
        local = [p for p in found if p.kind in LOCAL_KINDS and p.lat is not None]
        # a place with another place of the article nearby is where the article is; a lone
        # one far from the rest is more likely a misread name ("Elysian Fields" is no
        # Minnesota town in a story on New Orleans)
        spots = [p for p in found if p.kind in (*LOCAL_KINDS, "admin1") and p.lat is not None]
        neighbours = {
            p.id: sum(1 for q in spots if q.id != p.id and _km(p, q) <= CONTEXT_NEAR_KM)
            for p in local
        }
        counts = Counter(p.id for p in local)
        first: dict[str | None, Place] = {}
        for p in local:
            first.setdefault(p.id, p)
        # a town in a country no other place of the article lies in is more likely a
        # misread name too ("Rod" in a story on Las Vegas and Essex read as a Romanian
        # village): it is the article's main place only when nothing else is
        shared = {
            p.id
            for p in local
            if any(q.country_code == p.country_code and q.id != p.id for q in found)
        }
        self._top = (
            first[
                min(
                    counts,
                    key=lambda i: (
                        i not in shared,
                        -neighbours[i],
                        i in weak,
                        -counts[i],
                        first[i].start,
                    ),
                )
            ]
            if counts
            else None
        )
        self._alone = {i for i, n in neighbours.items() if n == 0}
        self._local = local
        self._starts = [p.start for p in local]

    def at(self, start: int, sentence: int) -> Place | None:
        """The local place named last before ``start`` in this or the previous sentence
        that does not lie alone, far from the article's other places; else the one with
        most of them nearby (then the one named most often, then the first)."""
        k = bisect.bisect_right(self._starts, start) - 1
        while k >= 0 and sentence - self._local[k].sentence <= 1:
            if self._local[k].id not in self._alone or self._top is None:
                return self._local[k]
            k -= 1
        # a name placed before its town ("Le Bernardin in New York", "the Palais des
        # Nations in Geneva"): the first local place after it in the same sentence
        k = bisect.bisect_right(self._starts, start)
        while k < len(self._local) and self._local[k].sentence == sentence:
            if self._local[k].start > start and self._local[k].id not in self._alone:
                return self._local[k]
            k += 1
        return self._top


def _km(p: Place, q: Place) -> float:
    """Great-circle km between two located places."""
    assert p.lat is not None and p.lon is not None and q.lat is not None and q.lon is not None
    return haversine_km(p.lat, p.lon, q.lat, q.lon)


def _context_place(text: str, start: int, end: int, sentence: int, around: Place) -> Place:
    """A name the gazetteer lacks, placed at the local place the article is about."""
    return dataclasses.replace(
        around,
        mention=text,
        start=start,
        end=end,
        sentence=sentence,
        source="context",
        confidence=CONTEXT_CONFIDENCE,
        alternatives=(),
        role="name",
        reason=f"not in the gazetteer; placed at {around.name}, where the article is",
    )


def _span_place(
    doc: Document, start: int, end: int, text: str, c: Candidate, conf: float, w: Weights
) -> Place:
    sent = doc.sentence_at(start)
    return _candidate_place(text, start, end, sent.index if sent else 0, c, conf, w)


def _candidate_place(
    text: str, start: int, end: int, sentence: int, c: Candidate, conf: float, w: Weights
) -> Place:
    """A mention resolved to a gazetteer reading."""
    return Place(
        mention=text,
        start=start,
        end=end,
        sentence=sentence,
        name=c.name,
        kind=c.kind,
        country_code=c.country_code,
        lat=round(c.lat, w.coordinate_decimals),
        lon=round(c.lon, w.coordinate_decimals),
        id=c.id,
        source="gazetteer",
        confidence=conf,
    )
