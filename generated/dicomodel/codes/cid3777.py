"""CID 3777 Implanted Device.

Extensible, version 20070827, UID 1.2.840.10008.6.1.263.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3777
NAME: Final[str] = "Implanted Device"
KEYWORD: Final[str | None] = "ImplantedDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.263"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CardiacPacemaker: Final[Code] = Code(
    "SCT", "14106009", "Cardiac pacemaker", (1000, 3777, 6404, 7157)
)
"""Cardiac pacemaker (SCT 14106009)."""

ImplantableDefibrillator: Final[Code] = Code(
    "SCT", "72506001", "Implantable defibrillator", (3777, 7157)
)
"""Implantable defibrillator (SCT 72506001)."""

LeftVentricularAssistDevice: Final[Code] = Code(
    "SCT", "360066001", "Left ventricular assist device", (3553, 3777, 7157)
)
"""Left ventricular assist device (SCT 360066001)."""

InsulinPump: Final[Code] = Code("SCT", "69805005", "Insulin pump", (3777,))
"""Insulin pump (SCT 69805005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CardiacPacemaker,
    ImplantableDefibrillator,
    LeftVentricularAssistDevice,
    InsulinPump,
)
"""The resolved membership: own members, then those of the included groups, in order."""
