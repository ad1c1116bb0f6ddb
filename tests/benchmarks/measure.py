"""Running one side of a case in its own process: wall time, peak RSS, output; the machine."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

WORKER = Path(__file__).with_name("worker.py")


@dataclass
class Run:
    seconds: float
    """Wall-clock time of the whole process."""
    rss_mb: float
    """Peak resident memory of that process alone (see :func:`run`)."""
    returncode: int
    stdout: str
    stderr: str

    def check(self, what: str) -> Run:
        if self.returncode != 0:
            tail = (self.stderr.strip().splitlines() or ["no output"])[-1]
            raise RuntimeError(f"{what} exited {self.returncode}: {tail}")
        return self

    def result(self) -> dict:
        """The JSON line a worker printed last."""
        return json.loads(self.stdout.strip().splitlines()[-1])


GNU_TIME = "/usr/bin/time"
RSS_METHOD = (
    "GNU time's %M (the process's own peak RSS)"
    if Path(GNU_TIME).exists()
    else "wait4's ru_maxrss (GNU time is not installed: may include the runner's RSS)"
)


def run(cmd: list[str], *, cwd: Path | None = None, env: dict | None = None) -> Run:
    """Run ``cmd``; its wall time, and its own peak RSS.

    The RSS comes from GNU time (``/usr/bin/time -f %M``) where it is installed:
    ``wait4`` on a child of this (large) process is no good, as Linux carries the
    parent's peak RSS into a child made by vfork or fork over its exec.
    """
    with tempfile.TemporaryDirectory() as folder:
        out, err, rss = (Path(folder) / name for name in ("out", "err", "rss"))
        wrapped = [GNU_TIME, "-f", "%M", "-o", str(rss), *cmd] if Path(GNU_TIME).exists() else cmd
        with out.open("wb") as stdout, err.open("wb") as stderr:
            start = time.perf_counter()
            proc = subprocess.Popen(
                wrapped, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr
            )
            _pid, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak_kb = usage.ru_maxrss
        if rss.exists():  # GNU time writes "Command exited with ..." first on failure
            lines = rss.read_text(encoding="utf-8").split()
            peak_kb = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        return Run(
            seconds=seconds,
            rss_mb=peak_kb / 1024,
            returncode=proc.returncode,
            stdout=out.read_text(encoding="utf-8", errors="replace"),
            stderr=err.read_text(encoding="utf-8", errors="replace"),
        )


def press_env() -> dict:
    """The environment of press processes: a fixed user, no workspace override."""
    env = {k: v for k, v in os.environ.items() if k != "PRESS_ROOT"}
    env["PRESS_USER"] = "bench"
    return env


def worker(task: str, **args) -> tuple[Run, dict]:
    """Run one worker task; its process measurements and the result it printed."""
    done = run([sys.executable, str(WORKER), task, json.dumps(args)], env=press_env())
    result = done.check(f"worker {task}").result()
    if not Path(GNU_TIME).exists() and result.get("vmhwm_mb"):
        done.rss_mb = result["vmhwm_mb"]  # the worker's own figure beats an inflated wait4
    return done, result


def tool(name: str) -> str | None:
    """An installed command: beside this interpreter (the virtualenv) or on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


# The machine


def _first_line(cmd: list[str]) -> str:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "not installed"
    return (done.stdout.strip().splitlines() or ["?"])[0]


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError:
        return ""


def _field(text: str, key: str, sep: str = ":") -> str:
    for line in text.splitlines():
        name, found, value = line.partition(sep)
        if found and name.strip() == key:
            return value.strip().strip('"')
    return "?"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> list[tuple[str, str]]:
    """What the figures were measured on."""
    memory_kb = _field(_read("/proc/meminfo"), "MemTotal").split()[0]
    gettext = _first_line(["msgmerge", "--version"]) if shutil.which("msgmerge") else None
    repo = str(WORKER.parents[2])
    commit = _first_line(["git", "-C", repo, "rev-parse", "--short", "HEAD"])
    clean = subprocess.run(["git", "-C", repo, "diff", "--quiet", "HEAD", "--", "workflow"])
    if clean.returncode:
        commit += " with uncommitted changes to workflow/"
    return [
        ("date", dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("CPU", _field(_read("/proc/cpuinfo"), "model name")),
        ("cores", str(os.cpu_count())),
        ("RAM", f"{int(memory_kb) / 1024 / 1024:.1f} GiB" if memory_kb.isdigit() else "?"),
        (
            "OS",
            f"{_field(_read('/etc/os-release'), 'PRETTY_NAME', '=')}, Linux {platform.release()}",
        ),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("GNU gettext", gettext or "not installed"),
        ("translate-toolkit", _version("translate-toolkit")),
        ("press", f"{_version('press-workflow')} at commit {commit}"),
        (
            "polib / pysbd / rapidfuzz",
            " / ".join(_version(p) for p in ("polib", "pysbd", "rapidfuzz")),
        ),
    ]
