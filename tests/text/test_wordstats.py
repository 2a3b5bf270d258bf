"""The compact word-frequency table gives wordfreq's own answers, to the last bit."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from geomap.text import _wordstats

# plain words, capitalised ones, umlauts and ß (case folding), digits (wordfreq's number
# handling), apostrophes, hyphens, several tokens, unknown words and the empty string
WORDS = [
    "the",
    "and",
    "river",
    "harbour",
    "Mombasa",
    "kilometres",
    "valparaíso",
    "São Paulo",
    "der",
    "und",
    "straße",
    "Straße",
    "Grüße",
    "überschwemmung",
    "Nordsee",
    "Fußball",
    "1,200",
    "2023",
    "km2",
    "Bay's",
    "o'clock",
    "north-west",
    "Rio de Janeiro",
    "qwzxqwzx",
    "Zzyzxvale",
    "",
    "  ",
    "...",
    "A1",
    "Øresund",
    "İzmir",
    "ΑΘΗΝΑ",
]


@pytest.fixture
def fresh_table(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_DATA_DIR", str(tmp_path))
    _wordstats._table.cache_clear()
    _wordstats.zipf.cache_clear()
    yield tmp_path
    _wordstats._table.cache_clear()
    _wordstats.zipf.cache_clear()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_zipf_is_wordfreqs_answer(fresh_table, lang):
    for word in WORDS:
        assert repr(_wordstats.zipf(word, lang)) == repr(zipf_frequency(word, lang)), word
    # the table was written once, into the data folder, and is what later processes read
    assert [p.name.endswith(f"-{lang}-t1.tsv") for p in fresh_table.iterdir()] == [True]


def test_zipf_without_a_writable_folder(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("GEOMAP_DATA_DIR", str(blocked / "sub"))
    _wordstats._table.cache_clear()
    _wordstats.zipf.cache_clear()
    try:
        assert _wordstats.zipf("harbour", "en") == zipf_frequency("harbour", "en")
        assert _wordstats.zipf("Zzyzxvale", "en") == 0.0
    finally:
        _wordstats._table.cache_clear()
        _wordstats.zipf.cache_clear()
