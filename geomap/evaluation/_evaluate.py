"""Corpus readers and geoparsing metrics, as Gritta et al. report them.

Readers turn three gold formats into one shape (:class:`GoldDoc`): LGL (Lieberman et al.
2010), GeoWebNews (Gritta, Pilehvar & Collier 2019) and the project's own dev corpus in
``tests/corpus/places/``. They stream (``xml.etree.ElementTree.iterparse``) so a large
corpus never sits in memory twice, and a malformed file raises :class:`CorpusError` with
one line saying where.

Metrics follow M. Gritta, M. T. Pilehvar, N. Collier, "A Pragmatic Guide to Geoparsing
Evaluation", Language Resources and Evaluation 54 (2020), arXiv:1810.12368:

* geotagging: precision, recall and F1 of toponym spans, exact match (the paper's
  measure) and, clearly labelled, a lenient overlap match;
* resolution (geocoding): accuracy within 161 km (100 miles), mean and median error in
  km, and the AUC of the log error curve (lower is better).

Everything here is pure; the CLI (``geomap.cli._eval``) and the benchmark do the I/O of
running a system and printing.
"""

from __future__ import annotations

import hashlib
import json
import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from geographiclib.geodesic import Geodesic

from geomap.errors import CorpusError

__all__ = [
    "ACC_KM",
    "ADJECTIVE_TOPONYMS",
    "CORPORA",
    "EvalReport",
    "GWN_GEOTAGGING_TYPES",
    "GoldDoc",
    "GoldToponym",
    "MAX_ERROR_KM",
    "WARM_UP",
    "WARM_UP_SPANS",
    "Miss",
    "Prediction",
    "ResolutionScores",
    "Resolver",
    "SpanScores",
    "System",
    "auc_log_error",
    "detect_corpus",
    "doc_half",
    "error_km",
    "evaluate",
    "match_spans",
    "miss_kinds",
    "pipeline_resolver",
    "pipeline_system",
    "read_corpus",
    "read_dev",
    "read_gwn",
    "read_lgl",
    "resolution_scores",
    "span_scores",
]

#: Accuracy radius: 161 km is 100 miles, the usual ``acc@161``.
ACC_KM = 161.0
#: Half the Earth's circumference (km): the largest possible error, the AUC's scale.
MAX_ERROR_KM = 20039.0

#: GeoWebNews types that count as gold toponyms for geotagging. Gritta et al. ask a
#: geoparser for every toponym that names a place, whether it is used literally
#: (Literal, Mixed, Coercion, Literal_Modifier, Embedded_Literal) or associatively
#: (Metonymic, Non_Literal_Modifier, Embedded_Non_Lit: "Moscow said", "the Paris
#: talks"). Left out: Demonym and Language (words derived from a place, not its name),
#: Homonym (a place name used for a person or thing: "Paris Hilton"), Non_Toponym, and
#: Literal_Expression / Non_Lit_Expression (common nouns such as "church", "citizens").
#: These eight types are also exactly the ones the corpus gives coordinates for.
GWN_GEOTAGGING_TYPES = frozenset(
    {
        "Literal",
        "Mixed",
        "Coercion",
        "Literal_Modifier",
        "Embedded_Literal",
        "Metonymic",
        "Non_Literal_Modifier",
        "Embedded_Non_Lit",
    }
)

CORPORA = ("lgl", "gwn", "dev")

