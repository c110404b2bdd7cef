"""CID 4100 T1 Measurement Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.985.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4100
NAME: Final[str] = "T1 Measurement Method"
KEYWORD: Final[str | None] = "T1MeasurementMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.985"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

T1ByMultipleFlipAngles: Final[Code] = Code("DCM", "126350", "T1 by Multiple Flip Angles", (4100,))
"""T1 by Multiple Flip Angles (DCM 126350)."""

T1ByInversionRecovery: Final[Code] = Code("DCM", "126351", "T1 by Inversion Recovery", (4100,))
"""T1 by Inversion Recovery (DCM 126351)."""

T1ByFixedValue: Final[Code] = Code("DCM", "126352", "T1 by Fixed Value", (4100,))
"""T1 by Fixed Value (DCM 126352)."""

MEMBERS: Final[tuple[Code, ...]] = (T1ByMultipleFlipAngles, T1ByInversionRecovery, T1ByFixedValue)
"""The resolved membership: own members, then those of the included groups, in order."""
