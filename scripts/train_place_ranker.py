"""Train and cross-validate the events' place ranker on dev gold (issue 20, session 30).

    .venv/bin/python scripts/train_place_ranker.py [--table PATH] [--write] [--out PATH]

Reads the candidate table of every found dev event (``benchmarks/event_place_rank.py``;
built afresh with the shipped model switched off unless ``--table`` names a dump of it),
and fits a logistic regression (scikit-learn, ``random_state`` fixed) whose score ranks an
event's candidates; the top one is the model's place. It prints, per fold of a 5-fold
``GroupKFold`` with the article as the group, the right-place and fully-right counts of the
cascade and of the model on the same held-out fold, per language, for two variants:

* **plain**: the top-scoring candidate always;
* **conservative**: the top candidate only when it beats the cascade's choice by more than a
  margin, the margin chosen inside the training folds (an inner 3-fold ``GroupKFold``).

``--write`` then fits the conservative variant on every dev event and writes its weights to
``geomap/lexicons/place_ranker.toml`` with a provenance header (this script, the dev
corpus's digest, scikit-learn's version, the feature list, the CV figures); the runtime applies
them in plain Python (:mod:`geomap.events._rank`). Writing is deterministic: the same dev
gold and the same scikit-learn give the same bytes (a test checks it when scikit-learn is
importable). Held-out articles are never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

OUT = ROOT / "geomap" / "lexicons" / "place_ranker.toml"
FOLDS = 5
INNER_FOLDS = 3
C = 1.0
# the regularisations the training may choose from (inner folds)
CS = (0.01, 0.1, 1.0)
# the margins the conservative variant may choose from (score units)
MARGINS = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, float("inf"))


def load_rows(table: str | None) -> list[dict]:
    if table:
        with open(table, encoding="utf-8") as f:
            return [json.loads(line) for line in f]
    import event_place_rank as epr  # noqa: PLC0415  (the benchmark: builds the table)
    import events as evb  # noqa: PLC0415

    return epr.table(evb.load("dev"), ranker=False)


def _matrix(rows: list[dict], names: list[str]) -> tuple[Any, Any]:
    import numpy as np  # noqa: PLC0415

    index = {n: i for i, n in enumerate(names)}
    cands = [c for r in rows for c in r["cands"]]
    x = np.zeros((len(cands), len(names)))
    y = np.zeros(len(cands), dtype=int)
    for j, c in enumerate(cands):
        for k, v in c["f"].items():
            if k in index:
                x[j, index[k]] = v
        y[j] = int(c["right"])
    return x, y


def _vector(f: dict[str, float], index: dict[str, int]) -> Any:
    import numpy as np  # noqa: PLC0415

    v = np.zeros(len(index))
    for k, x in f.items():
        if k in index:
            v[index[k]] = x
    return v


def fit(rows: list[dict], names: list[str], c: float = C) -> tuple[dict[str, float], float]:
    """A pairwise logistic regression: for each found event, each candidate whose
    rightness differs from the cascade's choice gives one pair (its features minus the
    choice's, label: is it the right one), mirrored so the classes balance. Its weights
    score a candidate against the choice (no intercept: the choice's own score cancels)."""
    import numpy as np  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    index = {n: i for i, n in enumerate(names)}
    xs, ys = [], []
    for r in rows:
        chosen = next((x for x in r["cands"] if x["chosen"]), None)
        if chosen is None:
            continue
        base = _vector(chosen["f"], index)
        for x in r["cands"]:
            if x is chosen or bool(x["strict"]) == bool(r["cascade_strict"]):
                continue
            d = _vector(x["f"], index) - base
            xs += [d, -d]
            ys += [int(x["strict"]), 1 - int(x["strict"])]
    if not ys:
        return dict.fromkeys(names, 0.0), 0.0
    lr = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)
    lr.fit(np.array(xs), np.array(ys))
    return dict(zip(names, (float(w) for w in lr.coef_[0]), strict=True)), 0.0


def _score(f: dict[str, float], w: dict[str, float], b: float) -> float:
    return b + sum(v * w.get(k, 0.0) for k, v in f.items())


def place_right(
    row: dict, w: dict[str, float], b: float, margin: float, key: str = "right"
) -> bool:
    """Is the place the model leaves the event with right (the cascade's when it does not
    overrule; the same rule as :func:`geomap.events._rank.rerank`)? ``key`` ``right`` asks
    the benchmark's verdict, ``strict`` the training label (a country only by itself)."""
    cascade = row["cascade_right" if key == "right" else "cascade_strict"]
    if not row["cands"]:
        return bool(cascade)
    chosen = next(c for c in row["cands"] if c["chosen"])
    base = _score(chosen["f"], w, b)
    best, top = chosen, base
    for c in row["cands"]:
        s = _score(c["f"], w, b)
        if s > top:
            best, top = c, s
    if best is chosen or top - base <= margin:
        return bool(cascade)
    return bool(best[key])


def _gain(rows: list[dict], w: dict[str, float], b: float, margin: float) -> int:
    """Right places over the cascade's, by the training label: a gain by the benchmark's
    verdict that the strict label does not share is a town put for a whole country."""
    return sum(place_right(r, w, b, margin, "strict") - bool(r["cascade_strict"]) for r in rows)


def _groups(rows: list[dict]) -> list[str]:
    return [r["article"] for r in rows]


