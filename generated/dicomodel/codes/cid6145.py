"""CID 6145 Baseline Category.

Extensible, version 20030108, UID 1.2.840.10008.6.1.465.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6145
NAME: Final[str] = "Baseline Category"
KEYWORD: Final[str | None] = "BaselineCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.465"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TargetLesionAtBaseline: Final[Code] = Code("DCM", "112074", "Target Lesion at Baseline", (6145,))
"""Target Lesion at Baseline (DCM 112074)."""

NonTargetLesionAtBaseline: Final[Code] = Code(
    "DCM", "112075", "Non-Target Lesion at Baseline", (6145,)
)
"""Non-Target Lesion at Baseline (DCM 112075)."""

NonLesionAtBaseline: Final[Code] = Code("DCM", "112076", "Non-Lesion at Baseline", (6145,))
"""Non-Lesion at Baseline (DCM 112076)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TargetLesionAtBaseline,
    NonTargetLesionAtBaseline,
    NonLesionAtBaseline,
)
"""The resolved membership: own members, then those of the included groups, in order."""
