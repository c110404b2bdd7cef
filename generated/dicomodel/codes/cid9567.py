"""CID 9567 Machine Tolerance Violation Type.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1324.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9567
NAME: Final[str] = "Machine Tolerance Violation Type"
KEYWORD: Final[str | None] = "MachineToleranceViolationType"
UID: Final[str | None] = "1.2.840.10008.6.1.1324"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200624"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

JawPositionToleranceViolation: Final[Code] = Code(
    "DCM", "130471", "Jaw Position Tolerance Violation", (9567,)
)
"""Jaw Position Tolerance Violation (DCM 130471)."""

MLCPositionToleranceViolation: Final[Code] = Code(
    "DCM", "130472", "MLC Position Tolerance Violation", (9567,)
)
"""MLC Position Tolerance Violation (DCM 130472)."""

SourcePositionToleranceViolation: Final[Code] = Code(
    "DCM", "130473", "Source Position Tolerance Violation", (9567,)
)
"""Source Position Tolerance Violation (DCM 130473)."""

DoseRateToleranceViolation: Final[Code] = Code(
    "DCM", "130474", "Dose Rate Tolerance Violation", (9567,)
)
"""Dose Rate Tolerance Violation (DCM 130474)."""

MEMBERS: Final[tuple[Code, ...]] = (
    JawPositionToleranceViolation,
    MLCPositionToleranceViolation,
    SourcePositionToleranceViolation,
    DoseRateToleranceViolation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
