"""CID 9581 Radiotherapy Registration Mark.

Extensible, version 20220402, UID 1.2.840.10008.6.1.1443.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9581
NAME: _Final[str] = "Radiotherapy Registration Mark"
KEYWORD: _Final[str | None] = "RadiotherapyRegistrationMark"
UID: _Final[str | None] = "1.2.840.10008.6.1.1443"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FiducialMark: _Final[_Code] = _Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171)."""

MEMBERS: _Final[tuple[_Code, ...]] = (FiducialMark,)
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
