"""CID 6090 Relative Usage/Exposure Amount.

Extensible, version 20050822, UID 1.2.840.10008.6.1.412.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6090
NAME: Final[str] = "Relative Usage/Exposure Amount"
KEYWORD: Final[str | None] = "RelativeUsageExposureAmount"
UID: Final[str | None] = "1.2.840.10008.6.1.412"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

High: Final[Code] = Code("DCM", "111575", "High", (6090,))
"""High (DCM 111575)."""

Medium: Final[Code] = Code("DCM", "111576", "Medium", (6090,))
"""Medium (DCM 111576)."""

Low: Final[Code] = Code("DCM", "111577", "Low", (6090,))
"""Low (DCM 111577)."""

NoKnownExposure: Final[Code] = Code("DCM", "111587", "No known exposure", (6090,))
"""No known exposure (DCM 111587)."""

MEMBERS: Final[tuple[Code, ...]] = (High, Medium, Low, NoKnownExposure)
"""The resolved membership: own members, then those of the included groups, in order."""
