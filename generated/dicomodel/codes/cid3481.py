"""CID 3481 IVUS Distance Measurement.

Extensible, version 20050110, UID 1.2.840.10008.6.1.116.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3481
NAME: Final[str] = "IVUS Distance Measurement"
KEYWORD: Final[str | None] = "IVUSDistanceMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.116"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EEMDiameter: Final[Code] = Code("DCM", "122330", "EEM Diameter", (3481,))
"""EEM Diameter (DCM 122330)."""

VesselLumenDiameter: Final[Code] = Code("SCT", "397413000", "Vessel lumen diameter", (3481, 12122))
"""Vessel lumen diameter (SCT 397413000)."""

StentDiameter: Final[Code] = Code("SCT", "408706001", "Stent Diameter", (3481,))
"""Stent Diameter (SCT 408706001)."""

PlaquePlusMediaThickness: Final[Code] = Code(
    "DCM", "122331", "Plaque Plus Media Thickness", (3481,)
)
"""Plaque Plus Media Thickness (DCM 122331)."""

LumenPerimeter: Final[Code] = Code("DCM", "122332", "Lumen Perimeter", (3481,))
"""Lumen Perimeter (DCM 122332)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EEMDiameter,
    VesselLumenDiameter,
    StentDiameter,
    PlaquePlusMediaThickness,
    LumenPerimeter,
)
"""The resolved membership: own members, then those of the included groups, in order."""
