"""A ninth set of resolution classes, each shown by sentences of our own in other places
and both languages (docs/geoparser.md, "Thirteenth pass"). Other material only showed the
class; no sentence of it is here.

A. *A state after a comma holds its town.* "X, State" (a dateline in capitals or in running
   text, the state written out or abbreviated): the town is the namesake in that state,
   though a bigger one lies in another state; so for an island after the comma. Towns
   carry GeoNames admin-1 codes and regions English names, so the state holds the
   namesake nearest to its point (``_evidence.state_holds``).
B. *A major city called by the first words of its own name.* GeoNames names some big
   cities in full ("X de los Y"); the first words alone name the city when it is ten
   times every town bearing them whole and holds half the people of any region so named
   (``Weights.head_name_ratio``, ``head_name_region_share``).
C. *A feature word in lower case after the name.* "the X dam", "the X desert": the
   gazetteer's feature "X Dam" where it holds one (lexicon ``feature_words``), not the
   town X beside it.
D. *Names of two characters.* A two-letter name after a place preposition is a town of
   50,000 (``Weights.short_name_population``); a capital letter with a digit glued is a
   feature the gazetteer holds written so, and nothing else ("G7", "A4").
E. *A hyphened name as the town writes it.* French writes its saints with a hyphen;
   where a town bears the written name exactly, a namesake whose own name has no hyphen
   (an English "Saint X", listed under the French form among its other names) takes
   the other-name penalty, unless twenty times bigger.
F. *A local paper's town beside its state.* A word only a municipality has ("the X city
   council") lets the state named in the article place the town, though a major city
   bears its name; without such a word the major city keeps it.
G. *"X, Y" where Y names X's place again* ("Washington, D.C."): Y settles that mention
   and lends the rest of the story no setting of its own (``_resolve._restating``).
H. *An organisation word ending a name* ("the X State Police"): a word of the lexicon's
   ``org_suffixes`` after a capitalised word is no town of that name.
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from geomap.geoparse import resolve_document
from geomap.text import read_text
from tests.geoparse.test_resolution_classes import _reading

# A. A state after a comma holds its town

# (language, the mention, its admin-1 code, the article)
STATE_AFTER_COMMA = [
    pytest.param("en", "Portland", "ME", "He moved to Portland, Maine, last year.", id="en-me"),
    pytest.param("en", "PARIS", "TN", "PARIS, Tenn. — The mayor said on Monday.", id="en-tn-caps"),
    pytest.param("en", "Athens", "TX", "Athens, Texas, opened a new library.", id="en-tx"),
    pytest.param("en", "Columbus", "MS", "Columbus, Mississippi, lost power.", id="en-ms"),
    pytest.param("en", "Moscow", "ID", "Moscow, Idaho, was quiet.", id="en-id"),
    pytest.param(
        "de", "Portland", "ME", "Der Sturm erreichte Portland, Maine, am Abend.", id="de-me"
    ),
    pytest.param("de", "Athens", "TX", "In Athens, Texas, brannte eine Scheune.", id="de-tx"),
]


@pytest.mark.parametrize(
    ("lang", "mention", "cc", "text"),
    [
        pytest.param("en", "Kahului", "US", "Kahului, Maui, lost power on Monday.", id="en"),
        pytest.param("de", "Kahului", "US", "In Kahului, Maui, fiel der Strom aus.", id="de"),
    ],
)
def test_an_island_after_a_comma_holds_its_town(gaz, lang, mention, cc, text):
    c = _reading(text, mention, gaz, lang)
    assert (c.country_code, c.kind) == (cc, "city"), (c.name, c.country_code)


@pytest.mark.parametrize(("lang", "mention", "admin1", "text"), STATE_AFTER_COMMA)
def test_a_state_after_a_comma_holds_its_namesake(gaz, lang, mention, admin1, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert (c.country_code, c.admin1) == ("US", admin1), (c.name, c.admin1)


def test_a_bare_name_stays_the_big_namesake(gaz):
    """Without the state the bigger town still wins: the container alone decides."""
    c = _reading("Flights to Portland were cancelled.", "Portland", gaz, "en")
    assert c.admin1 == "OR", (c.name, c.admin1)


# B. A major city called by the first words of its own name


# (language, the article): "León" is León de los Aldama (1.6 million), which GeoNames
# names in full, not a town of a tenth of its size bearing "León" whole
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("de", "Die Proteste in León dauerten an.", id="de"),
        pytest.param("en", "Protests in León continued on Friday.", id="en"),
    ],
)
def test_a_major_city_is_named_by_the_first_words_of_its_name(gaz, lang, text):
    c = _reading(text, "León", gaz, lang)
    assert (c.country_code, c.kind) == ("MX", "city"), (c.name, c.country_code)
    assert c.population >= 1_000_000, c.name


def test_a_state_outnumbering_its_capital_keeps_its_name(gaz):
    """A state of four million is what "Oklahoma" names, not its capital of 700,000
    (``Weights.head_name_region_share``)."""
    c = _reading("Die Proteste in Oklahoma dauerten an.", "Oklahoma", gaz, "de")
    assert c.kind == "admin1", (c.name, c.kind)


def test_a_feature_head_keeps_the_region(gaz):
    """A word naming the kind still decides: "die Provinz X" is the province."""
    c = _reading("In der Provinz León regnete es.", "León", gaz, "de")
    assert c.kind in ("admin1", "admin2"), (c.name, c.kind)


def test_a_list_of_towns_is_no_town_and_its_state(gaz):
    """ "X, Y and Z" lists places: Y does not hold a namesake of X."""
    text = "After stops in Washington, New York and Boston, the delegation flew home."
    c = _reading(text, "Washington", gaz, "en")
    assert (c.admin1, c.kind) == ("DC", "city"), (c.name, c.admin1)


# C. A feature word written in lower case after the name

# (the mention with its word, the gazetteer's kind, the article)
FEATURE_WORDS = [
    pytest.param("Hoover dam", "facility", "Water poured over the Hoover dam.", id="dam"),
    pytest.param("Atacama desert", "desert", "Rain fell in the Atacama desert.", id="desert"),
    pytest.param("Victoria falls", "waterfall", "Tourists crowded the Victoria falls.", id="falls"),
    pytest.param(
        "Itaipu dam", "facility", "The Itaipu dam on the Paraná supplies power.", id="dam-river"
    ),
    # another name of the feature: the gazetteer lists "Boulder Dam" for the Hoover Dam
    pytest.param("Boulder dam", "facility", "Crowds visited the Boulder dam.", id="other-name"),
]


@pytest.mark.parametrize(("mention", "kind", "text"), FEATURE_WORDS)
def test_a_lower_case_feature_word_finds_the_feature(gaz, mention, kind, text):
    c = _reading(text, mention, gaz, "en")
    assert c.kind == kind, (c.name, c.kind)


def test_a_feature_word_after_the_feature_s_own_name_keeps_the_span(gaz):
    """Where the bare name is the feature's own name ("the Andes mountains"), the word is
    no part of the name: the bare name reads the feature already."""
    places = resolve_document(
        read_text("Villages in the Andes mountains were cut off.", lang="en"), gaz
    )
    assert [p.mention for p in places] == ["Andes"], places


def test_a_feature_word_without_such_a_feature_keeps_the_name(gaz):
    """Only a feature the gazetteer holds by the whole name: a town "X Dam" is no reason
    to join the word, and the name before it stays a place of its own."""
    places = resolve_document(read_text("Anglers fished below the Beaver dam.", lang="en"), gaz)
    assert not [p for p in places if p.mention == "Beaver dam"], places


# D. Names of two characters: a town after a place preposition, a letter with a digit

# (language, the mention, its country, the article)
SHORT_NAMES = [
    pytest.param("en", "Wa", "GH", "Traders in Wa said prices rose.", id="en-in"),
    pytest.param("en", "Bo", "SL", "Flights from Bo to Freetown resumed.", id="en-from"),
    pytest.param("de", "Wa", "GH", "Die Händler in Wa klagten über die Preise.", id="de-in"),
    pytest.param("de", "Bo", "SL", "Die Straße nach Bo war gesperrt.", id="de-nach"),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), SHORT_NAMES)
def test_a_two_letter_town_after_a_place_preposition(gaz, lang, mention, cc, text):
    c = _reading(text, mention, gaz, lang)
    assert (c.kind, c.country_code) == ("city", cc), (c.name, c.country_code)


def _letter_digit_features(gaz) -> dict[str, set[str]]:
    """Every name of a capital letter and one digit the gazetteer holds as a feature
    (generated, not picked: the class, whatever rows the index has)."""
    import string

    from geomap.geoparse._mentions import _FEATURE_KINDS

    names = [f"{a}{d}" for a in string.ascii_uppercase for d in "0123456789"]
    found = gaz.lookup_many(names, limit=15)
    out = {
        n: {c.id for c in found[n] if c.kind in _FEATURE_KINDS and c.matched == n} for n in names
    }
    return {n: ids for n, ids in out.items() if ids}


@pytest.mark.parametrize(
    ("lang", "wording"),
    [
        pytest.param("en", "Two climbers reached the summit of {} on Friday.", id="en"),
        pytest.param("de", "Zwei Bergsteiger erreichten am Freitag den Gipfel des {}.", id="de"),
    ],
)
def test_a_letter_and_a_digit_name_the_feature_so_written(gaz, lang, wording):
    names = _letter_digit_features(gaz)
    assert names, "the index holds no feature named by a letter and a digit"
    for name, ids in names.items():
        c = _reading(wording.format(name), name, gaz, lang)
        assert c.id in ids, (name, c.name)


@pytest.mark.parametrize("text", ["The G7 met in Rome on Monday.", "Take the A4 towards Bath."])
def test_other_letters_and_digits_are_no_places(gaz, text):
    places = resolve_document(read_text(text, lang="en"), gaz)
    assert not [p for p in places if any(ch.isdigit() for ch in p.mention)], places


@pytest.mark.parametrize("wording", ["She bought a {}5 lens.", "The new {}.5 release is out."])
def test_a_feature_s_letter_and_digit_inside_a_longer_code_is_no_place(gaz, wording):
    for name in _letter_digit_features(gaz):
        places = resolve_document(read_text(wording.format(name), lang="en"), gaz)
        assert not [p for p in places if any(ch.isdigit() for ch in p.mention)], places


def test_a_small_two_letter_town_needs_more_than_a_preposition(gaz):
    """A town under ``Weights.short_name_population`` named with two letters stays
    unread after a bare preposition: such words are mostly words of some language."""
    places = resolve_document(read_text("The talks in Un ended early.", lang="en"), gaz)
    assert not [p for p in places if p.mention == "Un"], places


# E. A hyphened saint's name written as the town writes it

# (language, the name, the country of the town bearing it hyphened, the article)
HYPHENED = [
    pytest.param("en", "Saint-Cloud", "FR", "Flooding hit Saint-Cloud on Monday.", id="en-fr"),
    pytest.param("de", "Saint-Cloud", "FR", "In Saint-Cloud brannte eine Halle.", id="de-fr"),
    pytest.param("en", "Saint-Joseph", "RE", "A cyclone hit Saint-Joseph overnight.", id="en-re"),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), HYPHENED)
def test_a_hyphened_name_is_the_town_written_so(gaz, lang, mention, cc, text):
    c = _reading(text, mention, gaz, lang)
    assert c.country_code == cc, (c.name, c.country_code)


def test_the_name_written_without_hyphen_keeps_its_town(gaz):
    c = _reading("Flooding hit Saint Cloud on Monday.", "Saint Cloud", gaz, "en")
    assert c.country_code == "US", (c.name, c.country_code)


# F. A local paper's town beside its state

# (the town, its admin-1 code, the article): a word only a municipality has ("city
# council") and the state named in the article make the state's namesake win, though a
# capital abroad bears the name
LOCAL_TOWNS = [
    pytest.param(
        "Athens",
        "OH",
        "The Athens city council met on Monday. The Ohio State Highway Patrol will help.",
        id="oh-org",
    ),
    pytest.param(
        "Columbus",
        "MS",
        "The Columbus city council met on Monday. Mississippi lawmakers praised the budget.",
        id="ms",
    ),
]


@pytest.mark.parametrize(("mention", "admin1", "text"), LOCAL_TOWNS)
def test_a_town_with_a_municipal_word_takes_its_state(gaz, mention, admin1, text):
    c = _reading(text, mention, gaz, "en")
    assert (c.country_code, c.admin1) == ("US", admin1), (c.name, c.admin1)


def test_a_capital_stays_without_a_municipal_word(gaz):
    """A state named beside the capital's name does not move the capital: only a word a
    municipality has lets the state's cue count against a major namesake."""
    c = _reading("Georgia lawmakers travelled to Washington on Monday.", "Washington", gaz, "en")
    assert c.admin1 == "DC", (c.name, c.admin1)


