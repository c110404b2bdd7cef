"""CID 4404 History of Non-Melanoma Skin Cancer.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1349.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4404
NAME: Final[str] = "History of Non-Melanoma Skin Cancer"
KEYWORD: Final[str | None] = "HistoryOfNonMelanomaSkinCancer"
UID: Final[str | None] = "1.2.840.10008.6.1.1349"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20201115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HistoryOfMalignantBasalCellNeoplasmOfSkin: Final[Code] = Code(
    "SCT", "428053000", "History of malignant basal cell neoplasm of skin", (4404,)
)
"""History of malignant basal cell neoplasm of skin (SCT 428053000)."""

HistoryOfSquamousCellCarcinomaOfSkin: Final[Code] = Code(
    "SCT", "429024007", "History of squamous cell carcinoma of skin", (4404,)
)
"""History of squamous cell carcinoma of skin (SCT 429024007)."""

HistoryOfMalignantNeoplasmOfSkinExcludingMelanoma: Final[Code] = Code(
    "SCT", "443895001", "History of malignant neoplasm of skin excluding melanoma", (4404,)
)
"""History of malignant neoplasm of skin excluding melanoma (SCT 443895001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HistoryOfMalignantBasalCellNeoplasmOfSkin,
    HistoryOfSquamousCellCarcinomaOfSkin,
    HistoryOfMalignantNeoplasmOfSkinExcludingMelanoma,
)
"""The resolved membership: own members, then those of the included groups, in order."""
