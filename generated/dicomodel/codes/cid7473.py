"""CID 7473 General Area Calculation Method.

Extensible, version 20070827, UID 1.2.840.10008.6.1.527.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7473
NAME: Final[str] = "General Area Calculation Method"
KEYWORD: Final[str | None] = "GeneralAreaCalculationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.527"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AreaOfClosedIrregularPolygon: Final[Code] = Code(
    "DCM", "122501", "Area of closed irregular polygon", (7473,)
)
"""Area of closed irregular polygon (DCM 122501)."""

AreaOfAClosedNURBS: Final[Code] = Code("DCM", "122502", "Area of a closed NURBS", (7473,))
"""Area of a closed NURBS (DCM 122502)."""

MEMBERS: Final[tuple[Code, ...]] = (AreaOfClosedIrregularPolygon, AreaOfAClosedNURBS)
"""The resolved membership: own members, then those of the included groups, in order."""
