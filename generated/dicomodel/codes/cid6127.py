"""CID 6127 Segment Location in Lung.

Extensible, version 20030108, UID 1.2.840.10008.6.1.447.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6127
NAME: _Final[str] = "Segment Location in Lung"
KEYWORD: _Final[str | None] = "SegmentLocationInLung"
UID: _Final[str | None] = "1.2.840.10008.6.1.447"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorSegmentOfRightUpperLobe: _Final[_Code] = _Code(
    "SCT", "39743006", "Anterior segment of right upper lobe", (6127,)
)
"""Anterior segment of right upper lobe (SCT 39743006)."""

AnteriorSegmentOfLeftUpperLobe: _Final[_Code] = _Code(
    "SCT", "22270008", "Anterior segment of left upper lobe", (6127,)
)
"""Anterior segment of left upper lobe (SCT 22270008)."""

PosteriorSegmentOfRightUpperLobe: _Final[_Code] = _Code(
    "SCT", "3236000", "Posterior segment of right upper lobe", (6127,)
)
"""Posterior segment of right upper lobe (SCT 3236000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnteriorSegmentOfRightUpperLobe,
    AnteriorSegmentOfLeftUpperLobe,
    PosteriorSegmentOfRightUpperLobe,
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
