"""Event words of every kind on any wording, session 27 (docs/events.md, "Event words,
session 27"): the forms of an English lexicon word from LemmInflect (a participle in the
perfect and the passive, a plural), the nouns with other senses told by their toll or
dated by ``after`` / ``following``, and non-events that use an event kind's word for no
event, in English and German. Sentences of our own, in other places and wording than the
probe's rows; the look-alikes were written with them and must stay as they are."""

from __future__ import annotations

import pytest

from geomap.lexicons import participle_of_past, plural_of, present_of_past, with_forms
from tests.support.events import kinds_of, trigger_kinds

_events = trigger_kinds
_kinds = kinds_of


# --- the forms LemmInflect gives ------------------------------------------------------------
@pytest.mark.parametrize(
    ("past", "participles", "present"),
    [
        ("blew", ("blown",), ("blow", "blows")),
        ("took", ("taken",), ("take", "takes")),
        ("threw", ("thrown",), ("throw", "throws")),
        ("sank", ("sunk",), ("sink", "sinks")),
        ("fought", (), ("fight", "fights")),
        ("shelled", (), ("shell", "shells")),
        # the participle that is the base form too is left out ("a cost overrun")
        ("overran", (), ("overrun", "overruns")),
        ("ran", (), ("run", "runs")),
        ("capital", (), ()),
    ],
)
def test_forms_of_a_past(past: str, participles: tuple[str, ...], present: tuple[str, ...]) -> None:
    assert participle_of_past(past) == participles
    assert present_of_past(past) == present


@pytest.mark.parametrize(
    ("noun", "plural"),
    [("massacre", ("massacres",)), ("typhoon", ("typhoons",)), ("clashes", ()), ("unrest", ())],
)
def test_plural_of_a_noun(noun: str, plural: tuple[str, ...]) -> None:
    assert plural_of(noun) == plural


def test_with_forms_adds_to_the_list_of_the_word_and_keeps_what_is_listed() -> None:
    raw = {
        "grammar": {"inflect": "lemminflect", "not_inflected": ["took to", "trial"]},
        "triggers": {
            "riot": {"verbs": ["threw stones"], "nouns": ["riot", "riots"]},
            "protest": {"peaceful_protest": {"verbs": ["took to"]}},
            "court": {"trial": {"nouns": ["trial"]}},
            "disaster": {"earthquake": {"verbs": ["shook", "shaken"]}},
        },
        "carriers": [{"words": ["sank"], "kinds": {}}],
    }
    got = with_forms(raw)
    assert got["triggers"]["riot"] == {
        "verbs": ["threw stones", "thrown stones"],
        "nouns": ["riot", "riots"],
    }
    assert got["triggers"]["protest"]["peaceful_protest"]["verbs"] == ["took to"]
    assert got["triggers"]["court"]["trial"]["nouns"] == ["trial"]
    assert got["triggers"]["disaster"]["earthquake"]["verbs"] == ["shook", "shaken"]
    assert got["carriers"][0]["words"] == ["sank", "sunk"]
    # the shared lexicon is not changed, and a lexicon without the setting is itself
    assert raw["triggers"]["riot"]["verbs"] == ["threw stones"]
    assert with_forms({"triggers": {}}) == {"triggers": {}}


# --- nouns with other senses told by their toll ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Outbreak in Mwanza leaves 14 dead", "Outbreak", "disaster"),
        ("An outbreak killed nine people in Zinder on Monday.", "outbreak", "disaster"),
        ("Epidemic kills 30 in Kassala", "Epidemic", "disaster"),
        (
            "A robbery at a bank in Ibadan on Monday left two guards dead.",
            "robbery",
            "strategic_development",
        ),
        ("A cave-in kills five miners near Obuasi", "cave-in", "accident"),
    ],
)
def test_noun_told_by_its_toll(text: str, trigger: str, kind: str) -> None:
    assert _events(text) == [(trigger, kind)]


