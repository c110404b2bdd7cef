"""CID 3016 Major Coronary Artery.

Extensible, version 20221201, UID 1.2.840.10008.6.1.736.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3016
NAME: Final[str] = "Major Coronary Artery"
KEYWORD: Final[str | None] = "MajorCoronaryArtery"
UID: Final[str | None] = "1.2.840.10008.6.1.736"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221201"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftAnteriorDescendingCoronaryArtery: Final[Code] = Code(
    "SCT", "59438005", "Left Anterior Descending Coronary Artery", (3016, 12292)
)
"""Left Anterior Descending Coronary Artery (SCT 59438005)."""

RightCoronaryArtery: Final[Code] = Code("SCT", "13647002", "Right Coronary Artery", (3016, 12292))
"""Right Coronary Artery (SCT 13647002)."""

CircumflexCoronaryArtery: Final[Code] = Code(
    "SCT", "57396003", "Circumflex Coronary Artery", (3016, 12292)
)
"""Circumflex Coronary Artery (SCT 57396003)."""

LeftCoronaryArtery: Final[Code] = Code("SCT", "50018008", "Left Coronary Artery", (3016,))
"""Left Coronary Artery (SCT 50018008)."""

LeftMainCoronaryArtery: Final[Code] = Code(
    "SCT", "3227004", "Left Main Coronary Artery", (3014, 3016, 12292)
)
"""Left Main Coronary Artery (SCT 3227004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftAnteriorDescendingCoronaryArtery,
    RightCoronaryArtery,
    CircumflexCoronaryArtery,
    LeftCoronaryArtery,
    LeftMainCoronaryArtery,
)
"""The resolved membership: own members, then those of the included groups, in order."""
