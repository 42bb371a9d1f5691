"""Printed documents made with reportlab: per document, a context builder and a renderer.

Each ``printing/<document>.py`` has ``build_context(...)`` returning a frozen dataclass of exactly
what is printed, and ``render(context) -> bytes`` returning the PDF, made in memory. Every text is
drawn as a shaped ``Paragraph`` in the bundled Noto Sans Devanagari (see ``styles``), so Hindi
conjuncts and matras come out right. Nothing here imports Qt.
"""
