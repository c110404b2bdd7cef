"""CID 4211 Ophthalmic OCT Anatomic Structure Imaged.

Extensible, version 20071016, UID 1.2.840.10008.6.1.327.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4211
NAME: Final[str] = "Ophthalmic OCT Anatomic Structure Imaged"
KEYWORD: Final[str | None] = "OphthalmicOCTAnatomicStructureImaged"
UID: Final[str | None] = "1.2.840.10008.6.1.327"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20071016"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnteriorChamberOfEye: Final[Code] = Code(
    "SCT", "31636006", "Anterior chamber of eye", (4209, 4211, 4233)
)
"""Anterior chamber of eye (SCT 31636006)."""

ChoroidOfEye: Final[Code] = Code("SCT", "68703001", "Choroid of eye", (4209, 4211))
"""Choroid of eye (SCT 68703001)."""

CiliaryBody: Final[Code] = Code("SCT", "29534007", "Ciliary body", (4209, 4211))
"""Ciliary body (SCT 29534007)."""

Conjunctiva: Final[Code] = Code("SCT", "29445007", "Conjunctiva", (4209, 4211))
"""Conjunctiva (SCT 29445007)."""

Cornea: Final[Code] = Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

Iris: Final[Code] = Code("SCT", "41296002", "Iris", (4029, 4209, 4211))
"""Iris (SCT 41296002)."""

Lens: Final[Code] = Code("SCT", "78076003", "Lens", (4209, 4211, 10044))
"""Lens (SCT 78076003)."""

OpticNerveHead: Final[Code] = Code("SCT", "81016008", "Optic nerve head", (4209, 4211, 4266))
"""Optic nerve head (SCT 81016008)."""

Retina: Final[Code] = Code("SCT", "5665001", "Retina", (4029, 4209, 4211))
"""Retina (SCT 5665001)."""

Sclera: Final[Code] = Code("SCT", "18619003", "Sclera", (4, 4029, 4209, 4211))
"""Sclera (SCT 18619003)."""

Vitreous: Final[Code] = Code("SCT", "26386000", "Vitreous", (4211, 4233))
"""Vitreous (SCT 26386000)."""

CornealEpithelium: Final[Code] = Code("SCT", "15775008", "Corneal epithelium", (4211,))
"""Corneal epithelium (SCT 15775008)."""

CornealEndothelium: Final[Code] = Code("SCT", "65431007", "Corneal endothelium", (4211,))
"""Corneal endothelium (SCT 65431007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnteriorChamberOfEye,
    ChoroidOfEye,
    CiliaryBody,
    Conjunctiva,
    Cornea,
    Iris,
    Lens,
    OpticNerveHead,
    Retina,
    Sclera,
    Vitreous,
    CornealEpithelium,
    CornealEndothelium,
)
"""The resolved membership: own members, then those of the included groups, in order."""
