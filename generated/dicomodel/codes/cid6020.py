"""CID 6020 Quadrant Location.

Extensible, version 20020904, UID 1.2.840.10008.6.1.350.
Includes CID 6021.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6020
NAME: _Final[str] = "Quadrant Location"
KEYWORD: _Final[str | None] = "QuadrantLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.350"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6021,)
EXTERNAL_SCHEME: _Final[str | None] = None

UpperOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "76365002", "Upper outer quadrant of breast", (4, 6021)
)
"""Upper outer quadrant of breast (SCT 76365002). Included from CID 6021."""

UpperInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "77831004", "Upper inner quadrant of breast", (4, 6021)
)
"""Upper inner quadrant of breast (SCT 77831004). Included from CID 6021."""

LowerOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "33564002", "Lower outer quadrant of breast", (4, 6021)
)
"""Lower outer quadrant of breast (SCT 33564002). Included from CID 6021."""

LowerInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "19100000", "Lower inner quadrant of breast", (4, 6021)
)
"""Lower inner quadrant of breast (SCT 19100000). Included from CID 6021."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    UpperOuterQuadrantOfBreast,
    UpperInnerQuadrantOfBreast,
    LowerOuterQuadrantOfBreast,
    LowerInnerQuadrantOfBreast,
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
