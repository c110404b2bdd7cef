"""CID 12282 Cardiac Ultrasound Venous Return Systemic Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.862.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12282
NAME: Final[str] = "Cardiac Ultrasound Venous Return Systemic Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundVenousReturnSystemicFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.862"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SuperiorVenaCava: Final[Code] = Code(
    "SCT", "48345005", "Superior Vena Cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior Vena Cava (SCT 48345005)."""

RightSuperiorVenaCava: Final[Code] = Code("SCT", "443444008", "Right Superior Vena Cava", (12282,))
"""Right Superior Vena Cava (SCT 443444008)."""

LeftSuperiorVenaCava: Final[Code] = Code("SCT", "9642004", "Left Superior Vena Cava", (12282,))
"""Left Superior Vena Cava (SCT 9642004)."""

InferiorVenaCava: Final[Code] = Code(
    "SCT", "64131007", "Inferior Vena Cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior Vena Cava (SCT 64131007)."""

HepaticVein: Final[Code] = Code("SCT", "8993003", "Hepatic Vein", (3010, 3607, 12114, 12282))
"""Hepatic Vein (SCT 8993003)."""

HemiFontanPathway: Final[Code] = Code("SCT", "443327008", "Hemi-Fontan Pathway", (12282,))
"""Hemi-Fontan Pathway (SCT 443327008)."""

GlennPathway: Final[Code] = Code("SCT", "443789005", "Glenn Pathway", (12282,))
"""Glenn Pathway (SCT 443789005)."""

FontanPathway: Final[Code] = Code("SCT", "443298009", "Fontan Pathway", (12282,))
"""Fontan Pathway (SCT 443298009)."""

FontanInferiorVenaCavaPathway: Final[Code] = Code(
    "SCT", "443326004", "Fontan Inferior Vena Cava Pathway", (12282,)
)
"""Fontan Inferior Vena Cava Pathway (SCT 443326004)."""

FontanFenestration: Final[Code] = Code("SCT", "443724003", "Fontan Fenestration", (12282, 12284))
"""Fontan Fenestration (SCT 443724003)."""

FontanPulmonaryArteryConnection: Final[Code] = Code(
    "SCT", "443625008", "Fontan Pulmonary Artery Connection", (12282,)
)
"""Fontan Pulmonary Artery Connection (SCT 443625008)."""

FontanBaffleLeak: Final[Code] = Code("SCT", "443461006", "Fontan Baffle Leak", (12282, 12284))
"""Fontan Baffle Leak (SCT 443461006)."""

MustardOrSenningSuperiorVenaCavaPathway: Final[Code] = Code(
    "SCT", "444177009", "Mustard or Senning Superior Vena Cava Pathway", (12282,)
)
"""Mustard or Senning Superior Vena Cava Pathway (SCT 444177009)."""

MustardOrSenningInferiorVenaCavaPathway: Final[Code] = Code(
    "SCT", "444329004", "Mustard or Senning Inferior Vena Cava Pathway", (12282,)
)
"""Mustard or Senning Inferior Vena Cava Pathway (SCT 444329004)."""

MustardOrSenningCommonSystemicVenousPathway: Final[Code] = Code(
    "SCT", "443809000", "Mustard or Senning Common Systemic Venous Pathway", (12282,)
)
"""Mustard or Senning Common Systemic Venous Pathway (SCT 443809000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SuperiorVenaCava,
    RightSuperiorVenaCava,
    LeftSuperiorVenaCava,
    InferiorVenaCava,
    HepaticVein,
    HemiFontanPathway,
    GlennPathway,
    FontanPathway,
    FontanInferiorVenaCavaPathway,
    FontanFenestration,
    FontanPulmonaryArteryConnection,
    FontanBaffleLeak,
    MustardOrSenningSuperiorVenaCavaPathway,
    MustardOrSenningInferiorVenaCavaPathway,
    MustardOrSenningCommonSystemicVenousPathway,
)
"""The resolved membership: own members, then those of the included groups, in order."""
