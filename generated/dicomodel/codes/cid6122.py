"""CID 6122 Chest Content Descriptor.

Extensible, version 20200921, UID 1.2.840.10008.6.1.442.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6122
NAME: _Final[str] = "Chest Content Descriptor"
KEYWORD: _Final[str | None] = "ChestContentDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.442"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200921"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Air: _Final[_Code] = _Code("DCM", "112143", "Air", (6122,))
"""Air (DCM 112143)."""

Fat: _Final[_Code] = _Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009)."""

SoftTissue: _Final[_Code] = _Code("SCT", "87784001", "Soft tissue", (645, 6122, 6211, 7166))
"""Soft tissue (SCT 87784001)."""

Calcium: _Final[_Code] = _Code("DCM", "112145", "Calcium", (6122,))
"""Calcium (DCM 112145)."""

ForeignMaterialIodizedOilMercuryTalc: _Final[_Code] = _Code(
    "SCT", "19227008", "Foreign material (iodized oil, mercury,talc)", (6064, 6122, 7158)
)
"""Foreign material (iodized oil, mercury,talc) (SCT 19227008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Air,
    Fat,
    SoftTissue,
    Calcium,
    ForeignMaterialIodizedOilMercuryTalc,
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
