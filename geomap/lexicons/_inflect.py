"""Every form of an English lexicon word, from LemmInflect (session 27, issue 20).

The events lexicon lists an English verb once, in the past a report tells it in
(``overran``, ``blew up``, ``took power``), and a noun once (``massacre``). A report uses
the other forms as well: the perfect and the passive take the participle (``Rebels have
overrun the town``, ``The bridge was blown up``, ``the army had taken power``), a headline
the present (``Rebels overrun ...``, ``Troops fight ...``) and a count the plural
(``massacres``). The German lexicon reaches its forms through its stems and globs
(``erschütter*``); English irregular verbs have no common stem, so the forms come from
LemmInflect's lexicon (the NIH SPECIALIST Lexicon), which is already a dependency, rather
than from a list written by hand that would hold only the words someone thought of.

Only the first word of a phrase is inflected (``blew up`` -> ``blown up``): the others
are particles and objects. A word the lexicon writes with ``*`` is a pattern and keeps
its own reach.

LemmInflect's answers for the words the lexicons ask are stored in
``inflections_en.csv`` (session 28, issue 20 item 7): loading LemmInflect's tables and
asking them took a third of a second of every process that reads English events (a sixth
of what events add to a cold ``geomap check`` of LGL). A word the file lacks (one added
to a lexicon since it was built) is asked of LemmInflect as before, so the forms are the
same either way; ``scripts/build_wordlists.py inflections`` rebuilds the file.
"""

from __future__ import annotations

import copy
import csv
import io
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["participle_of_past", "plural_of", "present_of_past", "with_forms"]

#: the file of stored answers, in ``geomap/lexicons``
INFLECTIONS = "inflections_en.csv"


@cache
def _stored() -> dict[tuple[str, str], tuple[str, ...]]:
    """(function, word as asked) -> the forms LemmInflect gave when ``INFLECTIONS`` was
    built (the function ``participle``, ``present`` or ``plural``; forms separated by
    ``|``, none for an empty cell)."""
    path = resources.files("geomap.lexicons").joinpath(INFLECTIONS)
    if not path.is_file():
        return {}
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        next(rows, None)  # the header
        return {(f, w): tuple(forms.split("|")) if forms else () for f, w, forms in rows}


