"""CID 6059 Breast Implant Type.

Extensible, version 20190817, UID 1.2.840.10008.6.1.388.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6059
NAME: Final[str] = "Breast Implant Type"
KEYWORD: Final[str | None] = "BreastImplantType"
UID: Final[str | None] = "1.2.840.10008.6.1.388"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BreastImplantTypeNotSpecified: Final[Code] = Code(
    "SCT", "2282003", "Breast implant, type not specified", (6059,)
)
"""Breast implant, type not specified (SCT 2282003)."""

SiliconeGelImplant: Final[Code] = Code("SCT", "465380004", "Silicone gel implant", (6059,))
"""Silicone gel implant (SCT 465380004)."""

SalineImplant: Final[Code] = Code("DCM", "111481", "Saline implant", (6059,))
"""Saline implant (DCM 111481)."""

PolyurethaneImplant: Final[Code] = Code("DCM", "111482", "Polyurethane implant", (6059,))
"""Polyurethane implant (DCM 111482)."""

PercutaneousSiliconeInjection: Final[Code] = Code(
    "DCM", "111483", "Percutaneous silicone injection", (6059,)
)
"""Percutaneous silicone injection (DCM 111483)."""

CombinationImplant: Final[Code] = Code("DCM", "111484", "Combination implant", (6059,))
"""Combination implant (DCM 111484)."""

PrePectoralImplant: Final[Code] = Code("DCM", "111485", "Pre-pectoral implant", (6059,))
"""Pre-pectoral implant (DCM 111485)."""

RetroPectoralImplant: Final[Code] = Code("DCM", "111486", "Retro-pectoral implant", (6059,))
"""Retro-pectoral implant (DCM 111486)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BreastImplantTypeNotSpecified,
    SiliconeGelImplant,
    SalineImplant,
    PolyurethaneImplant,
    PercutaneousSiliconeInjection,
    CombinationImplant,
    PrePectoralImplant,
    RetroPectoralImplant,
)
"""The resolved membership: own members, then those of the included groups, in order."""