# G. "X, Y" where Y names X's place again


def test_a_restated_capital_does_not_move_the_state(gaz):
    """ "Washington, D.C." names the capital there; it is no second place near the capital
    that makes the story's other "Washington" the capital too, where the dateline is in
    the state."""
    text = (
        "YAKIMA, Wash. — Wildfires spread on Monday. Crews came from all over Washington. "
        "Two officials flew to Washington, D.C., for talks."
    )
    places = [
        p for p in resolve_document(read_text(text, lang="en"), gaz) if p.mention == "Washington"
    ]
    kinds = [gaz.get(p.id).kind for p in places]
    assert kinds == ["admin1", "city"], kinds


def test_the_capital_written_out_stays_the_capital(gaz):
    text = "The senator returned to Washington, D.C. on Monday. Washington was quiet."
    places = [
        p for p in resolve_document(read_text(text, lang="en"), gaz) if p.mention == "Washington"
    ]
    assert [gaz.get(p.id).admin1 for p in places] == ["DC", "DC"], places


# H. An organisation word ending a name is no town of that name


@pytest.mark.parametrize(
    "text",
    [
        "Officers of the Maryland State Police arrived on Monday.",
        "The Kansas State University campus was closed.",
    ],
)
def test_an_organisation_word_after_a_name_is_no_town(gaz, text):
    places = resolve_document(read_text(text, lang="en"), gaz)
    assert not [p for p in places if p.mention in ("Police", "University")], places


def test_a_town_named_like_an_organisation_word_stays_after_a_preposition(gaz):
    c = _reading("The lorry drove to Police in north-western Poland.", "Police", gaz, "en")
    assert c.country_code == "PL", (c.name, c.country_code)
