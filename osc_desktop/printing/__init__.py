"""Printed documents made with reportlab: per document, a context builder and a renderer.

Each ``printing/<document>.py`` has ``build_context(...)`` returning a frozen dataclass of exactly
what is printed, and ``render(context) -> bytes`` returning the PDF, made in memory. Every text is
drawn as a shaped ``Paragraph`` in the bundled Noto Sans Devanagari (see ``styles``), so Hindi
conjuncts and matras come out right, and ``actual_text`` makes that shaped text read back (search,
copy, screen readers) as typed. Nothing here imports Qt.
"""
