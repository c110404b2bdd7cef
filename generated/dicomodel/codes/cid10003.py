"""CID 10003 Equipment Plane Identification.

Extensible, version 20081028, UID 1.2.840.10008.6.1.537.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10003
NAME: _Final[str] = "Equipment Plane Identification"
KEYWORD: _Final[str | None] = "EquipmentPlaneIdentification"
UID: _Final[str | None] = "1.2.840.10008.6.1.537"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20081028"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PlaneA: _Final[_Code] = _Code("DCM", "113620", "Plane A", (10003,))
"""Plane A (DCM 113620)."""

PlaneB: _Final[_Code] = _Code("DCM", "113621", "Plane B", (10003,))
"""Plane B (DCM 113621)."""

SinglePlane: _Final[_Code] = _Code("DCM", "113622", "Single Plane", (10003,))
"""Single Plane (DCM 113622)."""

AllPlanes: _Final[_Code] = _Code("DCM", "113890", "All Planes", (10003,))
"""All Planes (DCM 113890)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PlaneA, PlaneB, SinglePlane, AllPlanes)
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
