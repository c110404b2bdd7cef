"""CID 642 Cytokine.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1107.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 642
NAME: Final[str] = "Cytokine"
KEYWORD: Final[str | None] = "Cytokine"
UID: Final[str | None] = "1.2.840.10008.6.1.1107"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TumorNecrosisFactorAlpha: Final[Code] = Code(
    "SCT", "39525005", "Tumor necrosis factor alpha", (642,)
)
"""Tumor necrosis factor alpha (SCT 39525005)."""

InterferonGamma: Final[Code] = Code("SCT", "420303002", "Interferon gamma", (642,))
"""Interferon gamma (SCT 420303002)."""

VascularEndothelialGrowthFactor: Final[Code] = Code(
    "SCT", "417324009", "Vascular endothelial growth factor", (642,)
)
"""Vascular endothelial growth factor (SCT 417324009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TumorNecrosisFactorAlpha,
    InterferonGamma,
    VascularEndothelialGrowthFactor,
)
"""The resolved membership: own members, then those of the included groups, in order."""
