"""CID 6008 Density Modifier.

Extensible, version 20020904, UID 1.2.840.10008.6.1.338.
Includes CID 6009.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6008
NAME: _Final[str] = "Density Modifier"
KEYWORD: _Final[str | None] = "DensityModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.338"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6009,)
EXTERNAL_SCHEME: _Final[str | None] = None

HighDensityLesion: _Final[_Code] = _Code("SCT", "129744006", "High density lesion", (6009,))
"""High density lesion (SCT 129744006). Included from CID 6009."""

EqualDensityIsodenseLesion: _Final[_Code] = _Code(
    "SCT", "129745007", "Equal density (isodense) lesion", (6009,)
)
"""Equal density (isodense) lesion (SCT 129745007). Included from CID 6009."""

LowDensityNotContainingFatLesion: _Final[_Code] = _Code(
    "SCT", "129746008", "Low density (not containing fat) lesion", (6009,)
)
"""Low density (not containing fat) lesion (SCT 129746008). Included from CID 6009."""

FatContainingRadiolucentLesion: _Final[_Code] = _Code(
    "SCT", "129747004", "Fat containing (radiolucent) lesion", (6009,)
)
"""Fat containing (radiolucent) lesion (SCT 129747004). Included from CID 6009."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HighDensityLesion,
    EqualDensityIsodenseLesion,
    LowDensityNotContainingFatLesion,
    FatContainingRadiolucentLesion,
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
