"""CID 3451 Calibration Object.

Extensible, version 20040614, UID 1.2.840.10008.6.1.98.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3451
NAME: Final[str] = "Calibration Object"
KEYWORD: Final[str | None] = "CalibrationObject"
UID: Final[str | None] = "1.2.840.10008.6.1.98"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Catheter: Final[Code] = Code("SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112))
"""Catheter (SCT 19923001)."""

MeasuringRuler: Final[Code] = Code("SCT", "102304005", "Measuring Ruler", (8, 3451))
"""Measuring Ruler (SCT 102304005)."""

Sphere: Final[Code] = Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485)."""

MEMBERS: Final[tuple[Code, ...]] = (Catheter, MeasuringRuler, Sphere)
"""The resolved membership: own members, then those of the included groups, in order."""
