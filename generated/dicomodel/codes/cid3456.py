"""CID 3456 Sub-segment Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.102.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3456
NAME: Final[str] = "Sub-segment Method"
KEYWORD: Final[str | None] = "SubsegmentMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.102"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EquidistantMethod: Final[Code] = Code("DCM", "122574", "Equidistant method", (3456,))
"""Equidistant method (DCM 122574)."""

UserSelectedMethod: Final[Code] = Code("DCM", "122575", "User selected method", (3456,))
"""User selected method (DCM 122575)."""

MEMBERS: Final[tuple[Code, ...]] = (EquidistantMethod, UserSelectedMethod)
"""The resolved membership: own members, then those of the included groups, in order."""
