"""CID 3203 Exerciser Device.

Extensible, version 20080927, UID 1.2.840.10008.6.1.758.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3203
NAME: _Final[str] = "Exerciser Device"
KEYWORD: _Final[str | None] = "ExerciserDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.758"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BicycleErgometer: _Final[_Code] = _Code("SCT", "739006", "Bicycle ergometer", (3203,))
"""Bicycle ergometer (SCT 739006)."""

Treadmill: _Final[_Code] = _Code("SCT", "1211003", "Treadmill", (3203,))
"""Treadmill (SCT 1211003)."""

ArmErgometer: _Final[_Code] = _Code("SCT", "429560009", "Arm ergometer", (3203,))
"""Arm ergometer (SCT 429560009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BicycleErgometer, Treadmill, ArmErgometer)
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
