"""PySide6 user interface: windows, views, dialogs, widgets. Talks to data only through services."""
