"""Per-machine preferences: defaults, round trip, and a damaged file never stops the app."""

from __future__ import annotations

import json

import pytest

from osc_desktop.settings import MachineSettings, load_settings, save_settings

DEFAULTS = MachineSettings()


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "settings.json"


def test_defaults(path):
    assert (DEFAULTS.language, DEFAULTS.kiosk, DEFAULTS.idle_minutes) == ("en", False, 5)
    assert (DEFAULTS.backup_folder, DEFAULTS.backup_every_hours) == ("", 24)
    assert (DEFAULTS.keep_daily, DEFAULTS.keep_weekly, DEFAULTS.keep_monthly) == (7, 4, 12)
    assert load_settings(path) == DEFAULTS


def test_round_trip(path):
    chosen = MachineSettings(
        language="hi",
        kiosk=True,
        idle_minutes=12,
        backup_folder="/media/usb/OSC backups",
        backup_every_hours=6,
        keep_daily=0,
        keep_weekly=99,
        keep_monthly=3,
    )
    save_settings(path, chosen)
    assert load_settings(path) == chosen
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "language": "hi",
        "kiosk": True,
        "idle_minutes": 12,
        "backup_folder": "/media/usb/OSC backups",
        "backup_every_hours": 6,
        "keep_daily": 0,
        "keep_weekly": 99,
        "keep_monthly": 3,
    }
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"], "no temporary files"


def test_saving_again_replaces(path):
    save_settings(path, MachineSettings(language="hi"))
    save_settings(path, MachineSettings(language="en", idle_minutes=30))
    assert load_settings(path) == MachineSettings(language="en", idle_minutes=30)


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"\xff\xfe\x00", b"[]", b"null", b"42", b'"hi"', b'{"language": "hi"'],
)
def test_a_corrupt_file_gives_the_defaults(path, content):
    path.parent.mkdir()
    path.write_bytes(content)
    assert load_settings(path) == DEFAULTS


def test_a_folder_in_place_of_the_file_gives_the_defaults(path):
    path.mkdir(parents=True)
    assert load_settings(path) == DEFAULTS


@pytest.mark.parametrize(
    ("saved", "expected"),
    [
        ({"language": "fr"}, DEFAULTS),
        ({"language": None, "kiosk": True}, MachineSettings(kiosk=True)),
        ({"kiosk": "yes"}, DEFAULTS),
        ({"kiosk": 1}, DEFAULTS),
        ({"idle_minutes": 0}, DEFAULTS),
        ({"idle_minutes": 31}, DEFAULTS),
        ({"idle_minutes": -5}, DEFAULTS),
        ({"idle_minutes": True}, DEFAULTS),
        ({"idle_minutes": "10"}, DEFAULTS),
        ({"idle_minutes": 7.5}, DEFAULTS),
        ({"idle_minutes": 1}, MachineSettings(idle_minutes=1)),
        ({"idle_minutes": 30}, MachineSettings(idle_minutes=30)),
        ({"language": "hi", "idle_minutes": 99}, MachineSettings(language="hi")),
        ({"language": "hi", "colour": "pink", "kiosk": True}, MachineSettings("hi", True)),
        ({"backup_every_hours": 0}, DEFAULTS),
        ({"backup_every_hours": 169}, DEFAULTS),
        ({"backup_every_hours": 1}, MachineSettings(backup_every_hours=1)),
        ({"backup_every_hours": 168}, MachineSettings(backup_every_hours=168)),
        ({"backup_every_hours": "24"}, DEFAULTS),
        ({"backup_every_hours": 12.0}, DEFAULTS),
        ({"backup_every_hours": False}, DEFAULTS),
        ({"keep_daily": -1}, DEFAULTS),
        ({"keep_daily": 100}, DEFAULTS),
        ({"keep_daily": 0}, MachineSettings(keep_daily=0)),
        ({"keep_weekly": 99}, MachineSettings(keep_weekly=99)),
        ({"keep_weekly": None}, DEFAULTS),
        ({"keep_monthly": True}, DEFAULTS),
        ({"keep_monthly": [3]}, DEFAULTS),
        ({"keep_monthly": 0, "keep_daily": 500}, MachineSettings(keep_monthly=0)),
        ({"backup_folder": 42}, DEFAULTS),
        ({"backup_folder": None}, DEFAULTS),
        ({"backup_folder": ["E:/"]}, DEFAULTS),
        ({"backup_folder": "E:/\x00x"}, DEFAULTS),
        ({"backup_folder": "/m/" + "x" * 2000}, DEFAULTS),
        ({"backup_folder": "E:\\OSC"}, MachineSettings(backup_folder="E:\\OSC")),
        (
            {"backup_folder": "/mnt/d", "keep_weekly": -3, "language": "hi"},
            MachineSettings(language="hi", backup_folder="/mnt/d"),
        ),
    ],
)
def test_bad_values_are_replaced_one_by_one(path, saved, expected):
    path.parent.mkdir()
    path.write_text(json.dumps(saved), encoding="utf-8")
    assert load_settings(path) == expected


def test_with_language():
    hindi = DEFAULTS.with_language("hi")
    assert hindi.language == "hi"
    assert DEFAULTS.language == "en", "a copy, not a change"
    assert hindi.with_language("en") == DEFAULTS


@pytest.mark.parametrize("language", ["fr", "", "HI", "hindi", "en-IN"])
def test_unknown_language(language):
    with pytest.raises(ValueError):
        DEFAULTS.with_language(language)
