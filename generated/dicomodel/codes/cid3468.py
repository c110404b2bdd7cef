"""CID 3468 ED Volume.

Extensible, version 20110124, UID 1.2.840.10008.6.1.110.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3468
NAME: _Final[str] = "ED Volume"
KEYWORD: _Final[str | None] = "EDVolume"
UID: _Final[str | None] = "1.2.840.10008.6.1.110"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricularEDVolume: _Final[_Code] = _Code(
    "LN", "8821-1", "Left Ventricular ED Volume", (3468,)
)
"""Left Ventricular ED Volume (LN 8821-1)."""

RightVentricularEDVolume: _Final[_Code] = _Code(
    "LN", "8822-9", "Right Ventricular ED Volume", (3468,)
)
"""Right Ventricular ED Volume (LN 8822-9)."""

LeftAtrialEDVolume: _Final[_Code] = _Code("DCM", "122407", "Left Atrial ED Volume", (3468,))
"""Left Atrial ED Volume (DCM 122407)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricularEDVolume,
    RightVentricularEDVolume,
    LeftAtrialEDVolume,
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
