"""CID 3835 Cardiac Volume Measurement.

Extensible, version 20051103, UID 1.2.840.10008.6.1.285.
Includes CID 3468, CID 3469.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3835
NAME: _Final[str] = "Cardiac Volume Measurement"
KEYWORD: _Final[str | None] = "CardiacVolumeMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.285"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = (3468, 3469)
EXTERNAL_SCHEME: _Final[str | None] = None

StrokeVolume: _Final[_Code] = _Code("SCT", "90096001", "Stroke Volume", (3835, 12239, 12304))
"""Stroke Volume (SCT 90096001)."""

LeftVentricularEDVolume: _Final[_Code] = _Code(
    "LN", "8821-1", "Left Ventricular ED Volume", (3468,)
)
"""Left Ventricular ED Volume (LN 8821-1). Included from CID 3468."""

RightVentricularEDVolume: _Final[_Code] = _Code(
    "LN", "8822-9", "Right Ventricular ED Volume", (3468,)
)
"""Right Ventricular ED Volume (LN 8822-9). Included from CID 3468."""

LeftAtrialEDVolume: _Final[_Code] = _Code("DCM", "122407", "Left Atrial ED Volume", (3468,))
"""Left Atrial ED Volume (DCM 122407). Included from CID 3468."""

LeftVentricularESVolume: _Final[_Code] = _Code(
    "LN", "8823-7", "Left Ventricular ES Volume", (3469,)
)
"""Left Ventricular ES Volume (LN 8823-7). Included from CID 3469."""

RightVentricularESVolume: _Final[_Code] = _Code(
    "LN", "8824-5", "Right Ventricular ES Volume", (3469,)
)
"""Right Ventricular ES Volume (LN 8824-5). Included from CID 3469."""

LeftAtrialESVolume: _Final[_Code] = _Code("DCM", "122408", "Left Atrial ES Volume", (3469,))
"""Left Atrial ES Volume (DCM 122408). Included from CID 3469."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StrokeVolume,
    LeftVentricularEDVolume,
    RightVentricularEDVolume,
    LeftAtrialEDVolume,
    LeftVentricularESVolume,
    RightVentricularESVolume,
    LeftAtrialESVolume,
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
