"""Claims benchmark: run geomap offline on benchmarks/corpus/claims, score its distance claims.

    .venv/bin/python benchmarks/claims.py [--split dev|heldout|all] [--format text|json]
                                          [--show-misses]

Matching (documented in benchmarks/corpus/claims/README.md):
- found: a geomap claim whose stated quantity span overlaps the gold quantity (its n-th
  occurrence in the text); when several overlap, the largest overlap wins.
- right pair: subject and reference each match. A gold point matches a geomap end within 30 km.
  A border matches a geomap border end whose country code is one of the gold countries; a coast
  a geomap coast of the gold country; a pole or circle of latitude an end named like it (North
  Pole, Arctic Circle, ...) or lying within 30 km of its latitude; a lake, sea, island or
  other area an end whose name contains the gold name (or the reverse), or within 30 km of the
  gold label point. pair and route claims match in either order. range claims: only the
  subject (the launch origin) is compared.
- right km: geomap's computed distance within 2 % or 5 km of a point true_km, or inside a
  true_km interval widened by 5 km.
- right verdict: geomap's verdict equals the gold verdict (unverifiable is never right); a gold
  claim geomap did not find has no verdict.
- non-claims checked: a non-claim number that a geomap claim's quantity overlaps.

The heldout split must never be used for tuning.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tomllib
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("GEOMAP_OFFLINE", "1")

from geographiclib.geodesic import Geodesic  # noqa: E402

ROOT = Path(__file__).resolve().parent / "corpus" / "claims"
G = Geodesic.WGS84
NEAR_KM = 30.0
#: what the explanation of a claim left unverifiable on weak evidence says
DOUBT_MARK = "so the claim is not called inconsistent"
CLASSES = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "plain"]
LINE_WORDS = {
    "north_pole": ("north pole", "nordpol"),
    "south_pole": ("south pole", "südpol"),
    "arctic_circle": ("arctic circle", "polarkreis", "nördlicher polarkreis"),
    "antarctic_circle": ("antarctic circle", "südlicher polarkreis", "südpolarkreis"),
    "tropic_cancer": ("tropic of cancer", "wendekreis des krebses", "nördlicher wendekreis"),
    "tropic_capricorn": (
        "tropic of capricorn",
        "wendekreis des steinbocks",
        "südlicher wendekreis",
    ),
    "equator": ("equator", "äquator"),
}


def load(split: str, ids: frozenset[str] = frozenset()) -> list[tuple[str, dict]]:
    """The articles of a split; ``ids`` (article ids) keeps only those, to score one batch."""
    dirs = ["dev", "heldout"] if split == "all" else [split]
    out = []
    for d in dirs:
        for f in sorted((ROOT / d).glob("*.toml")):
            if ids and f.stem not in ids:
                continue
            out.append((d, tomllib.loads(f.read_text(encoding="utf-8"))))
    return out


def span_of(text: str, q: str, nth: int = 0) -> tuple[int, int] | None:
    i = -1
    for _ in range(nth + 1):
        i = text.find(q, i + 1)
        if i < 0:
            return None
    return i, i + len(q)


def claim_span(c) -> tuple[int, int]:
    st = c.stated.text
    if c.text.startswith(st):
        return c.start, c.start + len(st)
    return c.start, c.end


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def km(a, b) -> float:
    return G.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


def end_matches(gold: dict | None, ref) -> bool:
    """Whether a geomap PlaceRef is the gold end (rules in the module docstring)."""
    if gold is None:
        return ref is None
    if ref is None:
        return False
    rel = gold.get("relation")
    name = (ref.name or "").lower()
    if rel is None:  # a point
        return ref.lat is not None and km((gold["lat"], gold["lon"]), (ref.lat, ref.lon)) <= NEAR_KM
    if rel == "border":
        return ref.geometry == "border" and (
            ref.country_code in gold.get("related", [])
            or any(cc in (ref.country_code or "") for cc in gold.get("related", []))
        )
    if rel == "coast":
        return ref.geometry == "coast" and ref.country_code == gold.get("cc")
    if rel in ("latitude", "pole"):
        if any(w in name for w in LINE_WORDS.get(gold["line"], ())):
            return True
        return ref.lat is not None and abs(ref.lat - gold["lat"]) * 111.0 <= NEAR_KM
    gname = (gold.get("name") or "").lower()
    if gname and (gname in name or (name and name in gname)):
        return True
    if (
        gold.get("kind") == "country"
        and ref.country_code == gold.get("cc")
        and ref.geometry == "polygon"
    ):
        return True
    if gold.get("lat") is not None and ref.lat is not None:
        return km((gold["lat"], gold["lon"]), (ref.lat, ref.lon)) <= NEAR_KM
    return False


def pair_ok(gold: dict, c) -> bool:
    gs, gr = gold["subject"], gold.get("reference")
    if gold["form"] == "range":
        return end_matches(gs, c.subject)
    if end_matches(gs, c.subject) and end_matches(gr, c.reference):
        return True
    if gold["form"] in ("pair", "route"):
        return end_matches(gs, c.reference) and end_matches(gr, c.subject)
    return False


def km_ok(gold: dict, c) -> bool:
    if c.computed_km is None:
        return False
    t = gold["true_km"]
    if isinstance(t, list):
        return t[0] - 5.0 <= c.computed_km <= t[1] + 5.0
    return abs(c.computed_km - t) <= max(5.0, 0.02 * t)


def score(split: str, show_misses: bool = False, ids: frozenset[str] = frozenset()) -> dict:
    import geomap

    t0 = time.time()
    groups: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    misses = []
    non_total = non_checked = extra = 0
    non_hits = []
    extras = []
    # each end of a found claim that has a gold end, by how geomap read it (Evidence.how):
    # right or wrong; counts only, so held-out may print it (docs/evaluation.md, session 19)
    ends_by_how: dict[str, dict[str, int]] = defaultdict(lambda: {"right": 0, "wrong": 0})
    arts = load(split, ids)
    for _split, art in arts:
        text = art["text"]
        a = geomap.analyze(text, lang=art["lang"], date=art.get("date"))
        spans = [(claim_span(c), c) for c in a.claims]
        used = set()
        for g in art.get("claim", []):
            gspan = span_of(text, g["quantity"], g.get("nth", 0))
            best, best_ov = None, 0
            for sp, c in spans:
                ov = overlap(sp, gspan)
                if ov > best_ov:
                    best, best_ov = c, ov
            keys = ["all", f"lang:{g['lang']}", f"class:{g['class']}"]
            r = {"found": best is not None}
            r["pair"] = bool(best) and pair_ok(g, best)
            r["km"] = bool(best) and km_ok(g, best)
            r["verdict"] = bool(best) and best.verdict == g["verdict"]
            r["caught"] = (not g["truth"]) and bool(best) and best.verdict == "inconsistent"
            r["true_incons"] = g["truth"] and bool(best) and best.verdict == "inconsistent"
            # left unverifiable because the pair rests on weak evidence (docs/claims.md,
            # "How sure the pair is"): counted apart for true and false claims
            doubted = bool(best) and DOUBT_MARK in best.explanation
            r["doubted_true"] = g["truth"] and doubted
            r["doubted_false"] = (not g["truth"]) and doubted
            if best is not None:
                used.add(id(best))
                for gold_end, end, ev in (
                    (g["subject"], best.subject, best.subject_evidence),
                    (g.get("reference"), best.reference, best.reference_evidence),
                ):
                    if gold_end is not None and end is not None:
                        how = ev.how if ev is not None else "unrecorded"
                        ends_by_how[how]["right" if end_matches(gold_end, end) else "wrong"] += 1
            for k in keys:
                grp = groups[k]
                grp["n"] += 1
                grp["false"] += 0 if g["truth"] else 1
                grp["true"] += 1 if g["truth"] else 0
                for m in (
                    "found",
                    "pair",
                    "km",
                    "verdict",
                    "caught",
                    "true_incons",
                    "doubted_true",
                    "doubted_false",
                ):
                    grp[m] += int(r[m])
            if show_misses and not r["verdict"]:
                misses.append(
                    {
                        "id": g["id"],
                        "class": g["class"],
                        "quantity": g["quantity"],
                        "gold": f"{g['subject'].get('name')} -> "
                        f"{(g.get('reference') or {}).get('name')} "
                        f"{g['true_km']} km {g['verdict']}",
                        "geomap": (
                            f"{best.form} {best.subject.name if best.subject else None} -> "
                            f"{best.reference.name if best.reference else None} "
                            f"{best.computed_km} km {best.verdict}"
                        )
                        if best
                        else "not found",
                    }
                )
        for n in art.get("nonclaim", []):
            non_total += 1
            nspan = span_of(text, n["quantity"])
            hit = [c for sp, c in spans if overlap(sp, nspan) > 0]
            if hit:
                non_checked += 1
                for c in hit:
                    used.add(id(c))
                non_hits.append(
                    f"{art['id']}: {n['quantity']!r} -> {hit[0].text!r} {hit[0].verdict}"
                )
        for _sp, c in spans:
            if id(c) not in used:
                extra += 1
                extras.append(f"{art['id']}: {c.text!r} {c.form} {c.verdict}")
    out = {
        "split": split,
        "articles": len(arts),
        "seconds": round(time.time() - t0, 1),
        "groups": {k: dict(v) for k, v in groups.items()},
        "nonclaims": {"total": non_total, "checked": non_checked},
        "unmatched_geomap_claims": extra,
        "ends_by_how": {k: dict(v) for k, v in sorted(ends_by_how.items())},
    }
    if show_misses:
        out["misses"] = misses
        out["nonclaim_hits"] = non_hits
        out["unmatched"] = extras
    return out


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}" if b else "    -"


def summary(r: dict) -> str:
    g = r["groups"].get("all", {})
    n = g.get("n", 0)

    def p(key: str) -> str:
        return pct(g.get(key, 0), n).strip()

    return (
        f"{r['split']}: {r['articles']} articles, {n} claims: found {p('found')} %, "
        f"pair {p('pair')} %, km {p('km')} %, verdict {p('verdict')} %; "
        f"false caught {g.get('caught', 0)}/{g.get('false', 0)}; "
        f"true called inconsistent {g.get('true_incons', 0)}/{g.get('true', 0)}; "
        f"non-claims checked {r['nonclaims']['checked']}/{r['nonclaims']['total']}"
    )


def render_text(r: dict) -> str:
    lines = [
        f"{'group':<12} {'n':>4} {'found%':>7} {'pair%':>6} {'km%':>6} {'verd%':>6} "
        f"{'caught':>8} {'true->inc':>10}"
    ]
    order = ["all", "lang:de", "lang:en"] + [f"class:{c}" for c in CLASSES]
    for k in order:
        g = r["groups"].get(k)
        if not g:
            continue
        n = g["n"]
        lines.append(
            f"{k:<12} {n:>4} {pct(g['found'], n):>7} {pct(g['pair'], n):>6} "
            f"{pct(g['km'], n):>6} {pct(g['verdict'], n):>6} "
            f"{g['caught']:>4}/{g['false']:<3} {g['true_incons']:>5}/{g['true']:<4}"
        )
    lines.append(
        f"non-claims checked: {r['nonclaims']['checked']}/{r['nonclaims']['total']}; "
        f"geomap claims matching no gold claim or non-claim: {r['unmatched_geomap_claims']}; "
        f"{r['seconds']} s"
    )
    alls = r["groups"].get("all", {})
    lines.append(
        "left unverifiable on weak evidence (not called inconsistent): "
        f"{alls.get('doubted_true', 0)} true claims, {alls.get('doubted_false', 0)} false claims"
    )
    lines.append(
        "ends by how they were read (right/wrong): "
        + ", ".join(f"{h} {v['right']}/{v['wrong']}" for h, v in r.get("ends_by_how", {}).items())
    )
    for m in r.get("misses", []):
        lines.append(
            f"MISS {m['id']} [{m['class']}] {m['quantity']!r}: "
            f"gold {m['gold']} | geomap {m['geomap']}"
        )
    for h in r.get("nonclaim_hits", []):
        lines.append(f"NONCLAIM {h}")
    for h in r.get("unmatched", []):
        lines.append(f"UNMATCHED {h}")
    lines.append(summary(r))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="Score geomap's distance claims on the claims benchmark."
    )
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="dev")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument(
        "--articles",
        default="",
        help="comma-separated article ids: score only these (a new batch before tuning)",
    )
    args = ap.parse_args(argv)
    ids = frozenset(a.strip() for a in args.articles.split(",") if a.strip())
    r = score(args.split, args.show_misses, ids)
    if args.format == "json":
        r["summary"] = summary(r)
        print(json.dumps(r, ensure_ascii=False, indent=2))
    else:
        print(render_text(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
