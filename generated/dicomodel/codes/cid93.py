"""CID 93 Joint Positioning Method.

Extensible, version 20100625, UID 1.2.840.10008.6.1.893.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 93
NAME: _Final[str] = "Joint Positioning Method"
KEYWORD: _Final[str | None] = "JointPositioningMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.893"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100625"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PassiveMovement: _Final[_Code] = _Code("SCT", "21278004", "Passive movement", (93,))
"""Passive movement (SCT 21278004)."""

ManipulationOfJoint: _Final[_Code] = _Code("SCT", "118745001", "Manipulation of joint", (93,))
"""Manipulation of joint (SCT 118745001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PassiveMovement, ManipulationOfJoint)
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
