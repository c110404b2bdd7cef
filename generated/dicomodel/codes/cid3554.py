"""CID 3554 Ventilation.

Extensible, version 20030327, UID 1.2.840.10008.6.1.150.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3554
NAME: _Final[str] = "Ventilation"
KEYWORD: _Final[str | None] = "Ventilation"
UID: _Final[str | None] = "1.2.840.10008.6.1.150"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AmbuBag: _Final[_Code] = _Code("SCT", "371785003", "Ambu Bag", (3554,))
"""Ambu Bag (SCT 371785003)."""

PressureSupportVentilator: _Final[_Code] = _Code(
    "SCT", "371786002", "Pressure Support Ventilator", (3554,)
)
"""Pressure Support Ventilator (SCT 371786002)."""

VolumeSupportVentilator: _Final[_Code] = _Code(
    "SCT", "371787006", "Volume Support Ventilator", (3554,)
)
"""Volume Support Ventilator (SCT 371787006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AmbuBag, PressureSupportVentilator, VolumeSupportVentilator)
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
