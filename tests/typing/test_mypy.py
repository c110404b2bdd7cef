"""mypy --strict on the generated package and on application snippets, in both installs.

``snippets/pass`` must type-check cleanly; every line of ``snippets/fail`` marked
``# E: text`` must draw an error containing ``text``, and nothing else may be
reported. The wheel case (the project installed into a folder of its own, see
``conftest.py``) also checks the whole installed package; the editable case checks
the snippets against the environment's editable install.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tests.typing.conftest import SNIPPETS, expected_lines

REPORTED = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")
Errors = dict[tuple[str, int], list[str]]


def _run_mypy(targets: list[Path], folder: Path, env: dict[str, str]) -> Errors:
    config = folder / "mypy.ini"
    config.write_text("[mypy]\n")  # not the checkout's settings (mypy_path = src)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-absolute-path",
         "--config-file", str(config), "--cache-dir", str(folder / ".mypy_cache"),
         *(str(target) for target in targets)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert not done.stderr.strip(), done.stderr
    errors: Errors = defaultdict(list)
    for line in done.stdout.splitlines():
        match = REPORTED.match(line)
        if match:
            errors[(match["path"], int(match["line"]))].append(match["message"])
    return errors


@pytest.fixture(scope="session")
def mypy_errors(merged_install: Path) -> Errors:
    """Every error of one mypy --strict run over the installed wheel and the snippets."""
    env = {**os.environ, "MYPYPATH": str(merged_install)}
    targets = [merged_install / "dicomodel", SNIPPETS / "pass", SNIPPETS / "fail"]
    return _run_mypy(targets, merged_install, env)


@pytest.fixture(scope="session")
def mypy_editable_errors(
    editable_install: None, tmp_path_factory: pytest.TempPathFactory
) -> Errors:
    """The snippets checked against the running environment's editable install."""
    env = {key: value for key, value in os.environ.items() if key != "MYPYPATH"}
    folder = tmp_path_factory.mktemp("mypy-editable")
    return _run_mypy([SNIPPETS / "pass", SNIPPETS / "fail"], folder, env)


@pytest.fixture(params=["wheel", "editable"])
def errors(request: pytest.FixtureRequest) -> Errors:
    name = "mypy_errors" if request.param == "wheel" else "mypy_editable_errors"
    found: Errors = request.getfixturevalue(name)
    return found


@pytest.mark.slow
def test_generated_package_is_strictly_typed(mypy_errors: Errors, merged_install: Path) -> None:
    in_package = {
        key: value for key, value in mypy_errors.items() if key[0].startswith(str(merged_install))
    }
    assert not in_package, list(in_package.items())[:10]


@pytest.mark.slow
@pytest.mark.parametrize("snippet", sorted((SNIPPETS / "pass").glob("*.py")), ids=lambda p: p.name)
def test_application_code_type_checks(snippet: Path, errors: Errors) -> None:
    found = {key: value for key, value in errors.items() if key[0] == str(snippet)}
    assert not found, found


@pytest.mark.slow
@pytest.mark.parametrize("snippet", sorted((SNIPPETS / "fail").glob("*.py")), ids=lambda p: p.name)
def test_misuse_is_caught(snippet: Path, errors: Errors) -> None:
    expected = expected_lines(snippet, "E")
    assert expected, f"{snippet.name} marks no expected error"
    found = {line: messages for (path, line), messages in errors.items() if path == str(snippet)}
    for line, text in expected.items():
        assert any(text in message for message in found.get(line, [])), (line, text, found)
    unexpected = {line: messages for line, messages in found.items() if line not in expected}
    assert not unexpected, unexpected


@pytest.mark.slow
def test_an_iod_and_codes_cost_few_modules(
    editable_install: None, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """mypy reads every module an ``__init__`` names (issue 15): ``from dicomodel.iods
    import CTImage`` reads the package stubs of ``iods``, ``items`` and ``enums``, not
    one module per IOD, item class and enum (about 1,700 before the stubs were merged)."""
    folder = tmp_path_factory.mktemp("mypy-modules")
    script = folder / "script.py"
    script.write_text(
        "from dicomodel import codes\nfrom dicomodel.iods import CTImage\n\n\n"
        "def rows(image: CTImage) -> int:\n    return image.Rows\n\n\n"
        "steroid = codes.cid4410.Steroid\n"
    )
    (folder / "mypy.ini").write_text("[mypy]\n")
    stats = folder / "timing.txt"
    env = {key: value for key, value in os.environ.items() if key != "MYPYPATH"}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini",
         "--cache-dir", str(folder / "cache"), "--timing-stats", str(stats), str(script)],
        cwd=folder, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout
    modules = [line.split()[0] for line in stats.read_text().splitlines() if line.strip()]
    ours = [name for name in modules if name.split(".")[0] == "dicomodel"]
    assert {"dicomodel.iods", "dicomodel.items", "dicomodel.enums", "dicomodel.codes"} <= set(ours)
    assert not [name for name in ours if name.startswith("dicomodel.iods.")]
    assert not [name for name in ours if name.startswith("dicomodel.items.")]
    assert len(ours) < 60, ours
    # dicomodel.coding names no pydicom.sr type: its concept dictionaries cost more than
    # all of dicomodel.iods
    assert not [name for name in modules if name.startswith("pydicom.sr")]
