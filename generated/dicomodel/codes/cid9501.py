"""CID 9501 Prescription Anatomy Category.

Extensible, version 20191110, UID 1.2.840.10008.6.1.1211.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9501
NAME: Final[str] = "Prescription Anatomy Category"
KEYWORD: Final[str | None] = "PrescriptionAnatomyCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1211"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20191110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnatomicalStructure: Final[Code] = Code("SCT", "91723000", "Anatomical Structure", (7150, 9501))
"""Anatomical Structure (SCT 91723000)."""

ExternalBodyModel: Final[Code] = Code("DCM", "130047", "External Body Model", (9501, 9580))
"""External Body Model (DCM 130047)."""

PhysicalObject: Final[Code] = Code("SCT", "260787004", "Physical object", (7150, 9501))
"""Physical object (SCT 260787004)."""

NonSpecificVolume: Final[Code] = Code("DCM", "130046", "Non-specific Volume", (9501, 9580))
"""Non-specific Volume (DCM 130046)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnatomicalStructure,
    ExternalBodyModel,
    PhysicalObject,
    NonSpecificVolume,
)
"""The resolved membership: own members, then those of the included groups, in order."""
