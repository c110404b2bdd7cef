"""CID 4403 History of Melanoma in Situ.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1348.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4403
NAME: Final[str] = "History of Melanoma in Situ"
KEYWORD: Final[str | None] = "HistoryOfMelanomaInSitu"
UID: Final[str | None] = "1.2.840.10008.6.1.1348"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20201115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HistoryOfMelanomaInSituOfTheSkin: Final[Code] = Code(
    "SCT", "1251000119106", "History of melanoma in situ of the skin", (4403,)
)
"""History of melanoma in situ of the skin (SCT 1251000119106)."""

MEMBERS: Final[tuple[Code, ...]] = (HistoryOfMelanomaInSituOfTheSkin,)
"""The resolved membership: own members, then those of the included groups, in order."""
