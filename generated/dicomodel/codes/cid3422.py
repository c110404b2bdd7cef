"""CID 3422 Device Use Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.85.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3422
NAME: Final[str] = "Device Use Action"
KEYWORD: Final[str | None] = "DeviceUseAction"
UID: Final[str | None] = "1.2.840.10008.6.1.85"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DeviceInsertedIntoSheath: Final[Code] = Code(
    "SCT", "371877003", "Device inserted into sheath", (3422,)
)
"""Device inserted into sheath (SCT 371877003)."""

DeviceAtSiteOfInterest: Final[Code] = Code(
    "SCT", "371876007", "Device at site of interest", (3422,)
)
"""Device at site of interest (SCT 371876007)."""

DeviceWithdrawnRemoved: Final[Code] = Code(
    "SCT", "371875006", "Device withdrawn / removed", (3422,)
)
"""Device withdrawn / removed (SCT 371875006)."""

DeviceAppliedToPatient: Final[Code] = Code("SCT", "373061006", "Device applied to patient", (3422,))
"""Device applied to patient (SCT 373061006)."""

DeviceUsed: Final[Code] = Code("SCT", "373062004", "Device used", (3422,))
"""Device used (SCT 373062004)."""

DeviceCrossedSeptum: Final[Code] = Code("SCT", "386125002", "Device crossed septum", (3422,))
"""Device crossed septum (SCT 386125002)."""

DeviceCrossedLesion: Final[Code] = Code("DCM", "122089", "Device crossed lesion", (3422,))
"""Device crossed lesion (DCM 122089)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DeviceInsertedIntoSheath,
    DeviceAtSiteOfInterest,
    DeviceWithdrawnRemoved,
    DeviceAppliedToPatient,
    DeviceUsed,
    DeviceCrossedSeptum,
    DeviceCrossedLesion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
