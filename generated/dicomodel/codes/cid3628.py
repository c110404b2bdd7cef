"""CID 3628 Cardiac Output Method.

Extensible, version 20030327, UID 1.2.840.10008.6.1.173.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3628
NAME: _Final[str] = "Cardiac Output Method"
KEYWORD: _Final[str | None] = "CardiacOutputMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.173"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ThermalBath: _Final[_Code] = _Code("SCT", "371838001", "Thermal Bath", (3628,))
"""Thermal Bath (SCT 371838001)."""

ThermalInline: _Final[_Code] = _Code("SCT", "371843008", "Thermal Inline", (3628,))
"""Thermal Inline (SCT 371843008)."""

DyeDilution: _Final[_Code] = _Code("SCT", "373104003", "Dye Dilution", (3628,))
"""Dye Dilution (SCT 373104003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ThermalBath, ThermalInline, DyeDilution)
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
