"""CID 4403 History of Melanoma in Situ.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1348.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4403
NAME: _Final[str] = "History of Melanoma in Situ"
KEYWORD: _Final[str | None] = "HistoryOfMelanomaInSitu"
UID: _Final[str | None] = "1.2.840.10008.6.1.1348"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20201115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HistoryOfMelanomaInSituOfTheSkin: _Final[_Code] = _Code(
    "SCT", "1251000119106", "History of melanoma in situ of the skin", (4403,)
)
"""History of melanoma in situ of the skin (SCT 1251000119106)."""

MEMBERS: _Final[tuple[_Code, ...]] = (HistoryOfMelanomaInSituOfTheSkin,)
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
