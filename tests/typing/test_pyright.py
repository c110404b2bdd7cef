"""pyright (strict), what VS Code's Pylance runs, on the same snippets as mypy.

``snippets/pass`` must draw no error; each line of ``snippets/fail`` marked ``# E:``
must draw one (containing the text of a ``# P: text`` marker, when the line has one),
and no other line may. Both installs are checked (see ``conftest.py``), and in the
wheel case the runtime and a sample of generated modules are checked in strict mode
too: the package itself must be clean.

pyright is a node program (``npm install -g pyright``, as ``.ci/run`` does).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tests.typing.conftest import SNIPPETS, expected_lines

Errors = dict[tuple[str, int], list[str]]

# The runtime, every package __init__ a user imports from, and the modules behind the
# README's and the snippets' names.
PACKAGE_SAMPLE = (
    "__init__.py",
    "model.py",
    "coded_item.py",
    "coding.py",
    "codes/__init__.py",
    "codes/cid4410.py",
    "enums/__init__.py",
    "enums/photometric_interpretation.py",
    "enums/mr_acquisition_type.py",
    "items/__init__.py",
    "iods/__init__.py",
    "iods/ct_image.py",
    "iods/segmentation.py",
    "modules/__init__.py",
    "modules/patient.py",
    # SR templates: the runtime a user meets and the modules of the snippets' TIDs.
    "codes/groups.pyi",
    "sr",
    "templates/__init__.py",
    "templates/tid1001.py",
    "templates/tid1002.py",
    "templates/tid1410.py",
    "templates/tid1411.py",
    "templates/tid1419.py",
    "templates/tid1500.py",
    "templates/tid1501.py",
    "templates/tid300.py",
    "templates/tid8300.py",
    "templates/tid8301.py",
    # The checkers' stubs: each package's classes in one file, module stubs re-export.
    # Not iods/__init__.pyi or codes/__init__.pyi: checked as files, both are "too
    # complex to analyze" for pyright (one scope of ~44,000 or ~90,000 declarations);
    # their names reach the snippets all the same.
    "items/__init__.pyi",
    "enums/__init__.pyi",
    "iods/ct_image.pyi",
    "items/code_sequence_item.pyi",
)


def _pyright() -> str:
    found = shutil.which("pyright")
    if found is None:
        pytest.fail("pyright is not installed (npm install -g pyright)", pytrace=False)
    return found


def _run_pyright(include: list[Path], folder: Path, extra_paths: list[Path]) -> Errors:
    config = {
        "include": [os.path.relpath(path, folder) for path in include],  # relative only
        "extraPaths": [str(path) for path in extra_paths],
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
    }
    (folder / "pyrightconfig.json").write_text(json.dumps(config))
    done = subprocess.run(
        [_pyright(), "--outputjson", "--pythonpath", sys.executable, "--project", str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(done.stdout)
    errors: Errors = defaultdict(list)
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1
            errors[(str(Path(diagnostic["file"])), line)].append(diagnostic["message"])
    return errors


@pytest.fixture(scope="session")
def pyright_wheel_errors(merged_install: Path, tmp_path_factory: pytest.TempPathFactory) -> Errors:
    folder = tmp_path_factory.mktemp("pyright-wheel")
    sample = [merged_install / "dicomodel" / name for name in PACKAGE_SAMPLE]
    return _run_pyright([*sample, SNIPPETS / "pass", SNIPPETS / "fail"], folder, [merged_install])


@pytest.fixture(scope="session")
def pyright_editable_errors(
    editable_install: None, tmp_path_factory: pytest.TempPathFactory
) -> Errors:
    folder = tmp_path_factory.mktemp("pyright-editable")
    return _run_pyright([SNIPPETS / "pass", SNIPPETS / "fail"], folder, [])


@pytest.fixture(params=["wheel", "editable"])
def errors(request: pytest.FixtureRequest) -> Errors:
    found: Errors = request.getfixturevalue(f"pyright_{request.param}_errors")
    return found


@pytest.mark.slow
def test_package_is_clean_in_strict_mode(
    pyright_wheel_errors: Errors, merged_install: Path
) -> None:
    in_package = {
        key: value
        for key, value in pyright_wheel_errors.items()
        if key[0].startswith(str(merged_install))
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
    # pyright's lines are those marked ``# P: text``; a snippet without one expects an
    # error on each line mypy's ``# E:`` marks.
    texts: dict[int, str | None] = {**expected_lines(snippet, "P")}
    marked = set(texts) or set(expected_lines(snippet, "E"))
    found = {line: messages for (path, line), messages in errors.items() if path == str(snippet)}
    for line in marked:
        assert found.get(line), (line, "no pyright error", found)
        text = texts.get(line)
        if text is not None:
            assert any(text in message for message in found[line]), (line, text, found)
    unexpected = {line: messages for line, messages in found.items() if line not in marked}
    assert not unexpected, unexpected
