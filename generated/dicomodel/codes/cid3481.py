"""CID 3481 IVUS Distance Measurement.

Extensible, version 20050110, UID 1.2.840.10008.6.1.116.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3481
NAME: _Final[str] = "IVUS Distance Measurement"
KEYWORD: _Final[str | None] = "IVUSDistanceMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.116"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EEMDiameter: _Final[_Code] = _Code("DCM", "122330", "EEM Diameter", (3481,))
"""EEM Diameter (DCM 122330)."""

VesselLumenDiameter: _Final[_Code] = _Code(
    "SCT", "397413000", "Vessel lumen diameter", (3481, 12122)
)
"""Vessel lumen diameter (SCT 397413000)."""

StentDiameter: _Final[_Code] = _Code("SCT", "408706001", "Stent Diameter", (3481,))
"""Stent Diameter (SCT 408706001)."""

PlaquePlusMediaThickness: _Final[_Code] = _Code(
    "DCM", "122331", "Plaque Plus Media Thickness", (3481,)
)
"""Plaque Plus Media Thickness (DCM 122331)."""

LumenPerimeter: _Final[_Code] = _Code("DCM", "122332", "Lumen Perimeter", (3481,))
"""Lumen Perimeter (DCM 122332)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EEMDiameter,
    VesselLumenDiameter,
    StentDiameter,
    PlaquePlusMediaThickness,
    LumenPerimeter,
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
