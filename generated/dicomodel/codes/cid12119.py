"""CID 12119 Vascular Ultrasound Property.

Extensible, version 20030327, UID 1.2.840.10008.6.1.585.
Includes CID 12120, CID 12121, CID 12122.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12119
NAME: _Final[str] = "Vascular Ultrasound Property"
KEYWORD: _Final[str | None] = "VascularUltrasoundProperty"
UID: _Final[str | None] = "1.2.840.10008.6.1.585"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = (12120, 12121, 12122)
EXTERNAL_SCHEME: _Final[str | None] = None

EndDiastolicVelocity: _Final[_Code] = _Code(
    "LN", "11653-3", "End Diastolic Velocity", (12120, 12222)
)
"""End Diastolic Velocity (LN 11653-3). Included from CID 12120."""

MinimumDiastolicVelocity: _Final[_Code] = _Code(
    "LN", "11665-7", "Minimum Diastolic Velocity", (12120,)
)
"""Minimum Diastolic Velocity (LN 11665-7). Included from CID 12120."""

PeakSystolicVelocity: _Final[_Code] = _Code(
    "LN", "11726-7", "Peak Systolic Velocity", (12120, 12222)
)
"""Peak Systolic Velocity (LN 11726-7). Included from CID 12120."""

PeakBloodVelocity: _Final[_Code] = _Code(
    "LN", "20355-4", "Peak Blood Velocity", (12120, 12222, 12304)
)
"""Peak Blood Velocity (LN 20355-4). Included from CID 12120."""

TimeAveragedMeanVelocity: _Final[_Code] = _Code(
    "LN", "20352-1", "Time averaged mean velocity", (12120, 12222, 12304)
)
"""Time averaged mean velocity (LN 20352-1). Included from CID 12120."""

TimeAveragedPeakVelocity: _Final[_Code] = _Code(
    "LN", "11692-1", "Time averaged peak velocity", (12120, 12222)
)
"""Time averaged peak velocity (LN 11692-1). Included from CID 12120."""

VelocityTimeIntegral: _Final[_Code] = _Code(
    "LN", "20354-7", "Velocity Time Integral", (12120, 12222, 12304)
)
"""Velocity Time Integral (LN 20354-7). Included from CID 12120."""

FlowVelocity: _Final[_Code] = _Code("DCM", "110828", "Flow velocity", (7180, 12120))
"""Flow velocity (DCM 110828). Included from CID 12120."""

AccelerationIndex: _Final[_Code] = _Code("LN", "20167-3", "Acceleration Index", (12121, 12222))
"""Acceleration Index (LN 20167-3). Included from CID 12121."""

LumenAreaStenosis: _Final[_Code] = _Code("SCT", "408714007", "Lumen Area Stenosis", (12121,))
"""Lumen Area Stenosis (SCT 408714007). Included from CID 12121."""

LumenDiameterStenosis: _Final[_Code] = _Code(
    "SCT", "408715008", "Lumen Diameter Stenosis", (12121,)
)
"""Lumen Diameter Stenosis (SCT 408715008). Included from CID 12121."""

PulsatilityIndex: _Final[_Code] = _Code("LN", "12008-9", "Pulsatility Index", (12121,))
"""Pulsatility Index (LN 12008-9). Included from CID 12121."""

ResistivityIndex: _Final[_Code] = _Code("LN", "12023-8", "Resistivity Index", (12121,))
"""Resistivity Index (LN 12023-8). Included from CID 12121."""

SystolicToDiastolicVelocityRatio: _Final[_Code] = _Code(
    "LN", "12144-2", "Systolic to Diastolic Velocity Ratio", (12121, 12222)
)
"""Systolic to Diastolic Velocity Ratio (LN 12144-2). Included from CID 12121."""

VelocityRatio: _Final[_Code] = _Code("LN", "33867-3", "Velocity ratio", (12121,))
"""Velocity ratio (LN 33867-3). Included from CID 12121."""

AccelerationTime: _Final[_Code] = _Code("LN", "20168-1", "Acceleration Time", (12122, 12222, 12304))
"""Acceleration Time (LN 20168-1). Included from CID 12122."""

DecelerationTime: _Final[_Code] = _Code("LN", "20217-6", "Deceleration Time", (12122, 12222, 12304))
"""Deceleration Time (LN 20217-6). Included from CID 12122."""

VesselLumenDiameter: _Final[_Code] = _Code(
    "SCT", "397413000", "Vessel lumen diameter", (3481, 12122)
)
"""Vessel lumen diameter (SCT 397413000). Included from CID 12122."""

VesselIntimalDiameter: _Final[_Code] = _Code(
    "SCT", "415815009", "Vessel Intimal Diameter", (12122,)
)
"""Vessel Intimal Diameter (SCT 415815009). Included from CID 12122."""

VesselIntimalCrossSectionalDiameter: _Final[_Code] = _Code(
    "SCT", "415814008", "Vessel Intimal Cross-Sectional Diameter", (12122,)
)
"""Vessel Intimal Cross-Sectional Diameter (SCT 415814008). Included from CID 12122."""

VesselOutsideDiameter: _Final[_Code] = _Code(
    "SCT", "397414006", "Vessel outside diameter", (12122,)
)
"""Vessel outside diameter (SCT 397414006). Included from CID 12122."""

VesselLumenCrossSectionalArea: _Final[_Code] = _Code(
    "SCT", "397415007", "Vessel lumen cross-sectional area", (3482, 12122)
)
"""Vessel lumen cross-sectional area (SCT 397415007). Included from CID 12122."""

VolumeFlow: _Final[_Code] = _Code("LN", "33878-0", "Volume flow", (12122, 12222, 12304))
"""Volume flow (LN 33878-0). Included from CID 12122."""

VesselDepthFromSurface: _Final[_Code] = _Code(
    "SCT", "413975003", "Vessel depth from surface", (12122,)
)
"""Vessel depth from surface (SCT 413975003). Included from CID 12122."""

PeakGradient: _Final[_Code] = _Code("LN", "20247-3", "Peak Gradient", (12122, 12222, 12304))
"""Peak Gradient (LN 20247-3). Included from CID 12122."""

MeanGradient: _Final[_Code] = _Code("LN", "20256-4", "Mean Gradient", (12122, 12222, 12304))
"""Mean Gradient (LN 20256-4). Included from CID 12122."""

LengthOfSegment: _Final[_Code] = _Code("SCT", "414599003", "Length of Segment", (12122,))
"""Length of Segment (SCT 414599003). Included from CID 12122."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EndDiastolicVelocity,
    MinimumDiastolicVelocity,
    PeakSystolicVelocity,
    PeakBloodVelocity,
    TimeAveragedMeanVelocity,
    TimeAveragedPeakVelocity,
    VelocityTimeIntegral,
    FlowVelocity,
    AccelerationIndex,
    LumenAreaStenosis,
    LumenDiameterStenosis,
    PulsatilityIndex,
    ResistivityIndex,
    SystolicToDiastolicVelocityRatio,
    VelocityRatio,
    AccelerationTime,
    DecelerationTime,
    VesselLumenDiameter,
    VesselIntimalDiameter,
    VesselIntimalCrossSectionalDiameter,
    VesselOutsideDiameter,
    VesselLumenCrossSectionalArea,
    VolumeFlow,
    VesselDepthFromSurface,
    PeakGradient,
    MeanGradient,
    LengthOfSegment,
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
