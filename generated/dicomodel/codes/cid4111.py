"""CID 4111 Contrast Characteristic.

Extensible, version 20141110, UID 1.2.840.10008.6.1.996.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4111
NAME: Final[str] = "Contrast Characteristic"
KEYWORD: Final[str | None] = "ContrastCharacteristic"
UID: Final[str | None] = "1.2.840.10008.6.1.996"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ContrastLongitudinalRelaxivity: Final[Code] = Code(
    "DCM", "126380", "Contrast Longitudinal Relaxivity", (4111,)
)
"""Contrast Longitudinal Relaxivity (DCM 126380)."""

MEMBERS: Final[tuple[Code, ...]] = (ContrastLongitudinalRelaxivity,)
"""The resolved membership: own members, then those of the included groups, in order."""
