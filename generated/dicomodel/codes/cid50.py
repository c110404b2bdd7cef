"""CID 50 Instance Availability Status.

Non-extensible, version 20090616, UID 1.2.840.10008.6.1.811.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 50
NAME: Final[str] = "Instance Availability Status"
KEYWORD: Final[str | None] = "InstanceAvailabilityStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.811"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20090616"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Nearline: Final[Code] = Code("DCM", "NEARLINE", "Nearline", (50,))
"""Nearline (DCM NEARLINE)."""

Offline: Final[Code] = Code("DCM", "OFFLINE", "Offline", (50,))
"""Offline (DCM OFFLINE)."""

Online: Final[Code] = Code("DCM", "ONLINE", "Online", (50,))
"""Online (DCM ONLINE)."""

Unavailable: Final[Code] = Code("DCM", "UNAVAILABLE", "Unavailable", (50,))
"""Unavailable (DCM UNAVAILABLE)."""

MEMBERS: Final[tuple[Code, ...]] = (Nearline, Offline, Online, Unavailable)
"""The resolved membership: own members, then those of the included groups, in order."""
