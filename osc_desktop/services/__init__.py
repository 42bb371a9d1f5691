"""The services: what the app can do, one package per capability, no Qt.

core (clock, permissions, audit recording, validation) is used by all; accounts, centre, cases,
audit, backups and demo sit above it in that order (see ARCHITECTURE.md and the import-linter
contracts in pyproject.toml). A screen imports the modules it calls, e.g.
`from osc_desktop.services.cases import intake`.
"""
