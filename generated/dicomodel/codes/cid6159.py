"""CID 6159 Malignancy Type.

Extensible, version 20050822, UID 1.2.840.10008.6.1.473.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6159
NAME: _Final[str] = "Malignancy Type"
KEYWORD: _Final[str | None] = "MalignancyType"
UID: _Final[str | None] = "1.2.840.10008.6.1.473"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

InvasiveBreastCarcinoma: _Final[_Code] = _Code(
    "DCM", "111389", "Invasive breast carcinoma", (6159,)
)
"""Invasive breast carcinoma (DCM 111389)."""

NonInfiltratingIntraductalCarcinoma: _Final[_Code] = _Code(
    "SCT", "1162814007", "Non-infiltrating intraductal carcinoma", (6159,)
)
"""Non-infiltrating intraductal carcinoma (SCT 1162814007)."""

OtherMalignancyType: _Final[_Code] = _Code("DCM", "111390", "Other malignancy type", (6159,))
"""Other malignancy type (DCM 111390)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InvasiveBreastCarcinoma,
    NonInfiltratingIntraductalCarcinoma,
    OtherMalignancyType,
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
