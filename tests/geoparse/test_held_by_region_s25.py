"""A state or province right after a town says which of the town's namesakes is meant,
however small (session 25, h25-evplace; ``geoparse._resolve._held_by_region``). The first
look-up keeps the biggest readings only, so a small namesake in the named state was never a
candidate. Towns and states of our own choosing, in both languages; look-alikes where the
reading read first lies in the state already, or no state follows, stay as they were."""

from __future__ import annotations

import pytest

import geomap


def _place(text: str, lang: str, mention: str) -> geomap.Place:
    places = geomap.analyze(text, lang=lang).places
    return next(p for p in places if p.mention == mention)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "admin_cc", "lat"),
    [
        ("Heavy rain fell near Richmond in northern Queensland.", "en", "Richmond", "AU", -20.7),
        ("Heavy rain fell in Richmond, Queensland.", "en", "Richmond", "AU", -20.7),
        ("Heavy rain fell in Alexandria, Ontario.", "en", "Alexandria", "CA", 45.3),
        ("Heavy rain fell near Alexandria in eastern Ontario.", "en", "Alexandria", "CA", 45.3),
        ("Es regnete bei Alexandria im Osten der Provinz Ontario.", "de", "Alexandria", "CA", 45.3),
        ("Es regnete in Richmond im Norden von Queensland.", "de", "Richmond", "AU", -20.7),
        # a first name at the sentence's start, with its state right after it: a town
        ("Bei Alexandria in der Provinz Ontario regnete es.", "de", "Alexandria", "CA", 45.3),
        ("Bei Richmond im Norden Queenslands regnete es.", "de", "Richmond", "AU", -20.7),
    ],
)
def test_a_state_after_a_town_picks_the_namesake_it_holds(
    text: str, lang: str, mention: str, admin_cc: str, lat: float
) -> None:
    p = _place(text, lang, mention)
    assert p.country_code == admin_cc and p.lat is not None and abs(p.lat - lat) < 0.5, p


@pytest.mark.parametrize(
    ("text", "lang", "mention", "cc", "lat"),
    [
        ("Heavy rain fell near Alexandria.", "en", "Alexandria", "EG", 31.2),
        ("Heavy rain fell near Hamilton in western Victoria.", "en", "Hamilton", "AU", -37.7),
        ("Heavy rain fell in Paris in northern France.", "en", "Paris", "FR", 48.9),
        ("Es regnete in Alexandria.", "de", "Alexandria", "EG", 31.2),
    ],
)
def test_a_town_with_no_state_or_already_in_it_stays(
    text: str, lang: str, mention: str, cc: str, lat: float
) -> None:
    p = _place(text, lang, mention)
    assert p.country_code == cc and p.lat is not None and abs(p.lat - lat) < 0.5, p
