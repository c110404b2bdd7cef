"""The two installs a user's checker meets: an installed wheel and an editable install.

mypy cannot merge a package split over two folders (``src/dicomodel`` and
``generated/dicomodel``) given as source paths, so the wheel case is a real install
of the project into a temporary folder. The editable case is the environment the
tests run in when it is an editable install of this checkout (``pip install -e``, as
``nox -s tests`` makes it): both halves then reach the checkers through the ``.pth``
file, each with its own ``py.typed``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SNIPPETS = Path(__file__).parent / "snippets"


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


def editable_checkout() -> Path | None:
    """The checkout the running environment has installed editable, if any."""
    try:
        text = metadata.distribution("dicomodel").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    if not text:
        return None
    found = json.loads(text)
    if not found.get("dir_info", {}).get("editable"):
        return None
    url: str = found.get("url", "")
    return Path(url.removeprefix("file://")).resolve()


@pytest.fixture(scope="session")
def editable_install() -> None:
    """Fails unless the tests run in an editable install of this checkout."""
    where = editable_checkout()
    if where != REPO_ROOT:
        pytest.fail(
            f"the typing tests of an editable install need this checkout ({REPO_ROOT}) "
            f"installed with pip install -e; the environment has {where}",
            pytrace=False,
        )


def expected_lines(snippet: Path, marker: str) -> dict[int, str]:
    """Line -> the text the error on it must contain (``# E: text``; ``marker`` ``E``)."""
    import re

    pattern = re.compile(rf"#\s*{marker}:\s*(.+?)(?:\s+#\s*[A-Z]:.*)?$")
    found: dict[int, str] = {}
    for number, text in enumerate(snippet.read_text().splitlines(), start=1):
        match = pattern.search(text)
        if match:
            found[number] = match.group(1).strip()
    return found