# --- the same nouns dated by "after" / "following" ------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("After the vote in Arusha on Sunday, schools stayed closed.", "vote", "election"),
        ("Following the ballot in Jos on Saturday, the count began.", "ballot", "election"),
        (
            "After the outbreak at a school in Mopti on Tuesday, classes were suspended.",
            "outbreak",
            "disaster",
        ),
        (
            "Following the boycott of classes in Kumasi on Monday, the rector resigned.",
            "boycott",
            "protest",
        ),
    ],
)
def test_noun_dated_by_after(text: str, trigger: str, kind: str) -> None:
    assert (trigger, kind) in _events(text)


# --- look-alikes: a word of an event kind used for no event ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # the toll block needs a toll, the "after" block a noun in its event's sense
        "Vote in Arusha leaves party divided",
        "The boycott left shelves empty in Kumasi on Monday.",
        "After the vote of thanks in Ibadan on Monday, the guests left.",
        "Following the takeover bid in Leeds on Monday, shares rose.",
        "After the outbreak of war in 1914, the town of Ruse emptied.",
        "After the vote, the deputies left the chamber.",
        # a hazard a place is exposed to is a tendency (a plural trigger read it as one)
        "Mozambique is one of the countries most exposed to cyclones in southern Africa.",
        "The delta around Barisal is vulnerable to floods.",
        # a word of an event kind that names something else
        "The band played a protest song at the festival in Kano on Monday.",
        "The plan unleashed a storm of criticism in Riga on Monday.",
        "A flood of complaints reached the council in Leeds on Tuesday.",
        "The minister was tried in the court of public opinion after the speech.",
        "The singer's new album is a riot of colour, critics in Fresno said.",
        "The road project in Maputo suffered a cost overrun this year.",
        "The patient was taken to hospital in Jinja on Monday.",
        "The programme was taken off the air in Kaunas on Monday.",
        "Clinical trials of the vaccine began in Ibadan on Monday.",
        "Typhoons are common in the region in August.",
        "The massacres of 1994 are remembered in Kigali every April.",
    ],
)
def test_english_look_alikes_are_no_event(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Vorschlag löste am Montag in Graz einen Sturm der Entrüstung aus.",
        "Die Band spielte am Montag in Leipzig ein Protestlied.",
        "Eine Flut von Beschwerden ging am Dienstag im Rathaus von Kassel ein.",
        "Die Börse in Frankfurt erlebte am Montag einen Kurssturz.",
        "Der Abend in Köln war ein Feuerwerk der Ideen.",
        "Die Debatte im Landtag in Erfurt glich am Dienstag einer Schlacht der Worte.",
    ],
)
def test_german_look_alikes_are_no_event(text: str) -> None:
    assert _kinds(text, "de") == []


# --- words of ACLED's and EM-DAT's own category names ---------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "trigger", "kind"),
    [
        (
            "A grenade attack on a market in Kaya killed five people on Monday.",
            "en",
            "grenade attack",
            "explosion_remote_violence",
        ),
        (
            "A chemical attack in Hama killed 12 people on Tuesday.",
            "en",
            "chemical attack",
            "explosion_remote_violence",
        ),
        (
            "Rights groups documented the forced disappearance of two activists in Kassala"
            " on Monday.",
            "en",
            "forced disappearance",
            "violence_against_civilians",
        ),
        ("A lahar buried three villages near Arequipa on Monday.", "en", "lahar", "disaster"),
        ("Ashfall covered Yogyakarta on Monday.", "en", "Ashfall", "disaster"),
        ("A grass fire spread near Bulawayo on Monday.", "en", "grass fire", "disaster"),
        (
            "A severe thunderstorm damaged roofs in Kassel on Monday.",
            "en",
            "thunderstorm",
            "disaster",
        ),
        (
            "A radiation leak was reported at the plant in Zaporizhzhia on Tuesday.",
            "en",
            "radiation leak",
            "accident",
        ),
        ("Ein Grasbrand breitete sich am Montag bei Cottbus aus.", "de", "Grasbrand", "disaster"),
    ],
)
def test_category_names(text: str, lang: str, trigger: str, kind: str) -> None:
    assert _events(text, lang) == [(trigger, kind)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thunderstorms are forecast for Kassel on Friday.", "thunderstorm"),
        # the warning is a statement; no grass fire
        ("Officials in Bulawayo warned on Monday of the risk of grass fires this summer.", "grass"),
        # the signing is the convention's; no chemical attack
        ("Chemical attacks are banned under the convention signed in Paris.", "chemical"),
        ("The speech drew a thunderstorm of applause in Leeds on Monday.", "thunderstorm"),
    ],
)
def test_category_names_look_alikes(text: str, word: str) -> None:
    assert not [t for t, _ in _events(text) if word in t.casefold()]


