"""CID 3485 IVUS Volume Measurement.

Extensible, version 20040614, UID 1.2.840.10008.6.1.120.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3485
NAME: Final[str] = "IVUS Volume Measurement"
KEYWORD: Final[str | None] = "IVUSVolumeMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.120"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EEMVolume: Final[Code] = Code("DCM", "122371", "EEM Volume", (3485,))
"""EEM Volume (DCM 122371)."""

LumenVolume: Final[Code] = Code("DCM", "122372", "Lumen Volume", (3485,))
"""Lumen Volume (DCM 122372)."""

StentVolume: Final[Code] = Code("SCT", "408704003", "Stent Volume", (3485,))
"""Stent Volume (SCT 408704003)."""

InStentNeointimalVolume: Final[Code] = Code("DCM", "122374", "In-Stent Neointimal Volume", (3485,))
"""In-Stent Neointimal Volume (DCM 122374)."""

NativePlaqueVolume: Final[Code] = Code("DCM", "122375", "Native Plaque Volume", (3485,))
"""Native Plaque Volume (DCM 122375)."""

TotalPlaqueVolume: Final[Code] = Code("DCM", "122376", "Total Plaque Volume", (3485,))
"""Total Plaque Volume (DCM 122376)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EEMVolume,
    LumenVolume,
    StentVolume,
    InStentNeointimalVolume,
    NativePlaqueVolume,
    TotalPlaqueVolume,
)
"""The resolved membership: own members, then those of the included groups, in order."""
