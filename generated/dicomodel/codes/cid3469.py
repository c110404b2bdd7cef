"""CID 3469 ES Volume.

Extensible, version 20040614, UID 1.2.840.10008.6.1.111.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3469
NAME: _Final[str] = "ES Volume"
KEYWORD: _Final[str | None] = "ESVolume"
UID: _Final[str | None] = "1.2.840.10008.6.1.111"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricularESVolume: _Final[_Code] = _Code(
    "LN", "8823-7", "Left Ventricular ES Volume", (3469,)
)
"""Left Ventricular ES Volume (LN 8823-7)."""

RightVentricularESVolume: _Final[_Code] = _Code(
    "LN", "8824-5", "Right Ventricular ES Volume", (3469,)
)
"""Right Ventricular ES Volume (LN 8824-5)."""

LeftAtrialESVolume: _Final[_Code] = _Code("DCM", "122408", "Left Atrial ES Volume", (3469,))
"""Left Atrial ES Volume (DCM 122408)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
