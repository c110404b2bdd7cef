"""CID 3531 Oxygen Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.145.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3531
NAME: _Final[str] = "Oxygen Administration"
KEYWORD: _Final[str | None] = "OxygenAdministration"
UID: _Final[str | None] = "1.2.840.10008.6.1.145"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OxygenAdministrationByNasalCannula: _Final[_Code] = _Code(
    "SCT", "371907003", "Oxygen Administration by nasal cannula", (3531,)
)
"""Oxygen Administration by nasal cannula (SCT 371907003)."""

OxygenAdministrationByMask: _Final[_Code] = _Code(
    "SCT", "371908008", "Oxygen Administration by mask", (3531,)
)
"""Oxygen Administration by mask (SCT 371908008)."""

OxygenAdministrationByVentilator: _Final[_Code] = _Code(
    "DCM", "121163", "Oxygen Administration by ventilator", (3531,)
)
"""Oxygen Administration by ventilator (DCM 121163)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    OxygenAdministrationByNasalCannula,
    OxygenAdministrationByMask,
    OxygenAdministrationByVentilator,
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
