"""Score geomap's distance claims on the generated pair probe
``benchmarks/material/probe_claim_pairs18.csv`` (built by
``scripts/build_probe_claim_pairs18.py``; its header states the split rule).

    .venv/bin/python benchmarks/claim_pairs.py --split dev|heldout [--show-misses] [--probe PATH]

``--probe`` scores another probe of the same columns, e.g. the discourse probe
``benchmarks/material/probe_claim_discourse27.csv`` (``scripts/build_probe_claim_discourse27.py``:
mini-articles whose claim takes an end from the story) or the wordings probe
``benchmarks/material/probe_claim_wordings28.csv`` (``scripts/build_probe_claim_wordings28.py``:
the wordings English wire copy uses, with comparisons and numbers that are no distances).

Per row (one stated figure of one sentence): found (a geomap claim whose stated quantity
overlaps the row's figure), right pair (subject and reference each within 30 km of the gold
ends, either order), right verdict (equal to the gold verdict; ``unverifiable`` is never
right), true claims called ``inconsistent``. A row whose gold verdict is ``none`` (a number
that is no distance) or ``unverifiable`` (a comparison) has no pair: its pair and verdict are
right when geomap reports no claim there or calls it ``unverifiable``, and a verdict
``inconsistent`` on it counts as a true statement called inconsistent. Totals per language
and per frame family.
``--split heldout`` prints totals and per-family figures only, never rows (``--show-misses``
is refused there): the held-out rows are the integrator's measure, not for tuning.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("GEOMAP_OFFLINE", "1")

from geographiclib.geodesic import Geodesic  # noqa: E402

PROBE = Path(__file__).resolve().parent / "material" / "probe_claim_pairs18.csv"
G = Geodesic.WGS84
NEAR_KM = 30.0
METRICS = ("found", "pair", "verdict", "true_incons")
#: gold verdicts of rows that state no checkable distance (the wordings probe)
UNCHECKED = ("none", "unverifiable")


def load(split: str, probe: Path = PROBE) -> list[dict]:
    with probe.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return [r for r in csv.DictReader(lines) if r["split"] == split]


def _near(lat: float, lon: float, ref) -> bool:
    if ref is None or ref.lat is None:
        return False
    return G.Inverse(lat, lon, ref.lat, ref.lon)["s12"] / 1000.0 <= NEAR_KM


def _span(text: str, q: str, nth: int) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.find(q, i + 1)
    return i, i + len(q)


def _claim_span(c) -> tuple[int, int]:
    st = c.stated.text
    if c.text.startswith(st):
        return c.start, c.start + len(st)
    return c.start, c.end


def judge(row: dict, claims) -> tuple[dict[str, bool], object]:
    """The row's metrics and the geomap claim matched to it (or None)."""
    s0, s1 = _span(row["text"], row["quantity"], int(row["nth"]))
    best, best_ov = None, 0
    for c in claims:
        a, b = _claim_span(c)
        ov = max(0, min(b, s1) - max(a, s0))
        if ov > best_ov:
            best, best_ov = c, ov
    sl, so = float(row["subject_lat"]), float(row["subject_lon"])
    rl, ro = float(row["reference_lat"]), float(row["reference_lon"])
    pair = best is not None and (
        (_near(sl, so, best.subject) and _near(rl, ro, best.reference))
        or (_near(sl, so, best.reference) and _near(rl, ro, best.subject))
    )
    truth = row["truth"] == "1"
    verdict = best.verdict if best is not None else None
    if row["verdict"] in UNCHECKED:
        unchecked = verdict in (None, "unverifiable")
        return {
            "found": best is not None,
            "pair": unchecked,
            "verdict": unchecked,
            "true_incons": truth and verdict == "inconsistent",
        }, best
    return {
        "found": best is not None,
        "pair": pair,
        "verdict": verdict == row["verdict"],
        "true_incons": truth and verdict == "inconsistent",
    }, best


def score(split: str, show_misses: bool = False, probe: Path = PROBE) -> tuple[dict, list[str]]:
    import geomap

    groups: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: list[str] = []
    cache: dict[tuple[str, str], object] = {}
    for row in load(split, probe):
        key = (row["text"], row["lang"])
        if key not in cache:
            cache[key] = geomap.analyze(row["text"], lang=row["lang"]).claims
        r, best = judge(row, cache[key])
        truth = row["truth"] == "1"
        for k in ("all", f"lang:{row['lang']}", f"family:{row['family']}"):
            g = groups[k]
            g["n"] += 1
            g["true"] += int(truth)
            for m in METRICS:
                g[m] += int(r[m])
        if show_misses and not (r["pair"] and r["verdict"]):
            got = (
                f"{best.subject.name if best.subject else None} -> "
                f"{best.reference.name if best.reference else None} "
                f"{best.computed_km} km {best.verdict}"
                if best is not None
                else "not found"
            )
            misses.append(
                f"{row['id']}: {row['text']!r} [{row['quantity']}] gold "
                f"{row['subject']} -> {row['reference']} {row['true_km']} km "
                f"{row['verdict']}; geomap {got}"
            )
    return {k: dict(v) for k, v in groups.items()}, misses


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}" if b else "  -  "


def render(groups: dict) -> str:
    out = [f"{'group':34} {'n':>4} {'found':>6} {'pair':>6} {'verdict':>7} {'true->inc':>9}"]
    keys = ["all"] + sorted(k for k in groups if k.startswith("lang:"))
    keys += sorted(k for k in groups if k.startswith("family:"))
    for k in keys:
        g = groups[k]
        out.append(
            f"{k:34} {g['n']:4} {_pct(g['found'], g['n']):>6} {_pct(g['pair'], g['n']):>6} "
            f"{_pct(g['verdict'], g['n']):>7} {g['true_incons']:>4}/{g['true']:<4}"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--probe", type=Path, default=PROBE, help="probe CSV (default: pairs18)")
    args = ap.parse_args(argv)
    if args.split == "heldout" and args.show_misses:
        print("--show-misses is for the dev split only", file=sys.stderr)
        return 2
    groups, misses = score(args.split, args.show_misses, args.probe)
    print(render(groups))
    for m in misses:
        print(m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
