"""CID 6120 Chest Border Definition.

Extensible, version 20190326, UID 1.2.840.10008.6.1.440.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6120
NAME: Final[str] = "Chest Border Definition"
KEYWORD: Final[str | None] = "ChestBorderDefinition"
UID: Final[str | None] = "1.2.840.10008.6.1.440"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190326"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

WellDefined: Final[Code] = Code("SCT", "260409000", "Well defined", (6120,))
"""Well defined (SCT 260409000)."""

SharplyDefined: Final[Code] = Code("DCM", "112137", "Sharply defined", (6120,))
"""Sharply defined (DCM 112137)."""

PoorlyDefined: Final[Code] = Code("SCT", "300841009", "Poorly defined", (6120,))
"""Poorly defined (SCT 300841009)."""

DistinctlyDefined: Final[Code] = Code("DCM", "112138", "Distinctly defined", (6120,))
"""Distinctly defined (DCM 112138)."""

WellDemarcated: Final[Code] = Code("DCM", "112139", "Well demarcated", (6120,))
"""Well demarcated (DCM 112139)."""

SharplyDemarcated: Final[Code] = Code("DCM", "112140", "Sharply demarcated", (6120,))
"""Sharply demarcated (DCM 112140)."""

PoorlyDemarcated: Final[Code] = Code("DCM", "112141", "Poorly demarcated", (6120,))
"""Poorly demarcated (DCM 112141)."""

Circumscribed: Final[Code] = Code("SCT", "263706005", "Circumscribed", (6120,))
"""Circumscribed (SCT 263706005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    WellDefined,
    SharplyDefined,
    PoorlyDefined,
    DistinctlyDefined,
    WellDemarcated,
    SharplyDemarcated,
    PoorlyDemarcated,
    Circumscribed,
)
"""The resolved membership: own members, then those of the included groups, in order."""
