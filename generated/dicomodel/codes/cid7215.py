"""CID 7215 Spectroscopy Purpose of Reference.

Extensible, version 20140105, UID 1.2.840.10008.6.1.970.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7215
NAME: Final[str] = "Spectroscopy Purpose of Reference"
KEYWORD: Final[str | None] = "SpectroscopyPurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.970"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140105"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SpectroscopyDataForWaterPhaseCorrection: Final[Code] = Code(
    "DCM", "121318", "Spectroscopy Data for Water Phase Correction", (7215,)
)
"""Spectroscopy Data for Water Phase Correction (DCM 121318)."""

MEMBERS: Final[tuple[Code, ...]] = (SpectroscopyDataForWaterPhaseCorrection,)
"""The resolved membership: own members, then those of the included groups, in order."""
