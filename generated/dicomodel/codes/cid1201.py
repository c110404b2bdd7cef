"""CID 1201 Contraindications For XA Imaging.

Extensible, version 20210328, UID 1.2.840.10008.6.1.1360.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 1201
NAME: Final[str] = "Contraindications For XA Imaging"
KEYWORD: Final[str | None] = "ContraindicationsForXAImaging"
UID: Final[str | None] = "1.2.840.10008.6.1.1360"
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

BloodCoagulationDisorders: Final[Code] = Code(
    "SCT", "64779008", "Blood Coagulation Disorders", (1201,)
)
"""Blood Coagulation Disorders (SCT 64779008)."""

CardiacArrhythmia: Final[Code] = Code("SCT", "698247007", "Cardiac Arrhythmia", (60, 1201, 3700))
"""Cardiac Arrhythmia (SCT 698247007)."""

Sepsis: Final[Code] = Code("SCT", "91302008", "Sepsis", (1201,))
"""Sepsis (SCT 91302008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ContrastMediaAllergy,
    PatientCurrentlyPregnant,
    ImpairedRenalFunction,
    BloodCoagulationDisorders,
    CardiacArrhythmia,
    Sepsis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
