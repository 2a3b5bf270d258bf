"""One sense per article for a feature a kind word settled: a volcano named with its kind
("the volcano X", "der Vulkan X", "X erupted") is what the later bare mentions of its name
mean, though a town bears the name and the bare mentions alone would rank the town first
(``_rank.one_sense``, ``_kind_settled``). A later mention with its own context ("X, a town
in the region R") keeps its own reading, a region named with its kind ("the X region")
leaves a bare X to the ranker, and "the town of X" settles the town.
"""

from __future__ import annotations

import pytest

import geomap

#: (lang, text, name, the kind of every mention of the name)
SAME_FEATURE = [
    (
        "en",
        "Osorno erupted on Tuesday, the first time in a century. Puerto Montt, about 60 km"
        " south-west of Osorno, closed its airport.",
        "Osorno",
        "mountain",
    ),
    (
        "en",
        "Colima erupted overnight, covering villages with ash. Guadalajara lies about 130 km"
        " north of Colima.",
        "Colima",
        "mountain",
    ),
    (
        "en",
        "The volcano Calbuco erupted overnight. Puerto Montt, about 30 km west of Calbuco,"
        " closed its airport.",
        "Calbuco",
        "mountain",
    ),
    (
        "de",
        "Der Vulkan Colima ist in der Nacht ausgebrochen. Guadalajara liegt rund 130"
        " Kilometer nördlich von Colima.",
        "Colima",
        "mountain",
    ),
    (
        "de",
        "Der Vulkan Villarrica ist wieder ausgebrochen. Temuco liegt etwa 80 Kilometer"
        " nordwestlich von Villarrica.",
        "Villarrica",
        "mountain",
    ),
    (
        "de",
        "Der Vulkan Taal spuckt wieder Asche. Manila liegt rund 60 Kilometer nördlich von Taal.",
        "Taal",
        "mountain",
    ),
    (
        "en",
        "Karthala erupted on Monday, the Comoros government said. Moroni lies about 15 km"
        " west of Karthala.",
        "Karthala",
        "mountain",
    ),
    (
        "de",
        "Der Ätna ist am Dienstag wieder ausgebrochen. Catania liegt rund 30 Kilometer"
        " südlich des Ätna; in Messina, nordöstlich des Ätna, blieb es ruhig.",
        "Ätna",
        "mountain",
    ),
    # controls: the town settled by its kind word, a region's kind word settling nothing
    (
        "en",
        "Residents of the town of Osorno woke to rain. Osorno lies 900 km south of Santiago,"
        " and Puerto Montt about 100 km south of Osorno.",
        "Osorno",
        "city",
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "kind"), SAME_FEATURE)
def test_bare_mentions_follow_the_kind_settled_reading(
    lang: str, text: str, name: str, kind: str
) -> None:
    a = geomap.analyze(text, lang=lang, claims=False, events=False)
    got = [p for p in a.places if text[p.start : p.end].endswith(name)]
    assert len(got) >= 2, [(text[p.start : p.end], p.kind) for p in a.places]
    assert {p.kind for p in got} == {kind}, [(text[p.start : p.end], p.kind) for p in got]
    assert len({p.id for p in got}) == 1


#: (lang, text, name, kinds of the name's mentions in order): own context keeps its reading
OWN_CONTEXT = [
    (
        "en",
        "Villarrica erupted on Monday. Villarrica, a town in the Araucania region, lies 25 km"
        " north-west of the crater.",
        "Villarrica",
        ["mountain", "city"],
    ),
    (
        "en",
        "Floods hit the Mopti region on Monday. In Mopti, the river rose by a metre; Bamako"
        " lies 460 km south-west of Mopti.",
        "Mopti",
        ["admin1", "city", "city"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "kinds"), OWN_CONTEXT)
def test_a_mention_with_its_own_context_keeps_its_reading(
    lang: str, text: str, name: str, kinds: list[str]
) -> None:
    a = geomap.analyze(text, lang=lang, claims=False, events=False)
    got = [p.kind for p in a.places if text[p.start : p.end] == name]
    assert got == kinds
