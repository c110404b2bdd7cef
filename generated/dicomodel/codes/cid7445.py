"""CID 7445 Device Participating Role.

Extensible, version 20120406, UID 1.2.840.10008.6.1.1042.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7445
NAME: Final[str] = "Device Participating Role"
KEYWORD: Final[str | None] = "DeviceParticipatingRole"
UID: Final[str | None] = "1.2.840.10008.6.1.1042"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20120406"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IrradiatingDevice: Final[Code] = Code("DCM", "113859", "Irradiating Device", (7445,))
"""Irradiating Device (DCM 113859)."""

Recording: Final[Code] = Code("DCM", "121097", "Recording", (7445, 7453))
"""Recording (DCM 121097)."""

XRayReadingDevice: Final[Code] = Code("DCM", "113942", "X-Ray Reading Device", (7445,))
"""X-Ray Reading Device (DCM 113942)."""

MEMBERS: Final[tuple[Code, ...]] = (IrradiatingDevice, Recording, XRayReadingDevice)
"""The resolved membership: own members, then those of the included groups, in order."""
