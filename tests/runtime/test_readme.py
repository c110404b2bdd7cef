"""The README's examples run: every ``python`` block of the sections named here."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO_ROOT

SECTIONS = ("Using the package", "Reading and writing")
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _blocks(section: str) -> list[str]:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {section}\n")
    end = text.find("\n## ", start + 1)
    return BLOCK.findall(text[start : end if end != -1 else None])


@pytest.mark.parametrize("section", SECTIONS)
def test_readme_examples_run(section: str) -> None:
    blocks = _blocks(section)
    assert blocks, f"README section {section!r} has no python example"
    for block in blocks:
        exec(compile(block, f"README.md ({section})", "exec"), {"__name__": "readme"})
