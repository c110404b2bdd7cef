"""CID 9542 Compensator Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1289.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9542
NAME: _Final[str] = "Compensator Device Type"
KEYWORD: _Final[str | None] = "CompensatorDeviceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1289"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190715"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PhysicalCompensator: _Final[_Code] = _Code("DCM", "130340", "Physical Compensator", (9542,))
"""Physical Compensator (DCM 130340)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PhysicalCompensator,)
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
