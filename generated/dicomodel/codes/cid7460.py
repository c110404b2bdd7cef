"""CID 7460 Linear Measurement Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.521.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7460
NAME: Final[str] = "Linear Measurement Unit"
KEYWORD: Final[str | None] = "LinearMeasurementUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.521"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Centimeter: Final[Code] = Code("UCUM", "cm", "centimeter", (7063, 7460))
"""centimeter (UCUM cm)."""

Millimeter: Final[Code] = Code("UCUM", "mm", "millimeter", (3510, 4267, 7063, 7460))
"""millimeter (UCUM mm)."""

Micrometer: Final[Code] = Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um)."""

MEMBERS: Final[tuple[Code, ...]] = (Centimeter, Millimeter, Micrometer)
"""The resolved membership: own members, then those of the included groups, in order."""
