"""Typed results that flow through the pipeline.

Every stage is a pure function from these frozen dataclasses to new ones; only the CLI
and the renderers touch files. Field names are the JSON field names (``lat``/``lon``
always, never ``(lon, lat)`` tuples: those appear only where data enters shapely or
GeoJSON). ``to_dict()`` gives the JSON shape of ``--format json`` (README, "Command line").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "KINDS",
    "QUALIFIER_SYMBOLS",
    "Alternative",
    "Analysis",
    "Claim",
    "Document",
    "Event",
    "Evidence",
    "Header",
    "KindInfo",
    "Place",
    "PlaceIndex",
    "PlaceRef",
    "RangeRing",
    "Sentence",
    "Stated",
    "Qualifier",
    "Role",
    "Source",
    "Verdict",
    "EvidenceHow",
    "kind_info",
    "kinds_where",
]

#: The verdict on a distance claim.
Verdict = Literal["consistent", "inconsistent", "unverifiable"]
#: How a stated distance is qualified (docs/claims.md gives each class's tolerance).
Qualifier = Literal["exact", "lower", "upper", "approx", "just_under", "just_over"]
#: Where a place's reading came from: the local gazetteer, the geopy fallback, built from
#: other places (a border, a coast), or (gold spans in the evaluation only) the article's
#: context place.
Source = Literal["gazetteer", "geocoder", "derived", "context"]
#: What a place mention is in the text: a name, a country adjective, or a place built from
#: others (a border, a coast).
Role = Literal["name", "adjective", "derived"]

#: How reports and the map write a qualifier before a stated distance ("> 20 km" for "more
#: than 20 km").
QUALIFIER_SYMBOLS: Mapping[str, str] = MappingProxyType(
    {
        "exact": "",
        "lower": ">",
        "upper": "<",
        "approx": "≈",
        "just_under": "≲",
        "just_over": "≳",
    }
)


@dataclass(frozen=True, slots=True)
class KindInfo:
    """What the stages ask of a place kind. One row per kind in :data:`KINDS`: the one
    vocabulary of kinds, instead of a set of kind names in each stage.

    ``contains_places``: a container (country, admin region); a distance is rarely
    claimed of it rather than of a place in it (claims).
    ``label_point_only``: a large feature the gazetteer knows only by a label point; a
    distance to that point says nothing about the feature (verification).
    ``map_area``: the map shows it but does not zoom to it (a centroid of something large).
    ``takes_article``: an article in front is normal (die Ukraine, das Schwarze Meer).
    ``bare``: named without an article (a bare "Ohio" is the state, "the Ohio" the river).
    ``bare_or_not``: named either way (the Pacific, Pacific Ocean; the Pentagon).
    ``local``: a place small enough to be the local setting of the places named near it.
    ``strong``: never lost to a namesake small town or a person.
    ``actor``: a place whose name can stand for an actor ("Russia said").
    ``event_specificity``: how precisely an event at such a place is located (events
    prefer the most specific place of their clause).
    ``is_area``: the feature covers ground or water (a sea, a lake, an island), so a
    distance to it runs to its nearest edge and a point inside is 0 km away.
    ``is_water``: a body of water (a sea, a lake, a river).
    ``has_outline``: the gazetteer may hold its outline (a polygon, or a line for rivers and
    lines of latitude; see ``gazetteer/_physical.py``); where it does, verification
    measures to the outline, and ``label_point_only`` applies only where it does not.
    ``area_outline``: the gazetteer may hold the area of such a feature (a mountain range's,
    a desert's or a peninsula's Natural Earth region polygon, ``gazetteer/data/
    outlines_ne.csv``); where it does, a distance runs to that area, and where it does
    not, the feature is what it was before (a summit's point, a label point).
    ``holds_after_comma``: in "X, Y" a Y of this kind says where X lies (a state, a county,
    an island: "Windsor, Vermont"), so an X with no reading inside it is placed at it.
    ``held_by_container``: an X of this kind may be placed at such a Y (a town, a district,
    a site; not a region or a country).
    ``coast_in_name``: a name of this kind that ends in a coast word ("Ivory Coast", "Gold
    Coast") names the place itself and draws no coast of its own.
    ``refined_by_distance``: an event placed at a place of this kind (a whole country, a
    coast hundreds of kilometres long) may be narrowed to a town when the next sentence
    measures it from that town ("off Taiwan's east coast. The quake was centred 30 km east
    of X").
    ``named_once``: a feature a text names once or twice (a volcano, an island, falls), not
    a town or a site, of which a text names many; so a descriptive noun (``the volcano``)
    many sentences later may still mean the only one named (claims).
    ``admin_unit``: an administrative unit, what a unit word beside a name (``Kunar
    province``, ``in der Provinz X``) selects among the name's readings (geoparser).
    ``settlement``: a town, or the municipality GeoNames files as a second-level unit beside
    its village (a Norwegian municipality of 800 people); what a common noun a village bears
    is weighed against (geoparser).
    ``genitive_after_noun``: a region or an island whose German genitive stands after a
    noun (``im Westen <Region>s``, ``die Küste <Insel>s``): a one-word genitive that is
    only a small town's name reads as it (geoparser, session 26).
    ``list_family``: names listed together are of one kind ("Utah, Colorado and Idaho",
    "an Elbe und Saale", "the Volga and Kama"): a member surely of a kind with a family
    says its list mates are of that family too (a summit and a range are one); empty
    where a list says nothing of the kind (towns lie together instead; geoparser,
    ``_evidence.lists``, session 31).
    ``names_units``: a second-level unit lying on a feature of this kind and bearing its
    name is named after it (the Clutha District on the Clutha, a district of the Wakhan
    valley), so a bare name is the feature as often as the unit (geoparser,
    ``_rank._units_named_after``, session 32).
    """

    contains_places: bool = False
    label_point_only: bool = False
    map_area: bool = False
    takes_article: bool = False
    bare: bool = False
    bare_or_not: bool = False
    local: bool = False
    strong: bool = False
    actor: bool = False
    event_specificity: int = 2
    is_area: bool = False
    is_water: bool = False
    has_outline: bool = False
    area_outline: bool = False
    holds_after_comma: bool = False
    held_by_container: bool = False
    coast_in_name: bool = False
    refined_by_distance: bool = False
    named_once: bool = False
    admin_unit: bool = False
    settlement: bool = False
    genitive_after_noun: bool = False
    list_family: str = ""
    names_units: bool = False


_WATER = KindInfo(
    label_point_only=True,
    map_area=True,
    takes_article=True,
    event_specificity=3,
    is_area=True,
    is_water=True,
    has_outline=True,
)

#: Every kind of place geomap knows, and what each stage asks of it (see :class:`KindInfo`).
KINDS: Mapping[str, KindInfo] = MappingProxyType(
    {
        "city": KindInfo(
            bare=True,
            local=True,
            actor=True,
            event_specificity=3,
            held_by_container=True,
            coast_in_name=True,
            settlement=True,
        ),
        "facility": KindInfo(
            takes_article=True,
            bare_or_not=True,
            local=True,
            event_specificity=3,
            held_by_container=True,
        ),
        "country": KindInfo(
            contains_places=True,
            map_area=True,
            takes_article=True,
            strong=True,
            actor=True,
            event_specificity=1,
            coast_in_name=True,
            refined_by_distance=True,
            list_family="country",
        ),
        "admin1": KindInfo(
            contains_places=True,
            label_point_only=True,
            map_area=True,
            bare=True,
            actor=True,
            holds_after_comma=True,
            admin_unit=True,
            genitive_after_noun=True,
            list_family="admin1",
        ),
        "admin2": KindInfo(
            contains_places=True,
            label_point_only=True,
            bare=True,
            local=True,
            holds_after_comma=True,
            admin_unit=True,
            settlement=True,
        ),
        "state": KindInfo(contains_places=True, admin_unit=True),
        "province": KindInfo(contains_places=True, admin_unit=True),
        "district": KindInfo(contains_places=True, held_by_container=True, admin_unit=True),
        "county": KindInfo(contains_places=True, admin_unit=True),
        "region": KindInfo(
            contains_places=True,
            label_point_only=True,
            map_area=True,
            takes_article=True,
            admin_unit=True,
            names_units=True,
        ),
        "continent": KindInfo(contains_places=True, label_point_only=True, map_area=True),
        "ocean": KindInfo(
            label_point_only=True,
            map_area=True,
            takes_article=True,
            bare_or_not=True,
            is_area=True,
            is_water=True,
            has_outline=True,
        ),
        "sea": KindInfo(
            label_point_only=True,
            map_area=True,
            takes_article=True,
            bare_or_not=True,
            event_specificity=3,
            is_area=True,
            is_water=True,
            has_outline=True,
        ),
        "gulf": _WATER,
        "strait": _WATER,
        "river": dataclasses.replace(_WATER, is_area=False, list_family="river", names_units=True),
        "lake": dataclasses.replace(_WATER, list_family="lake", names_units=True),
        "bay": KindInfo(
            label_point_only=True,
            map_area=True,
            takes_article=True,
            is_area=True,
            is_water=True,
            has_outline=True,
        ),
        "channel": KindInfo(
            label_point_only=True, takes_article=True, is_area=True, is_water=True, has_outline=True
        ),
        "canal": KindInfo(label_point_only=True, takes_article=True),
        "desert": KindInfo(label_point_only=True, takes_article=True, area_outline=True),
        "peninsula": KindInfo(
            label_point_only=True, map_area=True, takes_article=True, area_outline=True
        ),
        "island": KindInfo(
            map_area=True,
            takes_article=True,
            bare_or_not=True,
            event_specificity=3,
            is_area=True,
            has_outline=True,
            holds_after_comma=True,
            named_once=True,
            genitive_after_noun=True,
            list_family="island",
        ),
        "mountain": KindInfo(
            map_area=True,
            takes_article=True,
            event_specificity=3,
            area_outline=True,
            named_once=True,
            list_family="mountain",
        ),
        # a summit, a cape and a pole are points: a distance to them is to that point
        "peak": KindInfo(takes_article=True, event_specificity=3, list_family="mountain"),
        "cape": KindInfo(takes_article=True, bare_or_not=True, event_specificity=3),
        "pole": KindInfo(takes_article=True, event_specificity=3),
        # a waterfall is a point too (gazetteer kind ``waterfall``, issue 16); English
        # names it bare as often as with an article ("visited Niagara Falls", "the Iguazu
        # Falls"), so a missing article says nothing against it
        "waterfall": KindInfo(
            takes_article=True, bare_or_not=True, event_specificity=3, named_once=True
        ),
        # a line of latitude (the equator, the Arctic Circle): measured along the meridian
        "parallel": KindInfo(
            label_point_only=True, map_area=True, takes_article=True, has_outline=True
        ),
        "adjective": KindInfo(map_area=True),
        "border": KindInfo(map_area=True),
        "coast": KindInfo(map_area=True, refined_by_distance=True),
        "derived": KindInfo(event_specificity=3),
    }
)
_UNKNOWN_KIND = KindInfo()


def kind_info(kind: str | None) -> KindInfo:
    """The row of :data:`KINDS` for ``kind``; an unknown kind has every property off.

    >>> kind_info("sea").label_point_only, kind_info("city").label_point_only
    (True, False)
    """
    return KINDS.get(kind or "", _UNKNOWN_KIND)


def kinds_where(prop: str) -> frozenset[str]:
    """The kinds with a property on, for stages that test membership in a set.

    >>> sorted(kinds_where("bare"))
    ['admin1', 'admin2', 'city']
    """
    return frozenset(k for k, info in KINDS.items() if getattr(info, prop))


#: The waters a coast is named after ("the Pacific coast", "die Karibikküste"): the open
#: waters, not lakes, rivers or straits.
COAST_WATER_KINDS: frozenset[str] = frozenset({"ocean", "sea", "gulf", "bay"})
#: The ``PlaceRef.geometry`` values that are lines (a coast, a border), not kinds: an area
#: end is measured against them by its shore.
LINE_GEOMETRIES: frozenset[str] = frozenset({"coast", "border"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the document; ``start``/``end`` are offsets into ``Document.text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Header:
    """What the lines before the body say: date, source, byline and dateline.

    ``date`` is ISO 8601 and may be partial (``2023-09``); ``date_precision`` says
    which (``day``, ``month``, ``year``). The dateline place is only text here: the
    geoparser resolves it like any other mention (its offsets are kept).
    """

    date: str | None = None
    date_precision: str | None = None
    source: str | None = None
    byline: tuple[str, ...] = ()
    dateline: str | None = None
    dateline_start: int | None = None
    dateline_end: int | None = None
    agency: str | None = None
    body_start: int = 0


@dataclass(frozen=True, slots=True)
class Document:
    """One input, decoded and split. Every offset in geomap refers to ``text``."""

    text: str
    language: str
    sentences: tuple[Sentence, ...]
    header: Header = field(default_factory=Header)
    path: str | None = None
    language_source: str = "detected"  # "detected" | "given"
    encoding: str | None = None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset`` (binary search; sentences are sorted)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


@dataclass(frozen=True, slots=True)
class Alternative:
    """A next-best reading of a mention, kept so a reader can see what was weighed."""

    id: str
    name: str
    kind: str
    country_code: str | None
    lat: float
    lon: float
    score: float


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention and what it resolved to.

    ``role`` is ``name`` (the text names the place), ``adjective`` (``russische``,
    ``Polish``: linked to the country), ``derived`` (a border or a coast built from
    resolved places; ``relation``, ``related`` and ``facing`` say how). An unresolved
    mention keeps ``id=None`` and a ``reason``.
    """

    mention: str
    start: int
    end: int
    sentence: int
    name: str | None
    kind: str
    country_code: str | None
    lat: float | None
    lon: float | None
    id: str | None
    source: Source | None
    confidence: float
    alternatives: tuple[Alternative, ...] = ()
    role: Role = "name"
    relation: str | None = None  # "border" | "coast" for derived places
    related: tuple[str, ...] = ()  # country codes a derived place is built from
    facing: str | None = None  # compass point of a coast ("E" for an east coast)
    water: str | None = None  # gazetteer id of the sea a coast is named after
    reason: str | None = None  # why a mention stayed unresolved

    @property
    def resolved(self) -> bool:
        return self.id is not None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["alternatives"] = [asdict(a) for a in self.alternatives]
        d["related"] = list(self.related)
        return d


@dataclass(frozen=True, slots=True)
class Stated:
    """A distance as the text states it. ``qualifier`` is one of ``exact``, ``lower``,
    ``upper``, ``approx``, ``just_under``, ``just_over`` (see ``docs/claims.md``)."""

    value: float
    unit: str  # "km" | "m" | "mi" | "nmi"
    qualifier: Qualifier
    text: str


@dataclass(frozen=True, slots=True)
class PlaceIndex:
    """The places of one analysis grouped by sentence: built once, passed to the stages
    that ask "which places does sentence N name", so none keeps a cache of its own.

    >>> PlaceIndex.of(()).in_sentence(3)
    ()
    """

    by_sentence: Mapping[int, tuple[Place, ...]]

    @classmethod
    def of(cls, places: Sequence[Place]) -> PlaceIndex:
        """Group ``places`` by sentence, keeping their order."""
        grouped: dict[int, list[Place]] = {}
        for p in places:
            grouped.setdefault(p.sentence, []).append(p)
        return cls(MappingProxyType({k: tuple(v) for k, v in grouped.items()}))

    def in_sentence(self, index: int) -> tuple[Place, ...]:
        """The places of sentence ``index``, in document order."""
        return self.by_sentence.get(index, ())


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """The subject or reference of a claim: a place, or a derived geometry."""

    name: str
    kind: str
    id: str | None
    lat: float | None
    lon: float | None
    geometry: str = "point"  # "point" | "polygon" | "border" | "coast"
    country_code: str | None = None
    mention_start: int | None = None


@dataclass(frozen=True, slots=True)
class RangeRing:
    """The circle a range claim draws around its origin."""

    lat: float
    lon: float
    radius_km: float
    origin: str


#: How the words behind a claim's end were read (docs/claims.md, "Evidence").
EvidenceHow = Literal[
    "named",  # the place is named in the distance's own clause
    "apposition",  # the distance describes the place before it ("X, about 40 km from Y")
    "clause subject",  # the subject of the clause, across an apposition or a relative clause
    "relative clause",  # the place a relative clause follows ("X, which lies ...")
    "coordinated",  # a coordinated second distance keeps the first one's subject
    "preposition",  # the place after a marker word ("from Y", "von Y")
    "between",  # "between X and Y"
    "route",  # "from X to Y"
    "description",  # a descriptive noun phrase ("the port", "der Berg") -> a place named before
    "capital",  # "the Kenyan capital" -> the place the text calls that country's capital
    "previous sentence",  # a pronoun or an implicit end -> a place of the previous sentences
    "dateline",  # the place in the dateline
    "launch origin",  # where a flight started
    "landing",  # where a flight ended
]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Which words gave a claim's subject or reference: the character span of those words
    in the document, and how they were read (:data:`EvidenceHow`)."""

    start: int
    end: int
    text: str
    how: EvidenceHow


@dataclass(frozen=True, slots=True)
class Claim:
    """A stated distance, and once verified, what was computed and the verdict.

    Extraction fills the first block; ``verify`` returns a copy with the second.
    ``form`` is ``point`` (X is N km from Y), ``border``, ``coast``, ``pair`` (X and
    Y are N km apart), ``route`` (from X to Y) or ``range`` (flew N km).

    ``bearing_deg`` is the initial geodesic bearing *from the reference* (its nearest
    point) *to the subject*, in degrees from north: the bearing a stated direction ("X is
    north of Y") is checked against, and the one ``explanation`` names with both ends
    ("bearing 12° from Y to X"). Reports that show the way from subject to reference
    (``report.subject_bearing``) say so.
    """

    text: str
    sentence: int
    start: int
    end: int
    stated: Stated
    stated_km: float
    form: str
    direction: str | None = None
    subject: PlaceRef | None = None
    reference: PlaceRef | None = None
    # verification
    computed_km: float | None = None
    bearing_deg: float | None = None
    direction_ok: bool | None = None
    accepted_km: tuple[float, float] | None = None
    verdict: Verdict = "unverifiable"
    explanation: str = ""
    nearest: tuple[float, float] | None = None  # (lat, lon) of the nearest point on the reference
    ring: RangeRing | None = None
    # which words gave each end (extraction); None for claims built by hand
    subject_evidence: Evidence | None = None
    reference_evidence: Evidence | None = None
    # a vague quantity ("a few hundred kilometres") accepts this documented range of km
    vague_km: tuple[float, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("accepted_km", "nearest", "vague_km"):
            if d[key] is not None:
                d[key] = list(d[key])
        return d


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what, where and when, in one clause."""

    type: str  # travel | meeting | launch | strike | impact | statement | a taxonomy kind | other
    trigger: str
    actors: tuple[str, ...]
    place_id: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    date: str | None  # ISO date, or None when unknown
    date_text: str | None
    date_precision: str | None  # "day" | "month" | None
    relation: str | None  # e.g. "before:2" (index of another event)
    sentence: int
    start: int
    end: int
    confidence: float
    quantity: str | None = None
    index: int = 0
    # the taxonomy of docs/events.md: ACLED event type (or EM-DAT hazard, accident...) and
    # sub-type; strike and impact are "explosion_remote_violence"
    kind: str | None = None
    sub_kind: str | None = None
    # how the place was chosen ("locative" | "descriptive" | "back_reference" | "there" |
    # "carried" | "dateline") and its precision ("point" | "near" | "region" | "country" | "sea")
    place_method: str | None = None
    place_precision: str | None = None
    # the span of days the date words give ("last week", "in der Nacht zum Sonntag")
    date_start: str | None = None
    date_end: str | None = None
    # quantities a reader wants: numbers of dead, injured, missing, evacuated, missiles
    magnitude: float | None = None
    dead: int | None = None
    injured: int | None = None
    missing: int | None = None
    evacuated: int | None = None
    missiles: int | None = None
    # the trigger words in the text (the first word's offsets)
    trigger_start: int | None = None
    trigger_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["actors"] = list(self.actors)
        d["place"] = (
            {"id": self.place_id, "name": self.place_name, "lat": self.lat, "lon": self.lon}
            if self.place_name
            else None
        )
        return d


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything geomap found in one document."""

    document: Document
    places: tuple[Place, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        h = self.document.header
        return {
            "path": self.document.path,
            "language": self.document.language,
            "date": h.date,
            "places": [p.to_dict() for p in self.places],
            "claims": [c.to_dict() for c in self.claims],
            "events": [e.to_dict() for e in self.events],
        }

    def to_dataframe(self) -> pd.DataFrame:
        """The places as a pandas DataFrame, one row per mention."""
        import pandas as pd

        cols = [f for f in Place.__dataclass_fields__ if f != "alternatives"]
        return pd.DataFrame([{c: getattr(p, c) for c in cols} for p in self.places], columns=cols)

    def claims_dataframe(self) -> pd.DataFrame:
        import pandas as pd

        rows = []
        for c in self.claims:
            rows.append(
                {
                    "text": c.text,
                    "form": c.form,
                    "qualifier": c.stated.qualifier,
                    "stated_km": c.stated_km,
                    "direction": c.direction,
                    "subject": c.subject.name if c.subject else None,
                    "reference": c.reference.name if c.reference else None,
                    "computed_km": c.computed_km,
                    "bearing_deg": c.bearing_deg,
                    "verdict": c.verdict,
                    "explanation": c.explanation,
                }
            )
        return pd.DataFrame(rows)

    def events_dataframe(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame([e.to_dict() for e in self.events])
