"""CID 3482 IVUS Area Measurement.

Extensible, version 20040614, UID 1.2.840.10008.6.1.117.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3482
NAME: Final[str] = "IVUS Area Measurement"
KEYWORD: Final[str | None] = "IVUSAreaMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.117"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EEMCrossSectionalArea: Final[Code] = Code("DCM", "122333", "EEM Cross-Sectional Area", (3482,))
"""EEM Cross-Sectional Area (DCM 122333)."""

VesselLumenCrossSectionalArea: Final[Code] = Code(
    "SCT", "397415007", "Vessel lumen cross-sectional area", (3482, 12122)
)
"""Vessel lumen cross-sectional area (SCT 397415007)."""

StentCrossSectionalArea: Final[Code] = Code(
    "SCT", "408705002", "Stent Cross-Sectional Area", (3482,)
)
"""Stent Cross-Sectional Area (SCT 408705002)."""

PlaquePlusMediaCrossSectionalArea: Final[Code] = Code(
    "DCM", "122334", "Plaque plus Media Cross-Sectional Area", (3482,)
)
"""Plaque plus Media Cross-Sectional Area (DCM 122334)."""

InStentNeointimalCrossSectionalArea: Final[Code] = Code(
    "DCM", "122335", "In-Stent Neointimal Cross-Sectional Area", (3482,)
)
"""In-Stent Neointimal Cross-Sectional Area (DCM 122335)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EEMCrossSectionalArea,
    VesselLumenCrossSectionalArea,
    StentCrossSectionalArea,
    PlaquePlusMediaCrossSectionalArea,
    InStentNeointimalCrossSectionalArea,
)
"""The resolved membership: own members, then those of the included groups, in order."""
