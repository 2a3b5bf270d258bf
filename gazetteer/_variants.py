"""Spelling variants: a town's name as news spell it where GeoNames romanises otherwise.

Five rules of ``data/transliteration.toml`` (section ``[variants]``), each for the
countries whose names GeoNames romanises with that habit:

* a word's final ``-yy``, ``-iy`` or ``-yi`` (the Russian and Ukrainian adjective ending
  in BGN/PCGN and KMU 2010) is also written ``-y``, as English news write it;
* an apostrophe inside a word (the soft or hard sign in BGN/PCGN) is dropped, which the
  index's folding (an apostrophe breaks words) would otherwise keep as a word break;
* a ``y`` after a vowel and before a consonant or at a word's end (the short i, й, that
  BGN/PCGN writes y) is also written ``i``, as English news and the German transcription
  write it (``Onguday``/``Ongudai``, ``Mayma``/``Maima``; session 30);
* the hyphens between the syllables of a name in a syllable-written language of
  South-East Asia (Burmese, Thai, Lao, Khmer, Vietnamese) are dropped, and a name of two
  or three words is also written as one (``Nong Khai``/``Nongkhai``; session 30);
* a Chinese county's or banner's Pinyin generic word ending a name (``Dingri Xian``,
  ``Alxa Zuoqi``) is also written in English (``Dingri County``, ``Alxa Left Banner``;
  session 30).

A variant that is a common English or German word (``max_zipf``) is not filed: a word
must not become a place (a Burmese border town's joined name is an English noun).

The romanisation skeleton (``gazetteer/_skeleton.py``) finds such spellings only for
names of four consonants or more; these rules cover the short ones, and they add an
ordinary name row, so a plain look-up finds the town. Cost: one name row per rewritten
name, added when the index is built (``add_variants``).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

from gazetteer._normalize import normalize_name
from gazetteer._skeleton import RULES_FILE, SKELETON_KINDS, UNFILED_SOURCES

__all__ = ["VariantRules", "add_variants", "variant_rules", "variants"]

_APOSTROPHES = "'\u2018\u2019\u02b9\u02bb\u02bc\u02ba`\u00b4"
_INNER_APOSTROPHE = re.compile(rf"(?<=\w)[{_APOSTROPHES}](?=\w)")
_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
#: the short i after a vowel: a y between a vowel and a consonant or a word's end
#: (not after i: the -iy ending is the adjective's, which the final-y rule writes -y)
_VOWEL_Y = re.compile(r"(?<=[aeou])y(?=[b-df-hj-np-tv-xz]|\b)", re.I)


@dataclass(frozen=True, slots=True)
class VariantRules:
    """The ``[variants]`` table: the countries of each rule and the endings rewritten."""

    final_y_countries: frozenset[str]
    final_y: re.Pattern[str]
    soft_sign_countries: frozenset[str]
    joined_syllables_countries: frozenset[str]
    max_zipf: float
    vowel_y_countries: frozenset[str] = frozenset()
    unit_word_countries: frozenset[str] = frozenset()
    #: (the generic word's pattern at a name's end, its English words), longest first
    unit_words: tuple[tuple[re.Pattern[str], str], ...] = ()
    #: the most words a name of ``joined_syllables_countries`` is joined from (0: none)
    joined_words_max: int = 0

    @property
    def countries(self) -> frozenset[str]:
        return (
            self.final_y_countries
            | self.soft_sign_countries
            | self.joined_syllables_countries
            | self.vowel_y_countries
            | self.unit_word_countries
        )


@cache
def variant_rules() -> VariantRules:
    """The rules, read once from ``data/transliteration.toml``."""
    import tomllib

    with open(RULES_FILE, "rb") as fh:
        raw = tomllib.load(fh)["variants"]
    endings = sorted(raw["final_y_endings"], key=lambda e: (-len(e), e))
    return VariantRules(
        frozenset(raw["final_y_countries"]),
        # the ending of a word of three letters or more before it, as written or capitalised
        re.compile(rf"(?<=[^\W\d_]{{3}})(?:{'|'.join(map(re.escape, endings))})\b", re.I),
        frozenset(raw["soft_sign_countries"]),
        frozenset(raw["joined_syllables_countries"]),
        float(raw["max_zipf"]),
        frozenset(raw.get("vowel_y_countries", ())),
        frozenset(raw.get("unit_word_countries", ())),
        tuple(
            (re.compile(rf"(?<=\S) {re.escape(word)}$"), f" {english}")
            for word, english in sorted(raw.get("unit_words", ()), key=lambda p: -len(p[0]))
        ),
        int(raw.get("joined_words_max", 0)),
    )


def _y(m: re.Match[str]) -> str:
    return "Y" if m.group(0).isupper() else "y"


def _i(m: re.Match[str]) -> str:
    return "I" if m.group(0).isupper() else "i"


def variants(name: str, cc: str | None) -> tuple[str, ...]:
    """The spellings of ``name`` (a town or region of country ``cc``) the rules add, each
    with a key the name itself lacks; sorted, empty when no rule applies.

    >>> variants("Krasnyy Kut", "RU")
    ('Krasny Kut',)
    >>> variants("Nizhniy Lomov", "RU")
    ('Nizhny Lomov',)
    >>> variants("Tol’yatti", "RU")
    ('Tolyatti',)
    >>> variants("Pyin-Oo-Lwin", "MM")
    ('PyinOoLwin',)
    >>> variants("Nong Khai", "TH")
    ('NongKhai',)
    >>> variants("Onguday", "RU")
    ('Ongudai',)
    >>> variants("Baykal’sk", "RU")
    ('Baikalsk', 'Baikal’sk', 'Baykalsk')
    >>> variants("Belaya", "RU")
    ()
    >>> variants("Alxa Zuoqi", "CN")
    ('Alxa Left Banner',)
    >>> variants("Dingri Xian", "CN")
    ('Dingri County',)
    >>> variants("Wu-hu", "CN")
    ()
    >>> variants("Krasnyy Kut", "DE")
    ()
    """
    return tuple(f for f, _ in _spellings(name, cc))


def _spellings(name: str, cc: str | None) -> tuple[tuple[str, bool], ...]:
    """:func:`variants` with, for each spelling, whether only a rule of session 30 made
    it (the short i, the joined words, a Chinese unit's English words): a guess at a
    usage, which :func:`add_variants` files only where no other place bears it."""
    if not cc:
        return ()
    r = variant_rules()
    forms = {name}
    if cc in r.soft_sign_countries:
        forms |= {_INNER_APOSTROPHE.sub("", f) for f in forms}
    if cc in r.final_y_countries:
        forms |= {r.final_y.sub(_y, f) for f in forms}
    if cc in r.joined_syllables_countries:
        forms |= {_HYPHEN.sub("", f) for f in forms}
    settled = set(forms)
    if cc in r.vowel_y_countries:
        forms |= {_VOWEL_Y.sub(_i, f) for f in forms}
    if cc in r.joined_syllables_countries and 2 <= len(name.split()) <= r.joined_words_max:
        forms.add(name.replace(" ", ""))
    if cc in r.unit_word_countries:
        for pattern, english in r.unit_words:
            if pattern.search(name):
                forms.add(pattern.sub(english, name))
                break
    own = normalize_name(name)
    keys = {own}
    out = []
    for f in sorted(forms):
        k = normalize_name(f)
        if k and k not in keys and not _is_word(k, r.max_zipf):
            keys.add(k)
            out.append((f, f not in settled))
    return tuple(out)


def _is_word(key: str, max_zipf: float) -> bool:
    """A common English or German word or phrase (wordfreq Zipf >= ``max_zipf``)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(key, "en"), zipf_frequency(key, "de")) >= max_zipf


