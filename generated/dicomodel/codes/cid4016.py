"""CID 4016 Anatomic Region for Intra-oral Radiography.

Non-extensible, version 20150318, UID 1.2.840.10008.6.1.300.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4016
NAME: Final[str] = "Anatomic Region for Intra-oral Radiography"
KEYWORD: Final[str | None] = "AnatomicRegionForIntraoralRadiography"
UID: Final[str | None] = "1.2.840.10008.6.1.300"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20150318"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

JawRegion: Final[Code] = Code("SCT", "661005", "Jaw region", (4016, 4028, 4031, 7304))
"""Jaw region (SCT 661005)."""

Maxilla: Final[Code] = Code("SCT", "70925003", "Maxilla", (4016, 4028, 4031, 7304))
"""Maxilla (SCT 70925003)."""

Mandible: Final[Code] = Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

TeethGumsAndSupportingStructures: Final[Code] = Code(
    "SCT", "28035005", "Teeth, gums and supporting structures", (4016,)
)
"""Teeth, gums and supporting structures (SCT 28035005)."""

MEMBERS: Final[tuple[Code, ...]] = (JawRegion, Maxilla, Mandible, TeethGumsAndSupportingStructures)
"""The resolved membership: own members, then those of the included groups, in order."""
