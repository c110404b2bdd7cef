"""CID 3611 Pressure Measurement.

Extensible, version 20050322, UID 1.2.840.10008.6.1.161.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3611
NAME: _Final[str] = "Pressure Measurement"
KEYWORD: _Final[str | None] = "PressureMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.161"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050322"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AWavePeakPressure: _Final[_Code] = _Code("DCM", "109016", "A wave peak pressure", (3337, 3611))
"""A wave peak pressure (DCM 109016)."""

CWavePressure: _Final[_Code] = _Code("DCM", "122196", "C wave pressure", (3611,))
"""C wave pressure (DCM 122196)."""

IntravascularDiastolicBloodPressure: _Final[_Code] = _Code(
    "LN", "8462-4", "Intravascular diastolic blood pressure", (3611,)
)
"""Intravascular diastolic blood pressure (LN 8462-4)."""

AverageDiastolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314453003", "Average diastolic blood pressure", (3337, 3611)
)
"""Average diastolic blood pressure (SCT 314453003)."""

MinimumDiastolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314451001", "Minimum diastolic blood pressure", (3337, 3611)
)
"""Minimum diastolic blood pressure (SCT 314451001)."""

VentricularEndDiastolicPressure: _Final[_Code] = _Code(
    "DCM", "122191", "Ventricular End Diastolic pressure", (3611,)
)
"""Ventricular End Diastolic pressure (DCM 122191)."""

GradientPressureAverage: _Final[_Code] = _Code(
    "DCM", "122197", "Gradient pressure, average", (3611,)
)
"""Gradient pressure, average (DCM 122197)."""

GradientPressurePeak: _Final[_Code] = _Code("DCM", "122198", "Gradient pressure, peak", (3611,))
"""Gradient pressure, peak (DCM 122198)."""

MeanBloodPressure: _Final[_Code] = _Code(
    "SCT", "6797001", "Mean blood pressure", (3337, 3611, 12304)
)
"""Mean blood pressure (SCT 6797001)."""

PressureAtDpDtMax: _Final[_Code] = _Code("DCM", "122199", "Pressure at dp/dt max", (3611,))
"""Pressure at dp/dt max (DCM 122199)."""

IntravascularSystolicBloodPressure: _Final[_Code] = _Code(
    "LN", "8480-6", "Intravascular Systolic Blood pressure", (3611,)
)
"""Intravascular Systolic Blood pressure (LN 8480-6)."""

AverageSystolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314440001", "Average systolic blood pressure", (3337, 3611)
)
"""Average systolic blood pressure (SCT 314440001)."""

MaximumSystolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314439003", "Maximum systolic blood pressure", (3337, 3611)
)
"""Maximum systolic blood pressure (SCT 314439003)."""

VWavePeakPressure: _Final[_Code] = _Code("DCM", "109034", "V wave peak pressure", (3337, 3611))
"""V wave peak pressure (DCM 109034)."""

XDescentPressure: _Final[_Code] = _Code("DCM", "122208", "x-descent pressure", (3611,))
"""x-descent pressure (DCM 122208)."""

YDescentPressure: _Final[_Code] = _Code("DCM", "122209", "y-descent pressure", (3611,))
"""y-descent pressure (DCM 122209)."""

ZPointPressure: _Final[_Code] = _Code("DCM", "122210", "z-point pressure", (3611,))
"""z-point pressure (DCM 122210)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AWavePeakPressure,
    CWavePressure,
    IntravascularDiastolicBloodPressure,
    AverageDiastolicBloodPressure,
    MinimumDiastolicBloodPressure,
    VentricularEndDiastolicPressure,
    GradientPressureAverage,
    GradientPressurePeak,
    MeanBloodPressure,
    PressureAtDpDtMax,
    IntravascularSystolicBloodPressure,
    AverageSystolicBloodPressure,
    MaximumSystolicBloodPressure,
    VWavePeakPressure,
    XDescentPressure,
    YDescentPressure,
    ZPointPressure,
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
