"""The real 2024c + Sup 243 build (shared with the overlay tests) and its vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.conditions import Vocabulary, vocabulary
from generator.ir.standard import Standard
from tests.generator.overlays import builds


@pytest.fixture(scope="session")
def build(mirror_root: Path) -> Standard:
    """2024c with Sup 243, rules attached (as ``dicomodel-gen generate`` builds it)."""
    return builds.standard(mirror_root, ("sup243",))


@pytest.fixture(scope="session")
def names(build: Standard) -> Vocabulary:
    """What the conditions of that build may name."""
    return vocabulary(build)
