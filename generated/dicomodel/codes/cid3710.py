"""CID 3710 Coronary Dominance.

Extensible, version 20111028, UID 1.2.840.10008.6.1.211.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3710
NAME: _Final[str] = "Coronary Dominance"
KEYWORD: _Final[str | None] = "CoronaryDominance"
UID: _Final[str | None] = "1.2.840.10008.6.1.211"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20111028"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftCoronaryDominance: _Final[_Code] = _Code("SCT", "253729004", "Left Coronary Dominance", (3710,))
"""Left Coronary Dominance (SCT 253729004)."""

RightCoronaryDominance: _Final[_Code] = _Code(
    "SCT", "253728007", "Right Coronary Dominance", (3710,)
)
"""Right Coronary Dominance (SCT 253728007)."""

BalancedCoronaryDominance: _Final[_Code] = _Code(
    "SCT", "253730009", "Balanced Coronary Dominance", (3710,)
)
"""Balanced Coronary Dominance (SCT 253730009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftCoronaryDominance,
    RightCoronaryDominance,
    BalancedCoronaryDominance,
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
