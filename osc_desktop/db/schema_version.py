"""The schema revisions this version of the app knows, without importing Alembic at start-up.

A test checks these against the migration scripts, so they cannot drift apart.
"""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

# Tables the migrations make that the ORM models do not describe: the SQLite FTS5 search index
# (revision 0004) and its shadow tables. Schema comparisons with the models leave them out.
SEARCH_INDEX_TABLE = "case_search"


def outside_the_models(name: str | None, type_: str, _parent_names: object = None) -> bool:
    """Whether a schema object belongs to the search index rather than to the models
    (an Alembic `include_name` hook returns the opposite)."""
    return (
        type_ == "table"
        and name is not None
        and (name == SEARCH_INDEX_TABLE or name.startswith(SEARCH_INDEX_TABLE + "_"))
    )


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic `include_name` hook: compare everything except the search index."""
    return not outside_the_models(name, type_, parent_names)
