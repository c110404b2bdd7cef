"""CID 7019 Segmentation Non-Image Source Purpose of Reference.

Extensible, version 20240914, UID 1.2.840.10008.6.1.1183.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7019
NAME: _Final[str] = "Segmentation Non-Image Source Purpose of Reference"
KEYWORD: _Final[str | None] = "SegmentationNonImageSourcePurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.1183"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SourceRealWorldValueMap: _Final[_Code] = _Code(
    "DCM", "128227", "Source real world value map", (7019,)
)
"""Source real world value map (DCM 128227)."""

SourceSegmentation: _Final[_Code] = _Code("DCM", "128228", "Source segmentation", (7019,))
"""Source segmentation (DCM 128228)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SourceRealWorldValueMap, SourceSegmentation)
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
