"""CID 247 Laterality Left-Right Only.

Non-extensible, version 20190524, UID 1.2.840.10008.6.1.1284.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 247
NAME: _Final[str] = "Laterality Left-Right Only"
KEYWORD: _Final[str | None] = "LateralityLeftRightOnly"
UID: _Final[str | None] = "1.2.840.10008.6.1.1284"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20190524"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Right: _Final[_Code] = _Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007)."""

Left: _Final[_Code] = _Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Right, Left)
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