def _answer(function: str, word: str, derive: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The stored answer of ``function`` for ``word``, else ``derive(word)`` (LemmInflect)."""
    got = _stored().get((function, word))
    return derive(word) if got is None else got


@cache
def _verb_lemmas_of_past(word: str) -> tuple[str, ...]:
    """The verb lemmas whose simple past is ``word`` (``overran`` -> ``overrun``), none
    for a word that is no such past."""
    from lemminflect import getAllInflections, getAllLemmas

    out = []
    for lemma in getAllLemmas(word).get("VERB", ()):
        if word in getAllInflections(lemma, upos="VERB").get("VBD", ()):
            out.append(lemma)
    return tuple(out)


@cache
def participle_of_past(word: str) -> tuple[str, ...]:
    """The past participles of a simple past that differ from it and from the verb's base
    form (``blew`` -> ``blown``, ``took`` -> ``taken``, ``sank`` -> ``sunk``); none for a
    regular past, whose participle is the past itself (``shelled``), for a participle that
    is the base form too (``overran`` -> ``overrun``, ``ran`` -> ``run``, ``came`` ->
    ``come``: a noun or an infinitive as often, "a cost overrun"), or for a word that is no
    past.

    >>> participle_of_past("blew"), participle_of_past("shelled"), participle_of_past("overran")
    (('blown',), (), ())
    """
    return _answer("participle", word, _participle_of_past)


def _participle_of_past(word: str) -> tuple[str, ...]:
    """:func:`participle_of_past` from LemmInflect."""
    from lemminflect import getInflection

    out: list[str] = []
    for lemma in _verb_lemmas_of_past(word.casefold()):
        # the first participle only: "struck" has "stricken" too, an adjective in news
        # ("drought-stricken")
        for form in getInflection(lemma, tag="VBN")[:1]:
            if form not in (word, lemma) and form not in out:
                out.append(form)
    return tuple(out)


@cache
def present_of_past(word: str) -> tuple[str, ...]:
    """The base and third-person present of a simple past (``fought`` -> ``fight``,
    ``fights``; ``sank`` -> ``sink``, ``sinks``; ``capsized`` -> ``capsize``, ``capsizes``);
    none for a word LemmInflect knows as no past.

    >>> present_of_past("fought"), present_of_past("overran")
    (('fight', 'fights'), ('overrun', 'overruns'))
    """
    return _answer("present", word, _present_of_past)


def _present_of_past(word: str) -> tuple[str, ...]:
    """:func:`present_of_past` from LemmInflect."""
    from lemminflect import getInflection

    out: list[str] = []
    for lemma in _verb_lemmas_of_past(word.casefold()):
        for form in (lemma, *getInflection(lemma, tag="VBZ")[:1]):
            if " " not in form and form not in out:
                out.append(form)
    return tuple(out)


@cache
def plural_of(noun: str) -> tuple[str, ...]:
    """The regular plural LemmInflect gives a singular noun (``massacre`` -> ``massacres``,
    ``coup`` -> ``coups``); none for a word that is no singular noun of its lexicon or
    that is its own plural.

    >>> plural_of("massacre"), plural_of("clashes")
    (('massacres',), ())
    """
    return _answer("plural", noun, _plural_of)


def _plural_of(noun: str) -> tuple[str, ...]:
    """:func:`plural_of` from LemmInflect."""
    from lemminflect import getAllLemmas, getInflection

    word = noun.casefold()
    if word not in getAllLemmas(word).get("NOUN", ()):
        return ()
    return tuple(f for f in getInflection(word, tag="NNS")[:1] if f != word)


def _listed(raw: dict[str, Any]) -> set[str]:
    """Every word and phrase the events lexicon lists as a trigger or a carrier word."""
    out: set[str] = set()
    for groups in raw.get("triggers", {}).values():
        for group in [groups, *(g for g in groups.values() if isinstance(g, dict))]:
            for items in group.values():
                if isinstance(items, list):
                    out.update(w.casefold() for w in items)
    for carrier in raw.get("carriers", []):
        out.update(w.casefold() for w in carrier["words"])
    return out


def with_forms(raw: dict[str, Any]) -> dict[str, Any]:
    """The events lexicon ``raw`` with the other forms of its English words added, when its
    ``[grammar] inflect`` names LemmInflect (else ``raw`` itself): the participle of each
    verb trigger and carrier word whose first word is an irregular past (``blew up`` ->
    ``blown up``, ``took power`` -> ``taken power``, ``sank`` -> ``sunk``) and the plural of
    each noun trigger whose last word is a singular noun (``massacre`` -> ``massacres``,
    ``plane crash`` -> ``plane crashes``), each in the list of its word, so it has that
    word's kind and reading. A form the lexicon lists anywhere already is not added again
    (``shaken``); ``[grammar] not_inflected`` names listed words and phrases whose other
    forms have another sense (``took to``: "was taken to hospital"), an entry ``*ing`` the
    nouns of that ending. A new list; ``raw``
    is not changed (it is shared)."""
    grammar = raw.get("grammar", {})
    if grammar.get("inflect") != "lemminflect":
        return raw
    out = copy.deepcopy(raw)
    keep = {w.casefold() for w in grammar.get("not_inflected", [])}
    taken = _listed(out)

    def add(items: list[str], form: str) -> None:
        if form.casefold() not in taken:
            taken.add(form.casefold())
            items.append(form)

    def verbs(items: list[str]) -> None:
        for item in list(items):
            parts = item.split()
            first = parts[0].lstrip("<>")
            if "*" in first or item.casefold() in keep or first.casefold() in keep:
                continue
            for form in participle_of_past(first):
                add(items, " ".join([form, *parts[1:]]))

    def nouns(items: list[str]) -> None:
        for item in list(items):
            parts = item.split()
            last = parts[-1]
            if (
                "*" in last
                or "<" in item
                or ">" in item
                or {item.casefold(), last} & keep
                or any(k.startswith("*") and last.endswith(k[1:]) for k in keep)
            ):
                continue
            for form in plural_of(last):
                add(items, " ".join([*parts[:-1], form]))

    for groups in out.get("triggers", {}).values():
        for group in [groups, *(g for g in groups.values() if isinstance(g, dict))]:
            if isinstance(group.get("verbs"), list):
                verbs(group["verbs"])
            if isinstance(group.get("nouns"), list):
                nouns(group["nouns"])
    for carrier in out.get("carriers", []):
        verbs(carrier["words"])
    return out
