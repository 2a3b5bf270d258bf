"""English headline verbs that are nouns too, a coordinated subject's headline, signings
that are no accord, and a perfect lead told on the report's day (docs/events.md,
"Headline verbs that are nouns too (session 23, round 2, h23-even)"). The look-alike
non-events were written before the rules. Sentences of our own, with other places and
wording than the dev articles that showed the classes."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.kind, e.date) for e in geomap.analyze(text, lang="en", date=DAY).events]


# --- look-alikes first: the same words naming no event ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # another sense of shoot, bomb, shell, sign; a noun after its subject's word
        "Photographers shoot Lake Malawi's fishing villages at dusk",
        "Film crews shoot scenes in Zanzibar's old town",
        "Broadway musical bombs at Nairobi box office",
        "Police bomb squad clears parcel in Mombasa",
        "Investors shell out millions for villas in Kigali",
        "Kenyan club signs Ugandan striker",
        "Nairobi club signed a Ghanaian midfielder in Accra on Monday.",
        "Court sentences in Zambia are growing longer, study finds",
        "Soldiers clash over pay with ministry in Juba",
        # a question, a plan, a habit
        "Will troops shell rebel positions near Goma?",
        "Army to shell rebel positions near Goma, minister says",
        "Rebels raid villages near Beni every dry season, officials say.",
    ],
)
def test_no_event(text: str) -> None:
    assert _events(text) == []


# --- the classes ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Warplanes bomb fuel depot near Kismayo", "bomb", "explosion_remote_violence"),
        ("Rebel artillery shells market in Bangui", "shells", "explosion_remote_violence"),
        ("Troops shell rebel positions near Bunia", "shell", "explosion_remote_violence"),
        ("Soldiers clash with militants near Goma", "clash", "battle"),
        ("Police raid offices of opposition newspaper in Lusaka", "raid", "strategic_development"),
        ("Court sentences journalist to six years in Asmara", "sentences", "court"),
        ("Kenya, Ethiopia sign border accord in Moyale", "sign", "strategic_development"),
        ("Kenya and Ethiopia sign border accord in Moyale", "sign", "strategic_development"),
    ],
)
def test_headline_present(text: str, trigger: str, kind: str) -> None:
    got = _events(text)
    assert [(t, k) for t, k, _ in got] == [(trigger, kind)]
    assert got[0][2] == DAY  # a headline's present: the report's day


def test_gunmen_shoot_dead() -> None:
    got = _events("Gunmen shoot dead five villagers near Maiduguri")
    assert [(k, d) for _, k, d in got] == [("violence_against_civilians", DAY)]
