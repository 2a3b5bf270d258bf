"""Articles for the batch tests: short, broad (several regions, both languages), made up
here, none from a corpus or the issue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ARTICLES = (
    "Floods hit Dhaka, Bangladesh, on Monday. Rescue teams arrived from Chittagong.",
    "Die Ministerin reiste am Dienstag von Wien nach Budapest. Budapest liegt rund 215 km "
    "von Wien entfernt.",
    "The delegation met officials in Nairobi, Kenya. Mombasa is about 440 km from Nairobi.",
    "Ein Erdbeben erschütterte am Mittwoch die Region um Valparaíso in Chile.",
    "Wildfires spread near Kelowna in British Columbia, Canada, officials said on Friday.",
    "The ferry from Helsinki to Tallinn was cancelled because of storms over the Baltic Sea.",
    "In Osaka und Kyoto fanden am Wochenende Proteste statt.",
    "Farmers in Punjab protested outside Chandigarh on Thursday, police said.",
)


def article(i: int) -> str:
    """A distinct article: one of the texts above with a numbered first line."""
    return f"Report {i}\n\n{ARTICLES[i % len(ARTICLES)]}\n"


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    """A folder of 10 article files, one in a subfolder, plus a hidden file to skip."""
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    for i in range(9):
        (d / f"a{i:02d}.txt").write_text(article(i), encoding="utf-8")
    (d / "sub" / "b.txt").write_text(article(9), encoding="utf-8")
    (d / ".hidden.txt").write_text("not an article", encoding="utf-8")
    return d


def write_jsonl(path: Path, n: int, *, bad_lines: tuple[int, ...] = ()) -> Path:
    """``n`` records (ids ``doc-I``), with a broken line after each record in ``bad_lines``."""
    lines = []
    for i in range(n):
        lines.append(
            json.dumps({"id": f"doc-{i}", "text": article(i), "url": f"https://example.org/{i}"})
        )
        if i in bad_lines:
            lines.append("{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
