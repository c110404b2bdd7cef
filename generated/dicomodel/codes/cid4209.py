"""CID 4209 Ophthalmic Anatomic Structure Imaged.

Extensible, version 20040921, UID 1.2.840.10008.6.1.325.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4209
NAME: Final[str] = "Ophthalmic Anatomic Structure Imaged"
KEYWORD: Final[str | None] = "OphthalmicAnatomicStructureImaged"
UID: Final[str | None] = "1.2.840.10008.6.1.325"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040921"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnteriorChamberOfEye: Final[Code] = Code(
    "SCT", "31636006", "Anterior chamber of eye", (4209, 4211, 4233)
)
"""Anterior chamber of eye (SCT 31636006)."""

BothEyes: Final[Code] = Code("SCT", "40638003", "Both eyes", (4209,))
"""Both eyes (SCT 40638003)."""

ChoroidOfEye: Final[Code] = Code("SCT", "68703001", "Choroid of eye", (4209, 4211))
"""Choroid of eye (SCT 68703001)."""

CiliaryBody: Final[Code] = Code("SCT", "29534007", "Ciliary body", (4209, 4211))
"""Ciliary body (SCT 29534007)."""

Conjunctiva: Final[Code] = Code("SCT", "29445007", "Conjunctiva", (4209, 4211))
"""Conjunctiva (SCT 29445007)."""

Cornea: Final[Code] = Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

Eye: Final[Code] = Code("SCT", "81745001", "Eye", (4031, 4209))
"""Eye (SCT 81745001)."""

Eyelid: Final[Code] = Code("SCT", "80243003", "Eyelid", (4, 4209))
"""Eyelid (SCT 80243003)."""

FoveaCentralis: Final[Code] = Code("SCT", "67046006", "Fovea centralis", (4209, 4266))
"""Fovea centralis (SCT 67046006)."""

Iris: Final[Code] = Code("SCT", "41296002", "Iris", (4029, 4209, 4211))
"""Iris (SCT 41296002)."""

LacrimalCaruncle: Final[Code] = Code("SCT", "43045000", "Lacrimal caruncle", (4209,))
"""Lacrimal caruncle (SCT 43045000)."""

LacrimalGland: Final[Code] = Code("SCT", "13561001", "Lacrimal gland", (4209,))
"""Lacrimal gland (SCT 13561001)."""

LacrimalSac: Final[Code] = Code("SCT", "3954005", "Lacrimal sac", (4209,))
"""Lacrimal sac (SCT 3954005)."""

Lens: Final[Code] = Code("SCT", "78076003", "Lens", (4209, 4211, 10044))
"""Lens (SCT 78076003)."""

LowerEyelid: Final[Code] = Code("SCT", "62736007", "Lower Eyelid", (4209,))
"""Lower Eyelid (SCT 62736007)."""

OphthalmicArtery: Final[Code] = Code(
    "SCT", "53549008", "Ophthalmic artery", (3010, 3606, 4209, 12105)
)
"""Ophthalmic artery (SCT 53549008)."""

OpticNerveHead: Final[Code] = Code("SCT", "81016008", "Optic nerve head", (4209, 4211, 4266))
"""Optic nerve head (SCT 81016008)."""

Retina: Final[Code] = Code("SCT", "5665001", "Retina", (4029, 4209, 4211))
"""Retina (SCT 5665001)."""

Sclera: Final[Code] = Code("SCT", "18619003", "Sclera", (4, 4029, 4209, 4211))
"""Sclera (SCT 18619003)."""

UpperEyelid: Final[Code] = Code("SCT", "38934000", "Upper Eyelid", (4209,))
"""Upper Eyelid (SCT 38934000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnteriorChamberOfEye,
    BothEyes,
    ChoroidOfEye,
    CiliaryBody,
    Conjunctiva,
    Cornea,
    Eye,
    Eyelid,
    FoveaCentralis,
    Iris,
    LacrimalCaruncle,
    LacrimalGland,
    LacrimalSac,
    Lens,
    LowerEyelid,
    OphthalmicArtery,
    OpticNerveHead,
    Retina,
    Sclera,
    UpperEyelid,
)
"""The resolved membership: own members, then those of the included groups, in order."""
