"""CID 3551 Ventilation Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.147.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3551
NAME: _Final[str] = "Ventilation Action"
KEYWORD: _Final[str | None] = "VentilationAction"
UID: _Final[str | None] = "1.2.840.10008.6.1.147"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BeginVentilation: _Final[_Code] = _Code("DCM", "121168", "Begin Ventilation", (3551,))
"""Begin Ventilation (DCM 121168)."""

EndVentilation: _Final[_Code] = _Code("DCM", "121169", "End Ventilation", (3551,))
"""End Ventilation (DCM 121169)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BeginVentilation, EndVentilation)
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
