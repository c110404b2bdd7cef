"""CID 3628 Cardiac Output Method.

Extensible, version 20030327, UID 1.2.840.10008.6.1.173.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3628
NAME: Final[str] = "Cardiac Output Method"
KEYWORD: Final[str | None] = "CardiacOutputMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.173"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ThermalBath: Final[Code] = Code("SCT", "371838001", "Thermal Bath", (3628,))
"""Thermal Bath (SCT 371838001)."""

ThermalInline: Final[Code] = Code("SCT", "371843008", "Thermal Inline", (3628,))
"""Thermal Inline (SCT 371843008)."""

DyeDilution: Final[Code] = Code("SCT", "373104003", "Dye Dilution", (3628,))
"""Dye Dilution (SCT 373104003)."""

MEMBERS: Final[tuple[Code, ...]] = (ThermalBath, ThermalInline, DyeDilution)
"""The resolved membership: own members, then those of the included groups, in order."""
