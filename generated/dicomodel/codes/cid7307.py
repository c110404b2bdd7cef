"""CID 7307 Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1038.
Includes CID 7308, CID 7309.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7307
NAME: _Final[str] = "Implant Component Type"
KEYWORD: _Final[str | None] = "ImplantComponentType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1038"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20101102"
INCLUDES: _Final[tuple[int, ...]] = (7308, 7309)
EXTERNAL_SCHEME: _Final[str | None] = None

AcetabularCupShell: _Final[_Code] = _Code("DCM", "112305", "Acetabular Cup Shell", (7308,))
"""Acetabular Cup Shell (DCM 112305). Included from CID 7308."""

AcetabularCupInsert: _Final[_Code] = _Code("DCM", "112306", "Acetabular Cup Insert", (7308,))
"""Acetabular Cup Insert (DCM 112306). Included from CID 7308."""

AcetabularCupMonoblock: _Final[_Code] = _Code("DCM", "112307", "Acetabular Cup Monoblock", (7308,))
"""Acetabular Cup Monoblock (DCM 112307). Included from CID 7308."""

FemoralHeadProsthesis: _Final[_Code] = _Code("SCT", "304121006", "Femoral Head Prosthesis", (7308,))
"""Femoral Head Prosthesis (SCT 304121006). Included from CID 7308."""

FemoralHeadBallComponent: _Final[_Code] = _Code(
    "DCM", "112308", "Femoral Head Ball Component", (7308,)
)
"""Femoral Head Ball Component (DCM 112308). Included from CID 7308."""

FemoralHeadConeTaperComponent: _Final[_Code] = _Code(
    "DCM", "112309", "Femoral Head Cone Taper Component", (7308,)
)
"""Femoral Head Cone Taper Component (DCM 112309). Included from CID 7308."""

FemoralStem: _Final[_Code] = _Code("DCM", "112310", "Femoral Stem", (7308,))
"""Femoral Stem (DCM 112310). Included from CID 7308."""

FemoralStemDistalComponent: _Final[_Code] = _Code(
    "DCM", "112311", "Femoral Stem Distal Component", (7308,)
)
"""Femoral Stem Distal Component (DCM 112311). Included from CID 7308."""

FemoralStemProximalComponent: _Final[_Code] = _Code(
    "DCM", "112312", "Femoral Stem Proximal Component", (7308,)
)
"""Femoral Stem Proximal Component (DCM 112312). Included from CID 7308."""

FemoralStemComponent: _Final[_Code] = _Code("DCM", "112313", "Femoral Stem Component", (7308,))
"""Femoral Stem Component (DCM 112313). Included from CID 7308."""

NeckComponent: _Final[_Code] = _Code("DCM", "112314", "Neck Component", (7308,))
"""Neck Component (DCM 112314). Included from CID 7308."""

MonoblockStem: _Final[_Code] = _Code("DCM", "112315", "Monoblock Stem", (7308,))
"""Monoblock Stem (DCM 112315). Included from CID 7308."""

DistalCentralizer: _Final[_Code] = _Code("DCM", "112325", "Distal Centralizer", (7308,))
"""Distal Centralizer (DCM 112325). Included from CID 7308."""

ProstheticShaftAugment: _Final[_Code] = _Code("DCM", "112316", "Prosthetic Shaft Augment", (7308,))
"""Prosthetic Shaft Augment (DCM 112316). Included from CID 7308."""

FemoralHeadResurfacingComponent: _Final[_Code] = _Code(
    "DCM", "112317", "Femoral Head Resurfacing Component", (7308,)
)
"""Femoral Head Resurfacing Component (DCM 112317). Included from CID 7308."""

Screw: _Final[_Code] = _Code("SCT", "68183006", "Screw", (7157, 7309))
"""Screw (SCT 68183006). Included from CID 7309."""

BonePlate: _Final[_Code] = _Code("SCT", "271003", "Bone Plate", (7309,))
"""Bone Plate (SCT 271003). Included from CID 7309."""

DHSPlate: _Final[_Code] = _Code("SCT", "257327003", "DHS Plate", (7309,))
"""DHS Plate (SCT 257327003). Included from CID 7309."""

BoneNail: _Final[_Code] = _Code("SCT", "63289001", "Bone Nail", (7309,))
"""Bone Nail (SCT 63289001). Included from CID 7309."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AcetabularCupShell,
    AcetabularCupInsert,
    AcetabularCupMonoblock,
    FemoralHeadProsthesis,
    FemoralHeadBallComponent,
    FemoralHeadConeTaperComponent,
    FemoralStem,
    FemoralStemDistalComponent,
    FemoralStemProximalComponent,
    FemoralStemComponent,
    NeckComponent,
    MonoblockStem,
    DistalCentralizer,
    ProstheticShaftAugment,
    FemoralHeadResurfacingComponent,
    Screw,
    BonePlate,
    DHSPlate,
    BoneNail,
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