# --- every form of a listed word: the participle, the headline's present, the plural -------
@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # the perfect and the passive take an irregular verb's participle
        (
            "The railway bridge was blown up near Kherson on Tuesday.",
            "blown",
            "explosion_remote_violence",
        ),
        (
            "A bomber had blown himself up at a market in Maiduguri on Monday.",
            "blown himself up",
            "explosion_remote_violence",
        ),
        (
            "The army has taken power in Niamey, state television said on Tuesday.",
            "taken power",
            "strategic_development",
        ),
        ("Protesters had thrown stones at police in Kumasi on Monday.", "thrown stones", "riot"),
        (
            "The Shabelle has broken its banks near Beledweyne on Monday.",
            "broken its banks",
            "disaster",
        ),
        # a headline's present of an irregular past
        ("Rebels retake town of Kismayo", "retake", "battle"),
        # a plural of a listed singular noun
        (
            "Two massacres in villages near Hama killed 40 people on Sunday.",
            "massacres",
            "violence_against_civilians",
        ),
        ("Twin typhoons struck southern Japan on Monday.", "typhoons", "disaster"),
        ("Two derailments near Kharkiv disrupted trains on Monday.", "derailments", "accident"),
    ],
)
def test_every_form_of_a_listed_word(text: str, trigger: str, kind: str) -> None:
    assert (trigger, kind) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a participle that is also the base form, or a form the lexicon keeps out
        "The road project in Maputo suffered a cost overrun this year.",
        "Three wounded miners were taken to hospital in Obuasi on Monday.",
        "The old ferry was taken off the route near Mwanza on Monday.",
        "The company's firings angered staff in Leeds on Monday.",
        # a photo blown up, a record broken: no blast, no flood
        "The photo was blown up to poster size for the exhibition in Leeds.",
        "The sprinter has broken the national record in Kumasi.",
    ],
)
def test_forms_look_alikes(text: str) -> None:
    assert _kinds(text) == []


# --- a crowd that acts counts nothing: a perfect with "since" -------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "kind", "lang"),
    [
        (
            "Thousands of students have demonstrated in Accra since Sunday, officials said.",
            "demonstrated",
            "protest",
            "en",
        ),
        (
            "Hundreds of farmers have marched through Kumasi since Monday, police said.",
            "marched",
            "protest",
            "en",
        ),
    ],
)
def test_crowd_in_a_perfect_since_is_the_event(
    text: str, trigger: str, kind: str, lang: str
) -> None:
    assert _events(text, lang) == [(trigger, kind)]


@pytest.mark.parametrize(
    "text",
    [
        # a count of what was done, of a passive's subject or of what underwent it
        "Police have arrested 200 people in Accra since Sunday.",
        "Hundreds of people have been arrested in Accra since Sunday.",
        "Two ferries have capsized on Lake Kivu since Monday.",
        "Gunmen have killed eleven villagers near Zinder since Tuesday.",
    ],
)
def test_running_counts_stay_background(text: str) -> None:
    assert _kinds(text) == []


# --- a headline's present of a verb of several words ----------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Army takes power in Niamey", "strategic_development"),
        ("Protesters throw stones at police in Kumasi", "riot"),
        ("Nurses go on strike in Harare over pay", "protest"),
        ("Police break up rally in Harare", "protest"),
    ],
)
def test_headline_present_of_a_phrase(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # the phrase's other words missing, or a phrase the lexicon keeps as listed
        "Ambulance takes injured to hospital in Kumasi",
        "Children go to school in Harare",
        "Fans throw flowers at the stage in Leeds",
        # running text: a habit, not a headline
        "Workers in Harare usually go on strike in May.",
    ],
)
def test_headline_present_of_a_phrase_look_alikes(text: str) -> None:
    assert _kinds(text) == []
