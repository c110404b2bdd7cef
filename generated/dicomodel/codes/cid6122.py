"""CID 6122 Chest Content Descriptor.

Extensible, version 20200921, UID 1.2.840.10008.6.1.442.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6122
NAME: Final[str] = "Chest Content Descriptor"
KEYWORD: Final[str | None] = "ChestContentDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.442"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200921"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Air: Final[Code] = Code("DCM", "112143", "Air", (6122,))
"""Air (DCM 112143)."""

Fat: Final[Code] = Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009)."""

SoftTissue: Final[Code] = Code("SCT", "87784001", "Soft tissue", (645, 6122, 6211, 7166))
"""Soft tissue (SCT 87784001)."""

Calcium: Final[Code] = Code("DCM", "112145", "Calcium", (6122,))
"""Calcium (DCM 112145)."""

ForeignMaterialIodizedOilMercuryTalc: Final[Code] = Code(
    "SCT", "19227008", "Foreign material (iodized oil, mercury,talc)", (6064, 6122, 7158)
)
"""Foreign material (iodized oil, mercury,talc) (SCT 19227008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Air,
    Fat,
    SoftTissue,
    Calcium,
    ForeignMaterialIodizedOilMercuryTalc,
)
"""The resolved membership: own members, then those of the included groups, in order."""
