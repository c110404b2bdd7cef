"""CID 6012 Calcification Distribution Modifier.

Extensible, version 20020904, UID 1.2.840.10008.6.1.342.
Includes CID 6013.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6012
NAME: _Final[str] = "Calcification Distribution Modifier"
KEYWORD: _Final[str | None] = "CalcificationDistributionModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.342"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6013,)
EXTERNAL_SCHEME: _Final[str | None] = None

DiffuseCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129764001", "Diffuse calcification distribution", (6013,)
)
"""Diffuse calcification distribution (SCT 129764001). Included from CID 6013."""

LinearCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129765000", "Linear calcification distribution", (6013,)
)
"""Linear calcification distribution (SCT 129765000). Included from CID 6013."""

GroupedCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129766004", "Grouped calcification distribution", (6013,)
)
"""Grouped calcification distribution (SCT 129766004). Included from CID 6013."""

RegionalCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129767008", "Regional calcification distribution", (6013,)
)
"""Regional calcification distribution (SCT 129767008). Included from CID 6013."""

SegmentalCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129768003", "Segmental calcification distribution", (6013,)
)
"""Segmental calcification distribution (SCT 129768003). Included from CID 6013."""

CalcificationsWithinAMass: _Final[_Code] = _Code(
    "DCM", "111346", "Calcifications within a mass", (6013,)
)
"""Calcifications within a mass (DCM 111346). Included from CID 6013."""

CalcificationsOutsideOfAMass: _Final[_Code] = _Code(
    "DCM", "111347", "Calcifications outside of a mass", (6013,)
)
"""Calcifications outside of a mass (DCM 111347). Included from CID 6013."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DiffuseCalcificationDistribution,
    LinearCalcificationDistribution,
    GroupedCalcificationDistribution,
    RegionalCalcificationDistribution,
    SegmentalCalcificationDistribution,
    CalcificationsWithinAMass,
    CalcificationsOutsideOfAMass,
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
