"""CID 3496 IVUS Fiducial Point.

Extensible, version 20040614, UID 1.2.840.10008.6.1.130.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3496
NAME: _Final[str] = "IVUS Fiducial Point"
KEYWORD: _Final[str | None] = "IVUSFiducialPoint"
UID: _Final[str | None] = "1.2.840.10008.6.1.130"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CollateralBranchOfVessel: _Final[_Code] = _Code(
    "SCT", "397406000", "Collateral Branch of vessel", (3496, 12117)
)
"""Collateral Branch of vessel (SCT 397406000)."""

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007)."""

VascularCalcification: _Final[_Code] = _Code(
    "SCT", "237897009", "Vascular Calcification", (3495, 3496, 3712)
)
"""Vascular Calcification (SCT 237897009)."""

FibrousPlaque: _Final[_Code] = _Code("SCT", "40772000", "Fibrous Plaque", (3495, 3496))
"""Fibrous Plaque (SCT 40772000)."""

Vein: _Final[_Code] = _Code("SCT", "29092000", "Vein", (4, 3010, 3496, 3607, 7166))
"""Vein (SCT 29092000)."""

VesselOrigin: _Final[_Code] = _Code("SCT", "397421006", "Vessel Origin", (3496, 12116))
"""Vessel Origin (SCT 397421006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CollateralBranchOfVessel,
    Stent,
    VascularCalcification,
    FibrousPlaque,
    Vein,
    VesselOrigin,
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