_GEOD = Geodesic.WGS84


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold toponym. ``lat``/``lon`` are ``None`` when the corpus gives no point
    (it then counts for geotagging, not for resolution). ``kind`` is the corpus's own
    label: a GeoNames feature code (LGL), a GeoWebNews type, or the dev corpus kind."""

    start: int
    end: int
    phrase: str
    lat: float | None = None
    lon: float | None = None
    kind: str | None = None
    locational: bool = True


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its text and its toponyms sorted by offset."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    lang: str = "en"
    #: Toponyms whose offsets did not cover their ``<phrase>`` and were moved to the
    #: nearest occurrence of it (see :func:`read_lgl`).
    reanchored: int = 0


#: A one-sentence document run once before timing: the first call opens the gazetteer and
#: loads the lexicons and the language model (start-up, not documents per second).
#: ``WARM_UP_SPANS`` are its gold spans for ``--mode resolution``.
WARM_UP = GoldDoc("warm-up", "Flights from Berlin to Madrid.", (), "en")
WARM_UP_SPANS = ((13, 19),)


@dataclass(frozen=True, slots=True)
class Prediction:
    """A system's toponym: a span and, when it resolved it, a point. ``name``, ``kind``
    and ``country_code`` say which place the system took (geomap fills them; a baseline
    may not): the listing of misses shows them beside the gold point, so a reader sees a
    namesake, a town for a state or a name the gazetteer lacks at a glance."""

    start: int
    end: int
    lat: float | None = None
    lon: float | None = None
    name: str | None = field(default=None, compare=False)
    kind: str | None = field(default=None, compare=False)
    country_code: str | None = field(default=None, compare=False)

    def label(self) -> str | None:
        """``Name (kind, CC)``, or None when the system named no place."""
        if self.name is None:
            return None
        tail = ", ".join(x for x in (self.kind, self.country_code) if x)
        return f"{self.name} ({tail})" if tail else self.name


@dataclass(frozen=True, slots=True)
class SpanScores:
    """Geotagging counts and scores (precision, recall, F1 in 0-1)."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class ResolutionScores:
    """Resolution scores over ``n`` errors in km. ``None`` when ``n == 0``."""

    n: int
    acc161: float | None
    mean_km: float | None
    median_km: float | None
    auc: float | None


@dataclass(frozen=True, slots=True)
class Miss:
    """One thing to look at after a run: a gold toponym the system ``missed``, a
    ``spurious`` span it found, or a matched toponym placed ``far`` (161 km or more) or
    left ``unresolved``. ``gold``/``pred`` are ``(lat, lon)`` where known."""

    doc: str
    what: str  # "missed" | "spurious" | "far" | "unresolved"
    start: int
    end: int
    phrase: str
    error_km: float | None = None
    gold: tuple[float, float] | None = None
    pred: tuple[float, float] | None = None
    gold_kind: str | None = None  # the corpus's label (GeoNames feature code, GWN type)
    predicted: str | None = None  # the place the system took (``Prediction.label``)
    predicted_kind: str | None = None  # its kind (``city``, ``admin1``, ``country``, ...)


@dataclass(frozen=True, slots=True)
class EvalReport:
    """All the figures of one evaluation run. ``unresolved`` counts the scored toponyms the
    system left without a point (each scored at the 20,039 km cap)."""

    corpus: str
    mode: str  # "end-to-end" | "resolution"
    docs: int
    gold_toponyms: int
    exact: SpanScores | None
    lenient: SpanScores | None
    resolution: ResolutionScores
    seconds: float = 0.0
    unresolved: int = 0
    reanchored: int = 0
    errors: tuple[float, ...] = field(default=(), repr=False)
    misses: tuple[Miss, ...] = field(default=(), repr=False)

    def to_dict(self, *, misses: bool = False) -> dict[str, Any]:
        """The figures as JSON-ready values; ``misses=True`` adds every :class:`Miss`."""
        d = asdict(self)
        d.pop("errors")
        d.pop("misses")
        d["docs_per_second"] = round(self.docs / self.seconds, 3) if self.seconds > 0 else None
        if misses:
            d["misses"] = [asdict(m) for m in self.misses]
        return d


def miss_kinds(misses: Iterable[Miss]) -> list[tuple[str, str, int]]:
    """The toponyms placed 161 km or more off (or left unresolved), counted by the gold
    kind and the kind of place the system took, most first: ``("PPL", "city", 241)`` is
    a town read as a namesake town, ``("ADM1", "city", 19)`` a state read as a town,
    ``("Literal", "-", 2)`` a name left unresolved."""
    counts: dict[tuple[str, str], int] = {}
    for m in misses:
        if m.what in ("far", "unresolved"):
            key = (m.gold_kind or "-", m.predicted_kind or "-")
            counts[key] = counts.get(key, 0) + 1
    return sorted(((g, p, n) for (g, p), n in counts.items()), key=lambda t: (-t[2], t[0], t[1]))


