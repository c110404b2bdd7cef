"""Shared fixtures: where the offline mirror of the standard lives.

Tests read the real standard from ``../shared/standard`` beside the checkout (or
from ``$DICOMODEL_STANDARD``). When it is absent they fail and say so; they are
never skipped silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-snapshots``: rewrite tests/snapshots from the current output."""
    parser.addoption("--update-snapshots", action="store_true", default=False)


def _standard_root() -> Path:
    override = os.environ.get("DICOMODEL_STANDARD")
    if override:
        return Path(override)
    return REPO_ROOT.parent / "shared" / "standard"


@pytest.fixture(scope="session")
def standard_root() -> Path:
    """``shared/standard``: README, ``dicom/`` mirror, ``excerpts/``, ``supplements/``."""
    root = _standard_root()
    if not (root / "dicom").is_dir():
        pytest.fail(
            f"the offline mirror of the DICOM standard is missing: expected {root}/dicom "
            "(clone the project beside ../shared, or set DICOMODEL_STANDARD)",
            pytrace=False,
        )
    return root


@pytest.fixture(scope="session")
def mirror_root(standard_root: Path) -> Path:
    """The publisher-layout mirror: ``<edition>/source/docbook/partNN/partNN.xml`` etc."""
    return standard_root / "dicom"
