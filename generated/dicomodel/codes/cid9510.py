"""CID 9510 Purpose of Reference For RT Treatment Planning Input.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1220.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9510
NAME: Final[str] = "Purpose of Reference For RT Treatment Planning Input"
KEYWORD: Final[str | None] = "PurposeOfReferenceForRTTreatmentPlanningInput"
UID: Final[str | None] = "1.2.840.10008.6.1.1220"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DiagnosticSourceImages: Final[Code] = Code(
    "DCM", "128181", "Diagnostic Source Images", (7010, 9509, 9510)
)
"""Diagnostic Source Images (DCM 128181)."""

SegmentationResult: Final[Code] = Code("DCM", "128182", "Segmentation Result", (7010, 9509, 9510))
"""Segmentation Result (DCM 128182)."""

RegistrationResult: Final[Code] = Code("DCM", "128183", "Registration Result", (7010, 9509, 9510))
"""Registration Result (DCM 128183)."""

RTPrescriptionResult: Final[Code] = Code("DCM", "128186", "RT Prescription Result", (7023, 9510))
"""RT Prescription Result (DCM 128186)."""

RTTreatmentPlanningInputImages: Final[Code] = Code(
    "DCM", "130137", "RT Treatment Planning Input Images", (9510,)
)
"""RT Treatment Planning Input Images (DCM 130137)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DiagnosticSourceImages,
    SegmentationResult,
    RegistrationResult,
    RTPrescriptionResult,
    RTTreatmentPlanningInputImages,
)
"""The resolved membership: own members, then those of the included groups, in order."""
