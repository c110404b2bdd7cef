"""CID 6345 MRI Enhancement Pattern.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1402.
Includes CID 6346.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6345
NAME: _Final[str] = "MRI Enhancement Pattern"
KEYWORD: _Final[str | None] = "MRIEnhancementPattern"
UID: _Final[str | None] = "1.2.840.10008.6.1.1402"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = (6346,)
EXTERNAL_SCHEME: _Final[str | None] = None

EarlyPhaseWashIn: _Final[_Code] = _Code("RADLEX", "RID49530", "Early phase wash-in", (6346,))
"""Early phase wash-in (RADLEX RID49530). Included from CID 6346."""

DelayedPhase: _Final[_Code] = _Code("RADLEX", "RID11081", "Delayed phase", (6346,))
"""Delayed phase (RADLEX RID11081). Included from CID 6346."""

PersistentDelayedPhase: _Final[_Code] = _Code(
    "RADLEX", "RID34331", "Persistent delayed phase", (6346,)
)
"""Persistent delayed phase (RADLEX RID34331). Included from CID 6346."""

PersistentDelayedPhaseType1Curve: _Final[_Code] = _Code(
    "DCM", "130597", "Persistent delayed phase: Type 1 curve", (6346,)
)
"""Persistent delayed phase: Type 1 curve (DCM 130597). Included from CID 6346."""

PlateauDelayedPhase: _Final[_Code] = _Code("RADLEX", "RID34332", "Plateau delayed phase", (6346,))
"""Plateau delayed phase (RADLEX RID34332). Included from CID 6346."""

PlateauDelayedPhaseType2Curve: _Final[_Code] = _Code(
    "DCM", "130598", "Plateau delayed phase: Type 2 curve", (6346,)
)
"""Plateau delayed phase: Type 2 curve (DCM 130598). Included from CID 6346."""

WashoutDelayedPhase: _Final[_Code] = _Code("RADLEX", "RID34333", "Washout delayed phase", (6346,))
"""Washout delayed phase (RADLEX RID34333). Included from CID 6346."""

WashoutDelayedPhaseType3Curve: _Final[_Code] = _Code(
    "DCM", "130599", "Washout delayed phase: Type 3 curve", (6346,)
)
"""Washout delayed phase: Type 3 curve (DCM 130599). Included from CID 6346."""

PositiveDCE: _Final[_Code] = _Code("DCM", "130600", "Positive DCE", (6346,))
"""Positive DCE (DCM 130600). Included from CID 6346."""

NegativeDCE: _Final[_Code] = _Code("DCM", "130601", "Negative DCE", (6346,))
"""Negative DCE (DCM 130601). Included from CID 6346."""

LateContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "122664", "Late Contrast Enhancement", (6346,)
)
"""Late Contrast Enhancement (DCM 122664). Included from CID 6346."""

EarlyContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130602", "Early Contrast Enhancement", (6346,)
)
"""Early Contrast Enhancement (DCM 130602). Included from CID 6346."""

DiffuseContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130603", "Diffuse Contrast Enhancement", (6346,)
)
"""Diffuse Contrast Enhancement (DCM 130603). Included from CID 6346."""

FocalContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130604", "Focal Contrast Enhancement", (6346,)
)
"""Focal Contrast Enhancement (DCM 130604). Included from CID 6346."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EarlyPhaseWashIn,
    DelayedPhase,
    PersistentDelayedPhase,
    PersistentDelayedPhaseType1Curve,
    PlateauDelayedPhase,
    PlateauDelayedPhaseType2Curve,
    WashoutDelayedPhase,
    WashoutDelayedPhaseType3Curve,
    PositiveDCE,
    NegativeDCE,
    LateContrastEnhancement,
    EarlyContrastEnhancement,
    DiffuseContrastEnhancement,
    FocalContrastEnhancement,
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