# --------------------------------------------------------------------------- readers


def _iter_elements(path: Path, tag: str) -> Iterator[ET.Element]:
    """Yield each complete ``tag`` element of an XML file, freeing it afterwards."""
    try:
        context = ET.iterparse(str(path), events=("end",))
        for _event, elem in context:
            if elem.tag == tag:
                yield elem
                elem.clear()
    except ET.ParseError as exc:
        raise CorpusError(f"{path}: malformed XML: {exc}") from exc
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read corpus: {exc.strerror or exc}") from exc


def _text(elem: ET.Element, child: str, where: str) -> str:
    value = elem.findtext(child)
    if value is None:
        raise CorpusError(f"{where}: missing <{child}>")
    return value


def _int(elem: ET.Element, child: str, where: str) -> int:
    raw = _text(elem, child, where).strip()
    try:
        return int(raw)
    except ValueError:
        raise CorpusError(f"{where}: <{child}> is not an integer: {raw!r}") from None


def _float_or_none(raw: str | None, where: str) -> float | None:
    if raw is None or not raw.strip():
        return None
    try:
        return float(raw)
    except ValueError:
        raise CorpusError(f"{where}: not a coordinate: {raw!r}") from None


def _check_path(path: str | Path) -> Path:
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such corpus")
    return path


#: How far (characters) a toponym's offsets may have drifted from its ``<phrase>``.
REANCHOR_WINDOW = 120


def _reanchor(text: str, phrase: str, start: int) -> int | None:
    """The start of the occurrence of ``phrase`` nearest to ``start`` within
    :data:`REANCHOR_WINDOW` characters, or ``None``.

    Why: corpora in LGL's format written by other tools count offsets over a text that was
    later normalised (TR-News, Kamalloo & Rafiei 2018: 117 of its 1,319 spans point a few
    characters off their phrase, one past the end of its text). Scoring the drifted span
    would score the wrong words; dropping it would change the corpus. The search is bounded
    by the window, so a document costs at most linear time."""
    lo = max(0, start - REANCHOR_WINDOW)
    hi = min(len(text), start + REANCHOR_WINDOW + len(phrase))
    best: int | None = None
    pos = text.find(phrase, lo, hi)
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(phrase, pos + 1, hi)
    return best


def read_lgl(path: str | Path) -> Iterator[GoldDoc]:
    """Read LGL (``<article docid>`` with ``<text>`` and ``<toponyms>``), and corpora in
    its format such as TR-News.

    Toponyms without a ``<gaztag>`` (626 of 5,088 in LGL, e.g. street names) keep
    ``lat``/``lon`` ``None``: they count for geotagging only. A toponym whose offsets do
    not cover its ``<phrase>`` but have its length (a drift, not a malformed span) is moved
    to the nearest occurrence of the phrase (:func:`_reanchor`; counted in
    ``GoldDoc.reanchored``); LGL itself has none.
    """
    path = _check_path(path)
    for art in _iter_elements(path, "article"):
        doc_id = art.get("docid")
        where = f"{path.name}: article {doc_id}"
        if doc_id is None:
            raise CorpusError(f"{path.name}: <article> without docid")
        text = _text(art, "text", where)
        tops = []
        moved = 0
        for t in art.iterfind("toponyms/toponym"):
            start, end = _int(t, "start", where), _int(t, "end", where)
            phrase = (t.findtext("phrase") or "").strip()
            if end - start == len(phrase) and text[start:end] != phrase:
                found = _reanchor(text, phrase, start)
                if found is not None:
                    start, end = found, found + len(phrase)
                    moved += 1
            if not 0 <= start < end <= len(text):
                raise CorpusError(f"{where}: toponym offsets {start}-{end} outside the text")
            tag = t.find("gaztag")
            lat = lon = kind = None
            if tag is not None:
                lat = _float_or_none(tag.findtext("lat"), where)
                lon = _float_or_none(tag.findtext("lon"), where)
                kind = tag.findtext("fcode")
            tops.append(
                GoldToponym(start, end, t.findtext("phrase") or text[start:end], lat, lon, kind)
            )
        yield GoldDoc(doc_id, text, tuple(sorted(tops, key=_span_key)), "en", moved)


