"""CID 12121 Vascular Index/Ratio.

Extensible, version 20050110, UID 1.2.840.10008.6.1.587.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12121
NAME: _Final[str] = "Vascular Index/Ratio"
KEYWORD: _Final[str | None] = "VascularIndexRatio"
UID: _Final[str | None] = "1.2.840.10008.6.1.587"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AccelerationIndex: _Final[_Code] = _Code("LN", "20167-3", "Acceleration Index", (12121, 12222))
"""Acceleration Index (LN 20167-3)."""

LumenAreaStenosis: _Final[_Code] = _Code("SCT", "408714007", "Lumen Area Stenosis", (12121,))
"""Lumen Area Stenosis (SCT 408714007)."""

LumenDiameterStenosis: _Final[_Code] = _Code(
    "SCT", "408715008", "Lumen Diameter Stenosis", (12121,)
)
"""Lumen Diameter Stenosis (SCT 408715008)."""

PulsatilityIndex: _Final[_Code] = _Code("LN", "12008-9", "Pulsatility Index", (12121,))
"""Pulsatility Index (LN 12008-9)."""

ResistivityIndex: _Final[_Code] = _Code("LN", "12023-8", "Resistivity Index", (12121,))
"""Resistivity Index (LN 12023-8)."""

SystolicToDiastolicVelocityRatio: _Final[_Code] = _Code(
    "LN", "12144-2", "Systolic to Diastolic Velocity Ratio", (12121, 12222)
)
"""Systolic to Diastolic Velocity Ratio (LN 12144-2)."""

VelocityRatio: _Final[_Code] = _Code("LN", "33867-3", "Velocity ratio", (12121,))
"""Velocity ratio (LN 33867-3)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AccelerationIndex,
    LumenAreaStenosis,
    LumenDiameterStenosis,
    PulsatilityIndex,
    ResistivityIndex,
    SystolicToDiastolicVelocityRatio,
    VelocityRatio,
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
