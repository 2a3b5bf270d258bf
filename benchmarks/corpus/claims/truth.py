"""Truth for the claims benchmark, from coordinates written by hand (never from geomap).

    .venv/bin/python benchmarks/corpus/claims/truth.py          # verify dev/ and heldout/
    .venv/bin/python benchmarks/corpus/claims/truth.py --write  # (re)build them from source/

``source/*.py`` hold the articles in a compact form (text, claims with place keys, non-claims)
and ``source/places.py`` the coordinates. ``--write`` expands every claim (subject and
reference with their coordinates), computes ``true_km`` with geographiclib and the gold
verdict with the rules below, refuses any claim whose truth is near a tolerance edge, and
writes one TOML file per article. Without ``--write`` it recomputes every TOML's ``true_km``
and verdict from the coordinates stored in the TOML itself and reports disagreements.

Rules (see README.md): point distances are geodesics on WGS84; a distance to a pole or a
circle of latitude is the meridian arc at the subject's longitude; borders, coasts, seas,
lakes, islands and areas carry a hand-made interval ``true_km = [lo, hi]``. A claim is true
or false only when every point of its truth interval agrees.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tomllib
from pathlib import Path

from geographiclib.geodesic import Geodesic

G = Geodesic.WGS84
HERE = Path(__file__).resolve().parent
UNIT_KM = {"km": 1.0, "m": 0.001, "mi": 1.609344, "nmi": 1.852}
SECTORS = {"N": 0, "NE": 45, "E": 90, "SE": 135, "S": 180, "SW": 225, "W": 270, "NW": 315}
LINES = {  # circles of latitude (2026 values of the polar circles and tropics)
    "north_pole": 90.0,
    "south_pole": -90.0,
    "arctic_circle": 66.5635,
    "antarctic_circle": -66.5635,
    "tropic_cancer": 23.4365,
    "tropic_capricorn": -23.4365,
    "equator": 0.0,
    # numbered parallels (batch BH): the line of that exact latitude
    "parallel_38n": 38.0,
    "parallel_49n": 49.0,
    "parallel_30s": -30.0,
    "parallel_10n": 10.0,  # batch BI
    "parallel_5n": 5.0,
    "parallel_23s": -23.0,
}

# ---------------------------------------------------------------------------------------------
# geometry


def point_km(a, b) -> float:
    return G.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


def bearing(ref, subj) -> float:
    """Bearing from the reference to the subject (what 'X is north of Y' states)."""
    return G.Inverse(ref[0], ref[1], subj[0], subj[1])["azi1"] % 360.0


def meridian_km(lat, lon, line_lat) -> float:
    return G.Inverse(lat, lon, line_lat, lon)["s12"] / 1000.0


def base_km(subj: dict, ref: dict) -> float:
    """The true distance of a subject and a point / line reference (no interval)."""
    if ref.get("relation") in ("latitude", "pole"):
        return meridian_km(subj["lat"], subj["lon"], LINES[ref["line"]])
    return point_km((subj["lat"], subj["lon"]), (ref["lat"], ref["lon"]))


# ---------------------------------------------------------------------------------------------
# stated quantities

QUALIFIERS = {
    "de": [
        ("etwas mehr als", "just_over"),
        ("knapp über", "just_over"),
        ("gut", "just_over"),
        ("mehr als", "lower"),
        ("über", "lower"),
        ("mindestens", "lower"),
        ("weniger als", "upper"),
        ("bis zu", "upper"),
        ("höchstens", "upper"),
        ("unter", "upper"),
        ("knapp", "just_under"),
        ("fast", "just_under"),
        ("beinahe", "just_under"),
        ("rund", "approx"),
        ("etwa", "approx"),
        ("ungefähr", "approx"),
        ("circa", "approx"),
        ("ca.", "approx"),
    ],
    "en": [
        ("slightly more than", "just_over"),
        ("just over", "just_over"),
        ("more than", "lower"),
        ("at least", "lower"),
        ("over", "lower"),
        ("less than", "upper"),
        ("up to", "upper"),
        ("within", "upper"),
        ("under", "upper"),
        ("at most", "upper"),
        ("just under", "just_under"),
        ("nearly", "just_under"),
        ("almost", "just_under"),
        ("about", "approx"),
        ("around", "approx"),
        ("roughly", "approx"),
        ("some", "approx"),
        ("approximately", "approx"),
    ],
}
UNITS = [
    (r"nautical[- ]miles?|Seemeilen?|nmi", "nmi"),
    (r"Kilometern?|kilometres?|kilometers?|km", "km"),
    (r"Meilen|miles?|mi\b", "mi"),
    (r"Metern?|metres?|meters?|m\b", "m"),
]
WORDS = {"zwei": 2, "drei": 3, "fünf": 5, "zehn": 10, "two": 2, "three": 3, "five": 5, "ten": 10}


def parse_number(s: str, lang: str) -> float:
    s = s.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if s.lower() in WORDS:
        return float(WORDS[s.lower()])
    s = s.replace(".", "").replace(",", ".") if lang == "de" else s.replace(",", "")
    return float(s)


def parse_stated(q: str, lang: str) -> dict:
    """value, unit, qualifier of a quantity text as written in the corpus."""
    m = re.search(r"(\d[\d.,\u202f\u00a0 ]*\d|\d|zwei|drei|fünf|zehn|two|three|five|ten)", q)
    if not m:
        raise ValueError(f"no number in {q!r}")
    value = parse_number(m.group(1).strip(), lang)
    rest = q[m.end() :]
    unit = None
    for pat, u in UNITS:
        if re.search(pat, rest):
            unit = u
            break
    if unit is None:
        raise ValueError(f"no unit in {q!r}")
    before = q[: m.start()].lower()
    qual = "exact"
    for word, qq in QUALIFIERS[lang]:
        if re.search(r"(^|\s)" + re.escape(word) + r"(\s|$)", before):
            qual = qq
            break
    if re.search(r"\bor more\b|\boder mehr\b", rest):
        qual = "lower"
    return {"value": value, "unit": unit, "qualifier": qual}


# ---------------------------------------------------------------------------------------------
# verdicts


def judge_distance(qual: str, stated_km: float, true_km: float, form: str) -> bool | None:
    """True / False, or None when the truth is near an edge (ambiguous, refused)."""
    if form == "route":  # stated road/rail length against the straight line
        r = stated_km / true_km
        if qual in ("lower", "just_over"):
            return True if r <= 1.55 else (False if r >= 2.2 else None)
        if qual in ("upper", "just_under"):
            return True if r >= 1.02 else (False if r <= 0.7 else None)
        return True if 1.0 <= r <= 1.6 else (False if (r <= 0.65 or r >= 2.2) else None)
    r = true_km / stated_km
    if qual in ("exact", "approx"):
        return True if 0.92 <= r <= 1.08 else (False if (r <= 0.65 or r >= 1.35) else None)
    if qual == "lower":
        return True if r >= 1.03 else (False if r <= 0.75 else None)
    if qual == "upper":
        return True if r <= 0.97 else (False if r >= 1.25 else None)
    if qual == "just_under":
        return True if 0.9 <= r <= 1.0 else (False if (r <= 0.65 or r >= 1.35) else None)
    if qual == "just_over":
        return True if 1.0 <= r <= 1.1 else (False if (r <= 0.65 or r >= 1.35) else None)
    raise ValueError(qual)


def judge_vague(lo: float, hi: float, true_km: float) -> bool | None:
    if lo * 1.05 <= true_km <= hi * 0.95:
        return True
    if true_km <= lo * 0.75 or true_km >= hi * 1.35:
        return False
    return None


def judge_direction(direction: str, brg: float) -> bool | None:
    d = abs((brg - SECTORS[direction] + 180.0) % 360.0 - 180.0)
    return True if d <= 30.0 else (False if d >= 65.0 else None)


def truth_of(claim: dict) -> dict:
    """true_km (number or [lo, hi]), bearing, direction_ok, truth and gold verdict of one
    expanded claim (the TOML table)."""
    subj, ref = claim["subject"], claim.get("reference") or {}
    out: dict = {}
    if "true_km" in claim and isinstance(claim["true_km"], list):
        tk = [float(x) for x in claim["true_km"]]  # hand-made interval
        brg = None
    elif ref.get("relation") in ("latitude", "pole"):
        line = LINES[ref["line"]]
        tk = round(meridian_km(subj["lat"], subj["lon"], line), 2)
        brg = 0.0 if subj["lat"] > line else 180.0
    else:
        a, b = (subj["lat"], subj["lon"]), (ref["lat"], ref["lon"])
        tk = round(point_km(a, b), 2)
        brg = round(bearing(b, a), 1)
    out["true_km"] = tk
    if brg is not None:
        out["bearing_deg"] = brg
    lo, hi = (tk, tk) if not isinstance(tk, list) else tk
    if "vague_km" in claim:
        v = claim["vague_km"]
        verdicts = {judge_vague(v[0], v[1], lo), judge_vague(v[0], v[1], hi)}
    else:
        verdicts = {
            judge_distance(claim["stated"]["qualifier"], claim["stated_km"], x, claim["form"])
            for x in (lo, hi)
        }
    if len(verdicts) != 1 or None in verdicts:
        raise ValueError(
            f"{claim['id']}: truth near a tolerance edge ({tk} vs {claim['quantity']})"
        )
    ok = verdicts.pop()
    if claim.get("direction"):
        if brg is None:
            dok = claim.get("direction_ok", True)  # interval references: stated by hand
        else:
            dok = judge_direction(claim["direction"], brg)
            if dok is None:
                raise ValueError(
                    f"{claim['id']}: bearing {brg} near the edge of {claim['direction']}"
                )
        out["direction_ok"] = dok
        ok = ok and dok
    out["truth"] = ok
    out["verdict"] = "consistent" if ok else "inconsistent"
    return out


# ---------------------------------------------------------------------------------------------
# TOML writing (small, for the shapes used here)


def _val(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(round(float(v), 4)) if isinstance(v, float) else str(v)
    if isinstance(v, str):
        if "\n" in v:
            return '"""\n' + v.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') + '"""'
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(_val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_val(x)}" for k, x in v.items() if x is not None) + " }"
    raise TypeError(type(v))


