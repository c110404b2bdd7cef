"""CID 12277 Cardiac Ultrasound Pericardium and Pleura Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.858.
Includes CID 12250.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12277
NAME: _Final[str] = "Cardiac Ultrasound Pericardium and Pleura Measurement"
KEYWORD: _Final[str | None] = "CardiacUltrasoundPericardiumAndPleuraMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.858"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = (12250,)
EXTERNAL_SCHEME: _Final[str | None] = None

Length: _Final[_Code] = _Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003). Included from CID 12250."""

Diameter: _Final[_Code] = _Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009). Included from CID 12250."""

MajorAxis: _Final[_Code] = _Code("SCT", "131187009", "Major Axis", (7470, 12250))
"""Major Axis (SCT 131187009). Included from CID 12250."""

MinorAxis: _Final[_Code] = _Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004). Included from CID 12250."""

Circumference: _Final[_Code] = _Code("SCT", "74551000", "Circumference", (7470, 12250))
"""Circumference (SCT 74551000). Included from CID 12250."""

Radius: _Final[_Code] = _Code("SCT", "131190003", "Radius", (7470, 12250))
"""Radius (SCT 131190003). Included from CID 12250."""

ROIThicknessByUS: _Final[_Code] = _Code("LN", "59089-3", "ROI Thickness by US", (12250, 12304))
"""ROI Thickness by US (LN 59089-3). Included from CID 12250."""

ROIInternalDimensionByUS: _Final[_Code] = _Code(
    "LN", "59090-1", "ROI Internal Dimension by US", (12250, 12304)
)
"""ROI Internal Dimension by US (LN 59090-1). Included from CID 12250."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Length,
    Diameter,
    MajorAxis,
    MinorAxis,
    Circumference,
    Radius,
    ROIThicknessByUS,
    ROIInternalDimensionByUS,
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
