"""The workspace: finding it, its config, ids before paths, atomic writes, the lock."""

from __future__ import annotations

import os

import pytest

from workflow.errors import PressError, WorkspaceError
from workflow.fsio import atomic_write
from workflow.workspace import Workspace, check_id, init_workspace


def test_found_from_a_subfolder_and_by_press_root(tmp_path, monkeypatch):
    monkeypatch.delenv("PRESS_ROOT", raising=False)
    ws = init_workspace(tmp_path / "office", source_language="ru")
    deep = ws.root / "translations" / "kk"
    deep.mkdir(parents=True)
    assert Workspace.find(deep).root == ws.root
    assert Workspace.find(deep).config.source_language == "ru"
    monkeypatch.setenv("PRESS_ROOT", str(ws.root))
    assert Workspace.find(tmp_path).root == ws.root
    monkeypatch.setenv("PRESS_ROOT", str(tmp_path))
    with pytest.raises(WorkspaceError, match="PRESS_ROOT"):
        Workspace.find()


def test_pyproject_tool_press_is_a_workspace(tmp_path, monkeypatch):
    monkeypatch.delenv("PRESS_ROOT", raising=False)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.press]\norganization = "Office"\n'
    )
    assert Workspace.find(tmp_path).config.organization == "Office"
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    with pytest.raises(WorkspaceError, match="not inside a press workspace"):
        Workspace.find(tmp_path)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('languages = ["en", "de"]', "unknown languages"),
        ('source_language = "kk"\nlanguages = ["en", "ru"]', "not among the languages"),
        ("languages = [", "cannot be read"),
    ],
)
def test_a_broken_config_is_one_clear_error(tmp_path, config, message):
    (tmp_path / "press.toml").write_text(config)
    with pytest.raises(WorkspaceError, match=message):
        Workspace.find(tmp_path)


@pytest.mark.parametrize("bad", ["../x", "X-Upper", "a b", "", "a--b", "-a", "a/b", "é"])
def test_ids_are_checked_before_they_touch_a_path(bad):
    with pytest.raises(WorkspaceError, match="not a valid release id"):
        check_id(bad)


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "sub" / "f.txt"
    atomic_write(path, "одно")
    atomic_write(path, b"two")
    assert path.read_bytes() == b"two"
    assert os.listdir(path.parent) == ["f.txt"]


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "f.txt"
    atomic_write(path, "old")

    def disk_gone(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_gone)
    with pytest.raises(OSError):
        atomic_write(path, "new")
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["f.txt"]


def test_the_lock_refuses_a_second_writer(workspace, monkeypatch):
    import workflow.workspace as module

    monkeypatch.setattr(module, "LOCK_TIMEOUT", 0.05)
    second = Workspace.find()
    with (
        workspace.lock(),
        pytest.raises(PressError, match="another press command"),
        second.lock(),
    ):
        pass


def test_written_files_keep_their_mode_or_follow_the_umask(tmp_path):
    import workflow.fsio as module

    path = tmp_path / "f.txt"
    atomic_write(path, "a")
    assert path.stat().st_mode & 0o777 == 0o666 & ~module._UMASK
    path.chmod(0o664)
    atomic_write(path, "b")
    assert path.stat().st_mode & 0o777 == 0o664


@pytest.mark.parametrize(
    ("config", "message"),
    [('languages = "en"', "must be a list"), ('four_eyes = "false"', "true or false")],
)
def test_config_values_of_the_wrong_type_are_refused(tmp_path, config, message):
    (tmp_path / "press.toml").write_text(config)
    with pytest.raises(WorkspaceError, match=message):
        Workspace.find(tmp_path)