def read_gwn(
    path: str | Path, types: frozenset[str] | None = GWN_GEOTAGGING_TYPES
) -> Iterator[GoldDoc]:
    """Read GeoWebNews (``<article file>`` with ``<toponym>`` children: ``extractedName``,
    ``type``, ``nonLocational``, ``start``, ``end``, ``latitude``, ``longitude``).

    Only annotations whose ``type`` is in ``types`` are kept (``None`` keeps all); see
    :data:`GWN_GEOTAGGING_TYPES`. The published file has five annotations with negative
    offsets (articles 123 and 255); they cannot be placed in the text and are dropped.
    """
    path = _check_path(path)
    for art in _iter_elements(path, "article"):
        doc_id = art.get("file")
        where = f"{path.name}: article {doc_id}"
        if doc_id is None:
            raise CorpusError(f"{path.name}: <article> without a file attribute")
        text = _text(art, "text", where)
        tops = []
        for t in art.iterfind("toponyms/toponym"):
            kind = (t.findtext("type") or "").strip()
            if types is not None and kind not in types:
                continue
            start, end = _int(t, "start", where), _int(t, "end", where)
            if start < 0 or end < 0:
                continue  # broken annotations in the published corpus, see docstring
            if not start < end <= len(text):
                raise CorpusError(f"{where}: toponym offsets {start}-{end} outside the text")
            lat = _float_or_none(t.findtext("latitude"), where)
            lon = _float_or_none(t.findtext("longitude"), where)
            locational = (t.findtext("nonLocational") or "No").strip().lower() != "yes"
            phrase = t.findtext("extractedName") or text[start:end]
            tops.append(GoldToponym(start, end, phrase, lat, lon, kind, locational))
        yield GoldDoc(doc_id, text, tuple(sorted(tops, key=_span_key)), "en")


def read_dev(path: str | Path) -> Iterator[GoldDoc]:
    """Read the dev corpus: ``NN_slug.txt`` (UTF-8) + ``NN_slug.gold.json`` per text.

    The JSON is ``{"lang": "de", "places": [{"mention", "start", "end", "lat", "lon",
    "kind"}]}``; ``text[start:end]`` must equal ``mention`` (checked here, so a bad offset
    is a clear error rather than a silently wrong score).
    """
    path = _check_path(path)
    if not path.is_dir():
        raise CorpusError(f"{path}: the dev corpus is a directory of .txt + .gold.json files")
    texts = sorted(p for p in path.glob("*.txt"))
    if not texts:
        raise CorpusError(f"{path}: no .txt files")
    for txt in texts:
        gold = txt.with_suffix(".gold.json")
        if not gold.is_file():
            raise CorpusError(f"{txt.name}: missing {gold.name}")
        try:
            text = txt.read_text(encoding="utf-8")
            data = json.loads(gold.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CorpusError(f"{txt.name}: cannot parse: {exc}") from exc
        tops = []
        try:
            lang = str(data["lang"])
            for p in data["places"]:
                start, end, mention = int(p["start"]), int(p["end"]), str(p["mention"])
                if text[start:end] != mention:
                    raise CorpusError(
                        f"{gold.name}: {mention!r} is not at {start}-{end} "
                        f"(found {text[start:end]!r})"
                    )
                tops.append(
                    GoldToponym(
                        start, end, mention, float(p["lat"]), float(p["lon"]), p.get("kind")
                    )
                )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, CorpusError):
                raise
            raise CorpusError(f"{gold.name}: malformed gold entry: {exc!r}") from exc
        yield GoldDoc(txt.stem, text, tuple(sorted(tops, key=_span_key)), lang)


