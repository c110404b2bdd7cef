"""CID 6 Transducer Orientation.

Extensible, version 20190817, UID 1.2.840.10008.6.1.4.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6
NAME: Final[str] = "Transducer Orientation"
KEYWORD: Final[str | None] = "TransducerOrientation"
UID: Final[str | None] = "1.2.840.10008.6.1.4"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Coronal: Final[Code] = Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009)."""

Longitudinal: Final[Code] = Code("SCT", "38717003", "Longitudinal", (2, 6, 12118))
"""Longitudinal (SCT 38717003)."""

Sagittal: Final[Code] = Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003)."""

Parasagittal: Final[Code] = Code("SCT", "103343002", "Parasagittal", (5, 6))
"""Parasagittal (SCT 103343002)."""

Oblique: Final[Code] = Code("SCT", "21114003", "Oblique", (6, 6121, 6312))
"""Oblique (SCT 21114003)."""

LongAxis: Final[Code] = Code("SCT", "103339001", "Long axis", (6, 6166, 7470))
"""Long axis (SCT 103339001)."""

OffAxis: Final[Code] = Code("SCT", "103341000", "Off axis", (6,))
"""Off axis (SCT 103341000)."""

ShortAxis: Final[Code] = Code("SCT", "103340004", "Short axis", (6, 27, 6166, 7470))
"""Short axis (SCT 103340004)."""

FiveChamber: Final[Code] = Code("SCT", "398994001", "Five chamber", (6,))
"""Five chamber (SCT 398994001)."""

TwoChamber: Final[Code] = Code("SCT", "399232001", "Two chamber", (6, 12226))
"""Two chamber (SCT 399232001)."""

FourChamber: Final[Code] = Code("SCT", "399214001", "Four chamber", (6, 12226))
"""Four chamber (SCT 399214001)."""

Transverse: Final[Code] = Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Coronal,
    Longitudinal,
    Sagittal,
    Parasagittal,
    Oblique,
    LongAxis,
    OffAxis,
    ShortAxis,
    FiveChamber,
    TwoChamber,
    FourChamber,
    Transverse,
)
"""The resolved membership: own members, then those of the included groups, in order."""
