"""A process killed right after a write leaves the library readable with that write in it."""

import os
import signal
import subprocess
import sys
import textwrap

from studio.core.library import Library, SessionLock

CHILD = textwrap.dedent(
    """
    import sys, time
    from studio.core.library import Library, SessionLock
    from dataclasses import replace
    lock = SessionLock(sys.argv[2]); lock.acquire()
    lib = Library.open(sys.argv[1])
    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id)
    for i in range(100000):
        d = lib.save_draft(replace(d, body="第%d版" % i))
        if i == 50:
            print("ready", flush=True)
    time.sleep(60)
    """
)


def test_kill_during_writes_keeps_last_commit_and_flags_unclean_exit(tmp_path):
    db = tmp_path / "lib.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    lib = Library.open(db)
    (draft,) = lib.list_drafts(lib.list_workspaces()[0].id)
    assert draft.body.startswith("第") and int(draft.body[1:-1]) >= 50
    lib.close()
    lock = SessionLock(tmp_path)
    assert lock.acquire() is True  # the killed session never released its lock
    lock.release()
    assert SessionLock(tmp_path).acquire() is False


def test_other_instance_is_a_live_process_other_than_this_one(tmp_path):
    lock = SessionLock(tmp_path)
    assert lock.other_instance() is None  # no lock file
    lock.path.write_text("not json", "utf-8")
    assert lock.other_instance() is None
    lock.acquire()
    assert lock.other_instance() is None  # this process's own lock
    lock.path.write_text(f'{{"pid": {os.getppid()}}}', "utf-8")
    assert lock.other_instance() == os.getppid()  # the test runner's parent is alive


def test_on_windows_liveness_never_goes_through_os_kill(monkeypatch):
    """On Windows os.kill(pid, 0) terminates the process: checking whether the last session
    still runs would have killed it (or whatever program reused its process id)."""
    from studio.core.library import session

    def kill(*_args):
        raise AssertionError("os.kill called on Windows")

    asked = []
    monkeypatch.setattr(session.sys, "platform", "win32")
    monkeypatch.setattr(session.os, "kill", kill)
    monkeypatch.setattr(session, "_alive_windows", lambda pid: asked.append(pid) or True)
    assert session._alive(4242) is True and asked == [4242]
