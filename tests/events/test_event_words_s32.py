"""Event words and a threat's subject, session 32 (h32-found, issue 20; docs/events.md,
"Session 32: event words of every kind"). The words news agencies use for each kind that
the lexicons lacked, in both languages (a cloudburst, a landslip, a peat fire, a heat dome,
a bus that tipped over, militiamen who butchered villagers, a putsch, a well that blew out,
pickets cleared, ash plumes, a Springflut, a Moorbrand, niedergemetzelt), and the past of
threatening whose subject is an event noun (``Waldbrände haben ... Ferienorte bedroht``):
what threatened was there. Sentences of our own, in other places and wording than the dev
articles and the probe's rows; each near-miss beside them must stay without an event."""

from __future__ import annotations

import pytest

import geomap
from geomap.events._mood import _threatening_event
from geomap.events._vocabulary import _lexicon
from tests.support.events import EVENT_WORDS_DAY, trigger_kinds


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger, kind, sub-kind) of every event ``geomap.analyze`` finds in ``text``."""
    return [
        (e.trigger, e.kind, e.sub_kind)
        for e in geomap.analyze(text, lang=lang, date=EVENT_WORDS_DAY).events
    ]


# --- words each kind lacked -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "trigger", "kind", "sub_kind"),
    [
        (
            "A cloudburst hit the hamlet of Dharali on Monday.",
            "en",
            "cloudburst",
            "disaster",
            "flood",
        ),
        (
            "A landslip swept a lorry off the road near Darjeeling on Tuesday.",
            "en",
            "landslip",
            "disaster",
            "mass_movement",
        ),
        (
            "Rock falls closed the pass road above Zermatt on Tuesday.",
            "en",
            "Rock falls",
            "disaster",
            "mass_movement",
        ),
        (
            "A peat fire smouldered near Pontianak on Tuesday.",
            "en",
            "peat fire",
            "disaster",
            "wildfire",
        ),
        (
            "A heat dome sent temperatures to 47C in Multan on Tuesday.",
            "en",
            "heat dome",
            "disaster",
            "extreme_temperature",
        ),
        (
            "The volcano belched ash over Kagoshima on Tuesday.",
            "en",
            "belched",
            "disaster",
            "volcanic_activity",
        ),
        (
            "An ash plume rose 4 km over Manado on Tuesday.",
            "en",
            "ash plume",
            "disaster",
            "volcanic_activity",
        ),
        (
            "Militiamen butchered 20 villagers near Beni on Tuesday.",
            "en",
            "butchered",
            "violence_against_civilians",
            "attack",
        ),
        (
            "Gunmen slaughtered 30 herders near Maiduguri on Tuesday.",
            "en",
            "slaughtered",
            "violence_against_civilians",
            "attack",
        ),
        (
            "A gunman mowed down nine shoppers in Belgrade on Tuesday.",
            "en",
            "mowed down",
            "violence_against_civilians",
            "attack",
        ),
        (
            "Police nabbed three smugglers in Peshawar on Tuesday.",
            "en",
            "nabbed",
            "strategic_development",
            "arrest",
        ),
        (
            "Junior officers staged a putsch in Ouagadougou on Tuesday.",
            "en",
            "putsch",
            "strategic_development",
            "other",
        ),
        (
            "Mob violence left four people dead in Kano on Tuesday.",
            "en",
            "Mob violence",
            "riot",
            "mob_violence",
        ),
        (
            "A court in Darwin gaoled a former mayor on Tuesday.",
            "en",
            "gaoled",
            "court",
            "sentence",
        ),
        (
            "A well blowout near Ahvaz injured three workers on Tuesday.",
            "en",
            "well blowout",
            "accident",
            "industrial",
        ),
        (
            "Students burned effigies of the governor in Quetta on Tuesday.",
            "en",
            "burned effigies",
            "protest",
            "peaceful_protest",
        ),
        (
            "Rioters set three buses ablaze in Valparaiso on Tuesday.",
            "en",
            "set ... ablaze",
            "riot",
            "violent_demonstration",
        ),
        (
            "Eine Springflut überflutete am Montag die Uferstraße von Cuxhaven.",
            "de",
            "Springflut",
            "disaster",
            "flood",
        ),
        (
            "Ein Moorbrand breitete sich am Montag bei Meppen aus.",
            "de",
            "Moorbrand",
            "disaster",
            "wildfire",
        ),
        (
            "Milizionäre metzelten am Montag zwölf Dorfbewohner bei Beni nieder.",
            "de",
            "metzelten ... nieder",
            "violence_against_civilians",
            "attack",
        ),
    ],
)
def test_words_each_kind_lacked(
    text: str, lang: str, trigger: str, kind: str, sub_kind: str
) -> None:
    assert (trigger, kind, sub_kind) in _events(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word", "kind"),
    [
        # a vehicle that tipped or flipped over (the carrier of "crashed": its vehicle names it)
        ("A minibus tipped over on the road to Jinja on Tuesday.", "en", "tipped", "accident"),
        ("A fuel tanker flipped over near Kisumu on Tuesday.", "en", "flipped", "accident"),
        # a well or a rig that blew out, as its subject
        ("An oil well near Zubair blew out on Tuesday.", "en", "blew", "accident"),
        # pickets cleared by the police: a protest with intervention
        (
            "Riot police cleared the pickets outside the Kolwezi mine on Tuesday.",
            "en",
            "cleared",
            "protest",
        ),
        # the perfect of spewing lava
        ("Der Vulkan hat am Sonntag bei Catania Lava gespuckt.", "de", "Lava gespuckt", "disaster"),
    ],
)
def test_carried_words(text: str, lang: str, word: str, kind: str) -> None:
    assert any(t.startswith(word) and k == kind for t, k in trigger_kinds(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The company's shares tipped over into losses in Frankfurt on Tuesday.", "en"),
        ("A tyre blew out on the coach near Nakuru on Tuesday.", "en"),
        ("The mayor blew out the candles at the fair in Nakuru on Tuesday as well.", "en"),
        ("Farmers slaughtered 400 pigs near Murcia on Tuesday to stop swine fever.", "en"),
        ("The landslip risk remains high around Shimla, officials said.", "en"),
        ("Units shell out for new uniforms", "en"),
        ("The chef set the pudding alight at a dinner in Bath on Tuesday.", "en"),
        ("Der Spieler hat am Sonntag in Graz auf den Rasen gespuckt.", "de"),
    ],
)
def test_near_misses_stay_without_an_event(text: str, lang: str) -> None:
    assert _events(text, lang) == []


def test_a_headline_present_of_picketed_still_reads() -> None:
    # "picket line" is kept out of the trigger nouns so that "picket" stays the present of
    # "picketed" (every word of a trigger is kept from the headline's present forms)
    assert ("picket", "protest") in trigger_kinds("Dock workers picket in Mombasa", "en")


# --- a threat whose subject is an event noun --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Im Süden Sardiniens haben Waldbrände am Dienstag mehrere Campingplätze bedroht.",
        "Am Dienstag bedrohten schwere Waldbrände mehrere Dörfer bei Korinth.",
        "Die Dörfer bei Korinth wurden am Dienstag von Waldbränden bedroht.",
    ],
)
def test_what_threatened_was_there(text: str) -> None:
    assert "disaster" in [k for _, k, _ in _events(text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        # the present without an auxiliary: a looming hazard
        "Ein Hochwasser bedroht seit Dienstag die Altstadt von Regensburg.",
        # the noun after the verb, with a preposition: what was threatened
        "Die Rebellen bedrohten die Stadt Beni am Dienstag mit einem Angriff.",
        "Die Rebellen haben die Stadt Beni am Dienstag mit einem Angriff bedroht.",
        "Die Rebellen drohten am Dienstag mit einem Angriff auf Beni.",
    ],
)
def test_only_threatened_stays_without_an_event(text: str) -> None:
    assert _events(text, "de") == []


def test_threatening_event_reads_the_subject_and_the_doer() -> None:
    en = _lexicon("en")
    assert _threatening_event(["wildfires", "threatened", "several", "resorts"], 1, 0, en)
    assert _threatening_event(["homes", "were", "threatened", "by", "floodwaters"], 2, 4, en)
    assert not _threatening_event(["rebels", "threatened", "an", "attack"], 1, 3, en)
    assert not _threatening_event(["unions", "threatened", "to", "strike"], 1, 3, en)


@pytest.mark.xfail(
    strict=True,
    reason="English 'threatened' is also a statement verb ([triggers.statement]); the "
    "statement wins the clause over the wildfire noun and is then only a threat",
)
def test_english_wildfires_that_threatened_resorts() -> None:
    text = "Wildfires threatened several resorts near Alanya on Tuesday."
    assert "disaster" in [k for _, k, _ in _events(text, "en")]
