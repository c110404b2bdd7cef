"""CID 3832 Stenosis Grade.

Extensible, version 20051103, UID 1.2.840.10008.6.1.283.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3832
NAME: _Final[str] = "Stenosis Grade"
KEYWORD: _Final[str | None] = "StenosisGrade"
UID: _Final[str | None] = "1.2.840.10008.6.1.283"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Severe: _Final[_Code] = _Code("SCT", "24484000", "severe", (3716, 3832, 6130))
"""severe (SCT 24484000)."""

Moderate: _Final[_Code] = _Code("SCT", "6736007", "moderate", (3716, 3832, 6130))
"""moderate (SCT 6736007)."""

Mild: _Final[_Code] = _Code("SCT", "255604002", "mild", (3716, 3832, 6130))
"""mild (SCT 255604002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Severe, Moderate, Mild)
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
