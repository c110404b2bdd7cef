"""CID 4402 History of Malignant Melanoma.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1347.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4402
NAME: _Final[str] = "History of Malignant Melanoma"
KEYWORD: _Final[str | None] = "HistoryOfMalignantMelanoma"
UID: _Final[str | None] = "1.2.840.10008.6.1.1347"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20201115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HistoryOfMalignantMelanoma: _Final[_Code] = _Code(
    "SCT", "161432005", "History of malignant melanoma", (4402,)
)
"""History of malignant melanoma (SCT 161432005)."""

HistoryOfMalignantMelanomaOfTheSkin: _Final[_Code] = _Code(
    "SCT", "321000119108", "History of malignant melanoma of the skin", (4402,)
)
"""History of malignant melanoma of the skin (SCT 321000119108)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HistoryOfMalignantMelanoma,
    HistoryOfMalignantMelanomaOfTheSkin,
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
