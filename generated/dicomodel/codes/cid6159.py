"""CID 6159 Malignancy Type.

Extensible, version 20050822, UID 1.2.840.10008.6.1.473.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6159
NAME: Final[str] = "Malignancy Type"
KEYWORD: Final[str | None] = "MalignancyType"
UID: Final[str | None] = "1.2.840.10008.6.1.473"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

InvasiveBreastCarcinoma: Final[Code] = Code("DCM", "111389", "Invasive breast carcinoma", (6159,))
"""Invasive breast carcinoma (DCM 111389)."""

NonInfiltratingIntraductalCarcinoma: Final[Code] = Code(
    "SCT", "1162814007", "Non-infiltrating intraductal carcinoma", (6159,)
)
"""Non-infiltrating intraductal carcinoma (SCT 1162814007)."""

OtherMalignancyType: Final[Code] = Code("DCM", "111390", "Other malignancy type", (6159,))
"""Other malignancy type (DCM 111390)."""

MEMBERS: Final[tuple[Code, ...]] = (
    InvasiveBreastCarcinoma,
    NonInfiltratingIntraductalCarcinoma,
    OtherMalignancyType,
)
"""The resolved membership: own members, then those of the included groups, in order."""
