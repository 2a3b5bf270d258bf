# ruff: noqa: E501
"""Issue 21, class 2 (session 31): a person named in full once and by the surname later
stays a person in every later mention, in news stories of several sentences; the same
words stay places where the article uses them as places.

The mechanisms: a place preposition that ends a source phrase or follows a verb of
saying ("according to X", "said of X", "nach Angaben von X") is no place cue for a name
the article knows as a person (``_evidence.person_preposition``); a full name set off
before a role ("Orlando Washington, the county's fire chief, said") or between commas
("the minister, José Luis Toledo Medina, said") is a person's though a big town bears
its given name; a role noun after a possessive ("Austin Warren, the team's goalkeeper,
broke ..."); a given name that ends in ``s`` is no genitive place before a name ("der
Schauspieler Dallas Bremer"); a known person's German genitive before a noun
("Prestons Plan") is the person's; a given name a big town bears before another big
town's name ("Preston Warren has been named coach"); a German title in the
n-declension ("Herrn Warren"); initials ("J. Paris"); a second surname ("Maria Coimbra
Braga"); a roster's inverted name before an age ("Preston, Sydney (62), Rentnerin").
"""

from __future__ import annotations

import re

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _places(text: str, gaz, lang: str) -> list:
    return [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]


def _on_words(places: list, text: str, words: list[str]) -> list[str]:
    spans = [m.span() for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
    return [
        f"{p.mention}={p.name}" for p in places if any(p.start < e and s < p.end for s, e in spans)
    ]


#: (lang, story, the person's words, places the story must keep)
STORIES = [
    (
        "en",
        "GREENSBORO (AP) — The county's police chief, Jelena Penz, resigned on Friday.\n"
        "In a statement, Penz said the findings were unfair. According to Penz, most of "
        "the problems date from before 2020.",
        ["Jelena", "Penz"],
        ["GREENSBORO"],
    ),
    (
        "en",
        "Manchester — Striker Ivo Oldenburg scored twice as the home side won 3-1.\n"
        '"Nobody works harder," the coach said of Oldenburg.',
        ["Ivo", "Oldenburg"],
        ["Manchester"],
    ),
    (
        "en",
        "Phoenix (AP) — Orlando Washington, the county's fire chief, said crews had "
        "contained the blaze by Sunday.\nWashington said no homes were lost. Crews under "
        "Washington worked through the night.",
        ["Orlando", "Washington"],
        ["Phoenix"],
    ),
    (
        "en",
        "Atlanta — Jackson Preston, a lawyer for the family, said they would sue.\n"
        "Preston said the city ignored warnings. The family met Preston in Atlanta on Friday.",
        ["Jackson", "Preston"],
        ["Atlanta"],
    ),
    (
        "en",
        "MADRID (Reuters) - Spain's economy minister, José Luis Toledo Medina, said on "
        "Monday growth would slow.\nToledo said exports were hit by tariffs. According to "
        "Toledo, unemployment will stay below 12 percent.",
        ["Toledo", "Medina"],
        ["MADRID"],
    ),
    (
        "en",
        "Toronto — Austin Warren, the team's goalkeeper, broke his hand on Saturday.\n"
        "The club said Warren would miss six weeks. Warren's replacement is 19.",
        ["Austin", "Warren"],
        ["Toronto"],
    ),
    (
        "en",
        "Leeds — Dallas Kendal, 52, a nurse, was hurt when a bus left the road.\n"
        "Kendal said it happened fast. In the words of Kendal, the driver never braked.",
        ["Dallas", "Kendal"],
        ["Leeds"],
    ),
    (
        "de",
        "Mainz. Die Rede des Bürgermeisters Florian Preston sorgte für Streit.\n"
        "Prestons Plan sieht höhere Gebühren vor. Die Opposition warf Preston vor, die "
        "Bürger zu belasten.",
        ["Preston", "Prestons"],
        ["Mainz"],
    ),
    (
        "de",
        "Bremen. Der Schauspieler Dallas Bremer ist tot.\nBremer starb am Sonntag im "
        "Alter von 81 Jahren in Bremen, wie seine Familie mitteilte.",
        ["Dallas", "Bremer"],
        ["Bremen"],
    ),
    (
        "de",
        "Hannover (dpa) - Landrätin Florence Minden hat den Katastrophenfall ausgerufen.\n"
        "Minden sagte, die Lage sei ernst. Nach Angaben von Minden sind 300 Helfer im Einsatz.",
        ["Florence", "Minden"],
        ["Hannover"],
    ),
    (
        "de",
        "Kassel. Dem Minister Austin Coburg wird Untreue vorgeworfen.\nCoburg bestreitet "
        "das. Coburgs Anwalt kündigte eine Klage an.",
        ["Austin", "Coburg", "Coburgs"],
        ["Kassel"],
    ),
    (
        "de",
        "Berlin (dpa) - Der Chef der Gewerkschaft, Chester Landau, droht mit Streik.\n"
        "„Wir sind bereit“, sagte Landau am Dienstag. Landaus Forderung: acht Prozent mehr.",
        ["Chester", "Landau", "Landaus"],
        ["Berlin"],
    ),
    (
        "en",
        "Preston Warren has been named coach of the Denver team.\nWarren, 45, replaces "
        "a coach fired in May.",
        ["Preston", "Warren"],
        ["Denver"],
    ),
    (
        "en",
        "The prize went to Lincoln Austin and Florence Preston of the University of Leeds."
        "\nAustin and Preston studied river floods for a decade.",
        ["Lincoln", "Austin", "Florence", "Preston"],
        ["Leeds"],
    ),
    (
        "de",
        "Herrn Warren wurde am Montag in Köln der Preis überreicht.\nWarren bedankte sich "
        "bei seiner Familie.",
        ["Warren"],
        ["Köln"],
    ),
    (
        "de",
        "Berlin. Dem Abgeordneten Paris Landau wurde gedankt.\nLandau hatte das Gesetz verhandelt.",
        ["Paris", "Landau"],
        ["Berlin"],
    ),
    (
        "en",
        "Leeds — J. Paris, a surgeon at the city hospital, warned of long waits.\nParis "
        "said the wards were full.",
        ["J", "Paris"],
        ["Leeds"],
    ),
    (
        "en",
        "Austin, Texas — George W. Bush spoke at the library on Monday.\nBush said the "
        "war had been right.",
        ["Bush"],
        ["Austin"],
    ),
    (
        "de",
        "Kiel. Der Vortrag von A. J. Lincoln fiel aus.\nLincoln war erkrankt, teilte "
        "die Universität mit.",
        ["Lincoln"],
        ["Kiel"],
    ),
    (
        "de",
        "Brasília. Die Brasilianerin Maria Coimbra Braga wird neue Botschafterin.\nBraga "
        "war zuvor in Rom tätig.",
        ["Maria", "Coimbra", "Braga"],
        ["Rom"],
    ),
    (
        "de",
        "Madrid (dpa) - José Toledo Medina, Sprecher der Regierung, hat Neuwahlen "
        "ausgeschlossen.\nToledo sagte, die Koalition sei stabil.",
        ["José", "Toledo", "Medina"],
        ["Madrid"],
    ),
    (
        "de",
        "Celle. Die Stadt will das Freibad schließen.\nPreston, Sydney (62), Rentnerin "
        "aus Celle, schüttelte den Kopf. „Wir schwimmen hier seit 40 Jahren.“",
        ["Preston", "Sydney"],
        ["Celle"],
    ),
    (
        "en",
        "Bristol — The council voted to close the library.\nWarren, Florence, 71, a "
        "retired teacher, disagreed.",
        ["Warren", "Florence"],
        ["Bristol"],
    ),
    (
        "de",
        "Kiel. Mara Olsen Preston (54), Lehrerin aus Kiel, hat den Preis erhalten.\n"
        "Preston unterrichtet seit 1999.",
        ["Mara", "Olsen", "Preston"],
        ["Kiel"],
    ),
    (
        "de",
        "Leipzig. Paris Hagen, Torhüterin des Vereins, hat sich verletzt.\nHagens "
        "Ausfall trifft das Team hart, sagte der Trainer.",
        ["Paris", "Hagen", "Hagens"],
        ["Leipzig"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "words", "keep"), STORIES)
def test_person_named_in_full_stays_a_person(gaz, lang, text, words, keep):
    places = _places(text, gaz, lang)
    assert _on_words(places, text, words) == []
    starts = {p.start for p in places}
    for w in keep:
        assert text.index(w) in starts, w


#: (lang, text, the word, its occurrence) that must stay a place
GUARDS = [
    # a place only: "to"/"of" after a verb that is no verb of saying, no person known
    ("en", "Houston — Harris flew to Jackson on Monday to inspect the water plant.", "Jackson", 0),
    ("en", "Leicester — The mayor of Preston said on Monday that bus routes would be cut.", "Preston", 0),
    ("en", "Berlin — The chancellor said of Paris that it remained a close partner.", "Paris", 0),
    ("en", "Tokyo — Prime Minister Fumio Nagano arrived in Nagano on Monday.", "Nagano", 1),
    # a German genitive of a town before a municipality's word, a country's genitive
    ("de", "Oldenburg. Die Stadt hat neue Radwege eröffnet.\nOldenburgs Oberbürgermeister lobte das.", "Oldenburgs", 0),
    ("de", "Der Präsident Frankreichs Emmanuel Macron kam am Montag nach Berlin.", "Frankreichs", 0),
    ("de", "Köln (dpa) - Ministerpräsidentin Anna Kerekes ist am Montag nach Minden gereist.", "Minden", 0),
    # two towns side by side with a container: no person ("Orlando Florida" names a state)
    ("en", "Flights from Orlando Florida resumed on Monday, officials in Atlanta said.", "Orlando", 0),
    ("en", "Fans travelled from Preston to London on Saturday.", "Preston", 0),
    # a German title in the n-declension before a country's genitive
    ("de", "Den Präsidenten Russlands Wladimir Putin traf er am Montag in Moskau.", "Russlands", 0),
    # a compass initial, an initialism written close, an object after a German verb
    ("en", "Troops from S. Korea arrived on Monday.", "Korea", 0),
    ("en", "The storm hit W. Virginia on Monday.", "Virginia", 0),
    ("en", "The U.N. Geneva talks resumed on Monday, diplomats in Geneva said.", "Geneva", 1),
    ("de", "Am Montag besuchte Emmanuel Macron Berlin.", "Berlin", 0),
    # a place's name of several words that initials stand in
    ("en", "Flights to John F. Kennedy International Airport resumed on Monday.", "John F. Kennedy International Airport", 0),
    # a given name a town bears before a word only a municipality has: the town's genitive
    ("de", "Dallas Bürgermeister kündigte am Montag neue Maßnahmen an.", "Dallas", 0),
    # a list of towns with counts in brackets is no roster of people
    ("de", "Dallas, Austin (3), Houston (2) und Phoenix (1) meldeten neue Fälle.", "Austin", 0),
    # an organisation before a role: its town word is no given name's person
    ("en", "Austin Energy, the city's utility, said power would return by noon in Austin.", "Austin", 1),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "word", "nth"), GUARDS)
def test_place_stays_a_place(gaz, lang, text, word, nth):
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    places = _places(text, gaz, lang)
    assert any(p.start == starts[nth] for p in places), [p.mention for p in places]
