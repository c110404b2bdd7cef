"""CID 637 Exogenous Substance Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1102.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 637
NAME: Final[str] = "Exogenous Substance Type"
KEYWORD: Final[str | None] = "ExogenousSubstanceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1102"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GraftMaterial: Final[Code] = Code("SCT", "246345001", "Graft material", (637,))
"""Graft material (SCT 246345001)."""

TumorGraft: Final[Code] = Code("DCM", "127460", "Tumor Graft", (637,))
"""Tumor Graft (DCM 127460)."""

Fibril: Final[Code] = Code("SCT", "88921000", "Fibril", (637,))
"""Fibril (SCT 88921000)."""

Virus: Final[Code] = Code("SCT", "49872002", "Virus", (637,))
"""Virus (SCT 49872002)."""

Cytokine: Final[Code] = Code("SCT", "75777003", "Cytokine", (637,))
"""Cytokine (SCT 75777003)."""

Toxin: Final[Code] = Code("SCT", "80917008", "Toxin", (637,))
"""Toxin (SCT 80917008)."""

MEMBERS: Final[tuple[Code, ...]] = (GraftMaterial, TumorGraft, Fibril, Virus, Cytokine, Toxin)
"""The resolved membership: own members, then those of the included groups, in order."""
