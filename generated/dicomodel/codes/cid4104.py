"""CID 4104 Bolus Arrival Time Derivation Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.989.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4104
NAME: Final[str] = "Bolus Arrival Time Derivation Method"
KEYWORD: Final[str | None] = "BolusArrivalTimeDerivationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.989"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TemporalDerivativeExceedsThreshold: Final[Code] = Code(
    "DCM", "126373", "Temporal Derivative Exceeds Threshold", (4104,)
)
"""Temporal Derivative Exceeds Threshold (DCM 126373)."""

TimeOfPeakConcentration: Final[Code] = Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370)."""

TimeOfLeadingHalfPeakConcentration: Final[Code] = Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TemporalDerivativeExceedsThreshold,
    TimeOfPeakConcentration,
    TimeOfLeadingHalfPeakConcentration,
)
"""The resolved membership: own members, then those of the included groups, in order."""
