"""CID 4109 Model-Independent Dynamic Contrast Analysis Parameter.

Extensible, version 20150916, UID 1.2.840.10008.6.1.994.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4109
NAME: _Final[str] = "Model-Independent Dynamic Contrast Analysis Parameter"
KEYWORD: _Final[str | None] = "ModelIndependentDynamicContrastAnalysisParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.994"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150916"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IAUC: _Final[_Code] = _Code("DCM", "126320", "IAUC", (4109,))
"""IAUC (DCM 126320)."""

IAUC60: _Final[_Code] = _Code("DCM", "126321", "IAUC60", (4109,))
"""IAUC60 (DCM 126321)."""

IAUC90: _Final[_Code] = _Code("DCM", "126322", "IAUC90", (4109,))
"""IAUC90 (DCM 126322)."""

IAUC180: _Final[_Code] = _Code("DCM", "126323", "IAUC180", (4109,))
"""IAUC180 (DCM 126323)."""

IAUCBN: _Final[_Code] = _Code("DCM", "126324", "IAUCBN", (4109,))
"""IAUCBN (DCM 126324)."""

IAUC60BN: _Final[_Code] = _Code("DCM", "126325", "IAUC60BN", (4109,))
"""IAUC60BN (DCM 126325)."""

IAUC90BN: _Final[_Code] = _Code("DCM", "126326", "IAUC90BN", (4109,))
"""IAUC90BN (DCM 126326)."""

IAUC180BN: _Final[_Code] = _Code("DCM", "126327", "IAUC180BN", (4109,))
"""IAUC180BN (DCM 126327)."""

TimeOfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370)."""

TimeOfLeadingHalfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372)."""

BolusArrivalTime: _Final[_Code] = _Code("DCM", "126371", "Bolus Arrival Time", (4109,))
"""Bolus Arrival Time (DCM 126371)."""

TimeToPeak: _Final[_Code] = _Code("DCM", "113069", "Time To Peak", (4108, 4109))
"""Time To Peak (DCM 113069)."""

TemporalDerivativeThreshold: _Final[_Code] = _Code(
    "DCM", "126374", "Temporal Derivative Threshold", (4109,)
)
"""Temporal Derivative Threshold (DCM 126374)."""

MaximumSlope: _Final[_Code] = _Code("DCM", "126375", "Maximum Slope", (4109,))
"""Maximum Slope (DCM 126375)."""

MaximumDifference: _Final[_Code] = _Code("DCM", "126376", "Maximum Difference", (4109,))
"""Maximum Difference (DCM 126376)."""

TracerConcentration: _Final[_Code] = _Code("DCM", "126377", "Tracer Concentration", (4109,))
"""Tracer Concentration (DCM 126377)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
