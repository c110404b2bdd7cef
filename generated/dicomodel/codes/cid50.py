"""CID 50 Instance Availability Status.

Non-extensible, version 20090616, UID 1.2.840.10008.6.1.811.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 50
NAME: _Final[str] = "Instance Availability Status"
KEYWORD: _Final[str | None] = "InstanceAvailabilityStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.811"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20090616"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Nearline: _Final[_Code] = _Code("DCM", "NEARLINE", "Nearline", (50,))
"""Nearline (DCM NEARLINE)."""

Offline: _Final[_Code] = _Code("DCM", "OFFLINE", "Offline", (50,))
"""Offline (DCM OFFLINE)."""

Online: _Final[_Code] = _Code("DCM", "ONLINE", "Online", (50,))
"""Online (DCM ONLINE)."""

Unavailable: _Final[_Code] = _Code("DCM", "UNAVAILABLE", "Unavailable", (50,))
"""Unavailable (DCM UNAVAILABLE)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Nearline, Offline, Online, Unavailable)
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
