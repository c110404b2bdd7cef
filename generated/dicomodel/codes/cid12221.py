"""CID 12221 Flow Direction.

Extensible, version 20100317, UID 1.2.840.10008.6.1.613.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12221
NAME: _Final[str] = "Flow Direction"
KEYWORD: _Final[str | None] = "FlowDirection"
UID: _Final[str | None] = "1.2.840.10008.6.1.613"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AntegradeFlow: _Final[_Code] = _Code("SCT", "263677008", "Antegrade Flow", (12221, 12306))
"""Antegrade Flow (SCT 263677008)."""

RetrogradeFlow: _Final[_Code] = _Code("SCT", "312004007", "Retrograde Flow", (12221, 12306))
"""Retrograde Flow (SCT 312004007)."""

RegurgitantFlow: _Final[_Code] = _Code("SCT", "397417004", "Regurgitant Flow", (12221,))
"""Regurgitant Flow (SCT 397417004)."""

LeftToRightCardiovascularShunt: _Final[_Code] = _Code(
    "SCT", "66130006", "Left to right cardiovascular shunt", (12221,)
)
"""Left to right cardiovascular shunt (SCT 66130006)."""

RightToLeftCardiovascularShunt: _Final[_Code] = _Code(
    "SCT", "79692001", "Right to left cardiovascular shunt", (12221,)
)
"""Right to left cardiovascular shunt (SCT 79692001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AntegradeFlow,
    RetrogradeFlow,
    RegurgitantFlow,
    LeftToRightCardiovascularShunt,
    RightToLeftCardiovascularShunt,
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
