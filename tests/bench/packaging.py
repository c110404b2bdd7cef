"""What ``pip install dicomodel`` brings: the runtime dependencies it declares."""

from __future__ import annotations

import re
from importlib.metadata import requires
from typing import Any

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


def runtime_dependencies() -> dict[str, dict[str, Any]]:
    """The installed distribution's requirements without an ``extra`` marker (issue 16)."""
    names = sorted(
        match.group(0)
        for requirement in requires("dicomodel") or []
        if "extra ==" not in requirement and (match := _NAME.match(requirement))
    )
    return {
        "runtime_dependencies": {
            "count": len(names),
            "names": ", ".join(names),
            "target": "pydantic, pydicom",
        }
    }
