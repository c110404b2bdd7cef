"""CID 7461 Area Measurement Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.522.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7461
NAME: Final[str] = "Area Measurement Unit"
KEYWORD: Final[str | None] = "AreaMeasurementUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.522"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SquareCentimeter: Final[Code] = Code("UCUM", "cm2", "square centimeter", (84, 7461))
"""square centimeter (UCUM cm2)."""

SquareMillimeter: Final[Code] = Code("UCUM", "mm2", "square millimeter", (7461,))
"""square millimeter (UCUM mm2)."""

SquareMicrometer: Final[Code] = Code("UCUM", "um2", "square micrometer", (7461,))
"""square micrometer (UCUM um2)."""

MEMBERS: Final[tuple[Code, ...]] = (SquareCentimeter, SquareMillimeter, SquareMicrometer)
"""The resolved membership: own members, then those of the included groups, in order."""
