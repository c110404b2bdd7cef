"""CID 12122 Other Vascular Property.

Extensible, version 20050110, UID 1.2.840.10008.6.1.588.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12122
NAME: _Final[str] = "Other Vascular Property"
KEYWORD: _Final[str | None] = "OtherVascularProperty"
UID: _Final[str | None] = "1.2.840.10008.6.1.588"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AccelerationTime: _Final[_Code] = _Code("LN", "20168-1", "Acceleration Time", (12122, 12222, 12304))
"""Acceleration Time (LN 20168-1)."""

DecelerationTime: _Final[_Code] = _Code("LN", "20217-6", "Deceleration Time", (12122, 12222, 12304))
"""Deceleration Time (LN 20217-6)."""

VesselLumenDiameter: _Final[_Code] = _Code(
    "SCT", "397413000", "Vessel lumen diameter", (3481, 12122)
)
"""Vessel lumen diameter (SCT 397413000)."""

VesselIntimalDiameter: _Final[_Code] = _Code(
    "SCT", "415815009", "Vessel Intimal Diameter", (12122,)
)
"""Vessel Intimal Diameter (SCT 415815009)."""

VesselIntimalCrossSectionalDiameter: _Final[_Code] = _Code(
    "SCT", "415814008", "Vessel Intimal Cross-Sectional Diameter", (12122,)
)
"""Vessel Intimal Cross-Sectional Diameter (SCT 415814008)."""

VesselOutsideDiameter: _Final[_Code] = _Code(
    "SCT", "397414006", "Vessel outside diameter", (12122,)
)
"""Vessel outside diameter (SCT 397414006)."""

VesselLumenCrossSectionalArea: _Final[_Code] = _Code(
    "SCT", "397415007", "Vessel lumen cross-sectional area", (3482, 12122)
)
"""Vessel lumen cross-sectional area (SCT 397415007)."""

VolumeFlow: _Final[_Code] = _Code("LN", "33878-0", "Volume flow", (12122, 12222, 12304))
"""Volume flow (LN 33878-0)."""

VesselDepthFromSurface: _Final[_Code] = _Code(
    "SCT", "413975003", "Vessel depth from surface", (12122,)
)
"""Vessel depth from surface (SCT 413975003)."""

PeakGradient: _Final[_Code] = _Code("LN", "20247-3", "Peak Gradient", (12122, 12222, 12304))
"""Peak Gradient (LN 20247-3)."""

MeanGradient: _Final[_Code] = _Code("LN", "20256-4", "Mean Gradient", (12122, 12222, 12304))
"""Mean Gradient (LN 20256-4)."""

LengthOfSegment: _Final[_Code] = _Code("SCT", "414599003", "Length of Segment", (12122,))
"""Length of Segment (SCT 414599003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
