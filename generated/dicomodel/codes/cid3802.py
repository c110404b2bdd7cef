"""CID 3802 Plaque Structure.

Extensible, version 20051103, UID 1.2.840.10008.6.1.264.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3802
NAME: Final[str] = "Plaque Structure"
KEYWORD: Final[str | None] = "PlaqueStructure"
UID: Final[str | None] = "1.2.840.10008.6.1.264"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Fibrous: Final[Code] = Code("SCT", "255423002", "fibrous", (3802, 3805))
"""fibrous (SCT 255423002)."""

FattyDegeneration: Final[Code] = Code("SCT", "29185008", "fatty degeneration", (3802,))
"""fatty degeneration (SCT 29185008)."""

PathologicCalcification: Final[Code] = Code(
    "SCT", "18115005", "pathologic calcification", (3802, 6338)
)
"""pathologic calcification (SCT 18115005)."""

Hyperplasia: Final[Code] = Code("SCT", "76197007", "hyperplasia", (3802, 3815, 6031))
"""hyperplasia (SCT 76197007)."""

NonCalcified: Final[Code] = Code("SCT", "17589002", "non-calcified", (3802,))
"""non-calcified (SCT 17589002)."""

Mixed: Final[Code] = Code("SCT", "26242008", "mixed", (3802,))
"""mixed (SCT 26242008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Fibrous,
    FattyDegeneration,
    PathologicCalcification,
    Hyperplasia,
    NonCalcified,
    Mixed,
)
"""The resolved membership: own members, then those of the included groups, in order."""
