"""An act of the scene's own office, told in a later paragraph with no place of its own, is
at the story's scene, not at the dateline (issue 20, session 28, integrator:
``_carry._local_office``, ``[places] local_offices`` / ``local_modifiers``). Look-alikes in
other regions and wording than the class's first tests (``test_dateline_scene_s28.py``,
whose rows fail without the rule and which holds the guards). These four already read the
scene at the session's starting code by other rules; they guard that reading."""

from __future__ import annotations

import pytest

import geomap

STORIES = {
    "amasra_en": (
        "ANKARA, May 6 (Reuters) - An explosion in a coal mine killed 12 workers in the "
        "Black Sea town of Amasra on Tuesday, officials said.\n"
        "\n"
        '"We heard a huge bang and then nothing," said a miner\'s brother.\n'
        "\n"
        "The mine has been worked for more than 70 years. It employs about 400 people, "
        "most of them from nearby villages.\n"
        "\n"
        "{subject} on Thursday after it emerged that the mine had failed two safety "
        "inspections.",
        "en",
    ),
    "amatrice_de": (
        "ROM, 6. Mai (dpa) - Im mittelitalienischen Amatrice ist am Dienstag eine Brücke "
        "eingestürzt, drei Autofahrer kamen ums Leben.\n"
        "\n"
        '"Wir hatten seit Jahren vor Rissen gewarnt", sagte ein Anwohner.\n'
        "\n"
        "Die Brücke war 1968 gebaut worden. Sie wurde zuletzt vor elf Jahren saniert.\n"
        "\n"
        "{subject} am Donnerstag.",
        "de",
    ),
}


def _places(story: str, subject: str) -> list[tuple[str, str | None]]:
    text, lang = STORIES[story]
    a = geomap.analyze(text.format(subject=subject), lang=lang, date="2025-05-08")
    return [(e.trigger, e.place_name) for e in a.events]


@pytest.mark.parametrize(
    ("story", "subject", "word", "town"),
    [
        ("amasra_en", "The town's mayor resigned", "resigned", "Amasra"),
        (
            "amasra_en",
            "The provincial governor declared three days of mourning",
            "declared",
            "Amasra",
        ),
        ("amasra_en", "The district governor resigned", "resigned", "Amasra"),
        ("amatrice_de", "Der Bürgermeister der Stadt trat zurück", "trat", "Amatrice"),
    ],
)
def test_the_scene_office_acts_at_the_scene(story: str, subject: str, word: str, town: str):
    got = dict((t.split()[0], p) for t, p in _places(story, subject))
    assert got.get(word) is not None and town in got[word]
