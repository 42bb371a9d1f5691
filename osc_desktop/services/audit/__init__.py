"""The audit trail as the manager sees it: listing it (listing), exporting it as CSV (export)
and verifying its hash chain (chain), over the filter and its query (query) and the values they
take and give (dto). Events are recorded by `core.audit_log`, in the transaction of the change
itself; nothing here changes or removes a row."""