def detect_corpus(path: str | Path) -> str:
    """``dev`` for a directory; ``lgl`` or ``gwn`` from the first ``<article>``'s attributes."""
    path = _check_path(path)
    if path.is_dir():
        return "dev"
    try:
        for _event, elem in ET.iterparse(str(path), events=("start",)):
            if elem.tag == "article":
                if "docid" in elem.attrib:
                    return "lgl"
                if "file" in elem.attrib:
                    return "gwn"
                break
    except ET.ParseError as exc:
        raise CorpusError(f"{path}: malformed XML: {exc}") from exc
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read corpus: {exc.strerror or exc}") from exc
    raise CorpusError(f"{path}: not an LGL or GeoWebNews corpus (no <article docid|file>)")


def read_corpus(
    path: str | Path, corpus: str = "auto", limit: int | None = None
) -> Iterator[GoldDoc]:
    """Read any supported corpus; ``corpus`` is ``auto``, ``lgl``, ``gwn`` or ``dev``."""
    kind = detect_corpus(path) if corpus == "auto" else corpus
    readers: dict[str, Callable[[Path], Iterator[GoldDoc]]] = {
        "lgl": read_lgl,
        "gwn": read_gwn,
        "dev": read_dev,
    }
    if kind not in readers:
        raise CorpusError(f"unknown corpus format {kind!r} (choose from {', '.join(CORPORA)})")
    for i, doc in enumerate(readers[kind](Path(path))):
        if limit is not None and i >= limit:
            return
        yield doc


def doc_half(doc_id: str) -> int:
    """Half 1 or 2 of a corpus that a document falls in, by a hash of its id: a stable
    split by article (not by toponym: an article's names share its context), so a change
    tuned on one half can be checked on the other (``geomap eval --half``)."""
    return 1 + int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2


def _span_key(t: GoldToponym) -> tuple[int, int]:
    return (t.start, t.end)


# --------------------------------------------------------------------------- metrics


def match_spans(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], *, lenient: bool = False
) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one to one; returns ``(gold_index, pred_index)``.

    Exact: identical ``(start, end)``. Lenient: any overlap, larger overlaps paired
    first, each span used once (so one long prediction cannot score two gold toponyms).

    >>> match_spans([(0, 5), (10, 14)], [(10, 14), (0, 4)])
    [(1, 0)]
    >>> match_spans([(0, 5), (10, 14)], [(10, 14), (0, 4)], lenient=True)
    [(0, 1), (1, 0)]
    """
    if not lenient:
        where: dict[tuple[int, int], list[int]] = {}
        for j, p in enumerate(pred):
            where.setdefault((p[0], p[1]), []).append(j)
        pairs = []
        for i, g in enumerate(gold):
            js = where.get((g[0], g[1]))
            if js:
                pairs.append((i, js.pop(0)))
        return sorted(pairs)
    overlaps = []
    for i, (gs, ge) in enumerate(gold):
        for j, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0:
                overlaps.append((-ov, i, j))
    overlaps.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _ov, i, j in overlaps:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def span_scores(tp: int, fp: int, fn: int) -> SpanScores:
    """Precision, recall and F1 from counts (0 where undefined).

    >>> s = span_scores(3, 1, 2)
    >>> (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3))
    (0.75, 0.6, 0.667)
    """
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return SpanScores(tp, fp, fn, p, r, f)


def error_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance on WGS84 in km (geographiclib), capped at :data:`MAX_ERROR_KM`."""
    d = _GEOD.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE)["s12"] / 1000.0
    return min(d, MAX_ERROR_KM)


def auc_log_error(errors_km: Sequence[float]) -> float:
    """Area under the curve of log errors, Gritta et al. (2020, sect. 5; and Gritta et al.
    2018, "What's missing in geographical parsing?"): errors capped at 20,039 km, sorted,
    mapped to ``ln(e + 1) / ln(20039)`` and integrated with the trapezoidal rule over an
    x axis scaled to 0-1. 0 is perfect, 1 is every toponym on the antipode.

    With one error the curve is a single point; its height is returned.

    >>> auc_log_error([0.0, 0.0])
    0.0
    >>> round(auc_log_error([0.0, 20039.0]), 4)
    0.5
    """
    if not errors_km:
        raise ValueError("auc_log_error needs at least one error")
    scale = math.log(MAX_ERROR_KM)
    ys = sorted(math.log(min(max(e, 0.0), MAX_ERROR_KM) + 1.0) / scale for e in errors_km)
    if len(ys) == 1:
        return ys[0]
    area = sum((a + b) / 2.0 for a, b in zip(ys, ys[1:], strict=False))
    return area / (len(ys) - 1)


