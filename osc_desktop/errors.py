"""Typed domain errors, each with a message a member of staff can act on.

Messages are English source strings marked for translation in the "errors" context; the UI shows
them through `QCoreApplication.translate`. They never contain survivor data.
"""

from __future__ import annotations

from collections.abc import Mapping

from osc_desktop.i18n import ERRORS_CONTEXT, QT_TRANSLATE_NOOP


class OscError(Exception):
    """Base of every error the application expects and explains to its user."""

    context: str = ERRORS_CONTEXT
    message: str = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or self.message)
        self.detail = detail
        # Filled into %1, %2... of the translated message by the UI.
        self.args_for_message: tuple[object, ...] = ()


class FieldInvalid(ValueError):
    """One field's value is not acceptable; `message` (in the "validation" context) says why.

    `%1`, `%2`... in the message are filled in from `args_for_message` after translation.
    """

    def __init__(self, message: str, *args: object) -> None:
        super().__init__(message)
        self.message = message
        self.args_for_message = args

    def render(self, translated: str) -> str:
        """`translated` (the message in the UI's language) with %1, %2... filled in."""
        for number, value in enumerate(self.args_for_message, start=1):
            translated = translated.replace(f"%{number}", str(value))
        return translated


class ValidationError(OscError):
    """Input that cannot be saved; `field_errors` maps each field name to what is wrong with it."""

    message = QT_TRANSLATE_NOOP("errors", "Some fields need attention.")

    def __init__(self, field_errors: Mapping[str, FieldInvalid]) -> None:
        super().__init__(", ".join(sorted(field_errors)))
        self.field_errors = dict(field_errors)


class AlreadySetUp(OscError):
    message = QT_TRANSLATE_NOOP("errors", "This centre has already been set up.")


class AlreadyRunning(OscError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "OSC Desktop is already open on this computer with the same data folder. "
        "Switch to the open window instead.",
    )


class StorageError(OscError):
    """The centre's database or its key cannot be used; the files on disk are left untouched."""

    message = QT_TRANSLATE_NOOP("errors", "The centre's records cannot be opened.")
    advice: str = QT_TRANSLATE_NOOP(
        "errors", "Nothing has been changed or deleted. Ask the centre manager for help."
    )
    recovery_key_helps: bool = False


class WrongKey(StorageError):
    message = QT_TRANSLATE_NOOP("errors", "The key does not open this database.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Check the passphrase or recovery key and try again. Nothing has been changed. If you "
        "are sure the key is right, the file may be damaged: restore the most recent backup.",
    )
    recovery_key_helps = True


class WrongPassphrase(WrongKey):
    message = QT_TRANSLATE_NOOP("errors", "That passphrase is not correct.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Type the centre passphrase again, minding capital letters. If nobody knows it, "
        "open the records with the printed recovery key.",
    )


class KeyMissing(StorageError):
    message = QT_TRANSLATE_NOOP(
        "errors", "This computer no longer holds the key to the centre's database."
    )
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "This happens after a Windows account is changed or reset. Enter the printed recovery "
        "key to open the records; it will be saved again. Nothing has been changed.",
    )
    recovery_key_helps = True


class KeyringUnavailable(StorageError):
    message = QT_TRANSLATE_NOOP("errors", "This computer's secure key store cannot be reached.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Restart the computer and open OSC Desktop again, or enter the printed recovery key.",
    )
    recovery_key_helps = True


class KeyStoreDamaged(StorageError):
    message = QT_TRANSLATE_NOOP("errors", "The key settings file in the data folder is damaged.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Enter the printed recovery key to open the records; the key settings will be "
        "written again. The database itself has not been changed.",
    )
    recovery_key_helps = True


class DatabaseDamaged(StorageError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The database file is damaged or incomplete and cannot be opened."
    )
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "The file has been left exactly as it is. Restore the most recent backup, or ask the "
        "centre manager to do so; keep the damaged file in case it can be repaired.",
    )


class DatabaseWriteFailed(StorageError):
    message = QT_TRANSLATE_NOOP("errors", "The records could not be read or saved just now.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Nothing was half-saved. Try again; if it happens again, note the time and tell the "
        "centre manager.",
    )


class DatabaseMissing(StorageError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The database file is missing from the data folder, but its key settings remain."
    )
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Check that the data folder is the right one (a USB drive may be missing), or restore "
        "the most recent backup.",
    )


class DataFolderNotWritable(StorageError):
    message = QT_TRANSLATE_NOOP("errors", "The data folder cannot be written to.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "The folder or the drive is read-only, or this Windows account may not change it. "
        "Ask someone with administrator rights to give this account write access.",
    )


class DiskFull(StorageError):
    message = QT_TRANSLATE_NOOP("errors", "The disk holding the data folder is full.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Free some space (empty the Recycle Bin, move old downloads) and open OSC Desktop again. "
        "Nothing has been lost.",
    )


