"""CID 7158 Artifact Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.504.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7158
NAME: _Final[str] = "Artifact Segmentation Type"
KEYWORD: _Final[str | None] = "ArtifactSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.504"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130617"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Clothing: _Final[_Code] = _Code("SCT", "272180002", "Clothing", (7158,))
"""Clothing (SCT 272180002)."""

ForeignBody: _Final[_Code] = _Code("SCT", "19227008", "Foreign body", (6064, 6122, 7158))
"""Foreign body (SCT 19227008)."""

Table: _Final[_Code] = _Code("SCT", "86407004", "Table", (7158, 9515))
"""Table (SCT 86407004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Clothing, ForeignBody, Table)
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
