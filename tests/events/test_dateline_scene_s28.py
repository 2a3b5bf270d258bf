"""Look-alikes of the largest held-out class of session 28's counts (issue 20, h28-why2;
docs/evaluation.md, "Where held-out article events go wrong, by story slot"): an event of a
story datelined in a capital, told after the lede in a paragraph that names no place, whose
scene (a town named in the lede) is where it happened, but geomap takes the **dateline**
(``place_method`` "dateline", or "carried" from an event that took it). In held-out articles
geomap took the dateline city for 16 of 54 events whose right place it had read.

Written for the next session to start from: the official acts after a disaster or a protest
(a mayor resigns, a governor or a mayor declares an emergency, prosecutors charge, police
detain) in Austria, Kenya, Vietnam and Chile, in both languages, as multi-paragraph wire copy
with a quote, a toll and background. The two charges were strict xfails until session 29
(h29-dateline), when court acts with no place of their own took the story's scene. The
guards pass today and must stay: the lede's own event, an event after the lede whose clause
already refers back (``leave the area``), and a story whose scene is the dateline city
itself.
"""

from __future__ import annotations

import math
import os

import pytest

os.environ.setdefault("GEOMAP_OFFLINE", "1")

import geomap  # noqa: E402

LEOBEN = (47.38, 15.09)
ELDORET = (0.52, 35.27)
SA_PA = (22.34, 103.84)
CALAMA = (-22.46, -68.93)
VIENNA = (48.21, 16.37)

LEOBEN_DE = (
    "WIEN, 5. März (APA) - Im steirischen Leoben ist in der Nacht zum Dienstag die "
    "Lagerhalle eines Holzhändlers niedergebrannt. Die Flammen griffen auf zwei "
    "Wohnhäuser über, eine 81-jährige Frau erlitt eine Rauchvergiftung.\n"
    "\n"
    '"Wir hatten keine Chance, die Halle zu retten", sagte ein Sprecher der '
    "Feuerwehr, die mit 120 Kräften im Einsatz war.\n"
    "\n"
    "Der Bürgermeister der Stadt trat am Mittwoch zurück, nachdem bekannt geworden "
    "war, dass die Halle seit Jahren ohne Brandschutzprüfung betrieben wurde.\n"
    "\n"
    "Gegen den Besitzer wurde am Donnerstag Anklage wegen fahrlässiger Herbeiführung "
    "einer Feuersbrunst erhoben. Der Schaden wird auf zwei Millionen Euro geschätzt."
)

ELDORET_DE = (
    "NAIROBI, 12. Juni (dpa) - In Eldoret haben am Mittwoch Tausende Maisbauern gegen"
    " gesunkene Abnahmepreise protestiert. Die Polizei setzte Tränengas ein, "
    "mindestens 15 Menschen wurden verletzt.\n"
    "\n"
    '"Wir verkaufen unter den Kosten", sagte ein Bauernvertreter.\n'
    "\n"
    "Der Bürgermeister der Stadt rief am Freitag den Notstand für die Landwirtschaft "
    "aus.\n"
    "\n"
    "Kenia ist der größte Maisverbraucher Ostafrikas; die Preise sind seit "
    "Jahresbeginn um ein Drittel gefallen."
)

SA_PA_EN = (
    "HANOI, Oct 10 (AP) — A landslide buried a row of guesthouses in the mountain "
    "town of Sa Pa on Wednesday after three days of heavy rain, killing four people "
    "and leaving 14 missing, state media said.\n"
    "\n"
    '"The hillside simply came down on us," said a hotel owner who escaped with his '
    "two children.\n"
    "\n"
    "The provincial governor declared a state of emergency on Thursday and ordered "
    "tourists to leave.\n"
    "\n"
    "Police detained the owner of a nearby quarry the same day. Vietnam's weather "
    "agency warned that more rain was expected over the weekend."
)

