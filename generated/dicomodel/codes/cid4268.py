"""CID 4268 Corneal Topography Map Value Type.

Extensible, version 20131014, UID 1.2.840.10008.6.1.966.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4268
NAME: _Final[str] = "Corneal Topography Map Value Type"
KEYWORD: _Final[str | None] = "CornealTopographyMapValueType"
UID: _Final[str | None] = "1.2.840.10008.6.1.966"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20131014"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CornealAxialPowerMap: _Final[_Code] = _Code("DCM", "111940", "Corneal axial power map", (4268,))
"""Corneal axial power map (DCM 111940)."""

CornealInstantaneousPowerMap: _Final[_Code] = _Code(
    "DCM", "111941", "Corneal instantaneous power map", (4268,)
)
"""Corneal instantaneous power map (DCM 111941)."""

CornealRefractivePowerMap: _Final[_Code] = _Code(
    "DCM", "111942", "Corneal refractive power map", (4268,)
)
"""Corneal refractive power map (DCM 111942)."""

CornealElevationMap: _Final[_Code] = _Code("DCM", "111943", "Corneal elevation map", (4268,))
"""Corneal elevation map (DCM 111943)."""

CornealWavefrontMap: _Final[_Code] = _Code("DCM", "111944", "Corneal wavefront map", (4268,))
"""Corneal wavefront map (DCM 111944)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CornealAxialPowerMap,
    CornealInstantaneousPowerMap,
    CornealRefractivePowerMap,
    CornealElevationMap,
    CornealWavefrontMap,
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
