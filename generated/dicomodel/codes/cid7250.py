"""CID 7250 Multi-Frame Subset Type.

Extensible, version 20070625, UID 1.2.840.10008.6.1.513.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7250
NAME: _Final[str] = "Multi-Frame Subset Type"
KEYWORD: _Final[str | None] = "MultiFrameSubsetType"
UID: _Final[str | None] = "1.2.840.10008.6.1.513"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070625"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ReferencedFrames: _Final[_Code] = _Code("DCM", "121190", "Referenced Frames", (7250,))
"""Referenced Frames (DCM 121190)."""

ReferencedSegment: _Final[_Code] = _Code("DCM", "121191", "Referenced Segment", (7250,))
"""Referenced Segment (DCM 121191)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ReferencedFrames, ReferencedSegment)
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
