"""German compounds and inflections, session 32 second round (h32b-compound, issue 20;
docs/events.md, "Session 32, second round: compound heads and verb senses"). German
compounds are head-final: a noun no trigger reads whose last part is a trigger noun of a
hazard, an accident or an attack is that event ("Gerölllawine" is an avalanche of scree);
a dative plural the lexicon does not list loses its ending ("Erdstößen"). A head cut out of
a word of another kind (a journey in "Gaspreise") or a first part too short for a compound
("Auswahl") gives none. Sentences of our own, in places and wording not in the dev corpus."""

from __future__ import annotations

import pytest

import geomap
from geomap.events._vocabulary import _lexicon
from tests.support.events import EVENT_WORDS_DAY


def _events(text: str, lang: str = "de") -> list[tuple[str, str | None, str | None]]:
    """(trigger, kind, sub-kind) of every event ``geomap.analyze`` finds in ``text``."""
    return [
        (e.trigger, e.kind, e.sub_kind)
        for e in geomap.analyze(text, lang=lang, date=EVENT_WORDS_DAY).events
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "sub_kind"),
    [
        (
            "Eine Gerölllawine verschüttete am Montag die Passstraße bei Kaprun.",
            "Gerölllawine",
            "disaster",
            "mass_movement",
        ),
        (
            "Nach heftigen Erdstößen am Sonntag flohen in Bitola Hunderte Menschen ins Freie.",
            "Erdstößen",
            "disaster",
            "earthquake",
        ),
        (
            "Ein Gefängnismassaker erschütterte am Montag die Stadt Guayaquil.",
            "Gefängnismassaker",
            "violence_against_civilians",
            "attack",
        ),
        (
            "Am Montag kam es in Graz zu einem Zimmerbrand.",
            "Zimmerbrand",
            "accident",
            "industrial",
        ),
    ],
)
def test_a_compound_or_a_dative_plural_is_what_its_head_is(text, trigger, kind, sub_kind):
    assert (trigger, kind, sub_kind) in _events(text)


def test_the_lexicon_reads_a_compound_by_its_head_and_the_longest_head_wins():
    lex = _lexicon("de")
    assert {t.sub_kind for t in lex.triggers_of("Gerölllawine")} == {"mass_movement"}
    assert {t.sub_kind for t in lex.triggers_of("Murenabgängen")} == {"mass_movement"}
    # "Sturzflut" is listed; a compound ending in it is read by it, a flood
    assert {t.sub_kind for t in lex.triggers_of("Frühjahrssturzflut")} == {"flood"}


@pytest.mark.parametrize(
    "text",
    [
        # a head found inside a word of another kind: no journey in "-preise", "-kreise"
        "Die Gaspreise stiegen am Montag in Linz deutlich.",
        "Am Dienstag tagte der Rat des Landkreises in Bruck.",
        # a weak adjective that ends like a suffix pattern is no launch test
        "Die Dorfältesten berieten am Montag in Tulcea über die Ernte.",
        # a court's word as a head: a peace process is no trial
        "Der Friedensprozess kam am Montag in Bogotá nicht voran.",
        # the head decides: a danger of avalanches is no avalanche
        "Im Hochgebirge um Zermatt herrscht Lawinengefahr.",
        # a short head is a figure of speech: a flood of data, a price war, a stock-market quake
        "Eine Datenflut legte am Montag die Server in Aarau lahm.",
        "Zwischen den Fluglinien in Doha tobt seit Montag ein Preiskampf.",
        "Ein Börsenbeben erschütterte am Montag die Händler in Mailand.",
    ],
)
def test_a_head_cut_from_another_word_or_kind_is_no_event(text):
    kinds = {"travel", "launch", "court", "disaster", "battle"}
    assert not [e for e in _events(text) if e[1] in kinds]


def test_a_genitive_event_noun_names_the_event_told_before():
    """A genitive the lexicon does not list stays unread (``inflections`` has no ``s``):
    "Die Ursache des Unglücks" refers to the accident told before."""
    assert _lexicon("de").triggers_of("Schiffsunglücks") == ()


def test_a_duration_since_months_is_background():
    assert _events("Die Provinz Sistan erlebt seit Monaten eine Welle von Anschlägen.") == []


# --- verb senses by what did it ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "trigger", "kind", "sub_kind"),
    [
        # a volcano that exploded erupted; a mountain named as the subject too
        (
            "The Taal volcano exploded on Monday, sending ash over Batangas.",
            "en",
            "exploded",
            "disaster",
            "volcanic_activity",
        ),
        ("Mount Merapi exploded on Monday.", "en", "exploded", "disaster", "volcanic_activity"),
        # ash that blanketed a village is the eruption
        (
            "Ash from the volcano blanketed the village of Agoncillo on Tuesday.",
            "en",
            "blanketed",
            "disaster",
            "volcanic_activity",
        ),
        # a tremor that made walls collapse (German causative "ließ ... einstürzen")
        (
            "Der stärkste Stoß ließ am Montag in Izmir mehrere Mauern einstürzen.",
            "de",
            "einstürzen",
            "disaster",
            "earthquake",
        ),
        (
            "In Bitola ließen die Erschütterungen am Montag zwei Scheunen einstürzen.",
            "de",
            "einstürzen",
            "disaster",
            "earthquake",
        ),
        # hail that smashed roofs, lightning that struck a walker: a storm, no meeting
        (
            "In Graz zerschlugen am Montag Hagelkörner Dächer und Autos.",
            "de",
            "zerschlugen",
            "disaster",
            "storm",
        ),
        (
            "Ein Wanderer wurde am Montag in Tirol vom Blitz getroffen.",
            "de",
            "getroffen",
            "disaster",
            "storm",
        ),
    ],
)
def test_a_verb_is_the_event_its_subject_makes_it(text, lang, trigger, kind, sub_kind):
    assert (trigger, kind, sub_kind) in _events(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # a bomb that exploded stays a bomb; a market that "exploded" is no event
        ("A bomb exploded in a market in Quetta on Monday.", "en", "explosion_remote_violence"),
        ("The market exploded on Monday after the news.", "en", None),
        # snow that blanketed a city names no eruption
        ("Snow blanketed Denver on Monday.", "en", None),
        # police who broke up a ring, a minister who met the chancellor
        ("Die Polizei hat am Montag in Graz einen Schmugglerring zerschlagen.", "de", None),
        ("Der Minister hat am Montag in Graz den Kanzler getroffen.", "de", "meeting"),
        # a house that might collapse: nothing made it; authorities who had one pulled down
        ("Das alte Haus in Graz könnte bald einstürzen.", "de", None),
        ("In Graz ließen die Behörden am Montag ein altes Haus einstürzen.", "de", None),
    ],
)
def test_the_same_verb_with_another_subject_keeps_its_reading(text, lang, kind):
    kinds = {e[1] for e in _events(text, lang)}
    assert "disaster" not in kinds
    assert kinds == ({kind} if kind else set())
