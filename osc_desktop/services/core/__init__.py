"""What every capability uses: the centre's clock and calendar, the signed-in `Actor` and other
shared DTOs, field validation, the permission matrix, and recording audit events in the caller's
transaction. Modules: clock, calendar, dto, validation, permissions, audit_log."""
