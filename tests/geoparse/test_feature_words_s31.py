"""A feature word beside a name the gazetteer lacks as a feature (`the Boni forest`, `the
Koka reservoir`, `the Bale mountains`, `im Wald von Boni`, `im Nationalpark Mau`): the
name's readings are only towns bearing it, and such a feature lies by the place it is named
after, so a town in none of the countries the story names (Bonn through its other name
"Boni", Japan's Koka, Basel through "Bale", India's Mau) is no reading of it. A town of the
story's country keeps its reading (`the Kakamega forest` in Kenya, `the Kafue dam` in
Zambia, `the Kiev reservoir` in Ukraine), and a feature the gazetteer holds whole is read
whole (`the Khunjerab pass`, `the Bialowieza forest`). Session 31 (h31-geo, issues 20 and
21): ``geomap/geoparse/_accept.py`` (``_feature_named``), the ``nature_words`` and
``nature_heads`` of ``geomap/lexicons/places_{en,de}.toml``, and ``forest`` and ``pass``
in ``feature_words``.
"""

from __future__ import annotations

import pytest

import geomap


def _places(text: str, lang: str) -> list[geomap.Place]:
    return list(geomap.analyze(text, lang=lang, claims=False, events=False).places)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "far_cc"),
    [
        (
            "ADDIS ABABA, March 3 (Reuters) - Three fishermen drowned in the Koka reservoir "
            "south of Addis Ababa on Monday, Ethiopian police said. The boat capsized in "
            "strong winds near Adama, a police officer said. Two others were rescued.",
            "en",
            "Koka",
            "JP",
        ),
        (
            "NAIROBI, June 5 (Reuters) - Kenyan rangers evicted hundreds of settlers from "
            'the Mau forest near Narok on Wednesday, officials said. "The forest is a water '
            'tower for the whole country," a ranger said.',
            "en",
            "Mau",
            "IN",
        ),
        (
            "ROBE, Ethiopia (AP) - Wildfires burned through the Bale mountains in southern "
            "Ethiopia for a third day on Friday, the regional government said. No one was hurt.",
            "en",
            "Bale",
            "CH",
        ),
        (
            "LAMU, Kenya (Reuters) - Militants hiding in the Boni forest attacked a police post "
            "on Tuesday, Kenyan police said. Two officers were wounded.",
            "en",
            "Boni",
            "DE",
        ),
        (
            "NAIROBI (dpa) - Im kenianischen Wald von Boni haben Extremisten eine "
            "Polizeistation überfallen. Zwei Polizisten wurden verletzt, teilte die Polizei "
            "in Lamu mit.",
            "de",
            "Boni",
            "DE",
        ),
        (
            "NAIROBI (dpa) - Im Nationalpark Mau in Kenia haben Ranger am Montag drei Wilderer "
            "festgenommen. Die Männer hätten Antilopen gejagt, sagte ein Sprecher in Narok.",
            "de",
            "Mau",
            "IN",
        ),
    ],
)
def test_a_far_town_is_no_reading_of_a_feature(
    text: str, lang: str, mention: str, far_cc: str
) -> None:
    places = _places(text, lang)
    assert not any(p.mention == mention and p.country_code == far_cc for p in places), places


@pytest.mark.parametrize(
    ("text", "lang", "mention", "cc"),
    [
        (
            "NAIROBI (Reuters) - Rangers counted rare monkeys in the Kakamega forest in "
            "western Kenya on Monday.",
            "en",
            "Kakamega",
            "KE",
        ),
        (
            "LUSAKA (Reuters) - Zambia's power utility cut output at the Kafue dam on Monday, "
            "blaming low water.",
            "en",
            "Kafue",
            "ZM",
        ),
        (
            "KIEV (Reuters) - Water levels in the Kiev reservoir fell sharply after a dam "
            "upstream was damaged, Ukrainian officials said.",
            "en",
            "Kiev",
            "UA",
        ),
        (
            "ISLAMABAD (Reuters) - Snow closed the Khunjerab pass on the border with China "
            "for three days, Pakistani officials said.",
            "en",
            "Khunjerab pass",
            "PK",
        ),
        (
            "WARSAW (Reuters) - Polish foresters began felling in the Bialowieza forest on Monday.",
            "en",
            "Bialowieza",  # the village inside the forest (the region is a "region")
            "PL",
        ),
        # a town before "pass" as a verb, in a story on its country
        (
            "OUAGADOUGOU (Reuters) - Convoys leaving Kaya pass through three checkpoints, "
            "Burkina Faso's army said.",
            "en",
            "Kaya",
            "BF",
        ),
        (
            "AACHEN (dpa) - Der Sturm hat im Wald von Aachen viele Bäume umgeworfen. In "
            "Deutschland fielen am Wochenende Tausende Bäume.",
            "de",
            "Aachen",
            "DE",
        ),
    ],
)
def test_a_feature_of_the_storys_country_keeps_its_reading(
    text: str, lang: str, mention: str, cc: str
) -> None:
    named = [p for p in _places(text, lang) if p.mention == mention]
    assert named and all(p.country_code == cc for p in named), named


def test_a_feature_word_in_a_story_naming_nothing_changes_nothing() -> None:
    # no country and no place before it: nothing says the town is abroad
    places = _places("Kakamega forest is home to rare birds.", "en")
    assert [p.country_code for p in places if p.mention == "Kakamega"] == ["KE"], places
