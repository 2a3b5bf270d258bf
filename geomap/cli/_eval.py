"""``geomap eval PATH``: score geomap on a gold corpus (LGL, GeoWebNews or the dev corpus).

End to end (default): geomap finds and resolves the toponyms itself; span precision,
recall and F1 (exact, and a lenient overlap match), then resolution scores on the exactly
matched spans. ``--mode resolution``: the gold spans are given to
``geomap.pipeline.resolve_spans`` and only resolution is scored. Metrics and readers live
in :mod:`geomap.evaluation._evaluate`; this module parses options, runs, and prints.

The run is offline: the pipeline gets no geocoder, so every answer comes from the local
gazetteer and a score never depends on a web service's mood.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import TYPE_CHECKING, Any

from geomap.errors import UsageError

if TYPE_CHECKING:
    from geomap.evaluation import EvalReport

#: :data:`geomap.evaluation.CORPORA`, spelled out so that building the parser for any
#: command does not import the evaluation wing (tests/evaluation checks they agree).
CORPORA = ("lgl", "gwn", "dev")

__all__ = ["format_json", "format_text", "handle", "register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``eval`` verb to the main parser."""
    p = subparsers.add_parser(
        "eval",
        help="score geomap on a gold corpus (LGL, GeoWebNews, dev corpus)",
        description="Geotagging P/R/F1 and resolution accuracy@161 km, mean/median error and "
        "AUC (Gritta et al., 'A Pragmatic Guide to Geoparsing Evaluation').",
    )
    p.add_argument("path", metavar="PATH", help="lgl.xml, GWN.xml or a dev corpus directory")
    p.add_argument(
        "--mode",
        choices=("end-to-end", "resolution"),
        default="end-to-end",
        help="end-to-end (default) or resolution with gold spans given",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--corpus",
        choices=("auto", *CORPORA),
        default="auto",
        help="corpus format (default: detected from PATH)",
    )
    p.add_argument("--limit", type=int, metavar="N", help="only the first N documents")
    p.add_argument(
        "--half",
        type=int,
        choices=(1, 2),
        help="only the documents of this half of the corpus (split by a hash of the "
        "document id): tune on one half, check on the other",
    )
    p.add_argument(
        "--adjectives",
        choices=("auto", "count", "skip"),
        default="auto",
        help="count place adjectives ('Russian') as toponym spans: auto (as the corpus "
        "does: LGL and GeoWebNews yes, dev no), count, or skip",
    )
    p.add_argument(
        "--show-misses",
        action="store_true",
        help="also list missed and spurious spans and toponyms placed 161 km or more off "
        "(with the gold kind and the place geomap took), and count the latter by gold kind "
        "and the kind geomap took",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """The ``eval`` handler: exit 0 after printing the scores, 2 on a corpus/usage error."""
    if args.limit is not None and args.limit < 1:
        raise UsageError(f"--limit must be at least 1 (got {args.limit})")
    adjectives = {"auto": None, "count": True, "skip": False}[args.adjectives]
    report = run(
        args.path,
        mode=args.mode,
        corpus=args.corpus,
        limit=args.limit,
        adjectives=adjectives,
        half=args.half,
    )
    if args.format == "json":
        print(format_json(report, misses=args.show_misses))
    else:
        print(format_text(report, misses=args.show_misses))
    return 0


def run(
    path: str,
    *,
    mode: str = "end-to-end",
    corpus: str = "auto",
    limit: int | None = None,
    adjectives: bool | None = None,
    half: int | None = None,
) -> EvalReport:
    """Read the corpus and score geomap on it (no printing). ``adjectives=None`` follows
    the corpus (:data:`geomap.evaluation._evaluate.ADJECTIVE_TOPONYMS`); ``half`` (1 or
    2) keeps the documents of that half (:func:`geomap.evaluation.doc_half`), after
    ``limit``."""
    from geomap.evaluation import (
        ADJECTIVE_TOPONYMS,
        WARM_UP,
        WARM_UP_SPANS,
        detect_corpus,
        doc_half,
        evaluate,
        pipeline_resolver,
        pipeline_system,
        read_corpus,
    )

    name = detect_corpus(path) if corpus == "auto" else corpus
    docs = list(read_corpus(path, name, limit))  # read first: a malformed file fails fast
    if half is not None:
        docs = [d for d in docs if doc_half(d.id) == half]
    # start-up (gazetteer, lexicons, language model) stays out of documents per second
    if mode == "resolution":
        resolver = pipeline_resolver()
        resolver(WARM_UP, list(WARM_UP_SPANS))
        return evaluate(docs, resolver=resolver, corpus=name, clock=time.perf_counter)
    if mode != "end-to-end":
        raise UsageError(f"unknown --mode {mode!r}")
    system = pipeline_system(
        adjectives=ADJECTIVE_TOPONYMS[name] if adjectives is None else adjectives,
        verify=False,
        claims=False,  # only the places are scored
        events=False,
    )
    system(WARM_UP)
    return evaluate(docs, system=system, corpus=name, clock=time.perf_counter)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def _num(x: float | None, digits: int = 1) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def format_text(report: EvalReport, *, misses: bool = False) -> str:
    """A small fixed-width table of the scores; ``misses`` appends one line per miss."""
    lines = [
        f"corpus {report.corpus}  mode {report.mode}  documents {report.docs}  "
        f"gold toponyms {report.gold_toponyms}"
        + (f"  ({report.reanchored} re-anchored to their phrase)" if report.reanchored else ""),
        "",
    ]
    if report.exact is not None and report.lenient is not None:
        lines.append(
            f"{'geotagging':<22}{'P %':>8}{'R %':>8}{'F1 %':>8}{'TP':>7}{'FP':>7}{'FN':>7}"
        )
        for label, s in (("exact span", report.exact), ("lenient (overlap)", report.lenient)):
            lines.append(
                f"{label:<22}{_pct(s.precision):>8}{_pct(s.recall):>8}{_pct(s.f1):>8}"
                f"{s.tp:>7}{s.fp:>7}{s.fn:>7}"
            )
        lines.append("")
    r = report.resolution
    where = "matched spans" if report.mode == "end-to-end" else "gold spans"
    lines.append(
        f"{'resolution':<22}{'n':>7}{'acc@161 %':>11}{'mean km':>10}{'median km':>11}{'AUC':>8}"
    )
    lines.append(
        f"{where:<22}{r.n:>7}{_pct(r.acc161):>11}{_num(r.mean_km):>10}"
        f"{_num(r.median_km):>11}{_num(r.auc, 3):>8}"
    )
    if r.n:
        lines.append(f"{'':<22}{'':>7}  {report.unresolved} of {r.n} left unresolved")
    if report.seconds > 0:
        lines += ["", f"{report.docs / report.seconds:.1f} documents/s ({report.seconds:.1f} s)"]
    if misses:
        from geomap.evaluation import miss_kinds

        kinds = miss_kinds(report.misses)
        if kinds:
            lines += ["", "placed 161 km or more off, by gold kind -> the kind geomap took"]
            lines += [f"{n:>7}  {g} -> {p}" for g, p, n in kinds]
        lines += ["", "doc\twhat\tspan\tphrase\terror km\tgold\tpredicted\tgold kind\ttook"]
        for m in report.misses:
            lines.append(
                f"{m.doc}\t{m.what}\t{m.start}-{m.end}\t{m.phrase}\t{_num(m.error_km)}"
                f"\t{_point(m.gold)}\t{_point(m.pred)}\t{m.gold_kind or '-'}"
                f"\t{m.predicted or '-'}"
            )
    return "\n".join(lines)


def _point(p: tuple[float, float] | None) -> str:
    return "-" if p is None else f"{p[0]:.3f},{p[1]:.3f}"


def format_json(report: EvalReport, *, misses: bool = False) -> str:
    """The numbers as JSON (stable key order); ``misses`` adds the list of misses."""
    return json.dumps(report.to_dict(misses=misses), indent=2, sort_keys=True, ensure_ascii=False)
