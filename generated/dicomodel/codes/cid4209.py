"""CID 4209 Ophthalmic Anatomic Structure Imaged.

Extensible, version 20040921, UID 1.2.840.10008.6.1.325.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4209
NAME: _Final[str] = "Ophthalmic Anatomic Structure Imaged"
KEYWORD: _Final[str | None] = "OphthalmicAnatomicStructureImaged"
UID: _Final[str | None] = "1.2.840.10008.6.1.325"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040921"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorChamberOfEye: _Final[_Code] = _Code(
    "SCT", "31636006", "Anterior chamber of eye", (4209, 4211, 4233)
)
"""Anterior chamber of eye (SCT 31636006)."""

BothEyes: _Final[_Code] = _Code("SCT", "40638003", "Both eyes", (4209,))
"""Both eyes (SCT 40638003)."""

ChoroidOfEye: _Final[_Code] = _Code("SCT", "68703001", "Choroid of eye", (4209, 4211))
"""Choroid of eye (SCT 68703001)."""

CiliaryBody: _Final[_Code] = _Code("SCT", "29534007", "Ciliary body", (4209, 4211))
"""Ciliary body (SCT 29534007)."""

Conjunctiva: _Final[_Code] = _Code("SCT", "29445007", "Conjunctiva", (4209, 4211))
"""Conjunctiva (SCT 29445007)."""

Cornea: _Final[_Code] = _Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

Eye: _Final[_Code] = _Code("SCT", "81745001", "Eye", (4031, 4209))
"""Eye (SCT 81745001)."""

Eyelid: _Final[_Code] = _Code("SCT", "80243003", "Eyelid", (4, 4209))
"""Eyelid (SCT 80243003)."""

FoveaCentralis: _Final[_Code] = _Code("SCT", "67046006", "Fovea centralis", (4209, 4266))
"""Fovea centralis (SCT 67046006)."""

Iris: _Final[_Code] = _Code("SCT", "41296002", "Iris", (4029, 4209, 4211))
"""Iris (SCT 41296002)."""

LacrimalCaruncle: _Final[_Code] = _Code("SCT", "43045000", "Lacrimal caruncle", (4209,))
"""Lacrimal caruncle (SCT 43045000)."""

LacrimalGland: _Final[_Code] = _Code("SCT", "13561001", "Lacrimal gland", (4209,))
"""Lacrimal gland (SCT 13561001)."""

LacrimalSac: _Final[_Code] = _Code("SCT", "3954005", "Lacrimal sac", (4209,))
"""Lacrimal sac (SCT 3954005)."""

Lens: _Final[_Code] = _Code("SCT", "78076003", "Lens", (4209, 4211, 10044))
"""Lens (SCT 78076003)."""

LowerEyelid: _Final[_Code] = _Code("SCT", "62736007", "Lower Eyelid", (4209,))
"""Lower Eyelid (SCT 62736007)."""

OphthalmicArtery: _Final[_Code] = _Code(
    "SCT", "53549008", "Ophthalmic artery", (3010, 3606, 4209, 12105)
)
"""Ophthalmic artery (SCT 53549008)."""

OpticNerveHead: _Final[_Code] = _Code("SCT", "81016008", "Optic nerve head", (4209, 4211, 4266))
"""Optic nerve head (SCT 81016008)."""

Retina: _Final[_Code] = _Code("SCT", "5665001", "Retina", (4029, 4209, 4211))
"""Retina (SCT 5665001)."""

Sclera: _Final[_Code] = _Code("SCT", "18619003", "Sclera", (4, 4029, 4209, 4211))
"""Sclera (SCT 18619003)."""

UpperEyelid: _Final[_Code] = _Code("SCT", "38934000", "Upper Eyelid", (4209,))
"""Upper Eyelid (SCT 38934000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
