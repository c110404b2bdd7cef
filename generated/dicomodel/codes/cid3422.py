"""CID 3422 Device Use Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.85.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3422
NAME: _Final[str] = "Device Use Action"
KEYWORD: _Final[str | None] = "DeviceUseAction"
UID: _Final[str | None] = "1.2.840.10008.6.1.85"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DeviceInsertedIntoSheath: _Final[_Code] = _Code(
    "SCT", "371877003", "Device inserted into sheath", (3422,)
)
"""Device inserted into sheath (SCT 371877003)."""

DeviceAtSiteOfInterest: _Final[_Code] = _Code(
    "SCT", "371876007", "Device at site of interest", (3422,)
)
"""Device at site of interest (SCT 371876007)."""

DeviceWithdrawnRemoved: _Final[_Code] = _Code(
    "SCT", "371875006", "Device withdrawn / removed", (3422,)
)
"""Device withdrawn / removed (SCT 371875006)."""

DeviceAppliedToPatient: _Final[_Code] = _Code(
    "SCT", "373061006", "Device applied to patient", (3422,)
)
"""Device applied to patient (SCT 373061006)."""

DeviceUsed: _Final[_Code] = _Code("SCT", "373062004", "Device used", (3422,))
"""Device used (SCT 373062004)."""

DeviceCrossedSeptum: _Final[_Code] = _Code("SCT", "386125002", "Device crossed septum", (3422,))
"""Device crossed septum (SCT 386125002)."""

DeviceCrossedLesion: _Final[_Code] = _Code("DCM", "122089", "Device crossed lesion", (3422,))
"""Device crossed lesion (DCM 122089)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DeviceInsertedIntoSheath,
    DeviceAtSiteOfInterest,
    DeviceWithdrawnRemoved,
    DeviceAppliedToPatient,
    DeviceUsed,
    DeviceCrossedSeptum,
    DeviceCrossedLesion,
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
