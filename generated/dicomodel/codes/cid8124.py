"""CID 8124 Microscopy Filter.

Extensible, version 20100824, UID 1.2.840.10008.6.1.901.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8124
NAME: _Final[str] = "Microscopy Filter"
KEYWORD: _Final[str | None] = "MicroscopyFilter"
UID: _Final[str | None] = "1.2.840.10008.6.1.901"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100824"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GreenOpticalFilter: _Final[_Code] = _Code("SCT", "445465004", "Green optical filter", (4204, 8124))
"""Green optical filter (SCT 445465004)."""

RedOpticalFilter: _Final[_Code] = _Code("SCT", "445279009", "Red optical filter", (4204, 8124))
"""Red optical filter (SCT 445279009)."""

BlueOpticalFilter: _Final[_Code] = _Code("SCT", "445084008", "Blue optical filter", (4204, 8124))
"""Blue optical filter (SCT 445084008)."""

InfraredOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445169002", "Infrared optical filter", (4204, 8124)
)
"""Infrared optical filter (SCT 445169002)."""

PolarizingOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445391002", "Polarizing optical filter", (4204, 8124)
)
"""Polarizing optical filter (SCT 445391002)."""

VioletOpticalFilter: _Final[_Code] = _Code("SCT", "445278001", "Violet optical filter", (8124,))
"""Violet optical filter (SCT 445278001)."""

UltravioletOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445254006", "Ultraviolet optical filter", (8124,)
)
"""Ultraviolet optical filter (SCT 445254006)."""

DichroicBeamsplitter: _Final[_Code] = _Code("SCT", "445316008", "Dichroic beamsplitter", (8124,))
"""Dichroic beamsplitter (SCT 445316008)."""

HoffmanModulator: _Final[_Code] = _Code("SCT", "445635004", "Hoffman modulator", (8124,))
"""Hoffman modulator (SCT 445635004)."""

DarkfieldStop: _Final[_Code] = _Code("SCT", "445624009", "Darkfield stop", (8124,))
"""Darkfield stop (SCT 445624009)."""

RheinbergFilter: _Final[_Code] = _Code("SCT", "445623003", "Rheinberg filter", (8124,))
"""Rheinberg filter (SCT 445623003)."""

PhaseContrastPlate: _Final[_Code] = _Code("SCT", "445625005", "Phase contrast plate", (8124,))
"""Phase contrast plate (SCT 445625005)."""

CondenserAnnulus: _Final[_Code] = _Code("SCT", "445634000", "Condenser annulus", (8124,))
"""Condenser annulus (SCT 445634000)."""

NomarskiPrism: _Final[_Code] = _Code("SCT", "445633006", "Nomarski prism", (8124,))
"""Nomarski prism (SCT 445633006)."""

DeSénarmontCompensator: _Final[_Code] = _Code(
    "SCT", "445663002", "de Sénarmont compensator", (8124,)
)
"""de Sénarmont compensator (SCT 445663002)."""

NoFilter: _Final[_Code] = _Code("DCM", "111609", "No filter", (4204, 8124, 10007))
"""No filter (DCM 111609)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GreenOpticalFilter,
    RedOpticalFilter,
    BlueOpticalFilter,
    InfraredOpticalFilter,
    PolarizingOpticalFilter,
    VioletOpticalFilter,
    UltravioletOpticalFilter,
    DichroicBeamsplitter,
    HoffmanModulator,
    DarkfieldStop,
    RheinbergFilter,
    PhaseContrastPlate,
    CondenserAnnulus,
    NomarskiPrism,
    DeSénarmontCompensator,
    NoFilter,
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
