"""CID 6132 Chest Calcification Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.452.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6132
NAME: Final[str] = "Chest Calcification Descriptor"
KEYWORD: Final[str | None] = "ChestCalcificationDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.452"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EggshellCalcification: Final[Code] = Code(
    "SCT", "129751002", "Eggshell calcification", (6011, 6132)
)
"""Eggshell calcification (SCT 129751002)."""

CoarsePopcornLikeCalcification: Final[Code] = Code(
    "SCT", "129749001", "Coarse (popcorn-like) calcification", (6011, 6132)
)
"""Coarse (popcorn-like) calcification (SCT 129749001)."""

Target: Final[Code] = Code("DCM", "112162", "Target", (6132,))
"""Target (DCM 112162)."""

Laminated: Final[Code] = Code("SCT", "88446008", "Laminated", (6132,))
"""Laminated (SCT 88446008)."""

Fibrocalcific: Final[Code] = Code("DCM", "112163", "Fibrocalcific", (6132,))
"""Fibrocalcific (DCM 112163)."""

Flocculent: Final[Code] = Code("DCM", "112164", "Flocculent", (6132,))
"""Flocculent (DCM 112164)."""

Nodular: Final[Code] = Code("SCT", "255288007", "Nodular", (6132,))
"""Nodular (SCT 255288007)."""

Ossification: Final[Code] = Code("SCT", "83323007", "Ossification", (6132,))
"""Ossification (SCT 83323007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EggshellCalcification,
    CoarsePopcornLikeCalcification,
    Target,
    Laminated,
    Fibrocalcific,
    Flocculent,
    Nodular,
    Ossification,
)
"""The resolved membership: own members, then those of the included groups, in order."""
