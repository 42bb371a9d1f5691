"""Keys and secrets: the database key, the recovery key, password hashes. No Qt here."""