def resolution_scores(errors_km: Sequence[float]) -> ResolutionScores:
    """acc@161 (error < 161 km, as Gritta et al.), mean and median km, AUC."""
    if not errors_km:
        return ResolutionScores(0, None, None, None, None)
    capped = [min(max(e, 0.0), MAX_ERROR_KM) for e in errors_km]
    return ResolutionScores(
        n=len(capped),
        acc161=sum(1 for e in capped if e < ACC_KM) / len(capped),
        mean_km=statistics.fmean(capped),
        median_km=statistics.median(capped),
        auc=auc_log_error(capped),
    )


def _point_error(gold: GoldToponym, pred: Prediction | None) -> float | None:
    """The error of one resolved toponym; ``None`` when gold has no point. A span the
    system found or was given but left unresolved scores the maximal error."""
    if gold.lat is None or gold.lon is None:
        return None
    if pred is None or pred.lat is None or pred.lon is None:
        return MAX_ERROR_KM
    return error_km(gold.lat, gold.lon, pred.lat, pred.lon)


# --------------------------------------------------------------------------- runner

#: A geoparser under test: the document in, its toponyms out.
System = Callable[[GoldDoc], Sequence[Prediction]]
#: A resolver under test: the document and gold spans in, one prediction (or None) each.
Resolver = Callable[[GoldDoc, Sequence[tuple[int, int]]], Sequence[Prediction | None]]


def evaluate(
    docs: Iterable[GoldDoc],
    *,
    system: System | None = None,
    resolver: Resolver | None = None,
    corpus: str = "",
    clock: Callable[[], float] | None = None,
) -> EvalReport:
    """Score a system over ``docs``.

    With ``system`` (end to end): span P/R/F1 (exact and lenient) and resolution scores
    on the exactly matched spans that have a gold point. With ``resolver`` (gold spans
    given, ``--mode resolution``): resolution scores on every gold toponym with a point.
    ``clock`` (e.g. ``time.perf_counter``) times the system calls only.
    """
    if (system is None) == (resolver is None):
        raise ValueError("evaluate needs exactly one of system or resolver")
    tp = fp = fn = ltp = lfp = lfn = 0
    errors: list[float] = []
    misses: list[Miss] = []
    order: dict[str, int] = {}
    unresolved = 0

    def score(doc: GoldDoc, g: GoldToponym, p: Prediction | None) -> None:
        nonlocal unresolved
        e = _point_error(g, p)
        if e is None:
            return
        errors.append(e)
        got = None if p is None or p.lat is None or p.lon is None else (p.lat, p.lon)
        if got is None:
            unresolved += 1
        if e >= ACC_KM:
            what = "unresolved" if got is None else "far"
            gold = (g.lat, g.lon) if g.lat is not None and g.lon is not None else None
            label, kind = (None, None) if p is None else (p.label(), p.kind)
            misses.append(
                Miss(
                    doc.id,
                    what,
                    g.start,
                    g.end,
                    g.phrase,
                    round(e, 1),
                    gold,
                    got,
                    g.kind,
                    label,
                    kind,
                )
            )

    n_docs = n_gold = reanchored = 0
    seconds = 0.0
    for doc in docs:
        order.setdefault(doc.id, n_docs)
        n_docs += 1
        n_gold += len(doc.toponyms)
        reanchored += doc.reanchored
        gold_spans = [(t.start, t.end) for t in doc.toponyms]
        t0 = clock() if clock else 0.0
        if system is not None:
            preds = list(system(doc))
        else:
            assert resolver is not None
            resolved = list(resolver(doc, gold_spans))
        if clock:
            seconds += clock() - t0
        if system is not None:
            pred_spans = [(p.start, p.end) for p in preds]
            pairs = match_spans(gold_spans, pred_spans)
            tp += len(pairs)
            fp += len(preds) - len(pairs)
            fn += len(gold_spans) - len(pairs)
            lpairs = match_spans(gold_spans, pred_spans, lenient=True)
            ltp += len(lpairs)
            lfp += len(preds) - len(lpairs)
            lfn += len(gold_spans) - len(lpairs)
            matched_g = {i for i, _ in pairs}
            matched_p = {j for _, j in pairs}
            for i, t in enumerate(doc.toponyms):
                if i not in matched_g:
                    misses.append(Miss(doc.id, "missed", t.start, t.end, t.phrase))
            for j, pred in enumerate(preds):
                if j not in matched_p:
                    phrase = doc.text[pred.start : pred.end]
                    misses.append(Miss(doc.id, "spurious", pred.start, pred.end, phrase))
            for i, j in pairs:
                score(doc, doc.toponyms[i], preds[j])
        else:
            if len(resolved) != len(gold_spans):
                raise ValueError(
                    f"resolver returned {len(resolved)} results for {len(gold_spans)} spans"
                )
            for g, p in zip(doc.toponyms, resolved, strict=True):
                score(doc, g, p)
    return EvalReport(
        corpus=corpus,
        mode="end-to-end" if system is not None else "resolution",
        docs=n_docs,
        gold_toponyms=n_gold,
        exact=span_scores(tp, fp, fn) if system is not None else None,
        lenient=span_scores(ltp, lfp, lfn) if system is not None else None,
        resolution=resolution_scores(errors),
        seconds=seconds,
        unresolved=unresolved,
        reanchored=reanchored,
        errors=tuple(errors),
        misses=tuple(sorted(misses, key=lambda m: (order[m.doc], m.start, m.what))),
    )


