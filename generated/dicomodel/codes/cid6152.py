"""CID 6152 Orientation.

Extensible, version 20050822, UID 1.2.840.10008.6.1.467.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6152
NAME: Final[str] = "Orientation"
KEYWORD: Final[str | None] = "Orientation"
UID: Final[str | None] = "1.2.840.10008.6.1.467"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Parallel: Final[Code] = Code("DCM", "111355", "Parallel", (6152,))
"""Parallel (DCM 111355)."""

NotParallel: Final[Code] = Code("DCM", "111356", "Not parallel", (6152,))
"""Not parallel (DCM 111356)."""

MEMBERS: Final[tuple[Code, ...]] = (Parallel, NotParallel)
"""The resolved membership: own members, then those of the included groups, in order."""
