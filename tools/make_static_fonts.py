"""Make the static Regular and Bold Noto Sans Devanagari fonts shipped in resources/fonts.

reportlab cannot choose a weight from a variable font, so the printing layer needs static
instances. The source is the variable ``NotoSansDevanagari[wdth,wght].ttf`` from the PyPI wheel
``fontpkg-noto-sans-devanagari`` (OFL-1.1), which, unlike Debian's Noto Sans Devanagari, also
covers Latin letters and digits.

Usage (from the repository root)::

    .venv/bin/python tools/make_static_fonts.py \\
        path/to/NotoSansDevanagari[wdth,wght].ttf [--out resources/fonts]

The output is reproducible: the same input gives byte-identical files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

FAMILY_FILE_STEM = "NotoSansDevanagari"

# Style name -> axis coordinates of the static instance.
INSTANCES: dict[str, dict[str, float]] = {
    "Regular": {"wght": 400.0, "wdth": 100.0},
    "Bold": {"wght": 700.0, "wdth": 100.0},
}

# Characters every instance must map: Latin letters, digits, common punctuation, Devanagari.
REQUIRED_TEXT = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    " .,:;-/()[]'\"#%&+=?!@_"
    "अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौंःँ्।"
)


def default_out_dir() -> Path:
    """Return ``resources/fonts`` of this repository."""
    return Path(__file__).resolve().parent.parent / "resources" / "fonts"


def make_instance(variable_font: Path, style: str, coordinates: dict[str, float]) -> TTFont:
    """Return a full static instance of ``variable_font`` at ``coordinates``, named ``style``."""
    varfont = TTFont(variable_font)
    static = instancer.instantiateVariableFont(
        varfont, coordinates, updateFontNames=True, static=True
    )
    # Keep the 'head' timestamps of the source so reruns give identical files.
    static.recalcTimestamp = False
    subfamily = static["name"].getDebugName(2)
    if subfamily != style:
        raise ValueError(f"instance at {coordinates} is named {subfamily!r}, expected {style!r}")
    return static


def check_coverage(font: TTFont, text: str = REQUIRED_TEXT) -> None:
    """Raise ``ValueError`` if ``font`` lacks a glyph for any character of ``text``."""
    cmap = font.getBestCmap()
    missing = sorted({ch for ch in text if ord(ch) not in cmap})
    if missing:
        raise ValueError(f"font lacks glyphs for: {''.join(missing)!r}")


def make_static_fonts(variable_font: Path, out_dir: Path) -> list[Path]:
    """Write the Regular and Bold instances into ``out_dir`` and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for style, coordinates in INSTANCES.items():
        font = make_instance(variable_font, style, coordinates)
        if "fvar" in font:
            raise ValueError(f"{style} instance is still variable")
        check_coverage(font)
        path = out_dir / f"{FAMILY_FILE_STEM}-{style}.ttf"
        font.save(path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variable_font", type=Path, help="NotoSansDevanagari[wdth,wght].ttf")
    parser.add_argument("--out", type=Path, default=default_out_dir(), help="output folder")
    args = parser.parse_args(argv)
    for path in make_static_fonts(args.variable_font, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
