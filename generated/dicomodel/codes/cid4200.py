"""CID 4200 Ophthalmic Imaging Agent.

Extensible, version 20040921, UID 1.2.840.10008.6.1.316.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4200
NAME: Final[str] = "Ophthalmic Imaging Agent"
KEYWORD: Final[str | None] = "OphthalmicImagingAgent"
UID: Final[str | None] = "1.2.840.10008.6.1.316"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040921"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Fluorescein: Final[Code] = Code("SCT", "350086004", "Fluorescein", (4200,))
"""Fluorescein (SCT 350086004)."""

IndocyanineGreen: Final[Code] = Code("SCT", "7292004", "Indocyanine green", (4200,))
"""Indocyanine green (SCT 7292004)."""

RoseBengal: Final[Code] = Code("SCT", "330888007", "Rose Bengal", (4200,))
"""Rose Bengal (SCT 330888007)."""

TrypanBlue: Final[Code] = Code("SCT", "60441008", "Trypan blue", (4200, 8112))
"""Trypan blue (SCT 60441008)."""

MethyleneBlue: Final[Code] = Code("SCT", "354064008", "Methylene blue", (4200,))
"""Methylene blue (SCT 354064008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Fluorescein,
    IndocyanineGreen,
    RoseBengal,
    TrypanBlue,
    MethyleneBlue,
)
"""The resolved membership: own members, then those of the included groups, in order."""
