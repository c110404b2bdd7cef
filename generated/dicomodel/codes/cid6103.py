"""CID 6103 Abnormal Lines Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.423.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6103
NAME: Final[str] = "Abnormal Lines Finding or Feature"
KEYWORD: Final[str | None] = "AbnormalLinesFindingOrFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.423"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ReticulonodularPattern: Final[Code] = Code(
    "DCM", "112065", "Reticulonodular pattern", (6103, 6104, 6106)
)
"""Reticulonodular pattern (DCM 112065)."""

AirFluidLevel: Final[Code] = Code("DCM", "112104", "Air-fluid level", (6103,))
"""Air-fluid level (DCM 112104)."""

CoronaRadiata: Final[Code] = Code("DCM", "112105", "Corona radiata", (6103,))
"""Corona radiata (DCM 112105)."""

HoneycombPattern: Final[Code] = Code("DCM", "112106", "Honeycomb pattern", (6103, 6106))
"""Honeycomb pattern (DCM 112106)."""

FleischnerLines: Final[Code] = Code("DCM", "112107", "Fleischner's line(s)", (6103,))
"""Fleischner's line(s) (DCM 112107)."""

IntralobularLines: Final[Code] = Code("DCM", "112108", "Intralobular lines", (6103,))
"""Intralobular lines (DCM 112108)."""

KerleyALine: Final[Code] = Code("DCM", "112109", "Kerley A line", (6103,))
"""Kerley A line (DCM 112109)."""

KerleyBLine: Final[Code] = Code("DCM", "112110", "Kerley B line", (6103,))
"""Kerley B line (DCM 112110)."""

KerleyCLines: Final[Code] = Code("DCM", "112111", "Kerley C lines", (6103,))
"""Kerley C lines (DCM 112111)."""

ParenchymalBand: Final[Code] = Code("DCM", "112112", "Parenchymal band", (6103,))
"""Parenchymal band (DCM 112112)."""

PlateLikeAtelectasis: Final[Code] = Code("SCT", "40779009", "Plate-like atelectasis", (6103,))
"""Plate-like atelectasis (SCT 40779009)."""

ReticularPattern: Final[Code] = Code("DCM", "112113", "Reticular pattern", (6103, 6106))
"""Reticular pattern (DCM 112113)."""

SeptalLines: Final[Code] = Code("DCM", "112114", "Septal line(s)", (6103,))
"""Septal line(s) (DCM 112114)."""

SubpleuralLine: Final[Code] = Code("DCM", "112115", "Subpleural line", (6103,))
"""Subpleural line (DCM 112115)."""

TramlineShadow: Final[Code] = Code("DCM", "112116", "Tramline shadow", (6103,))
"""Tramline shadow (DCM 112116)."""

TubularShadow: Final[Code] = Code("DCM", "112117", "Tubular shadow", (6103,))
"""Tubular shadow (DCM 112117)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ReticulonodularPattern,
    AirFluidLevel,
    CoronaRadiata,
    HoneycombPattern,
    FleischnerLines,
    IntralobularLines,
    KerleyALine,
    KerleyBLine,
    KerleyCLines,
    ParenchymalBand,
    PlateLikeAtelectasis,
    ReticularPattern,
    SeptalLines,
    SubpleuralLine,
    TramlineShadow,
    TubularShadow,
)
"""The resolved membership: own members, then those of the included groups, in order."""
