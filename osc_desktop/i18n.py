"""Translation markers usable below the UI layer, where Qt may not be imported.

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP(context, text)` calls by name and puts the text in
the `.ts` files; at run time the UI translates the English source with
`QCoreApplication.translate(context, text)`.
"""

# Contexts used by non-UI code; the UI passes them to QCoreApplication.translate.
ERRORS_CONTEXT = "errors"
VALIDATION_CONTEXT = "validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` and return it unchanged."""
    del context
    return text
