"""CID 4109 Model-Independent Dynamic Contrast Analysis Parameter.

Extensible, version 20150916, UID 1.2.840.10008.6.1.994.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4109
NAME: Final[str] = "Model-Independent Dynamic Contrast Analysis Parameter"
KEYWORD: Final[str | None] = "ModelIndependentDynamicContrastAnalysisParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.994"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150916"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IAUC: Final[Code] = Code("DCM", "126320", "IAUC", (4109,))
"""IAUC (DCM 126320)."""

IAUC60: Final[Code] = Code("DCM", "126321", "IAUC60", (4109,))
"""IAUC60 (DCM 126321)."""

IAUC90: Final[Code] = Code("DCM", "126322", "IAUC90", (4109,))
"""IAUC90 (DCM 126322)."""

IAUC180: Final[Code] = Code("DCM", "126323", "IAUC180", (4109,))
"""IAUC180 (DCM 126323)."""

IAUCBN: Final[Code] = Code("DCM", "126324", "IAUCBN", (4109,))
"""IAUCBN (DCM 126324)."""

IAUC60BN: Final[Code] = Code("DCM", "126325", "IAUC60BN", (4109,))
"""IAUC60BN (DCM 126325)."""

IAUC90BN: Final[Code] = Code("DCM", "126326", "IAUC90BN", (4109,))
"""IAUC90BN (DCM 126326)."""

IAUC180BN: Final[Code] = Code("DCM", "126327", "IAUC180BN", (4109,))
"""IAUC180BN (DCM 126327)."""

TimeOfPeakConcentration: Final[Code] = Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370)."""

TimeOfLeadingHalfPeakConcentration: Final[Code] = Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372)."""

BolusArrivalTime: Final[Code] = Code("DCM", "126371", "Bolus Arrival Time", (4109,))
"""Bolus Arrival Time (DCM 126371)."""

TimeToPeak: Final[Code] = Code("DCM", "113069", "Time To Peak", (4108, 4109))
"""Time To Peak (DCM 113069)."""

TemporalDerivativeThreshold: Final[Code] = Code(
    "DCM", "126374", "Temporal Derivative Threshold", (4109,)
)
"""Temporal Derivative Threshold (DCM 126374)."""

MaximumSlope: Final[Code] = Code("DCM", "126375", "Maximum Slope", (4109,))
"""Maximum Slope (DCM 126375)."""

MaximumDifference: Final[Code] = Code("DCM", "126376", "Maximum Difference", (4109,))
"""Maximum Difference (DCM 126376)."""

TracerConcentration: Final[Code] = Code("DCM", "126377", "Tracer Concentration", (4109,))
"""Tracer Concentration (DCM 126377)."""

MEMBERS: Final[tuple[Code, ...]] = (
    IAUC,
    IAUC60,
    IAUC90,
    IAUC180,
    IAUCBN,
    IAUC60BN,
    IAUC90BN,
    IAUC180BN,
    TimeOfPeakConcentration,
    TimeOfLeadingHalfPeakConcentration,
    BolusArrivalTime,
    TimeToPeak,
    TemporalDerivativeThreshold,
    MaximumSlope,
    MaximumDifference,
    TracerConcentration,
)
"""The resolved membership: own members, then those of the included groups, in order."""
