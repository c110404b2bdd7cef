"""CID 6100 Chest Component Category.

Extensible, version 20240611, UID 1.2.840.10008.6.1.420.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6100
NAME: Final[str] = "Chest Component Category"
KEYWORD: Final[str | None] = "ChestComponentCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.420"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Lung: Final[Code] = Code("SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044))
"""Lung (SCT 39607008)."""

Bronchovascular: Final[Code] = Code("DCM", "112052", "Bronchovascular", (6100,))
"""Bronchovascular (DCM 112052)."""

PleuralStructure: Final[Code] = Code(
    "SCT", "3120008", "Pleural structure", (6100, 6129, 7155, 12294)
)
"""Pleural structure (SCT 3120008)."""

Mediastinum: Final[Code] = Code("SCT", "72410000", "Mediastinum", (4031, 4040, 6100, 6129, 7155))
"""Mediastinum (SCT 72410000)."""

Heart: Final[Code] = Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

Osseous: Final[Code] = Code("DCM", "112053", "Osseous", (6100,))
"""Osseous (DCM 112053)."""

SystemicVascularStructure: Final[Code] = Code(
    "SCT", "281157001", "Systemic vascular structure", (6100,)
)
"""Systemic vascular structure (SCT 281157001)."""

Muscular: Final[Code] = Code("SCT", "71616004", "Muscular", (6100, 6204, 10044))
"""Muscular (SCT 71616004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Lung,
    Bronchovascular,
    PleuralStructure,
    Mediastinum,
    Heart,
    Osseous,
    SystemicVascularStructure,
    Muscular,
)
"""The resolved membership: own members, then those of the included groups, in order."""
