"""CID 6321 Prostate Cancer Diagnostic Procedure.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1378.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6321
NAME: Final[str] = "Prostate Cancer Diagnostic Procedure"
KEYWORD: Final[str | None] = "ProstateCancerDiagnosticProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.1378"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ProstateCancerAntigenMeasurement: Final[Code] = Code(
    "SCT", "63476009", "Prostate Cancer Antigen Measurement", (6321,)
)
"""Prostate Cancer Antigen Measurement (SCT 63476009)."""

DigitalExaminationOfRectum: Final[Code] = Code(
    "SCT", "410006001", "Digital Examination of Rectum", (6321,)
)
"""Digital Examination of Rectum (SCT 410006001)."""

MEMBERS: Final[tuple[Code, ...]] = (ProstateCancerAntigenMeasurement, DigitalExaminationOfRectum)
"""The resolved membership: own members, then those of the included groups, in order."""
