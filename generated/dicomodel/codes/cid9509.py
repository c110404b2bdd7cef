"""CID 9509 Purpose of Reference For RT Physician Intent Input.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1219.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9509
NAME: Final[str] = "Purpose of Reference For RT Physician Intent Input"
KEYWORD: Final[str | None] = "PurposeOfReferenceForRTPhysicianIntentInput"
UID: Final[str | None] = "1.2.840.10008.6.1.1219"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HistoricalRTPrescription: Final[Code] = Code("DCM", "130135", "Historical RT Prescription", (9509,))
"""Historical RT Prescription (DCM 130135)."""

DiagnosticSourceImages: Final[Code] = Code(
    "DCM", "128181", "Diagnostic Source Images", (7010, 9509, 9510)
)
"""Diagnostic Source Images (DCM 128181)."""

SegmentationResult: Final[Code] = Code("DCM", "128182", "Segmentation Result", (7010, 9509, 9510))
"""Segmentation Result (DCM 128182)."""

RegistrationResult: Final[Code] = Code("DCM", "128183", "Registration Result", (7010, 9509, 9510))
"""Registration Result (DCM 128183)."""

RTPrescriptionInputImages: Final[Code] = Code(
    "DCM", "130136", "RT Prescription Input Images", (9509,)
)
"""RT Prescription Input Images (DCM 130136)."""

RelevantDiagnosticTestsAndOrLaboratoryData: Final[Code] = Code(
    "LN", "30954-2", "Relevant Diagnostic Tests and/or Laboratory Data", (9509,)
)
"""Relevant Diagnostic Tests and/or Laboratory Data (LN 30954-2)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HistoricalRTPrescription,
    DiagnosticSourceImages,
    SegmentationResult,
    RegistrationResult,
    RTPrescriptionInputImages,
    RelevantDiagnosticTestsAndOrLaboratoryData,
)
"""The resolved membership: own members, then those of the included groups, in order."""
