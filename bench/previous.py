"""Run code against the selection engine as it was before the fitted model (for side-by-side
figures): the package at PREVIOUS is extracted with `git archive` into a temporary folder and
a snippet runs there in a subprocess, printing JSON."""

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The last commit of the engine that treated programs as independent coin tosses.
PREVIOUS = "01144f10e8ed32b6a505d8102c982ddd8c714eb8"


def run_previous(snippet: str) -> object:
    """Run `snippet` (which prints one JSON value) with the previous engine importable."""
    archive = subprocess.run(
        ["git", "archive", PREVIOUS, "src/matchwise/__init__.py", "src/matchwise/selection"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        done = subprocess.run(
            [sys.executable, "-c", snippet],
            cwd=folder,
            env={"PYTHONPATH": str(Path(folder) / "src"), "PATH": "/usr/bin:/bin"},
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(done.stdout)
