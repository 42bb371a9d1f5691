"""Where the application's bundled resources (fonts, translations, icons) live.

No Qt here: the printing layer and the tests use it too. In a source checkout the resources are
in ``resources/`` at the repository root; in a PyInstaller bundle they are in ``resources/`` under
the unpacked bundle folder (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder holding ``fonts/``, ``translations/`` and ``icons/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    """Return the folder of the shipped fonts and their licence."""
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """Return the folder of the ``.ts`` sources and built ``.qm`` translations."""
    return resources_dir() / "translations"
