"""CID 3442 Peripheral Pulse Method.

Extensible, version 20240611, UID 1.2.840.10008.6.1.95.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3442
NAME: Final[str] = "Peripheral Pulse Method"
KEYWORD: Final[str | None] = "PeripheralPulseMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.95"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Palpation: Final[Code] = Code("SCT", "113011001", "Palpation", (3442,))
"""Palpation (SCT 113011001)."""

Doppler: Final[Code] = Code("SCT", "420717009", "Doppler", (3442,))
"""Doppler (SCT 420717009)."""

MEMBERS: Final[tuple[Code, ...]] = (Palpation, Doppler)
"""The resolved membership: own members, then those of the included groups, in order."""
