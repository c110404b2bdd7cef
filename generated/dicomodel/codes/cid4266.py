"""CID 4266 Ophthalmic Anatomic Structure Reference Point.

Extensible, version 20170914, UID 1.2.840.10008.6.1.942.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4266
NAME: Final[str] = "Ophthalmic Anatomic Structure Reference Point"
KEYWORD: Final[str | None] = "OphthalmicAnatomicStructureReferencePoint"
UID: Final[str | None] = "1.2.840.10008.6.1.942"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MorphologicallyAbnormalStructure: Final[Code] = Code(
    "SCT", "49755003", "Morphologically Abnormal Structure", (1000, 3487, 4266, 7150)
)
"""Morphologically Abnormal Structure (SCT 49755003)."""

Lesion: Final[Code] = Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006)."""

FoveaCentralis: Final[Code] = Code("SCT", "67046006", "Fovea centralis", (4209, 4266))
"""Fovea centralis (SCT 67046006)."""

OpticNerveHead: Final[Code] = Code("SCT", "81016008", "Optic nerve head", (4209, 4211, 4266))
"""Optic nerve head (SCT 81016008)."""

DiscFovea: Final[Code] = Code("DCM", "111934", "Disc-Fovea", (4266,))
"""Disc-Fovea (DCM 111934)."""

Cornea: Final[Code] = Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MorphologicallyAbnormalStructure,
    Lesion,
    FoveaCentralis,
    OpticNerveHead,
    DiscFovea,
    Cornea,
)
"""The resolved membership: own members, then those of the included groups, in order."""