class SchemaTooNew(StorageError):
    message = QT_TRANSLATE_NOOP(
        "errors", "This database was made by a newer version of OSC Desktop."
    )
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Install the newer version of OSC Desktop on this computer; the file is unchanged.",
    )


class LoginFailed(OscError):
    # One message for an unknown user and a wrong password: it must not tell which.
    message = QT_TRANSLATE_NOOP("errors", "The user name or password is not correct.")


class AccountLocked(OscError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This account is locked for 15 minutes after 5 wrong passwords in a row. Try again "
        "after %1, or ask the centre manager to unlock it.",
    )

    def __init__(self, until_local_time: str) -> None:
        super().__init__("locked")
        self.args_for_message = (until_local_time,)


class AccountDeactivated(OscError):
    message = QT_TRANSLATE_NOOP(
        "errors", "This account has been deactivated. Ask the centre manager."
    )


class PermissionDenied(OscError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow this. The attempt has been noted in the audit trail."
    )


class SessionEnded(OscError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Your account was deactivated or removed while you were signed in."
    )


class LastManager(OscError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This is the only active manager account. Make another manager first: a centre always "
        "needs one.",
    )


class UserNotFound(OscError):
    message = QT_TRANSLATE_NOOP("errors", "No such staff account.")


class CaseNotFound(OscError):
    message = QT_TRANSLATE_NOOP("errors", "This case no longer exists or was never registered.")


class CaseErased(OscError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This case was erased at the survivor's request; only its non-identifying figures remain.",
    )


class CaseStatusInvalid(OscError):
    """A status change the case's current status does not allow (e.g. disposing it twice)."""

    message = QT_TRANSLATE_NOOP(
        "errors", "The case has changed meanwhile and cannot move to that status now."
    )


class CaseChangedMeanwhile(OscError):
    """Someone else saved the case after this form was opened; nothing was overwritten."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "Someone else changed this case while you were editing it. Nothing was saved; "
        "reopen the case to see their changes, then make yours again.",
    )


class BackupError(OscError):
    """A backup could not be made, read, verified or restored; nothing existing was changed."""

    message = QT_TRANSLATE_NOOP("errors", "The backup could not be completed.")
    advice: str = QT_TRANSLATE_NOOP(
        "errors", "Nothing has been changed or deleted. Ask the centre manager for help."
    )


class BackupDamaged(BackupError):
    """Not a backup file, or one whose contents were cut short, reordered or altered."""

    message = QT_TRANSLATE_NOOP(
        "errors", "This backup file is damaged, incomplete or has been altered."
    )
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "It cannot be used and nothing has been changed. Use another backup, for example the "
        "one made before it, and keep this file in case it is needed.",
    )


class BackupWrongKey(BackupError):
    """The key does not open the backup: a wrong recovery key, or another centre's backup."""

    message = QT_TRANSLATE_NOOP("errors", "The recovery key does not open this backup.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Check the printed recovery key and type it again. If it is right, the backup "
        "belongs to another centre or has been altered: use another backup. Nothing has "
        "been changed.",
    )


class BackupOfAnotherCentre(BackupWrongKey):
    """This centre's own key does not open a backup labelled with another centre's code."""

    message = QT_TRANSLATE_NOOP(
        "errors", "This backup belongs to another centre: this centre's key does not open it."
    )
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Check that you chose the right file. It opens only with that centre's printed "
        "recovery key. Nothing has been changed.",
    )


class BackupTooNew(BackupError):
    """The backup was written by a newer version of the app (unknown format or schema)."""

    message = QT_TRANSLATE_NOOP("errors", "This backup was made by a newer version of OSC Desktop.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Install the newer version of OSC Desktop on this computer, then try again. "
        "Nothing has been changed.",
    )


class BackupFromAnotherCentre(BackupError):
    """The backup belongs to a different centre and the user has not confirmed using it."""

    message = QT_TRANSLATE_NOOP("errors", "This backup belongs to another centre.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Check that you chose the right file. Restore it only if you are sure this computer "
        "should hold that centre's records. Nothing has been changed.",
    )


class BackupTargetMissing(BackupError):
    """The backup folder or drive is gone (USB drive removed, network folder unreachable)."""

    message = QT_TRANSLATE_NOOP("errors", "The backup folder cannot be reached.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Check that the USB drive is plugged in or the network folder is available, then "
        "try again. No existing backup or record has been changed.",
    )


class BackupTargetFull(BackupError):
    """The disk holding the backup folder ran out of space; the unfinished file was removed."""

    message = QT_TRANSLATE_NOOP("errors", "The backup drive or folder is full.")
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Free some space on it or choose another drive, then try again. The unfinished "
        "backup was removed; earlier backups and the records are unchanged.",
    )


class BackupInUse(BackupError):
    """A restore was refused because OSC Desktop is open on these records elsewhere."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "A backup cannot be restored while OSC Desktop is open with these records.",
    )
    advice = QT_TRANSLATE_NOOP(
        "errors",
        "Ask everyone to sign out and close OSC Desktop on this computer, then try again. "
        "Nothing has been changed.",
    )
