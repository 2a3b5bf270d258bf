"""Screenshots of the sample article's map for the docs: desktop (1400 x 900) and phone
(390 x 844), in ``docs/img/``.

Draws the bundled example with the same pipeline as ``make run`` and photographs it in the
Chromium the browser tests use (``/usr/bin/chromium`` driven by Playwright, offline: every
request other than ``file:``/``data:`` is refused). PNGs are written with a reduced palette
so they stay small.

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
                    lambda r: r.continue_()
                    if r.request.url.startswith(("file:", "data:", "blob:"))
                    else r.abort(),
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


def shrink(path: Path) -> None:
    """Quantise to 256 colours when Pillow is at hand (a map has few colours)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as im:
        small = im.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


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
        for path in shoot(html, args.out):
            shrink(path)
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
                  f"{path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
