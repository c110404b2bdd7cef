"""CID 12306 Echo Flow Direction.

Non-extensible, version 20161109, UID 1.2.840.10008.6.1.1147.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12306
NAME: _Final[str] = "Echo Flow Direction"
KEYWORD: _Final[str | None] = "EchoFlowDirection"
UID: _Final[str | None] = "1.2.840.10008.6.1.1147"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20161109"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AntegradeDirection: _Final[_Code] = _Code("SCT", "263677008", "Antegrade Direction", (12221, 12306))
"""Antegrade Direction (SCT 263677008)."""

RetrogradeDirection: _Final[_Code] = _Code(
    "SCT", "312004007", "Retrograde Direction", (12221, 12306)
)
"""Retrograde Direction (SCT 312004007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AntegradeDirection, RetrogradeDirection)
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
