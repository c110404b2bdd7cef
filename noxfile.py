"""Developer sessions: generate, tests, lint, typecheck, bench.

Quick start on a fresh machine (Python 3.11+ and pip only)::

    pip install nox && nox -s generate
    nox -s tests lint typecheck
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
OFFLINE_MIRROR = ROOT.parent / "shared" / "standard" / "dicom"


def _mirror_env() -> dict[str, str]:
    """Use the offline mirror beside the checkout when there is one and none is set."""
    if "DICOMODEL_MIRROR" not in os.environ and OFFLINE_MIRROR.is_dir():
        return {"DICOMODEL_MIRROR": str(OFFLINE_MIRROR)}
    return {}


@nox.session(python=None)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from the default source and print a summary."""
    session.install("-e", ".[gen]")
    session.run("dicomodel-gen", "generate", *session.posargs, env=_mirror_env())


@nox.session(python=None)
def tests(session: nox.Session) -> None:
    """Run every test; pass pytest arguments after ``--``.

    The install is editable, as the typing tests need (tests/typing checks snippets
    against it and against a wheel); pyright comes from npm (``.ci/run``).
    """
    session.install("-e", ".[test]")
    session.run("pyright", "--version", external=True)
    session.run("pytest", *session.posargs, env=_mirror_env())


@nox.session(python=None)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("-e", ".[lint]")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=None)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on src/ and generator/."""
    session.install("-e", ".[typecheck]")
    session.run("mypy", "src", "generator")


@nox.session(python=None)
def bench(session: nox.Session) -> None:
    """Benchmarks (generation, import, serialization, mypy cold) against pydicom/highdicom."""
    session.install("-e", ".[bench,typecheck]")
    session.run("python", "-m", "tests.bench", *session.posargs, env=_mirror_env())
