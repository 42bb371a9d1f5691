"""Encrypted backups: the file format (format), creating, verifying, listing and restoring them
(operations), and the daily schedule (schedule)."""
