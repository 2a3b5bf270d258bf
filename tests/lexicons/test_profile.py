"""The language profile: one file per language says what the wings ask of the language
itself, and the older lexicons read their shared words from it."""

from __future__ import annotations

import dataclasses
import tomllib
from importlib import resources

import pytest

from geomap.lexicons import (
    LanguageProfile,
    language_profile,
    languages,
    month_name_pairs,
    phrase_lexicon,
    place_lexicon,
)

FOLDER = resources.files("geomap.lexicons")


def test_the_languages_are_the_profile_files():
    files = sorted(p.name for p in FOLDER.iterdir() if p.name.startswith("language_"))
    assert files == [f"language_{lang}.toml" for lang in languages()]
    assert {"de", "en"} <= set(languages())


@pytest.mark.parametrize("lang", languages())
def test_every_language_has_its_lexicon_files(lang):
    for stem in ("language", "places", "phrases"):
        assert FOLDER.joinpath(f"{stem}_{lang}.toml").is_file()


@pytest.mark.parametrize("lang", languages())
def test_profile_files_say_where_they_come_from(lang):
    text = FOLDER.joinpath(f"language_{lang}.toml").read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0]
    assert header.startswith("#")
    assert "MIT" in header and "CLDR" in header
    raw = tomllib.loads(text)
    assert raw["language"] == lang


def test_capitalisation_is_a_property_of_the_language():
    de, en = language_profile("de"), language_profile("en")
    assert de.capitalises_nouns and not en.capitalises_nouns
    assert en.capitalises_demonyms and not de.capitalises_demonyms


def test_determiners_connectors_and_function_words():
    de, en = language_profile("de"), language_profile("en")
    assert {"der", "eine", "im"} <= de.determiners
    assert {"the", "an", "those"} <= en.determiners
    assert de.and_words == {"und"} and de.or_words == {"oder"}
    assert en.connectors == {"and", "or"}
    for p in (de, en):
        assert p.determiners | p.connectors <= p.function_words
        assert phrase_lexicon(p.lang).prepositions <= p.function_words


def test_one_list_of_person_titles():
    de, en = language_profile("de"), language_profile("en")
    assert {"präsident", "bürgermeisterin"} <= de.titles
    assert {"mayor", "sen"} <= en.titles
    assert "*minister" in de.title_patterns  # the events wing's stem form
    for lang in languages():
        assert place_lexicon(lang).person_titles is language_profile(lang).titles


@pytest.mark.parametrize("lang", languages())
def test_older_lexicons_read_the_profile(lang):
    profile, places = language_profile(lang), place_lexicon(lang)
    assert places.profile is profile
    assert places.determiners is profile.determiners
    assert (places.and_words, places.or_words) == (profile.and_words, profile.or_words)
    assert phrase_lexicon(lang).capitalised_nouns == profile.capitalises_nouns


def test_month_names_from_cldr():
    assert ("März", 3) in language_profile("de").months
    assert ("Sept.", 9) in language_profile("de").months
    assert ("September", 9) in language_profile("en").months
    assert ("Sep", 9) in language_profile("en").months
    # every language, in file order: what the text wing folds into one table
    assert month_name_pairs() == tuple(
        pair for lang in languages() for pair in language_profile(lang).months
    )


def test_dates_and_numbers_as_the_language_writes_them():
    assert language_profile("de").date_order == "DMY"
    assert language_profile("en").date_order == "MDY"
    assert language_profile("de").number_symbols == (",", ".")
    assert language_profile("en").number_symbols == (".", ",")


def test_genitives_and_possessives():
    assert language_profile("de").genitive_endings == ("s",)
    assert language_profile("en").genitive_endings == ()
    assert language_profile("en").possessive_clitics == {"s"}
    assert not language_profile("de").possessive_clitics


def test_unsupported_language_reads_as_english():
    assert language_profile("xx") is language_profile("en")
    assert place_lexicon("xx").lang == "en"


def test_profile_is_frozen():
    profile = language_profile("de")
    assert isinstance(profile, LanguageProfile)
    with pytest.raises(dataclasses.FrozenInstanceError):
        profile.capitalises_nouns = False  # type: ignore[misc]


@pytest.mark.parametrize("lang", languages())
def test_interval_wording_names_its_ends(lang):
    words = language_profile(lang).interval_wording
    assert "{lo}" in words.at_least and "{hi}" in words.at_most
    assert "{lo}" in words.between and "{hi}" in words.between
    assert "{" not in words.any_distance


@pytest.mark.parametrize("lang", languages())
def test_heads_after_name_are_feature_head_kinds(lang):
    lex = place_lexicon(lang)
    assert lex.heads_after_name <= set(lex.feature_heads.values())


def test_no_stage_branches_on_a_language_code():
    """The stages ask the profile ("does this language capitalise nouns?"), so a new
    language adds files, not branches."""
    import re
    from pathlib import Path

    import geomap

    root = Path(geomap.__file__).parent
    branch = re.compile(r"""\blang\s*[!=]=\s*["']""")
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if branch.search(line) and not line.lstrip().startswith(("#", '"', "``"))
    ]
    assert found == []
