"""Screenshots of the sample article's map for the docs: desktop (1400 x 900) and phone
(390 x 844), in ``docs/img/``.

Draws the bundled example with the same pipeline as ``make run`` and photographs it in the
Chromium the browser tests use (``/usr/bin/chromium`` driven by Playwright, offline: every
request other than ``file:``/``data:`` is refused). A PNG over ``MAX_BYTES`` is an error, so
the docs stay light.

    .venv/bin/python scripts/screenshots.py        # or: make screenshots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("GEOMAP_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHROMIUM = Path("/usr/bin/chromium")
EXAMPLE = ROOT / "geomap" / "examples" / "fernost_de.txt"
OUT = ROOT / "docs" / "img"
#: name -> viewport; what the issue asks the map to be used on.
SHOTS = {"map-desktop.png": (1400, 900), "map-phone.png": (390, 844)}
MAX_BYTES = 300_000
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]


def write_sample(target: Path) -> None:
    """The sample's map, exactly as ``make run`` draws it (``geomap map ... --offline``)."""
    from geomap.cli import main as geomap_main

    rc = geomap_main(["map", str(EXAMPLE.relative_to(ROOT)), "--offline", "-o", str(target)])
    if rc != 0:
        raise SystemExit(rc)


def shoot(html: Path, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for name, (width, height) in SHOTS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.route(
                    "**/*",
                    lambda r: (
                        r.continue_()
                        if r.request.url.startswith(("file:", "data:", "blob:"))
                        else r.abort()
                    ),
                )
                page.goto(html.as_uri())
                page.wait_for_function("document.querySelector('.geomap-claims')")
                page.wait_for_timeout(500)
                target = out / name
                page.screenshot(path=str(target))
                page.close()
                written.append(target)
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs (docs/img)")
    args = ap.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"error: {CHROMIUM} is missing (make chromium installs it)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "example.html"
        os.chdir(ROOT)
        write_sample(html)
        written = shoot(html, args.out)
    too_big = 0
    for path in written:
        size = path.stat().st_size
        print(f"{path}: {size // 1024} KB")
        if size > MAX_BYTES:
            print(f"error: {path.name} is over {MAX_BYTES // 1000} KB", file=sys.stderr)
            too_big += 1
    return 1 if too_big else 0


if __name__ == "__main__":
    raise SystemExit(main())
