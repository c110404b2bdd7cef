"""CID 4404 History of Non-Melanoma Skin Cancer.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1349.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4404
NAME: _Final[str] = "History of Non-Melanoma Skin Cancer"
KEYWORD: _Final[str | None] = "HistoryOfNonMelanomaSkinCancer"
UID: _Final[str | None] = "1.2.840.10008.6.1.1349"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20201115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HistoryOfMalignantBasalCellNeoplasmOfSkin: _Final[_Code] = _Code(
    "SCT", "428053000", "History of malignant basal cell neoplasm of skin", (4404,)
)
"""History of malignant basal cell neoplasm of skin (SCT 428053000)."""

HistoryOfSquamousCellCarcinomaOfSkin: _Final[_Code] = _Code(
    "SCT", "429024007", "History of squamous cell carcinoma of skin", (4404,)
)
"""History of squamous cell carcinoma of skin (SCT 429024007)."""

HistoryOfMalignantNeoplasmOfSkinExcludingMelanoma: _Final[_Code] = _Code(
    "SCT", "443895001", "History of malignant neoplasm of skin excluding melanoma", (4404,)
)
"""History of malignant neoplasm of skin excluding melanoma (SCT 443895001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HistoryOfMalignantBasalCellNeoplasmOfSkin,
    HistoryOfSquamousCellCarcinomaOfSkin,
    HistoryOfMalignantNeoplasmOfSkinExcludingMelanoma,
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
