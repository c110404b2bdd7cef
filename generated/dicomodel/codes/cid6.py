"""CID 6 Transducer Orientation.

Extensible, version 20190817, UID 1.2.840.10008.6.1.4.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6
NAME: _Final[str] = "Transducer Orientation"
KEYWORD: _Final[str | None] = "TransducerOrientation"
UID: _Final[str | None] = "1.2.840.10008.6.1.4"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Coronal: _Final[_Code] = _Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009)."""

Longitudinal: _Final[_Code] = _Code("SCT", "38717003", "Longitudinal", (2, 6, 12118))
"""Longitudinal (SCT 38717003)."""

Sagittal: _Final[_Code] = _Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003)."""

Parasagittal: _Final[_Code] = _Code("SCT", "103343002", "Parasagittal", (5, 6))
"""Parasagittal (SCT 103343002)."""

Oblique: _Final[_Code] = _Code("SCT", "21114003", "Oblique", (6, 6121, 6312))
"""Oblique (SCT 21114003)."""

LongAxis: _Final[_Code] = _Code("SCT", "103339001", "Long axis", (6, 6166, 7470))
"""Long axis (SCT 103339001)."""

OffAxis: _Final[_Code] = _Code("SCT", "103341000", "Off axis", (6,))
"""Off axis (SCT 103341000)."""

ShortAxis: _Final[_Code] = _Code("SCT", "103340004", "Short axis", (6, 27, 6166, 7470))
"""Short axis (SCT 103340004)."""

FiveChamber: _Final[_Code] = _Code("SCT", "398994001", "Five chamber", (6,))
"""Five chamber (SCT 398994001)."""

TwoChamber: _Final[_Code] = _Code("SCT", "399232001", "Two chamber", (6, 12226))
"""Two chamber (SCT 399232001)."""

FourChamber: _Final[_Code] = _Code("SCT", "399214001", "Four chamber", (6, 12226))
"""Four chamber (SCT 399214001)."""

Transverse: _Final[_Code] = _Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Coronal,
    Longitudinal,
    Sagittal,
    Parasagittal,
    Oblique,
    LongAxis,
    OffAxis,
    ShortAxis,
    FiveChamber,
    TwoChamber,
    FourChamber,
    Transverse,
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
