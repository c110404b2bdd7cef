"""CID 12234 Respiration State.

Extensible, version 20030918, UID 1.2.840.10008.6.1.625.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12234
NAME: _Final[str] = "Respiration State"
KEYWORD: _Final[str | None] = "RespirationState"
UID: _Final[str | None] = "1.2.840.10008.6.1.625"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Inspiration: _Final[_Code] = _Code("SCT", "14910006", "Inspiration", (3823, 12234))
"""Inspiration (SCT 14910006)."""

Expiration: _Final[_Code] = _Code("SCT", "58322009", "Expiration", (3823, 12234))
"""Expiration (SCT 58322009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Inspiration, Expiration)
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
