"""CID 4017 Anatomic Region Modifier for Intra-oral Radiography.

Non-extensible, version 20150318, UID 1.2.840.10008.6.1.301.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4017
NAME: Final[str] = "Anatomic Region Modifier for Intra-oral Radiography"
KEYWORD: Final[str | None] = "AnatomicRegionModifierForIntraoralRadiography"
UID: Final[str | None] = "1.2.840.10008.6.1.301"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20150318"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CentralIncisorRegion: Final[Code] = Code("SCT", "699453001", "Central incisor region", (4017,))
"""Central incisor region (SCT 699453001)."""

LateralIncisorRegion: Final[Code] = Code("SCT", "699511000", "Lateral incisor region", (4017,))
"""Lateral incisor region (SCT 699511000)."""

CanineRegion: Final[Code] = Code("SCT", "699510004", "Canine region", (4017,))
"""Canine region (SCT 699510004)."""

FirstPremolarRegion: Final[Code] = Code("SCT", "699509009", "First premolar region", (4017,))
"""First premolar region (SCT 699509009)."""

SecondPremolarRegion: Final[Code] = Code("SCT", "699508001", "Second premolar region", (4017,))
"""Second premolar region (SCT 699508001)."""

FirstMolarRegion: Final[Code] = Code("SCT", "699507006", "First molar region", (4017,))
"""First molar region (SCT 699507006)."""

SecondMolarRegion: Final[Code] = Code("SCT", "699505003", "Second molar region", (4017,))
"""Second molar region (SCT 699505003)."""

ThirdMolarRegion: Final[Code] = Code("SCT", "699503005", "Third molar region", (4017,))
"""Third molar region (SCT 699503005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CentralIncisorRegion,
    LateralIncisorRegion,
    CanineRegion,
    FirstPremolarRegion,
    SecondPremolarRegion,
    FirstMolarRegion,
    SecondMolarRegion,
    ThirdMolarRegion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