def dump(doc: dict) -> str:
    lines = []
    for k, v in doc.items():
        if not isinstance(v, list) or not v or not isinstance(v[0], dict):
            lines.append(f"{k} = {_val(v)}")
    for k, v in doc.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            for row in v:
                lines.append("")
                lines.append(f"[[{k}]]")
                lines.extend(f"{kk} = {_val(x)}" for kk, x in row.items() if x is not None)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# building from source/


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = mod
    spec.loader.exec_module(mod)
    return mod


#: the TOMLs the last :func:`build` wrote
WRITTEN: list[Path] = []


def build(only: str | None = None) -> int:
    """Rebuild the TOMLs from ``source/``; ``only`` (a source file name) writes that file's
    articles alone and leaves every other TOML as it is: a helper adding a dev batch need
    not load (nor rewrite) the held-out sources."""
    sys.path.insert(0, str(HERE / "source"))
    places = _load(HERE / "source" / "places.py")
    errors = 0
    seen = set()
    if only is None:
        for f in (HERE / "dev").glob("*.toml"):
            f.unlink()
        for f in (HERE / "heldout").glob("*.toml"):
            f.unlink()
    sources = sorted((HERE / "source").glob("articles_*.py"))
    if only is not None:
        sources = [HERE / "source" / only]
    for src in sources:
        mod = _load(src)
        for art in mod.ARTICLES:
            if art["id"] in seen:
                raise ValueError(f"duplicate article {art['id']}")
            seen.add(art["id"])
            try:
                doc = places.expand(art, truth_of, parse_stated)
            except ValueError as e:
                print("ERROR", e)
                errors += 1
                continue
            out = HERE / art["split"] / f"{art['id']}.toml"
            out.write_text(dump(doc), encoding="utf-8")
            WRITTEN.append(out)
    return errors


