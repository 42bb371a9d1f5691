"""One function or small class per user action: the UI's only door to the data. No Qt here."""
