"""CID 3482 IVUS Area Measurement.

Extensible, version 20040614, UID 1.2.840.10008.6.1.117.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3482
NAME: _Final[str] = "IVUS Area Measurement"
KEYWORD: _Final[str | None] = "IVUSAreaMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.117"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EEMCrossSectionalArea: _Final[_Code] = _Code("DCM", "122333", "EEM Cross-Sectional Area", (3482,))
"""EEM Cross-Sectional Area (DCM 122333)."""

VesselLumenCrossSectionalArea: _Final[_Code] = _Code(
    "SCT", "397415007", "Vessel lumen cross-sectional area", (3482, 12122)
)
"""Vessel lumen cross-sectional area (SCT 397415007)."""

StentCrossSectionalArea: _Final[_Code] = _Code(
    "SCT", "408705002", "Stent Cross-Sectional Area", (3482,)
)
"""Stent Cross-Sectional Area (SCT 408705002)."""

PlaquePlusMediaCrossSectionalArea: _Final[_Code] = _Code(
    "DCM", "122334", "Plaque plus Media Cross-Sectional Area", (3482,)
)
"""Plaque plus Media Cross-Sectional Area (DCM 122334)."""

InStentNeointimalCrossSectionalArea: _Final[_Code] = _Code(
    "DCM", "122335", "In-Stent Neointimal Cross-Sectional Area", (3482,)
)
"""In-Stent Neointimal Cross-Sectional Area (DCM 122335)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EEMCrossSectionalArea,
    VesselLumenCrossSectionalArea,
    StentCrossSectionalArea,
    PlaquePlusMediaCrossSectionalArea,
    InStentNeointimalCrossSectionalArea,
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