def verify(files: list[Path] | None = None) -> int:
    errors = 0
    for f in sorted(HERE.glob("*/*.toml")) if files is None else sorted(files):
        doc = tomllib.loads(f.read_text(encoding="utf-8"))
        text = doc["text"]
        for c in doc.get("claim", []):
            if text.count(c["quantity"]) <= c.get("nth", 0):
                print(f"{f.name} {c['id']}: quantity {c['quantity']!r} not in text")
                errors += 1
            try:
                t = truth_of(c)
            except ValueError as e:
                print(f"{f.name}: {e}")
                errors += 1
                continue
            for k, v in t.items():
                if c.get(k) != v:
                    print(f"{f.name} {c['id']}: {k} stored {c.get(k)!r}, computed {v!r}")
                    errors += 1
        for n in doc.get("nonclaim", []):
            if n["quantity"] not in text:
                print(f"{f.name}: non-claim {n['quantity']!r} not in text")
                errors += 1
    print(f"{'OK' if not errors else str(errors) + ' problems'}")
    return errors


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rebuild dev/ and heldout/ from source/")
    ap.add_argument(
        "--only",
        metavar="FILE",
        help="with --write: build and verify only this source file's articles (articles_aj.py)",
    )
    args = ap.parse_args()
    if args.write:
        n = build(args.only)
        if n:
            print(f"{n} articles refused")
    sys.exit(1 if verify(WRITTEN if args.only else None) else 0)
