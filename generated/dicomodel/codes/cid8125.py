"""CID 8125 Microscopy Illuminator Type.

Extensible, version 20100824, UID 1.2.840.10008.6.1.902.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8125
NAME: Final[str] = "Microscopy Illuminator Type"
KEYWORD: Final[str | None] = "MicroscopyIlluminatorType"
UID: Final[str | None] = "1.2.840.10008.6.1.902"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100824"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TungstenHalogenLamp: Final[Code] = Code("SCT", "445679001", "Tungsten halogen lamp", (8125,))
"""Tungsten halogen lamp (SCT 445679001)."""

MercuryArcLamp: Final[Code] = Code("SCT", "445685008", "Mercury arc lamp", (8125,))
"""Mercury arc lamp (SCT 445685008)."""

XenonArcLamp: Final[Code] = Code("SCT", "445671003", "Xenon arc lamp", (8125,))
"""Xenon arc lamp (SCT 445671003)."""

LightEmittingDiode: Final[Code] = Code("SCT", "445683001", "Light emitting diode", (8125,))
"""Light emitting diode (SCT 445683001)."""

Laser: Final[Code] = Code("SCT", "122456005", "Laser", (8125,))
"""Laser (SCT 122456005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TungstenHalogenLamp,
    MercuryArcLamp,
    XenonArcLamp,
    LightEmittingDiode,
    Laser,
)
"""The resolved membership: own members, then those of the included groups, in order."""
