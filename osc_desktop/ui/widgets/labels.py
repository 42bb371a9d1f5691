"""The few looks a plain label takes: a greyed hint, a bold heading."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

# A line of help under or beside a field, in the palette's placeholder grey.
HINT_STYLE = "color: palette(placeholder-text);"


def make_bold(label: QLabel, scale: float = 1.0) -> QLabel:
    """Set `label` in bold, its font `scale` times its present size; returns `label`."""
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label
