"""CID 7183 Abstract Multi-dimensional Image Model Dimension Unit.

Extensible, version 20100825, UID 1.2.840.10008.6.1.920.
Includes CID 7460.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7183
NAME: Final[str] = "Abstract Multi-dimensional Image Model Dimension Unit"
KEYWORD: Final[str | None] = "AbstractMultiDimensionalImageModelDimensionUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.920"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100825"
INCLUDES: Final[tuple[int, ...]] = (7460,)
EXTERNAL_SCHEME: Final[str | None] = None

Millisecond: Final[Code] = Code("UCUM", "ms", "Millisecond", (7181, 7183))
"""Millisecond (UCUM ms)."""

Second: Final[Code] = Code("UCUM", "s", "Second", (7181, 7183, 9557))
"""Second (UCUM s)."""

Degree: Final[Code] = Code("UCUM", "deg", "Degree", (7183,))
"""Degree (UCUM deg)."""

Radian: Final[Code] = Code("UCUM", "rad", "Radian", (7183,))
"""Radian (UCUM rad)."""

Centimeter: Final[Code] = Code("UCUM", "cm", "centimeter", (7063, 7460))
"""centimeter (UCUM cm). Included from CID 7460."""

Millimeter: Final[Code] = Code("UCUM", "mm", "millimeter", (3510, 4267, 7063, 7460))
"""millimeter (UCUM mm). Included from CID 7460."""

Micrometer: Final[Code] = Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um). Included from CID 7460."""

MEMBERS: Final[tuple[Code, ...]] = (
    Millisecond,
    Second,
    Degree,
    Radian,
    Centimeter,
    Millimeter,
    Micrometer,
)
"""The resolved membership: own members, then those of the included groups, in order."""
