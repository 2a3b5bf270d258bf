"""Guards for session 25, round 2's place rules (h25-evplace; docs/events.md, "Session 25,
round 2 (h25-evplace)"). Sentences of our own, in other towns and other wording than the dev
articles that motivated each rule: rows the rule must change, and look-alikes it must leave
alone. A guard that fails shows the rule overreaching.

- A site noun family (``[places] site_nouns`` with ``|``): ``a court in X ... outside the
  courthouse`` is X's court, the court of the story's latest court act; ``outside the
  mine's gates`` is the mine named before (a possessive only in a place phrase: ``the
  mine's owner denied`` is an owner, no scene); a clause whose first site mention names
  no town (``two mine guards``) may name it in a later mention (``a gold mine near X``).
- Someone's home town (``[places] home_words``): ``in his home town``, ``in seiner
  Heimatstadt``, ``to his hometown`` is the town named as where the people come from.
- A river as the clause's only place (``a bridge over the Danube``, ``Die Elbe ist über die
  Ufer getreten``) is the town of the event told before it (two sentences back at most, the
  headline's included) when that town lies in the river's country or near its point; a
  river alone, a river with its town in the clause, a town far from it keep their places.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-06-10"  # a Wednesday: Monday is 2026-06-08, Tuesday 2026-06-09


def _places(text: str, lang: str) -> dict[str, str | None]:
    return {e.trigger: e.place_name for e in geomap.analyze(text, lang=lang, date=DAY).events}


# ------------------------------------------------------------------ the court's building


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "place"),
    [
        (
            "NAIROBI, June 10 (Reuters) - A court in Kisumu sentenced a former chief to ten "
            "years in prison on Monday. Police in Nairobi arrested two journalists on Tuesday. "
            "Relatives of the victims protested outside the courthouse on Tuesday.",
            "en",
            "protested",
            "Kisumu",
        ),
        (
            "LIMA, June 10 (AP) — A judge in Cusco convicted a former governor of bribery on "
            "Monday. Police detained two students in Lima on Tuesday. Supporters of the "
            "governor rallied outside the court on Tuesday.",
            "en",
            "rallied",
            "Cusco",
        ),
        (
            "Berlin (dpa) - Ein Gericht in Leipzig hat am Montag einen Mann zu acht Jahren Haft "
            "verurteilt. In Dresden nahm die Polizei am Dienstag zwei Verdächtige fest. Vor dem "
            "Gerichtsgebäude demonstrierten am Dienstag Unterstützer des Angeklagten.",
            "de",
            "demonstrierten",
            "Leipzig",
        ),
        (
            "Wien (APA) - Das Landesgericht in Graz hat am Montag zwei Männer verurteilt. Der "
            "Prozess war nach Graz verlegt worden, weil das Gericht in Klagenfurt als befangen "
            "galt. Vor dem Gericht protestierten am Montag Angehörige der Opfer.",
            "de",
            "protestierten",
            "Graz",
        ),
    ],
)
def test_outside_the_court_is_the_town_of_the_court_act(
    text: str, lang: str, trigger: str, place: str
) -> None:
    assert _places(text, lang)[trigger] == place


def test_a_courthouse_with_its_own_town_keeps_it() -> None:
    got = _places(
        "NAIROBI, June 10 (Reuters) - Relatives protested outside the courthouse in Arusha on "
        "Tuesday, after a court in Kisumu sentenced a chief on Monday.",
        "en",
    )
    assert got["protested"] == "Arusha"
    assert got["sentenced"] == "Kisumu"


def test_telling_the_court_is_no_scene_at_the_court() -> None:
    got = _places(
        "A court in Kisumu sentenced a former chief on Monday. Prosecutors told the court in "
        "Nairobi on Tuesday that two witnesses were arrested in Eldoret.",
        "en",
    )
    assert got["sentenced"] == "Kisumu"
    assert "Kisumu" not in {v for k, v in got.items() if k != "sentenced"}


# ------------------------------------------------------------------ a mine named two ways


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "place"),
    [
        (
            "Workers at a copper mine near Kolwezi went on strike on Monday. Police fired tear "
            "gas outside the mine's gates on Tuesday.",
            "en",
            "fired tear",
            "Kolwezi",
        ),
        (
            "Bergleute einer Kupfermine bei Kolwezi streikten am Montag. Vor dem Bergwerk setzte "
            "die Polizei am Dienstag Tränengas ein.",
            "de",
            "setzte ... Tränengas",
            "Kolwezi",
        ),
        (
            "KINSHASA, June 10 (Reuters) - Two former mine guards robbed a gold mine near Bunia "
            "on Monday, police said. Police in Kinshasa arrested a minister on Tuesday. Workers "
            "protested outside the mine on Tuesday.",
            "en",
            "protested",
            "Bunia",
        ),
    ],
)
def test_the_mine_is_the_mine_named_before(text: str, lang: str, trigger: str, place: str) -> None:
    assert _places(text, lang)[trigger] == place


def test_a_possessive_site_outside_a_place_phrase_is_an_owner_not_a_scene() -> None:
    got = _places(
        "Workers at a copper mine near Kolwezi went on strike on Monday. The mine's owner "
        "denied that wages were late.",
        "en",
    )
    # a plain denial counts only with a place: the owner's mine gives it none
    assert got == {"went on strike": "Kolwezi"}


# ------------------------------------------------------------------ someone's home town


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "place"),
    [
        (
            "LUSAKA, June 10 (Reuters) - Two brothers from Kitwe were charged with fraud in "
            "Lusaka on Monday. One of them had been arrested in his home town in May.",
            "en",
            "arrested",
            "Kitwe",
        ),
        (
            "MANILA, June 10 (AP) — Police said a fisherman from Tacloban drowned off Cebu on "
            "Monday. His body was flown to his hometown on Tuesday, where relatives held a "
            "vigil.",
            "en",
            "vigil",
            "Tacloban",
        ),
        (
            "Bukarest (dpa) - Die beiden Angeklagten stammen aus Arad. Ein Gericht in Bukarest "
            "verurteilte sie am Montag zu je fünf Jahren Haft. Einer von ihnen war im März in "
            "seinem Heimatort festgenommen worden.",
            "de",
            "festgenommen",
            "Arad",
        ),
    ],
)
def test_a_home_town_is_where_the_people_come_from(
    text: str, lang: str, trigger: str, place: str
) -> None:
    assert _places(text, lang)[trigger] == place


def test_a_town_with_no_home_word_is_still_the_latest_scene() -> None:
    got = _places(
        "QUITO, June 10 (Reuters) - A teacher from Loja was attacked in Cuenca on Monday. "
        "Police arrested a suspect in the town on Tuesday.",
        "en",
    )
    assert got == {"attacked": "Cuenca", "arrested": "Cuenca"}


# ------------------------------------------------------------------ a river as the scene


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "place"),
    [
        (
            "SOFIA, June 10 (Reuters) - Thousands of farmers rallied in Vidin on Monday. Police "
            "detained ten protesters who tried to block a bridge over the Danube later that day.",
            "en",
            "detained",
            "Vidin",
        ),
        (
            "KYIV, June 10 (Reuters) - Residents of Chernihiv protested outside the city hall on "
            "Monday. Police later detained two men on a bridge over the Desna.",
            "en",
            "detained",
            "Chernihiv",
        ),
        (
            "Flut in Pirna: Altstadt unter Wasser\n\nVon unserem Korrespondenten\n\nDie Elbe ist "
            "in der Nacht zum Dienstag über die Ufer getreten.",
            "de",
            "Ufer getreten",
            "Pirna",
        ),
        (
            "Warschau (dpa) - In Sandomierz demonstrierten am Montag Hunderte Bauern. Am Dienstag "
            "trat die Weichsel über die Ufer.",
            "de",
            "trat ... Ufer",
            "Sandomierz",
        ),
    ],
)
def test_a_river_is_placed_at_the_town_of_the_event_before(
    text: str, lang: str, trigger: str, place: str
) -> None:
    assert _places(text, lang)[trigger] == place


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "place"),
    [
        (
            "A ferry capsized on the Mekong on Monday, killing 12 people.",
            "en",
            "capsized",
            "Mekong",
        ),
        ("In Passau trat am Montag der Inn über die Ufer.", "de", "trat ... Ufer", "Passau"),
        (
            "MOSCOW, June 10 (Reuters) - The Ishim river burst its banks in the city of "
            "Petropavl on Monday, flooding 2,000 homes.",
            "en",
            "burst",
            "Petropavl",
        ),
        (
            "Police in Nairobi arrested two activists on Monday. A boat capsized on the Nile on "
            "Tuesday, killing nine people.",
            "en",
            "capsized",
            "Nile",
        ),
        (
            "In Nairobi nahm die Polizei am Montag zwei Aktivisten fest. Am Dienstag kenterte ein "
            "Boot auf dem Nil.",
            "de",
            "kenterte",
            "Nile",
        ),
    ],
)
def test_a_river_alone_with_its_town_or_far_from_the_town_before_stays(
    text: str, lang: str, trigger: str, place: str
) -> None:
    assert _places(text, lang)[trigger] == place
