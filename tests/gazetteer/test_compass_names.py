"""Compass-composed first-level regions by their English and German names.

``gazetteer/data/compass_names.toml`` and ``gazetteer/_compass_names.py`` give the
admin-1 units whose name is a base plus a compass word (Indonesian ``Jawa Barat``, Sudanese
``Shamal Kurdufan``) the English and German names the sources lack. A reader checks that a
German or English sentence naming such a province finds the province (not a town) in its
country, and that the names are not guessed outside the listed countries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import geomap
from gazetteer import GazetteerDataError
from gazetteer._compass_names import COMPASS_FILE, composed_names, read_table

TABLE = Path(geomap.__file__).resolve().parent.parent / "gazetteer" / COMPASS_FILE


@pytest.mark.parametrize(
    ("text", "lang", "mention", "unit_id"),
    [
        (
            "Heftiger Regen setzte weite Teile von Westjava unter Wasser.",
            "de",
            "Westjava",
            "admin1:ID-west-java",
        ),
        (
            "Die Polizei in Nordsumatra nahm drei Verdächtige fest.",
            "de",
            "Nordsumatra",
            "admin1:ID-north-sumatra",
        ),
        ("In Zentraljava brach ein Vulkan aus.", "de", "Zentraljava", "admin1:ID-central-java"),
        ("Waldbrände wüten in Ostkalimantan.", "de", "Ostkalimantan", "admin1:ID-east-kalimantan"),
        (
            "Ein Beben erschütterte Südostsulawesi.",
            "de",
            "Südostsulawesi",
            "admin1:ID-sulawesi-tenggara",
        ),
        ("Ein Beben erschütterte Nord-Sumatra.", "de", "Nord-Sumatra", "admin1:ID-north-sumatra"),
        ("Kämpfe in Nordkordofan hielten an.", "de", "Nordkordofan", "admin1:SD-shamal-kurdufan"),
        (
            "Flooding hit Southeast Sulawesi on Monday.",
            "en",
            "Southeast Sulawesi",
            "admin1:ID-sulawesi-tenggara",
        ),
        ("Rebels advanced in North Maluku.", "en", "North Maluku", "admin1:ID-maluku-utara"),
        ("Die Fähre sank vor Nordmolukken.", "de", "Nordmolukken", "admin1:ID-maluku-utara"),
    ],
)
def test_a_compass_region_is_found_by_its_name(
    text: str, lang: str, mention: str, unit_id: str
) -> None:
    places = geomap.analyze(text, lang=lang).places  # offline: tests/conftest.py
    got = [(p.mention, p.id) for p in places]
    assert (mention, unit_id) in got, got


def test_names_are_composed_only_from_a_base_and_a_compass_word() -> None:
    t = read_table(TABLE)
    assert ("de", "Westjava") in composed_names("Jawa Barat", "id", t)
    assert ("en", "West Java") in composed_names("Jawa Barat", "id", t)
    # an English compass word in front wins: the base is "Nusa Tenggara", not "West Nusa"
    assert composed_names("West Nusa Tenggara", "id", t) == {("en", "West Nusa Tenggara")}
    # a compass word with a generic word is no base
    assert composed_names("Northern State", "ar", t) == set()
    assert composed_names("Central Visayas (Region VII)", "", t) == set()


def test_no_german_compound_outside_the_listed_countries(gaz) -> None:
    names = {c.id for c in gaz.lookup("Westvirginia", lang="de")}
    assert "admin1:US-west-virginia" not in names


def test_a_wrong_table_stops_the_build(tmp_path: Path) -> None:
    bad = tmp_path / "compass.toml"
    bad.write_text('[en]\nnorth = ["North"]\n[de]\nnorth = "Nord"\n[countries]\nXX = "zz"\n')
    with pytest.raises(GazetteerDataError, match="local.zz"):
        read_table(bad)