# --------------------------------------------------------------------------- geomap under test


def _place_prediction(place: Any) -> Prediction:
    return Prediction(
        place.start,
        place.end,
        place.lat,
        place.lon,
        getattr(place, "name", None),
        getattr(place, "kind", None),
        getattr(place, "country_code", None),
    )


#: Whether a corpus marks place adjectives ("Russian officials") as toponyms. LGL and
#: GeoWebNews do (GWN types them Non_Literal_Modifier / Literal_Modifier / Embedded /
#: Mixed with ``modifierType`` Adjective; of 14 common nationality adjectives LGL marks
#: 130 of 191 occurrences, GWN 221 of 252); the dev corpus does not (its guidelines).
ADJECTIVE_TOPONYMS = {"lgl": True, "gwn": True, "dev": False}


def pipeline_system(*, adjectives: bool = False, **options: Any) -> System:
    """geomap end to end: ``geomap.pipeline.analyze`` on the text, in the document's
    language, ``options`` passed on. Places with ``role == "name"`` are toponym spans;
    with ``adjectives`` so are ``role == "adjective"`` ones (``russische``, ``Polish``),
    for corpora that mark them (:data:`ADJECTIVE_TOPONYMS`). Derived borders and coasts
    never are: they are not in the text."""
    from geomap import pipeline  # lazy: the pipeline loads the gazetteer

    roles = {"name", "adjective"} if adjectives else {"name"}

    def run(doc: GoldDoc) -> list[Prediction]:
        analysis = pipeline.analyze(doc.text, lang=doc.lang, **options)
        return [_place_prediction(p) for p in analysis.places if p.role in roles]

    return run


def pipeline_resolver(**options: Any) -> Resolver:
    """geomap with gold spans given: ``geomap.pipeline.resolve_spans``.

    Raises :class:`~geomap.errors.UsageError` when the pipeline does not offer
    ``resolve_spans`` (yet), so the CLI can say so in one line.
    """
    from geomap import pipeline
    from geomap.errors import UsageError

    resolve_spans = getattr(pipeline, "resolve_spans", None)
    if resolve_spans is None:
        raise UsageError("--mode resolution needs geomap.pipeline.resolve_spans, not available")

    def run(doc: GoldDoc, spans: Sequence[tuple[int, int]]) -> list[Prediction | None]:
        places = resolve_spans(doc.text, spans, doc.lang, **options)
        return [None if p is None else _place_prediction(p) for p in places]

    return run
