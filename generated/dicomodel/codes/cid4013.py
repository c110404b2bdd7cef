"""CID 4013 Anatomic Region for Mammography.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.297.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4013
NAME: _Final[str] = "Anatomic Region for Mammography"
KEYWORD: _Final[str | None] = "AnatomicRegionForMammography"
UID: _Final[str | None] = "1.2.840.10008.6.1.297"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Breast: _Final[_Code] = _Code("SCT", "76752008", "Breast", (645, 4013, 4031, 10044, 12321))
"""Breast (SCT 76752008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Breast,)
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
