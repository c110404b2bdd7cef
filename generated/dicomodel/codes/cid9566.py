"""CID 9566 Clinical Tolerance Violation Type.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1323.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9566
NAME: Final[str] = "Clinical Tolerance Violation Type"
KEYWORD: Final[str | None] = "ClinicalToleranceViolationType"
UID: Final[str | None] = "1.2.840.10008.6.1.1323"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200624"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BeamTargetingToleranceViolation: Final[Code] = Code(
    "DCM", "130468", "Beam Targeting Tolerance Violation", (9566,)
)
"""Beam Targeting Tolerance Violation (DCM 130468)."""

MetersetToleranceViolation: Final[Code] = Code(
    "DCM", "130469", "Meterset Tolerance Violation", (9566,)
)
"""Meterset Tolerance Violation (DCM 130469)."""

DeliveryRateToleranceViolation: Final[Code] = Code(
    "DCM", "130470", "Delivery Rate Tolerance Violation", (9566,)
)
"""Delivery Rate Tolerance Violation (DCM 130470)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BeamTargetingToleranceViolation,
    MetersetToleranceViolation,
    DeliveryRateToleranceViolation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
