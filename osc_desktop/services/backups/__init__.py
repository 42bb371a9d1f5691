"""Encrypted backups: the file format (format), what the others share (common), making (create),
checking, listing and reading (verify) and restoring (restore) them, and the daily schedule
(schedule)."""
