"""CID 1200 Contraindications For CT Imaging.

Extensible, version 20210328, UID 1.2.840.10008.6.1.1131.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 1200
NAME: Final[str] = "Contraindications For CT Imaging"
KEYWORD: Final[str | None] = "ContraindicationsForCTImaging"
UID: Final[str | None] = "1.2.840.10008.6.1.1131"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210328"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ContrastMediaAllergy: Final[Code] = Code("SCT", "293637006", "Contrast Media Allergy", (1200, 1201))
"""Contrast Media Allergy (SCT 293637006)."""

PatientCurrentlyPregnant: Final[Code] = Code(
    "SCT", "77386006", "Patient currently pregnant", (1200, 1201, 6096)
)
"""Patient currently pregnant (SCT 77386006)."""

ImpairedRenalFunction: Final[Code] = Code(
    "SCT", "236423003", "Impaired Renal Function", (1200, 1201)
)
"""Impaired Renal Function (SCT 236423003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ContrastMediaAllergy,
    PatientCurrentlyPregnant,
    ImpairedRenalFunction,
)
"""The resolved membership: own members, then those of the included groups, in order."""
