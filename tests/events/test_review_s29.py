"""Session 29 review (h29-rev): mends to the session's merged rules, each found by reading
the merged diff and shown first by a failing test written as wire copy.

``_carry._seat_body`` keeps an act of a body of the seat of state (the supreme court, the
cabinet, a ministry) at the dateline's capital instead of the story's scene. Its word list
matched ``attorney`` and ``government`` wherever they stood, so a *district* attorney's or a
*county* government's act, told paragraphs after a lede set in a town away from the
dateline, went to the capital. A word of ``[places] local_modifiers`` right before the body
makes it the scene's own, as :func:`_carry._local_office` reads a title after one. The
national bodies keep the capital (guards). In German the subject may follow the verb, so
the rule reads four words after it too; a word after an article that opens no subject
(``[grammar] object_articles``: ``nahm den Präsidenten der Betreiberfirma fest``) is the
object's, and the arrest stays at the scene. Regions outside every held-out list: California,
Ohio, Moravia, Brandenburg.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("GEOMAP_OFFLINE", "1")

import geomap  # noqa: E402
from geomap.geometry import geodesic_km  # noqa: E402

FRESNO = (36.74, -119.79)
TOLEDO = (41.66, -83.56)
WASHINGTON = (38.90, -77.04)
BRNO = (49.20, 16.61)
PRAGUE = (50.09, 14.42)
COTTBUS = (51.76, 14.33)

FRESNO_EN = (
    "WASHINGTON, May 6 (Reuters) - A fire tore through a packing plant in Fresno, "
    "California, on Sunday, killing four workers, fire officials said.\n"
    "\n"
    '"The roof came down within minutes," said a worker who escaped.\n'
    "\n"
    "The plant had been cited for safety violations twice in the past five years.\n"
    "\n"
    "The district attorney charged the plant's owner with involuntary manslaughter on "
    "Wednesday."
)

TOLEDO_LEDE = (
    "WASHINGTON, Sept 9 (AP) - A gas explosion levelled a row of houses in Toledo, Ohio, "
    "on Saturday, killing two residents and injuring eleven, the fire department said.\n"
    "\n"
    "Neighbours described a blast that shook windows several streets away.\n"
    "\n"
    "The utility said it was checking its pipelines in the area.\n"
    "\n"
)

TOLEDO_EN = TOLEDO_LEDE + (
    "On Tuesday the county prosecutor charged a contractor with reckless homicide. The "
    "county attorney indicted two of his workers on Thursday."
)

# guards: the national bodies keep the dateline's capital
TOLEDO_SEAT_EN = TOLEDO_LEDE + (
    "The attorney general charged the utility's chief executive on Thursday."
)

BRNO_LEDE = (
    "PRAG, 14. April (dpa) - In einer Lagerhalle in Brünn ist am Montag ein Großbrand "
    "ausgebrochen. Drei Arbeiter kamen ums Leben.\n"
    "\n"
    '"Das Feuer war in Minuten überall", sagte ein Anwohner.\n'
    "\n"
    "Die Halle gehört einem Logistikunternehmen.\n"
    "\n"
)

BRNO_DE = BRNO_LEDE + (
    "Am Mittwoch erhob die örtliche Staatsanwaltschaft Anklage gegen den Betreiber. "
    "Die städtische Regierung ordnete am Donnerstag eine Überprüfung aller Lagerhallen an."
)

BRNO_SEAT_DE = BRNO_LEDE + ("Am Mittwoch bestätigte das Oberste Gericht die Schließung der Halle.")

# the seat word after the verb is the object's (after "den"): the act stays at the scene
BRNO_OBJECT_DE = BRNO_LEDE + ("Die Polizei nahm den Präsidenten der Betreiberfirma fest.")

COTTBUS_DE = (
    "BERLIN, 3. Juni (dpa) - Im Stadion von Cottbus ist am Samstag während eines Spiels "
    "eine Tribüne eingestürzt. Zwei Zuschauer starben, 40 wurden verletzt.\n"
    "\n"
    '"Es krachte, dann lagen alle übereinander", sagte ein Fan.\n'
    "\n"
    "Die Tribüne war erst vor drei Jahren erneuert worden.\n"
    "\n"
    "Die Staatsanwaltschaft klagte den Präsidenten des Vereins an."
)

STORIES = {
    "fresno": (FRESNO_EN, "en", "2025-05-08"),
    "toledo": (TOLEDO_EN, "en", "2025-09-12"),
    "toledo_seat": (TOLEDO_SEAT_EN, "en", "2025-09-12"),
    "brno": (BRNO_DE, "de", "2025-04-18"),
    "brno_seat": (BRNO_SEAT_DE, "de", "2025-04-18"),
    "brno_object": (BRNO_OBJECT_DE, "de", "2025-04-18"),
    "cottbus": (COTTBUS_DE, "de", "2025-06-05"),
}
_ANALYSES: dict[str, object] = {}


def _event(story: str, word: str):
    if story not in _ANALYSES:
        text, lang, date = STORIES[story]
        _ANALYSES[story] = geomap.analyze(text, lang=lang, date=date)
    analysis = _ANALYSES[story]
    return next(e for e in analysis.events if word in (e.trigger or "").split())  # type: ignore[attr-defined]


def _at(story: str, word: str, where: tuple[float, float]) -> bool:
    ev = _event(story, word)
    return ev.lat is not None and ev.lon is not None and geodesic_km(ev.lat, ev.lon, *where) <= 50


@pytest.mark.parametrize(
    ("story", "word", "where"),
    [
        ("fresno", "charged", FRESNO),  # the district attorney: at bb5b7cd3..8e51c020 Washington
        ("toledo", "charged", TOLEDO),  # the county prosecutor (no seat word: passed before)
        ("toledo", "indicted", TOLEDO),  # the county attorney: Washington before the mend
        ("brno", "erhob", BRNO),  # die örtliche Staatsanwaltschaft
        # "den Präsidenten ...": the object, no body of the seat (Prague, Berlin before)
        ("brno_object", "nahm", BRNO),
        ("cottbus", "klagte", COTTBUS),
    ],
)
def test_a_local_body_acts_at_the_storys_scene(story, word, where):
    assert _at(story, word, where)


@pytest.mark.parametrize(
    ("story", "word", "where"),
    [
        ("toledo_seat", "charged", WASHINGTON),  # the attorney general
        ("brno_seat", "bestätigte", PRAGUE),  # das Oberste Gericht
    ],
)
def test_a_body_of_the_seat_keeps_the_capital(story, word, where):
    assert _at(story, word, where)
