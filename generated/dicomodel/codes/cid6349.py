"""CID 6349 MR Coil Type.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1406.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6349
NAME: _Final[str] = "MR Coil Type"
KEYWORD: _Final[str | None] = "MRCoilType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1406"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EndorectalCoil: _Final[_Code] = _Code("RADLEX", "RID10809", "Endorectal coil", (6349,))
"""Endorectal coil (RADLEX RID10809)."""

MEMBERS: _Final[tuple[_Code, ...]] = (EndorectalCoil,)
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
