"""German spellings of towns that differ from the gazetteer's own name in their vowels or
in a final s (issue 21, session 31, h31-geo): the respelling rules of
``geomap/lexicons/transliteration_de.toml`` turn ``Goitschai`` into ``Goichai`` and
``Dscheble`` into ``Jeble``, which differ from Göyçay and Jablah only in the vowels they
write (difflib below ``spelling_ratio``); such a spelling now counts where it folds to the
own name's vowel form under the romanisation family of the town's country
(``_mentions._spells_by_vowel_form``). A final ``s`` may stand for z (``Schahrisabs``,
Shahrisabz; ``Daschogus``, Dashoguz), a new rule that marks nothing alone. People and
ordinary words stay no places.
"""

from __future__ import annotations

import pytest

import geomap


def _places(text: str) -> list[geomap.Place]:
    return list(geomap.analyze(text, lang="de", claims=False, events=False).places)


@pytest.mark.parametrize(
    ("text", "mention", "cc", "name"),
    [
        (
            "BAKU (dpa) - In Goitschai im Zentrum Aserbaidschans hat ein Hagelsturm die "
            "Granatapfelernte vernichtet. Bauern baten die Regierung um Hilfe.",
            "Goitschai",
            "AZ",
            "Göyçay",
        ),
        (
            "DAMASKUS (dpa) - In der syrischen Küstenstadt Dscheble ist ein Wohnhaus "
            "eingestürzt. Mindestens vier Menschen starben, berichtete das Staatsfernsehen.",
            "Dscheble",
            "SY",
            "Jablah",
        ),
        (
            "TASCHKENT (dpa) - Touristen bestaunten in Buchoro die Altstadt. Usbekistan will "
            "in diesem Jahr mehr Besucher anlocken.",
            "Buchoro",
            "UZ",
            "Bukhara",
        ),
        (
            "TASCHKENT (dpa) - In der usbekischen Stadt Schahrisabs ist am Montag ein "
            "Wohnhaus eingestürzt. Drei Menschen starben, teilte das Ministerium mit.",
            "Schahrisabs",
            "UZ",
            "Shahrisabz",
        ),
        (
            "ASCHGABAT (dpa) - In Daschogus im Norden Turkmenistans hat ein Sandsturm Dächer "
            "abgedeckt. Die Behörden meldeten zwei Verletzte.",
            "Daschogus",
            "TM",
            "Daşoguz",
        ),
    ],
)
def test_a_german_spelling_with_other_vowels(text: str, mention: str, cc: str, name: str) -> None:
    named = [p for p in _places(text) if p.mention == mention]
    assert named and all(p.country_code == cc and p.name == name for p in named), named


@pytest.mark.parametrize(
    "text",
    [
        "Der frühere Parteichef Breschnew wurde in Moskau beigesetzt.",
        "Der Sänger Dschamal Ahmadi trat am Montag in Berlin auf.",
        "Der Wahlkampf des Kandidaten Kutschers begann am Montag in Leipzig.",
    ],
)
def test_people_and_words_stay_no_places(text: str) -> None:
    assert all(p.country_code == "DE" or p.name == "Moscow" for p in _places(text)), _places(text)
