"""CID 502 Volumetric View Modifier.

Extensible, version 20150915, UID 1.2.840.10008.6.1.1058.
Includes CID 6, CID 23, CID 4011.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 502
NAME: _Final[str] = "Volumetric View Modifier"
KEYWORD: _Final[str | None] = "VolumetricViewModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1058"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150915"
INCLUDES: _Final[tuple[int, ...]] = (6, 23, 4011)
EXTERNAL_SCHEME: _Final[str | None] = None

Coronal: _Final[_Code] = _Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009). Included from CID 6."""

Longitudinal: _Final[_Code] = _Code("SCT", "38717003", "Longitudinal", (2, 6, 12118))
"""Longitudinal (SCT 38717003). Included from CID 6."""

Sagittal: _Final[_Code] = _Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003). Included from CID 6."""

Parasagittal: _Final[_Code] = _Code("SCT", "103343002", "Parasagittal", (5, 6))
"""Parasagittal (SCT 103343002). Included from CID 6."""

Oblique: _Final[_Code] = _Code("SCT", "21114003", "Oblique", (6, 6121, 6312))
"""Oblique (SCT 21114003). Included from CID 6."""

LongAxis: _Final[_Code] = _Code("SCT", "103339001", "Long axis", (6, 6166, 7470))
"""Long axis (SCT 103339001). Included from CID 6."""

OffAxis: _Final[_Code] = _Code("SCT", "103341000", "Off axis", (6,))
"""Off axis (SCT 103341000). Included from CID 6."""

ShortAxis: _Final[_Code] = _Code("SCT", "103340004", "Short axis", (6, 27, 6166, 7470))
"""Short axis (SCT 103340004). Included from CID 6."""

FiveChamber: _Final[_Code] = _Code("SCT", "398994001", "Five chamber", (6,))
"""Five chamber (SCT 398994001). Included from CID 6."""

TwoChamber: _Final[_Code] = _Code("SCT", "399232001", "Two chamber", (6, 12226))
"""Two chamber (SCT 399232001). Included from CID 6."""

FourChamber: _Final[_Code] = _Code("SCT", "399214001", "Four chamber", (6, 12226))
"""Four chamber (SCT 399214001). Included from CID 6."""

Transverse: _Final[_Code] = _Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007). Included from CID 6."""

Cephalic: _Final[_Code] = _Code("SCT", "66787007", "Cephalic", (2, 5, 23))
"""Cephalic (SCT 66787007). Included from CID 23."""

Caudal: _Final[_Code] = _Code("SCT", "3583002", "Caudal", (2, 5, 23))
"""Caudal (SCT 3583002). Included from CID 23."""

Cephalad: _Final[_Code] = _Code("SCT", "399196006", "cephalad", (4010, 4011, 4014, 7484))
"""cephalad (SCT 399196006). Included from CID 4011."""

Caudad: _Final[_Code] = _Code("SCT", "399162004", "caudad", (4010, 4011, 4014))
"""caudad (SCT 399162004). Included from CID 4011."""

Transthoracic: _Final[_Code] = _Code("SCT", "272476000", "transthoracic", (4011,))
"""transthoracic (SCT 272476000). Included from CID 4011."""

Transforamenal: _Final[_Code] = _Code("SCT", "272466003", "transforamenal", (4011,))
"""transforamenal (SCT 272466003). Included from CID 4011."""

Transoral: _Final[_Code] = _Code("SCT", "118438002", "transoral", (4011,))
"""transoral (SCT 118438002). Included from CID 4011."""

Transorbital: _Final[_Code] = _Code("SCT", "278318001", "transorbital", (4011,))
"""transorbital (SCT 278318001). Included from CID 4011."""

Crosstable: _Final[_Code] = _Code("DCM", "111069", "Crosstable", (4011,))
"""Crosstable (DCM 111069). Included from CID 4011."""

MouthClosed: _Final[_Code] = _Code("SCT", "286866000", "Mouth closed", (4011,))
"""Mouth closed (SCT 286866000). Included from CID 4011."""

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
    Cephalic,
    Caudal,
    Cephalad,
    Caudad,
    Transthoracic,
    Transforamenal,
    Transoral,
    Transorbital,
    Crosstable,
    MouthClosed,
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