def choose(rows: list[dict], names: list[str]) -> tuple[float, float]:
    """The regularisation ``C`` and the margin with the most right places over the cascade
    on inner held-out folds of ``rows`` (on a tie the smaller ``C`` and the larger margin:
    the simpler model, overruling as rarely as the gain allows)."""
    from sklearn.model_selection import GroupKFold  # noqa: PLC0415

    gains = Counter({(c, m): 0 for c in CS for m in MARGINS})
    for tr, te in GroupKFold(n_splits=INNER_FOLDS).split(rows, groups=_groups(rows)):
        test = [rows[i] for i in te]
        for c in CS:
            w, b = fit([rows[i] for i in tr], names, c)
            for m in MARGINS:
                gains[(c, m)] += _gain(test, w, b, m)
    return max(gains, key=lambda cm: (gains[cm], -cm[0], cm[1]))


def cross_validate(rows: list[dict], names: list[str]) -> dict[str, Any]:
    from sklearn.model_selection import GroupKFold  # noqa: PLC0415

    folds = []
    totals: dict[str, Counter] = {}
    for k, (tr, te) in enumerate(GroupKFold(n_splits=FOLDS).split(rows, groups=_groups(rows)), 1):
        train = [rows[i] for i in tr]
        test = [rows[i] for i in te]
        c, margin = choose(train, names)
        w, b = fit(train, names, c)
        fold: dict[str, Any] = {"fold": k, "C": c, "margin": margin}
        for lang in ("de", "en"):
            sub = [r for r in test if r["lang"] == lang]
            n = Counter(found=len(sub))
            for r in sub:
                plain = place_right(r, w, b, 0.0)
                cons = place_right(r, w, b, margin)
                n["cascade_strict"] += r["cascade_strict"]
                n["conservative_strict"] += place_right(r, w, b, margin, "strict")
                n["cascade"] += r["cascade_right"]
                n["oracle"] += r["cascade_right"] or any(c["right"] for c in r["cands"])
                n["plain"] += plain
                n["conservative"] += cons
                n["cascade_fully"] += r["cascade_right"] and r["right_day"]
                n["plain_fully"] += plain and r["right_day"]
                n["conservative_fully"] += cons and r["right_day"]
            fold[lang] = dict(n)
            totals.setdefault(lang, Counter()).update(n)
        folds.append(fold)
    return {"folds": folds, "totals": {k: dict(v) for k, v in totals.items()}}


def feature_names(rows: list[dict]) -> list[str]:
    return sorted({k for r in rows for c in r["cands"] for k in c["f"]})


def corpus_digest() -> str:
    """A SHA-256 of the dev gold files (names and bytes, in name order): what the weights
    were trained on, the same in every clone and after any merge that leaves dev alone."""
    h = hashlib.sha256()
    for p in sorted((ROOT / "benchmarks" / "corpus" / "events" / "dev").glob("*.toml")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def render(
    w: dict[str, float],
    b: float,
    c: float,
    margin: float,
    cv: dict[str, Any],
    names: list[str],
) -> str:
    import sklearn  # noqa: PLC0415

    t = cv["totals"]
    lines = [
        "# The events' place ranker (issue 20, session 30): weights of a logistic regression",
        "# over each event's candidate places (geomap/events/_rank.py, docs/events.md",
        '# "Session 30: a learned second opinion on the place").',
        "# Written by scripts/train_place_ranker.py --write from the dev gold of",
        f"# benchmarks/corpus/events/dev (sha256 of its files: {corpus_digest()[:16]})",
        f"# (scikit-learn {sklearn.__version__}, pairwise LogisticRegression C={c}, chosen by",
        f"# inner {INNER_FOLDS}-fold GroupKFold with the margin, from C in {list(CS)}).",
        *textwrap.wrap(
            f"Features ({len(names)}): {', '.join(names)}.",
            width=92,
            initial_indent="# ",
            subsequent_indent="# ",
        ),
        f"# Cross-validation ({FOLDS}-fold GroupKFold by article; right places of the found",
        "# dev events, the model on the fold it was not trained on):",
    ]
    for lang in ("de", "en"):
        n = t[lang]
        lines.append(
            f"#   {lang}: {n['found']} found, cascade {n['cascade']}, plain model "
            f"{n['plain']}, conservative {n['conservative']}, oracle {n['oracle']};"
        )
        lines.append(
            f"#       fully right: cascade {n['cascade_fully']}, conservative "
            f"{n['conservative_fully']}"
        )
    lines += [
        "# Runtime: score = bias + sum(feature * weight); the cascade's place is overruled",
        "# only by a candidate scoring more than `margin` above it. Do not edit by hand.",
        "",
        f"bias = {b:.6f}",
        f"margin = {margin:.6f}" if margin != float("inf") else "margin = inf",
        "",
        "[weights]",
    ]
    lines += [f"{k} = {w[k]:.6f}" for k in names]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--table", default="", help="a dump of benchmarks/event_place_rank.py")
    ap.add_argument("--write", action="store_true", help="write the weights file")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    rows = load_rows(args.table or None)
    names = feature_names(rows)
    cv = cross_validate(rows, names)
    for fold in cv["folds"]:
        for lang in ("de", "en"):
            n = fold[lang]
            print(
                f"fold {fold['fold']} {lang}: found {n['found']:4} cascade {n['cascade']:4} "
                f"plain {n['plain']:4} conservative {n['conservative']:4} (C "
                f"{fold['C']}, margin {fold['margin']}) oracle {n['oracle']:4} | fully: cascade "
                f"{n['cascade_fully']:4} plain {n['plain_fully']:4} conservative "
                f"{n['conservative_fully']:4} | strict: cascade {n['cascade_strict']:4} "
                f"conservative {n['conservative_strict']:4}"
            )
    for lang, n in sorted(cv["totals"].items()):
        print(f"total {lang}: {json.dumps(n, sort_keys=True)}")
    if args.write:
        c, margin = choose(rows, names)
        w, b = fit(rows, names, c)
        Path(args.out).write_text(render(w, b, c, margin, cv, names), encoding="utf-8")
        print(f"wrote {args.out} (margin {margin})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