def add_variants(con: sqlite3.Connection) -> int:
    """File the variants of the names of the towns and regions of the rules' countries
    in the index open in ``con`` (language untagged, not primary); return the rows added.

    A variant another entry of the same country already bears is not filed: GeoNames
    lists some towns' spellings under a neighbour too (one Ukrainian city's apostrophe
    spellings among another's names), and a variant must not hand a name to the wrong
    one. Nor is a spelling only a session-30 rule makes where another place, of any
    country, bears it under any name. The second town layer's towns are left out: they
    are found by their own names only."""
    r = variant_rules()
    countries = sorted(r.countries)
    kinds = ",".join("?" * len(SKELETON_KINDS))
    marks = ",".join("?" * len(countries))
    unfiled = ",".join("?" * len(UNFILED_SOURCES))
    # the names of every place: a spelling a session-30 rule guesses never takes a name
    # another place bears, as its own or as another ("Bansang" is the Gambian town, not
    # Thailand's "Ban Sang" joined; "Cholon" is the German name of Holon, not Cho Lon
    # joined); -1 for a key of several places
    named: dict[str, int] = {}
    for key, entry in con.execute("SELECT key, entry FROM names"):
        named[key] = entry if named.get(key, entry) == entry else -1
    held: dict[tuple[str, str], set[int]] = {}
    for key, entry, cc in con.execute(
        "SELECT DISTINCT n.key, n.entry, e.cc FROM names n JOIN entries e ON e.num = n.entry "
        f"WHERE e.cc IN ({marks})",
        countries,
    ):
        held.setdefault((cc, key), set()).add(entry)
    rows = con.execute(
        "SELECT DISTINCT n.alias, n.entry, e.cc FROM names n JOIN entries e ON e.num = n.entry "
        f"WHERE e.kind IN ({kinds}) AND e.cc IN ({marks}) AND e.source NOT IN ({unfiled})",
        (*SKELETON_KINDS, *countries, *UNFILED_SOURCES),
    ).fetchall()
    out = set()
    for alias, entry, cc in rows:
        for v, guessed in _spellings(alias, cc):
            key = normalize_name(v)
            if guessed and named.get(key, entry) != entry:
                continue
            if held.get((cc, key), {entry}) <= {entry}:
                out.add((key, entry, "", v, 0))
    before = con.total_changes
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?,?)", sorted(out))
    return con.total_changes - before
