"""CID 3237 Wall Motion Comparison Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.783.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3237
NAME: _Final[str] = "Wall Motion Comparison Finding"
KEYWORD: _Final[str | None] = "WallMotionComparisonFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.783"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NoChange: _Final[_Code] = _Code("SCT", "260388006", "No change", (3235, 3236, 3237))
"""No change (SCT 260388006)."""

NewWallMotionAbnormality: _Final[_Code] = _Code(
    "SCT", "429058004", "New wall motion abnormality", (3237,)
)
"""New wall motion abnormality (SCT 429058004)."""

ImprovementOfWallMotion: _Final[_Code] = _Code(
    "SCT", "428825004", "Improvement of wall motion", (3237,)
)
"""Improvement of wall motion (SCT 428825004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NoChange, NewWallMotionAbnormality, ImprovementOfWallMotion)
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
