"""Qt table models: `<Thing>TableModel`, an IntEnum of columns, `set_rows()`, no I/O in data()."""
