"""CID 9267 Patient Positioning Related Object Purposes.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1466.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9267
NAME: Final[str] = "Patient Positioning Related Object Purposes"
KEYWORD: Final[str | None] = "PatientPositioningRelatedObjectPurposes"
UID: Final[str | None] = "1.2.840.10008.6.1.1466"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221225"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTPatientPositioningReferenceImage: Final[Code] = Code(
    "DCM", "130790", "RT Patient Positioning Reference Image", (9267,)
)
"""RT Patient Positioning Reference Image (DCM 130790)."""

MEMBERS: Final[tuple[Code, ...]] = (RTPatientPositioningReferenceImage,)
"""The resolved membership: own members, then those of the included groups, in order."""
