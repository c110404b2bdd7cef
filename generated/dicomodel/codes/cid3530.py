"""CID 3530 Oxygen Administration Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.144.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3530
NAME: _Final[str] = "Oxygen Administration Action"
KEYWORD: _Final[str | None] = "OxygenAdministrationAction"
UID: _Final[str | None] = "1.2.840.10008.6.1.144"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BeginOxygenAdministration: _Final[_Code] = _Code(
    "DCM", "121161", "Begin oxygen administration", (3530,)
)
"""Begin oxygen administration (DCM 121161)."""

EndOxygenAdministration: _Final[_Code] = _Code(
    "DCM", "121162", "End oxygen administration", (3530,)
)
"""End oxygen administration (DCM 121162)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BeginOxygenAdministration, EndOxygenAdministration)
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
