"""CID 12294 Cardiac Ultrasound Pericardium and Pleura Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.874.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12294
NAME: Final[str] = "Cardiac Ultrasound Pericardium and Pleura Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundPericardiumAndPleuraFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.874"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Pericardium: Final[Code] = Code("SCT", "76848001", "Pericardium", (7152, 12294))
"""Pericardium (SCT 76848001)."""

Pleura: Final[Code] = Code("SCT", "3120008", "Pleura", (6100, 6129, 7155, 12294))
"""Pleura (SCT 3120008)."""

LeftPleura: Final[Code] = Code("SCT", "53727004", "Left Pleura", (12294,))
"""Left Pleura (SCT 53727004)."""

RightPleura: Final[Code] = Code("SCT", "44788007", "Right Pleura", (12294,))
"""Right Pleura (SCT 44788007)."""

MEMBERS: Final[tuple[Code, ...]] = (Pericardium, Pleura, LeftPleura, RightPleura)
"""The resolved membership: own members, then those of the included groups, in order."""
