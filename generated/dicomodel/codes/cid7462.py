"""CID 7462 Volume Measurement Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.523.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7462
NAME: Final[str] = "Volume Measurement Unit"
KEYWORD: Final[str | None] = "VolumeMeasurementUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.523"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CubicDecimeter: Final[Code] = Code("UCUM", "dm3", "cubic decimeter", (7462,))
"""cubic decimeter (UCUM dm3)."""

CubicCentimeter: Final[Code] = Code("UCUM", "cm3", "cubic centimeter", (7462,))
"""cubic centimeter (UCUM cm3)."""

CubicMillimeter: Final[Code] = Code("UCUM", "mm3", "cubic millimeter", (7462,))
"""cubic millimeter (UCUM mm3)."""

CubicMicrometer: Final[Code] = Code("UCUM", "um3", "cubic micrometer", (7462,))
"""cubic micrometer (UCUM um3)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CubicDecimeter,
    CubicCentimeter,
    CubicMillimeter,
    CubicMicrometer,
)
"""The resolved membership: own members, then those of the included groups, in order."""
