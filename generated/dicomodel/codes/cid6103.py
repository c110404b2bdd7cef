"""CID 6103 Abnormal Lines Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.423.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6103
NAME: _Final[str] = "Abnormal Lines Finding or Feature"
KEYWORD: _Final[str | None] = "AbnormalLinesFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.423"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ReticulonodularPattern: _Final[_Code] = _Code(
    "DCM", "112065", "Reticulonodular pattern", (6103, 6104, 6106)
)
"""Reticulonodular pattern (DCM 112065)."""

AirFluidLevel: _Final[_Code] = _Code("DCM", "112104", "Air-fluid level", (6103,))
"""Air-fluid level (DCM 112104)."""

CoronaRadiata: _Final[_Code] = _Code("DCM", "112105", "Corona radiata", (6103,))
"""Corona radiata (DCM 112105)."""

HoneycombPattern: _Final[_Code] = _Code("DCM", "112106", "Honeycomb pattern", (6103, 6106))
"""Honeycomb pattern (DCM 112106)."""

FleischnerLines: _Final[_Code] = _Code("DCM", "112107", "Fleischner's line(s)", (6103,))
"""Fleischner's line(s) (DCM 112107)."""

IntralobularLines: _Final[_Code] = _Code("DCM", "112108", "Intralobular lines", (6103,))
"""Intralobular lines (DCM 112108)."""

KerleyALine: _Final[_Code] = _Code("DCM", "112109", "Kerley A line", (6103,))
"""Kerley A line (DCM 112109)."""

KerleyBLine: _Final[_Code] = _Code("DCM", "112110", "Kerley B line", (6103,))
"""Kerley B line (DCM 112110)."""

KerleyCLines: _Final[_Code] = _Code("DCM", "112111", "Kerley C lines", (6103,))
"""Kerley C lines (DCM 112111)."""

ParenchymalBand: _Final[_Code] = _Code("DCM", "112112", "Parenchymal band", (6103,))
"""Parenchymal band (DCM 112112)."""

PlateLikeAtelectasis: _Final[_Code] = _Code("SCT", "40779009", "Plate-like atelectasis", (6103,))
"""Plate-like atelectasis (SCT 40779009)."""

ReticularPattern: _Final[_Code] = _Code("DCM", "112113", "Reticular pattern", (6103, 6106))
"""Reticular pattern (DCM 112113)."""

SeptalLines: _Final[_Code] = _Code("DCM", "112114", "Septal line(s)", (6103,))
"""Septal line(s) (DCM 112114)."""

SubpleuralLine: _Final[_Code] = _Code("DCM", "112115", "Subpleural line", (6103,))
"""Subpleural line (DCM 112115)."""

TramlineShadow: _Final[_Code] = _Code("DCM", "112116", "Tramline shadow", (6103,))
"""Tramline shadow (DCM 112116)."""

TubularShadow: _Final[_Code] = _Code("DCM", "112117", "Tubular shadow", (6103,))
"""Tubular shadow (DCM 112117)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
