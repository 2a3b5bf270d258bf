"""Lexicon data files (TOML/CSV) shipped as package data; loaded by geomap.lexicon."""
