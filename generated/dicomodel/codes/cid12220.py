"""CID 12220 Echocardiography Common Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.612.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12220
NAME: Final[str] = "Echocardiography Common Measurement"
KEYWORD: Final[str | None] = "EchocardiographyCommonMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.612"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HeartRate: Final[Code] = Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4)."""

MEMBERS: Final[tuple[Code, ...]] = (HeartRate,)
"""The resolved membership: own members, then those of the included groups, in order."""
