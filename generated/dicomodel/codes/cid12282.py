"""CID 12282 Cardiac Ultrasound Venous Return Systemic Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.862.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12282
NAME: _Final[str] = "Cardiac Ultrasound Venous Return Systemic Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundVenousReturnSystemicFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.862"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "48345005", "Superior Vena Cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior Vena Cava (SCT 48345005)."""

RightSuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "443444008", "Right Superior Vena Cava", (12282,)
)
"""Right Superior Vena Cava (SCT 443444008)."""

LeftSuperiorVenaCava: _Final[_Code] = _Code("SCT", "9642004", "Left Superior Vena Cava", (12282,))
"""Left Superior Vena Cava (SCT 9642004)."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior Vena Cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior Vena Cava (SCT 64131007)."""

HepaticVein: _Final[_Code] = _Code("SCT", "8993003", "Hepatic Vein", (3010, 3607, 12114, 12282))
"""Hepatic Vein (SCT 8993003)."""

HemiFontanPathway: _Final[_Code] = _Code("SCT", "443327008", "Hemi-Fontan Pathway", (12282,))
"""Hemi-Fontan Pathway (SCT 443327008)."""

GlennPathway: _Final[_Code] = _Code("SCT", "443789005", "Glenn Pathway", (12282,))
"""Glenn Pathway (SCT 443789005)."""

FontanPathway: _Final[_Code] = _Code("SCT", "443298009", "Fontan Pathway", (12282,))
"""Fontan Pathway (SCT 443298009)."""

FontanInferiorVenaCavaPathway: _Final[_Code] = _Code(
    "SCT", "443326004", "Fontan Inferior Vena Cava Pathway", (12282,)
)
"""Fontan Inferior Vena Cava Pathway (SCT 443326004)."""

FontanFenestration: _Final[_Code] = _Code("SCT", "443724003", "Fontan Fenestration", (12282, 12284))
"""Fontan Fenestration (SCT 443724003)."""

FontanPulmonaryArteryConnection: _Final[_Code] = _Code(
    "SCT", "443625008", "Fontan Pulmonary Artery Connection", (12282,)
)
"""Fontan Pulmonary Artery Connection (SCT 443625008)."""

FontanBaffleLeak: _Final[_Code] = _Code("SCT", "443461006", "Fontan Baffle Leak", (12282, 12284))
"""Fontan Baffle Leak (SCT 443461006)."""

MustardOrSenningSuperiorVenaCavaPathway: _Final[_Code] = _Code(
    "SCT", "444177009", "Mustard or Senning Superior Vena Cava Pathway", (12282,)
)
"""Mustard or Senning Superior Vena Cava Pathway (SCT 444177009)."""

MustardOrSenningInferiorVenaCavaPathway: _Final[_Code] = _Code(
    "SCT", "444329004", "Mustard or Senning Inferior Vena Cava Pathway", (12282,)
)
"""Mustard or Senning Inferior Vena Cava Pathway (SCT 444329004)."""

MustardOrSenningCommonSystemicVenousPathway: _Final[_Code] = _Code(
    "SCT", "443809000", "Mustard or Senning Common Systemic Venous Pathway", (12282,)
)
"""Mustard or Senning Common Systemic Venous Pathway (SCT 443809000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
