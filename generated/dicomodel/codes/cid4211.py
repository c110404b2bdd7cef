"""CID 4211 Ophthalmic OCT Anatomic Structure Imaged.

Extensible, version 20071016, UID 1.2.840.10008.6.1.327.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4211
NAME: _Final[str] = "Ophthalmic OCT Anatomic Structure Imaged"
KEYWORD: _Final[str | None] = "OphthalmicOCTAnatomicStructureImaged"
UID: _Final[str | None] = "1.2.840.10008.6.1.327"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20071016"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorChamberOfEye: _Final[_Code] = _Code(
    "SCT", "31636006", "Anterior chamber of eye", (4209, 4211, 4233)
)
"""Anterior chamber of eye (SCT 31636006)."""

ChoroidOfEye: _Final[_Code] = _Code("SCT", "68703001", "Choroid of eye", (4209, 4211))
"""Choroid of eye (SCT 68703001)."""

CiliaryBody: _Final[_Code] = _Code("SCT", "29534007", "Ciliary body", (4209, 4211))
"""Ciliary body (SCT 29534007)."""

Conjunctiva: _Final[_Code] = _Code("SCT", "29445007", "Conjunctiva", (4209, 4211))
"""Conjunctiva (SCT 29445007)."""

Cornea: _Final[_Code] = _Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

Iris: _Final[_Code] = _Code("SCT", "41296002", "Iris", (4029, 4209, 4211))
"""Iris (SCT 41296002)."""

Lens: _Final[_Code] = _Code("SCT", "78076003", "Lens", (4209, 4211, 10044))
"""Lens (SCT 78076003)."""

OpticNerveHead: _Final[_Code] = _Code("SCT", "81016008", "Optic nerve head", (4209, 4211, 4266))
"""Optic nerve head (SCT 81016008)."""

Retina: _Final[_Code] = _Code("SCT", "5665001", "Retina", (4029, 4209, 4211))
"""Retina (SCT 5665001)."""

Sclera: _Final[_Code] = _Code("SCT", "18619003", "Sclera", (4, 4029, 4209, 4211))
"""Sclera (SCT 18619003)."""

Vitreous: _Final[_Code] = _Code("SCT", "26386000", "Vitreous", (4211, 4233))
"""Vitreous (SCT 26386000)."""

CornealEpithelium: _Final[_Code] = _Code("SCT", "15775008", "Corneal epithelium", (4211,))
"""Corneal epithelium (SCT 15775008)."""

CornealEndothelium: _Final[_Code] = _Code("SCT", "65431007", "Corneal endothelium", (4211,))
"""Corneal endothelium (SCT 65431007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
