"""CID 6110 Lung Anatomy Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.430.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6110
NAME: Final[str] = "Lung Anatomy Finding or Feature"
KEYWORD: Final[str | None] = "LungAnatomyFindingOrFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.430"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LobeOfLung: Final[Code] = Code("SCT", "31094006", "Lobe of lung", (6110,))
"""Lobe of lung (SCT 31094006)."""

MidlungWindow: Final[Code] = Code("DCM", "112085", "Midlung window", (6110,))
"""Midlung window (DCM 112085)."""

SecondaryPulmonaryLobule: Final[Code] = Code("DCM", "112054", "Secondary pulmonary lobule", (6110,))
"""Secondary pulmonary lobule (DCM 112054)."""

SegmentOfLung: Final[Code] = Code("SCT", "72674008", "Segment of lung", (6110,))
"""Segment of lung (SCT 72674008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LobeOfLung,
    MidlungWindow,
    SecondaryPulmonaryLobule,
    SegmentOfLung,
)
"""The resolved membership: own members, then those of the included groups, in order."""