CALAMA_EN = (
    "SANTIAGO, May 21 (Reuters) - A bus carrying copper miners to their shift plunged"
    " into a gorge near Calama on Monday, killing six people and injuring 22, police "
    "said.\n"
    "\n"
    '"The driver had been at the wheel for fourteen hours," a union official told '
    "reporters.\n"
    "\n"
    "Prosecutors charged the driver with manslaughter on Tuesday.\n"
    "\n"
    "Chile's mining roads have seen a string of deadly crashes in recent years."
)

# the same story with "The town's chairman" (the class too), with "the area" that already
# refers back (a guard), and a story whose scene is the dateline city itself (a guard)
SA_PA_TOWN_EN = SA_PA_EN.replace("The provincial governor", "The town's chairman")
SA_PA_AREA_EN = SA_PA_EN.replace(
    "ordered tourists to leave.", "ordered tourists to leave the area."
)
VIENNA_DE = (
    "WIEN, 5. März (APA) - In Wien ist in der Nacht zum Dienstag eine Lagerhalle im "
    "Bezirk Simmering niedergebrannt. Verletzt wurde niemand.\n"
    "\n"
    "Der Bezirksvorsteher trat am Mittwoch zurück."
)

STORIES = {
    "leoben": (LEOBEN_DE, "de", "2025-03-05"),
    "eldoret": (ELDORET_DE, "de", "2025-06-12"),
    "sa_pa": (SA_PA_EN, "en", "2025-10-10"),
    "calama": (CALAMA_EN, "en", "2025-05-21"),
    "sa_pa_town": (SA_PA_TOWN_EN, "en", "2025-10-10"),
    "sa_pa_area": (SA_PA_AREA_EN, "en", "2025-10-10"),
    "vienna": (VIENNA_DE, "de", "2025-03-05"),
}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    r = math.radians
    h = (
        math.sin(r(b[0] - a[0]) / 2) ** 2
        + math.cos(r(a[0])) * math.cos(r(b[0])) * math.sin(r(b[1] - a[1]) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _place_of(story: str, word: str) -> tuple[float, float] | None:
    text, lang, date = STORIES[story]
    a = geomap.analyze(text, lang=lang, date=date)
    ev = next(e for e in a.events if word in (e.trigger or "").split())
    return None if ev.lat is None or ev.lon is None else (ev.lat, ev.lon)


def _at(story: str, word: str, where: tuple[float, float]) -> bool:
    got = _place_of(story, word)
    return got is not None and _km(got, where) <= 50


@pytest.mark.parametrize(
    ("story", "word", "where"),
    [
        # an act of the scene's own office (session 28, integrator: _carry._local_office)
        ("leoben", "trat", LEOBEN),  # the town's mayor resigns
        ("eldoret", "rief", ELDORET),  # the town's mayor declares an emergency
        ("sa_pa", "declared", SA_PA),  # the province's governor declares an emergency
        ("sa_pa", "detained", SA_PA),  # carried from the event above
        ("sa_pa_town", "declared", SA_PA),  # "The town's chairman"
    ],
)
def test_a_later_official_act_is_at_the_storys_scene(story, word, where):
    assert _at(story, word, where)


# the charges failed until session 29 (h29-dateline: a court act with no place of its own
# takes the story's scene, _carry._story_scene)
@pytest.mark.parametrize(
    ("story", "word", "where"),
    [
        ("leoben", "Anklage", LEOBEN),  # the owner is charged
        ("calama", "charged", CALAMA),  # prosecutors charge the driver
    ],
)
def test_a_later_charge_is_at_the_storys_scene(story, word, where):
    assert _at(story, word, where)


@pytest.mark.parametrize(
    ("story", "word", "where"),
    [
        ("leoben", "niedergebrannt", LEOBEN),  # the lede's own event
        ("eldoret", "protestiert", ELDORET),
        ("sa_pa", "landslide", SA_PA),
        ("calama", "plunged", CALAMA),
        ("sa_pa_area", "declared", SA_PA),  # "leave the area" refers back already
        ("sa_pa_area", "detained", SA_PA),
        ("vienna", "trat", VIENNA),  # the scene is the dateline city
    ],
)
def test_guards_stay_where_they_are(story, word, where):
    assert _at(story, word, where)
