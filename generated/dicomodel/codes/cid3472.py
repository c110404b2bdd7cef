"""CID 3472 Cardiac Contraction Phase.

Extensible, version 20071031, UID 1.2.840.10008.6.1.114.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3472
NAME: Final[str] = "Cardiac Contraction Phase"
KEYWORD: Final[str | None] = "CardiacContractionPhase"
UID: Final[str | None] = "1.2.840.10008.6.1.114"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20071031"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Systolic: Final[Code] = Code("SCT", "111973004", "Systolic", (3472, 12233, 12307))
"""Systolic (SCT 111973004)."""

Diastolic: Final[Code] = Code("SCT", "90892000", "Diastolic", (3472, 12233, 12307))
"""Diastolic (SCT 90892000)."""

MEMBERS: Final[tuple[Code, ...]] = (Systolic, Diastolic)
"""The resolved membership: own members, then those of the included groups, in order."""
