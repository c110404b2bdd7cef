"""CID 6126 Location in Lung.

Extensible, version 20240611, UID 1.2.840.10008.6.1.446.
Includes CID 6171, CID 6170.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6126
NAME: _Final[str] = "Location in Lung"
KEYWORD: _Final[str | None] = "LocationInLung"
UID: _Final[str | None] = "1.2.840.10008.6.1.446"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = (6171, 6170)
EXTERNAL_SCHEME: _Final[str | None] = None

Subpleural: _Final[_Code] = _Code("SCT", "68599007", "Subpleural", (6126,))
"""Subpleural (SCT 68599007)."""

UpperZoneOfLung: _Final[_Code] = _Code("SCT", "281392002", "Upper zone of lung", (6171,))
"""Upper zone of lung (SCT 281392002). Included from CID 6171."""

MiddleZoneOfLung: _Final[_Code] = _Code("SCT", "281393007", "Middle zone of lung", (6171,))
"""Middle zone of lung (SCT 281393007). Included from CID 6171."""

LowerZoneOfLung: _Final[_Code] = _Code("SCT", "281394001", "Lower zone of lung", (6171,))
"""Lower zone of lung (SCT 281394001). Included from CID 6171."""

UpperLobeOfLung: _Final[_Code] = _Code("SCT", "45653009", "Upper lobe of lung", (6170,))
"""Upper lobe of lung (SCT 45653009). Included from CID 6170."""

MiddleLobeOfRightLung: _Final[_Code] = _Code(
    "SCT", "72481006", "Middle lobe of right lung", (6170,)
)
"""Middle lobe of right lung (SCT 72481006). Included from CID 6170."""

LowerLobeOfLung: _Final[_Code] = _Code("SCT", "90572001", "Lower lobe of lung", (6170,))
"""Lower lobe of lung (SCT 90572001). Included from CID 6170."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Subpleural,
    UpperZoneOfLung,
    MiddleZoneOfLung,
    LowerZoneOfLung,
    UpperLobeOfLung,
    MiddleLobeOfRightLung,
    LowerLobeOfLung,
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
