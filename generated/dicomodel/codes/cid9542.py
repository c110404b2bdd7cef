"""CID 9542 Compensator Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1289.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9542
NAME: Final[str] = "Compensator Device Type"
KEYWORD: Final[str | None] = "CompensatorDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1289"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PhysicalCompensator: Final[Code] = Code("DCM", "130340", "Physical Compensator", (9542,))
"""Physical Compensator (DCM 130340)."""

MEMBERS: Final[tuple[Code, ...]] = (PhysicalCompensator,)
"""The resolved membership: own members, then those of the included groups, in order."""
