"""CID 3777 Implanted Device.

Extensible, version 20070827, UID 1.2.840.10008.6.1.263.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3777
NAME: _Final[str] = "Implanted Device"
KEYWORD: _Final[str | None] = "ImplantedDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.263"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacPacemaker: _Final[_Code] = _Code(
    "SCT", "14106009", "Cardiac pacemaker", (1000, 3777, 6404, 7157)
)
"""Cardiac pacemaker (SCT 14106009)."""

ImplantableDefibrillator: _Final[_Code] = _Code(
    "SCT", "72506001", "Implantable defibrillator", (3777, 7157)
)
"""Implantable defibrillator (SCT 72506001)."""

LeftVentricularAssistDevice: _Final[_Code] = _Code(
    "SCT", "360066001", "Left ventricular assist device", (3553, 3777, 7157)
)
"""Left ventricular assist device (SCT 360066001)."""

InsulinPump: _Final[_Code] = _Code("SCT", "69805005", "Insulin pump", (3777,))
"""Insulin pump (SCT 69805005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CardiacPacemaker,
    ImplantableDefibrillator,
    LeftVentricularAssistDevice,
    InsulinPump,
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
