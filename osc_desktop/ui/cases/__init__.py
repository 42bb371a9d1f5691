"""The Cases area: the list, follow-ups, and each case record."""
