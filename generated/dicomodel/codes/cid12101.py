"""CID 12101 Vascular Summary.

Extensible, version 20030327, UID 1.2.840.10008.6.1.568.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12101
NAME: Final[str] = "Vascular Summary"
KEYWORD: Final[str | None] = "VascularSummary"
UID: Final[str | None] = "1.2.840.10008.6.1.568"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Comment: Final[Code] = Code("DCM", "121106", "Comment", (12101,))
"""Comment (DCM 121106)."""

MEMBERS: Final[tuple[Code, ...]] = (Comment,)
"""The resolved membership: own members, then those of the included groups, in order."""
