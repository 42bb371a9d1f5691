"""The audit trail as the manager sees it: listing, exporting and verifying the hash chain
(trail). Events are recorded by `core.audit_log`, in the transaction of the change itself."""
