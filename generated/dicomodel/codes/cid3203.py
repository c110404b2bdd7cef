"""CID 3203 Exerciser Device.

Extensible, version 20080927, UID 1.2.840.10008.6.1.758.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3203
NAME: Final[str] = "Exerciser Device"
KEYWORD: Final[str | None] = "ExerciserDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.758"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BicycleErgometer: Final[Code] = Code("SCT", "739006", "Bicycle ergometer", (3203,))
"""Bicycle ergometer (SCT 739006)."""

Treadmill: Final[Code] = Code("SCT", "1211003", "Treadmill", (3203,))
"""Treadmill (SCT 1211003)."""

ArmErgometer: Final[Code] = Code("SCT", "429560009", "Arm ergometer", (3203,))
"""Arm ergometer (SCT 429560009)."""

MEMBERS: Final[tuple[Code, ...]] = (BicycleErgometer, Treadmill, ArmErgometer)
"""The resolved membership: own members, then those of the included groups, in order."""
