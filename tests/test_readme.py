"""The README's Python API script runs as it is shown, and does what the README says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from workflow.export.bundle import default_formats

README = Path(__file__).resolve().parent.parent / "README.md"


def _script() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- python-api -->\n```python\n(.*?)```", text, re.DOTALL)
    assert match, "README has no Python API script"
    return match.group(1)


def test_the_python_api_script_runs(tmp_path):
    script = tmp_path / "api.py"
    script.write_text(_script(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PRESS_USER", "PRESS_ROOT")}
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}-kazakh-language-club-opens-\S+: 4 units", lines[0])
    release_id = lines[0].split(":")[0]
    assert lines[1] == "pushed: {'translated': 4}"
    assert lines[2].startswith("state: translating {'total': 4, 'untranslated': 0")
    assert lines[3].startswith("refused: release ") and "not approved" in lines[3]
    files = [
        f"{release_id}.{lang}.{fmt}" for lang in ("en", "kk", "ru") for fmt in default_formats()
    ]
    assert lines[4] == "exported: " + " ".join(sorted([*files, "index.html", "manifest.json"]))
    kk = tmp_path / "office" / "exports" / release_id / f"{release_id}.kk.html"
    assert "Қарағанды Достық үйінде қазақ тілі клубы ашылды" in kk.read_text(encoding="utf-8")
    journal = tmp_path / "office" / "releases" / release_id / "journal.jsonl"
    assert [line.count('"who": "asel"') for line in journal.read_text().splitlines()] == [1, 1]
