"""CID 3832 Stenosis Grade.

Extensible, version 20051103, UID 1.2.840.10008.6.1.283.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3832
NAME: Final[str] = "Stenosis Grade"
KEYWORD: Final[str | None] = "StenosisGrade"
UID: Final[str | None] = "1.2.840.10008.6.1.283"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Severe: Final[Code] = Code("SCT", "24484000", "severe", (3716, 3832, 6130))
"""severe (SCT 24484000)."""

Moderate: Final[Code] = Code("SCT", "6736007", "moderate", (3716, 3832, 6130))
"""moderate (SCT 6736007)."""

Mild: Final[Code] = Code("SCT", "255604002", "mild", (3716, 3832, 6130))
"""mild (SCT 255604002)."""

MEMBERS: Final[tuple[Code, ...]] = (Severe, Moderate, Mild)
"""The resolved membership: own members, then those of the included groups, in order."""
