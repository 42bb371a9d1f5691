"""Database access: engine, unit of work and schema migrations. No Qt here."""
