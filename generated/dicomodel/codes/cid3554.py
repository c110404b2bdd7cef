"""CID 3554 Ventilation.

Extensible, version 20030327, UID 1.2.840.10008.6.1.150.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3554
NAME: Final[str] = "Ventilation"
KEYWORD: Final[str | None] = "Ventilation"
UID: Final[str | None] = "1.2.840.10008.6.1.150"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AmbuBag: Final[Code] = Code("SCT", "371785003", "Ambu Bag", (3554,))
"""Ambu Bag (SCT 371785003)."""

PressureSupportVentilator: Final[Code] = Code(
    "SCT", "371786002", "Pressure Support Ventilator", (3554,)
)
"""Pressure Support Ventilator (SCT 371786002)."""

VolumeSupportVentilator: Final[Code] = Code(
    "SCT", "371787006", "Volume Support Ventilator", (3554,)
)
"""Volume Support Ventilator (SCT 371787006)."""

MEMBERS: Final[tuple[Code, ...]] = (AmbuBag, PressureSupportVentilator, VolumeSupportVentilator)
"""The resolved membership: own members, then those of the included groups, in order."""
