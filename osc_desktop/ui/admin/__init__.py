"""Administration: staff accounts, the audit trail, settings (manager only)."""
