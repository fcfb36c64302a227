"""Finding the inputs: only regular files are opened, and no folder vanishes silently."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from readers import docs, read, rejects, write

from marquee.sources import Rejected, Skipped


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("named", [False, True], ids=["in-folder", "named"])
def test_fifo_named_txt_is_skipped_not_opened(tmp_path: Path, named: bool) -> None:
    write(tmp_path / "a.txt", "date 2020-01-01 First.")
    fifo = tmp_path / "b.txt"
    os.mkfifo(fifo)
    result: list[list[object]] = []
    worker = threading.Thread(
        target=lambda: result.append(read(*([tmp_path / "a.txt", fifo] if named else [tmp_path]))),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    [items] = result
    assert [d.id for d in docs(items)] == ["a"]  # type: ignore[arg-type]
    assert rejects(items) == [Skipped(str(fifo), "a FIFO, not a regular file")]  # type: ignore[arg-type]


def test_unreadable_subfolder_gets_a_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "a.txt", "date 2020-01-01 First.")
    write(tmp_path / "locked" / "b.txt", "date 2020-01-02 Second.")
    write(tmp_path / "z" / "c.txt", "date 2020-01-03 Third.")
    locked = str(tmp_path / "locked")
    real_scandir = os.scandir

    def scandir(path: str = ".") -> object:  # root ignores chmod; refuse the folder here
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = read(tmp_path)
    assert [d.id for d in docs(items)] == ["a", "c"]
    assert rejects(items) == [Rejected(locked, "cannot read directory: Permission denied")]


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads all")
def test_unreadable_subfolder_by_permissions(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "date 2020-01-01 First.")
    locked = tmp_path / "locked"
    write(locked / "b.txt", "date 2020-01-02 Second.")
    locked.chmod(0)
    try:
        items = read(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [d.id for d in docs(items)] == ["a"]
    assert [r.source for r in rejects(items)] == [str(locked)]


def test_broken_link_is_rejected(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "date 2020-01-01 First.")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    items = read(tmp_path)
    assert [d.id for d in docs(items)] == ["a"]
    [rejected] = rejects(items)
    assert rejected.source == str(tmp_path / "gone.txt")
    assert "cannot read" in rejected.reason
