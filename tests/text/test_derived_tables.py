"""Tables geomap derives on first use give the libraries' own answers, to the last bit."""

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
    "Berlin",
    "Ärmelkanal",
    "Öl",
    "Über",
    "Istanbul",
    "Kiel",
    "X",
    "IN",
    "Im",
    "NORDKOREA",
    "Atom-U-Boote",
    "UN-Resolutionen",
    "Raketen-",
    "-Ost",
    "a--b",
    "---",
    "new york city",
    " Lake  Mary ",
    "Rolling Meadows",
    "East End",
    "Indian Ocean",
    "Bad Reichenhall - Ost",
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


@pytest.mark.parametrize("lang", ["de", "en", "tr", "tr-TR"])
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


TEXTS = [
    "Die Fähre legte am Morgen in Rostock ab und erreichte Trelleborg am Nachmittag.",
    "The ferry left Dover at dawn and reached Calais before noon.",
    "Nairobi",
    "Santiago de Chile, 3. März",
    "Bonjour tout le monde",
    "",
    "1234 5678",
]


@pytest.mark.parametrize("written", [True, False])
def test_language_identifier_is_py3langids(tmp_path, monkeypatch, written):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from geomap.text import _reading

    folder = tmp_path / "data"
    if not written:  # a folder that cannot be created: the model stays in memory
        (tmp_path / "file").write_text("x", encoding="utf-8")
        folder = tmp_path / "file" / "sub"
    monkeypatch.setenv("GEOMAP_DATA_DIR", str(folder))
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages(list(_reading.LANGUAGES))
    for _ in range(2):  # derived (and written), then read back
        _reading._identifier.cache_clear()
        try:
            ident = _reading._identifier()
            for text in TEXTS:
                assert repr(ident.rank(text)) == repr(reference.rank(text)), text
        finally:
            _reading._identifier.cache_clear()
    assert [p.suffix for p in folder.glob("*")] == ([".bin"] if written else [])
