"""CID 3337 Hemodynamic Annotation.

Extensible, version 20160314, UID 1.2.840.10008.6.1.63.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3337
NAME: _Final[str] = "Hemodynamic Annotation"
KEYWORD: _Final[str | None] = "HemodynamicAnnotation"
UID: _Final[str | None] = "1.2.840.10008.6.1.63"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V35PercentOfThermalDyeDilutionCO: _Final[_Code] = _Code(
    "DCM", "109014", "35% of thermal/dye dilution CO", (3337,)
)
"""35% of thermal/dye dilution CO (DCM 109014)."""

V70PercentOfThermalDyeDilutionCO: _Final[_Code] = _Code(
    "DCM", "109015", "70% of thermal/dye dilution CO", (3337,)
)
"""70% of thermal/dye dilution CO (DCM 109015)."""

AWavePeakPressure: _Final[_Code] = _Code("DCM", "109016", "A wave peak pressure", (3337, 3611))
"""A wave peak pressure (DCM 109016)."""

AWavePressureAverage: _Final[_Code] = _Code("DCM", "109017", "A wave pressure, average", (3337,))
"""A wave pressure, average (DCM 109017)."""

BeatDetected_109018: _Final[_Code] = _Code("DCM", "109018", "Beat detected (accepted)", (3337,))
"""Beat detected (accepted) (DCM 109018)."""

BeatDetected_109019: _Final[_Code] = _Code("DCM", "109019", "Beat detected (rejected)", (3337,))
"""Beat detected (rejected) (DCM 109019)."""

AverageDiastolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314453003", "Average diastolic blood pressure", (3337, 3611)
)
"""Average diastolic blood pressure (SCT 314453003)."""

MinimumDiastolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314451001", "Minimum diastolic blood pressure", (3337, 3611)
)
"""Minimum diastolic blood pressure (SCT 314451001)."""

EndDiastole: _Final[_Code] = _Code("SCT", "416190007", "End diastole", (3337, 12233, 12307))
"""End diastole (SCT 416190007)."""

EndOfExpiration: _Final[_Code] = _Code("DCM", "109023", "End of expiration", (3337,))
"""End of expiration (DCM 109023)."""

EndOfInspiration: _Final[_Code] = _Code("DCM", "109024", "End of inspiration", (3337,))
"""End of inspiration (DCM 109024)."""

EndOfSystole: _Final[_Code] = _Code("DCM", "109070", "End of systole", (3337,))
"""End of systole (DCM 109070)."""

IndicatorMeanTransitTime: _Final[_Code] = _Code(
    "DCM", "109071", "Indicator mean transit time", (3337, 3613, 12254)
)
"""Indicator mean transit time (DCM 109071)."""

MaxDpDt: _Final[_Code] = _Code("DCM", "109025", "Max dp/dt", (3337,))
"""Max dp/dt (DCM 109025)."""

MaxNegDpDt: _Final[_Code] = _Code("DCM", "109026", "Max neg dp/dt", (3337,))
"""Max neg dp/dt (DCM 109026)."""

MeanBloodPressure: _Final[_Code] = _Code(
    "SCT", "6797001", "Mean blood pressure", (3337, 3611, 12304)
)
"""Mean blood pressure (SCT 6797001)."""

PeakOfThermalCardiacOutputBolus: _Final[_Code] = _Code(
    "DCM", "109028", "Peak of thermal cardiac output bolus", (3337,)
)
"""Peak of thermal cardiac output bolus (DCM 109028)."""

StartOfExpiration: _Final[_Code] = _Code("DCM", "109029", "Start of expiration", (3337,))
"""Start of expiration (DCM 109029)."""

StartOfInspiration: _Final[_Code] = _Code("DCM", "109030", "Start of inspiration", (3337,))
"""Start of inspiration (DCM 109030)."""

StartOfThermalCO: _Final[_Code] = _Code("DCM", "109031", "Start of thermal CO", (3337,))
"""Start of thermal CO (DCM 109031)."""

AverageSystolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314440001", "Average systolic blood pressure", (3337, 3611)
)
"""Average systolic blood pressure (SCT 314440001)."""

MaximumSystolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314439003", "Maximum systolic blood pressure", (3337, 3611)
)
"""Maximum systolic blood pressure (SCT 314439003)."""

Tau: _Final[_Code] = _Code("DCM", "109072", "Tau", (3337, 3613, 12254))
"""Tau (DCM 109072)."""

VMaxMyocardial: _Final[_Code] = _Code("DCM", "109073", "V max myocardial", (3337,))
"""V max myocardial (DCM 109073)."""

VWavePeakPressure: _Final[_Code] = _Code("DCM", "109034", "V wave peak pressure", (3337, 3611))
"""V wave peak pressure (DCM 109034)."""

VWavePressureAverage: _Final[_Code] = _Code("DCM", "109035", "V wave pressure, average", (3337,))
"""V wave pressure, average (DCM 109035)."""

ValveClose: _Final[_Code] = _Code("DCM", "109036", "Valve close", (3337,))
"""Valve close (DCM 109036)."""

ValveOpen: _Final[_Code] = _Code("DCM", "109037", "Valve open", (3337,))
"""Valve open (DCM 109037)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_35PercentOfThermalDyeDilutionCO: _Final[_Code] = V35PercentOfThermalDyeDilutionCO
_70PercentOfThermalDyeDilutionCO: _Final[_Code] = V70PercentOfThermalDyeDilutionCO

MEMBERS: _Final[tuple[_Code, ...]] = (
    V35PercentOfThermalDyeDilutionCO,
    V70PercentOfThermalDyeDilutionCO,
    AWavePeakPressure,
    AWavePressureAverage,
    BeatDetected_109018,
    BeatDetected_109019,
    AverageDiastolicBloodPressure,
    MinimumDiastolicBloodPressure,
    EndDiastole,
    EndOfExpiration,
    EndOfInspiration,
    EndOfSystole,
    IndicatorMeanTransitTime,
    MaxDpDt,
    MaxNegDpDt,
    MeanBloodPressure,
    PeakOfThermalCardiacOutputBolus,
    StartOfExpiration,
    StartOfInspiration,
    StartOfThermalCO,
    AverageSystolicBloodPressure,
    MaximumSystolicBloodPressure,
    Tau,
    VMaxMyocardial,
    VWavePeakPressure,
    VWavePressureAverage,
    ValveClose,
    ValveOpen,
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
