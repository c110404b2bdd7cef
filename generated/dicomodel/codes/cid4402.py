"""CID 4402 History of Malignant Melanoma.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1347.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4402
NAME: Final[str] = "History of Malignant Melanoma"
KEYWORD: Final[str | None] = "HistoryOfMalignantMelanoma"
UID: Final[str | None] = "1.2.840.10008.6.1.1347"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20201115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HistoryOfMalignantMelanoma: Final[Code] = Code(
    "SCT", "161432005", "History of malignant melanoma", (4402,)
)
"""History of malignant melanoma (SCT 161432005)."""

HistoryOfMalignantMelanomaOfTheSkin: Final[Code] = Code(
    "SCT", "321000119108", "History of malignant melanoma of the skin", (4402,)
)
"""History of malignant melanoma of the skin (SCT 321000119108)."""

MEMBERS: Final[tuple[Code, ...]] = (HistoryOfMalignantMelanoma, HistoryOfMalignantMelanomaOfTheSkin)
"""The resolved membership: own members, then those of the included groups, in order."""
