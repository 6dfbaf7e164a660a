"""Issue 7, concurrency: writes are atomic, and two chronology processes on one content/ never
interleave: the second one exits 1 at once with a message naming the first one's pid."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO, SMALL_ARTICLE, make_project, snapshot

CLI = [sys.executable, "-m", "generator.cli"]
HOLD = """
import sys, time
from pathlib import Path
from generator.store import content_lock
with content_lock(Path(sys.argv[1]) / "content"):
    print("locked", flush=True)
    sys.stdin.readline()  # hold the lock until the test says so
"""


def chronology(project: Path, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([*CLI, "--project", str(project), *args], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_a_second_process_is_turned_away_with_the_pid_of_the_first(project):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(project)], cwd=REPO, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "locked"
        for command in (["extract"], ["build"], ["render"]):
            second = chronology(project, *command)
            out, err = second.communicate(timeout=60)
            assert second.returncode == 1, (command, out, err)
            assert "Traceback" not in err
            assert f"chronology: another chronology process (pid {holder.pid}) is writing content/; wait for it" in err, err
        assert not (project / "content" / "sources").exists(), "the second process wrote nothing"
    finally:
        holder.communicate("\n", timeout=30)
    done = chronology(project, "extract")  # released: the next run goes ahead
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err


def test_the_lock_is_released_when_its_holder_is_killed(project):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(project)], cwd=REPO, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdout.readline().strip() == "locked"
    holder.kill()
    holder.wait(timeout=30)
    after = chronology(project, "extract")
    out, err = after.communicate(timeout=120)
    assert after.returncode == 0, err


def test_two_real_extract_runs_at_once_leave_content_as_one_run_would(tmp_path):
    """Start two `chronology extract` processes together, several times: each one either does the
    whole job or is turned away with the lock message, and content/ ends up byte for byte what
    a single run writes."""
    seeds = {f"report-{i}.txt": SMALL_ARTICLE.replace("Saraqib", town).replace("6 June 2020", f"{day} June 2020")
             for i, (town, day) in enumerate([("Saraqib", 6), ("Binnish", 9), ("Ariha", 12), ("Sarmin", 15)])}
    reference = make_project(tmp_path / "reference", seeds)
    single = chronology(reference, "extract")
    assert single.wait(timeout=120) == 0
    expected = snapshot(reference / "content")
    expected.pop(".lock", None)
    for attempt in range(3):
        project = make_project(tmp_path / f"race-{attempt}", seeds)
        runs = [chronology(project, "extract") for _ in range(2)]
        results = [(r.wait(timeout=120), r.stderr.read()) for r in runs]
        for code, err in results:
            assert "Traceback" not in err
            assert code == 0 or (code == 1 and "another chronology process (pid" in err), err
        assert any(code == 0 for code, _ in results)
        got = snapshot(project / "content")
        got.pop(".lock", None)
        assert got == expected
        assert not [p for p in (project / "content").rglob(".*.tmp")], "no half-written temporary file is left"


def test_the_lock_nests_within_one_process_and_is_exclusive_across_processes(tmp_path):
    from generator.store import LockBusy, content_lock

    content = tmp_path / "content"
    with content_lock(content):
        with content_lock(content):  # build holds it and calls extract, which takes it again
            pass
        assert (content / ".lock").read_text().strip() == str(os.getpid())
        probe = subprocess.run([sys.executable, "-c", HOLD, str(tmp_path)], cwd=REPO, text=True, input="\n",
                               capture_output=True, timeout=60)
        assert probe.returncode == 1 and "LockBusy" in probe.stderr
    with content_lock(content):  # released after the outer block
        pass
    try:
        raise LockBusy(1, "x")
    except Exception as error:  # the CLI prints it like any YamlProblem
        from generator.store import YamlProblem

        assert isinstance(error, YamlProblem)


def test_serve_leaves_the_last_pages_while_another_process_writes_content(project, capsys):
    """While serving, a save that lands during another process's extraction renders nothing and
    says why, instead of reading content/ half-written; the next save renders again."""
    from generator.build import render_for_serve
    from generator.render import OUTPUT_SUBDIR

    assert chronology(project, "extract").wait(timeout=120) == 0
    docs = project / OUTPUT_SUBDIR
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(project)], cwd=REPO, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "locked"
        render_for_serve(project)
        err = capsys.readouterr().err
        assert f"another chronology process (pid {holder.pid}) is writing content/" in err
        assert "pages not updated this time" in err
        assert not docs.exists(), "nothing was rendered from a content/ being written"
    finally:
        holder.communicate("\n", timeout=30)
    render_for_serve(project)
    assert (docs / "index.md").exists()
