"""mypy --strict on the generated package and on application snippets.

mypy cannot merge a package split over two folders (``src/dicomodel`` and
``generated/dicomodel``), so the checks run against a real install of the
project into a temporary folder: what a user's checker sees.

``snippets/pass`` must type-check cleanly; every line of ``snippets/fail``
marked ``# E: text`` must draw an error containing ``text``, and nothing else
may be reported.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SNIPPETS = Path(__file__).parent / "snippets"
EXPECTED = re.compile(r"#\s*E:\s*(.+)$")
REPORTED = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")


@pytest.fixture(scope="session")
def merged_install(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project installed (not editable) into a folder of its own."""
    target = tmp_path_factory.mktemp("merged")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(REPO_ROOT)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return target


@pytest.fixture(scope="session")
def mypy_errors(merged_install: Path) -> dict[tuple[str, int], list[str]]:
    """Every error of one mypy --strict run, by (file, line)."""
    env = {**os.environ, "MYPYPATH": str(merged_install)}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-absolute-path",
         "--cache-dir", str(merged_install / ".mypy_cache"), str(merged_install / "dicomodel"),
         str(SNIPPETS / "pass"), str(SNIPPETS / "fail")],
        cwd=merged_install,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert not done.stderr.strip(), done.stderr
    errors: dict[tuple[str, int], list[str]] = defaultdict(list)
    for line in done.stdout.splitlines():
        match = REPORTED.match(line)
        if match:
            key = (match["path"], int(match["line"]))
            errors[key].append(match["message"])
    return errors


def _expected(snippet: Path) -> dict[int, str]:
    return {
        number: match.group(1).strip()
        for number, text in enumerate(snippet.read_text().splitlines(), start=1)
        if (match := EXPECTED.search(text))
    }


@pytest.mark.slow
def test_generated_package_is_strictly_typed(
    mypy_errors: dict[tuple[str, int], list[str]], merged_install: Path
) -> None:
    in_package = {
        key: value for key, value in mypy_errors.items() if key[0].startswith(str(merged_install))
    }
    assert not in_package, list(in_package.items())[:10]


@pytest.mark.slow
@pytest.mark.parametrize("snippet", sorted((SNIPPETS / "pass").glob("*.py")), ids=lambda p: p.name)
def test_application_code_type_checks(
    snippet: Path, mypy_errors: dict[tuple[str, int], list[str]]
) -> None:
    found = {key: value for key, value in mypy_errors.items() if key[0] == str(snippet)}
    assert not found, found


@pytest.mark.slow
@pytest.mark.parametrize("snippet", sorted((SNIPPETS / "fail").glob("*.py")), ids=lambda p: p.name)
def test_misuse_is_caught(snippet: Path, mypy_errors: dict[tuple[str, int], list[str]]) -> None:
    expected = _expected(snippet)
    assert expected, f"{snippet.name} marks no expected error"
    found = {
        line: messages for (path, line), messages in mypy_errors.items() if path == str(snippet)
    }
    for line, text in expected.items():
        assert any(text in message for message in found.get(line, [])), (line, text, found)
    unexpected = {line: messages for line, messages in found.items() if line not in expected}
    assert not unexpected, unexpected
