"""CID 7308 Human Hip Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1039.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7308
NAME: Final[str] = "Human Hip Implant Component Type"
KEYWORD: Final[str | None] = "HumanHipImplantComponentType"
UID: Final[str | None] = "1.2.840.10008.6.1.1039"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20101102"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AcetabularCupShell: Final[Code] = Code("DCM", "112305", "Acetabular Cup Shell", (7308,))
"""Acetabular Cup Shell (DCM 112305)."""

AcetabularCupInsert: Final[Code] = Code("DCM", "112306", "Acetabular Cup Insert", (7308,))
"""Acetabular Cup Insert (DCM 112306)."""

AcetabularCupMonoblock: Final[Code] = Code("DCM", "112307", "Acetabular Cup Monoblock", (7308,))
"""Acetabular Cup Monoblock (DCM 112307)."""

FemoralHeadProsthesis: Final[Code] = Code("SCT", "304121006", "Femoral Head Prosthesis", (7308,))
"""Femoral Head Prosthesis (SCT 304121006)."""

FemoralHeadBallComponent: Final[Code] = Code(
    "DCM", "112308", "Femoral Head Ball Component", (7308,)
)
"""Femoral Head Ball Component (DCM 112308)."""

FemoralHeadConeTaperComponent: Final[Code] = Code(
    "DCM", "112309", "Femoral Head Cone Taper Component", (7308,)
)
"""Femoral Head Cone Taper Component (DCM 112309)."""

FemoralStem: Final[Code] = Code("DCM", "112310", "Femoral Stem", (7308,))
"""Femoral Stem (DCM 112310)."""

FemoralStemDistalComponent: Final[Code] = Code(
    "DCM", "112311", "Femoral Stem Distal Component", (7308,)
)
"""Femoral Stem Distal Component (DCM 112311)."""

FemoralStemProximalComponent: Final[Code] = Code(
    "DCM", "112312", "Femoral Stem Proximal Component", (7308,)
)
"""Femoral Stem Proximal Component (DCM 112312)."""

FemoralStemComponent: Final[Code] = Code("DCM", "112313", "Femoral Stem Component", (7308,))
"""Femoral Stem Component (DCM 112313)."""

NeckComponent: Final[Code] = Code("DCM", "112314", "Neck Component", (7308,))
"""Neck Component (DCM 112314)."""

MonoblockStem: Final[Code] = Code("DCM", "112315", "Monoblock Stem", (7308,))
"""Monoblock Stem (DCM 112315)."""

DistalCentralizer: Final[Code] = Code("DCM", "112325", "Distal Centralizer", (7308,))
"""Distal Centralizer (DCM 112325)."""

ProstheticShaftAugment: Final[Code] = Code("DCM", "112316", "Prosthetic Shaft Augment", (7308,))
"""Prosthetic Shaft Augment (DCM 112316)."""

FemoralHeadResurfacingComponent: Final[Code] = Code(
    "DCM", "112317", "Femoral Head Resurfacing Component", (7308,)
)
"""Femoral Head Resurfacing Component (DCM 112317)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
)
"""The resolved membership: own members, then those of the included groups, in order."""
