"""CID 6070 Bloom-Richardson Histologic Grade.

Extensible, version 20040112, UID 1.2.840.10008.6.1.399.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6070
NAME: Final[str] = "Bloom-Richardson Histologic Grade"
KEYWORD: Final[str | None] = "BloomRichardsonHistologicGrade"
UID: Final[str | None] = "1.2.840.10008.6.1.399"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Grade1WellDifferentiated: Final[Code] = Code(
    "SCT", "54102005", "Grade 1: well differentiated", (6070,)
)
"""Grade 1: well differentiated (SCT 54102005)."""

Grade2ModeratelyDifferentiated: Final[Code] = Code(
    "SCT", "1663004", "Grade 2: moderately differentiated", (6070,)
)
"""Grade 2: moderately differentiated (SCT 1663004)."""

Grade3PoorlyDifferentiated: Final[Code] = Code(
    "SCT", "61026006", "Grade 3: poorly differentiated", (6070,)
)
"""Grade 3: poorly differentiated (SCT 61026006)."""

Grade4Undifferentiated: Final[Code] = Code("SCT", "258245003", "Grade 4: undifferentiated", (6070,))
"""Grade 4: undifferentiated (SCT 258245003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Grade1WellDifferentiated,
    Grade2ModeratelyDifferentiated,
    Grade3PoorlyDifferentiated,
    Grade4Undifferentiated,
)
"""The resolved membership: own members, then those of the included groups, in order."""
