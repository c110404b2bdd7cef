"""CID 12108 Upper Extremity Vein.

Extensible, version 20160314, UID 1.2.840.10008.6.1.575.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12108
NAME: _Final[str] = "Upper Extremity Vein"
KEYWORD: _Final[str | None] = "UpperExtremityVein"
UID: _Final[str | None] = "1.2.840.10008.6.1.575"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AxillaryVein: _Final[_Code] = _Code("SCT", "68705008", "Axillary vein", (3010, 3607, 6117, 12108))
"""Axillary vein (SCT 68705008)."""

BasilicVein: _Final[_Code] = _Code("SCT", "19715009", "Basilic vein", (3607, 12108))
"""Basilic vein (SCT 19715009)."""

BrachialVein: _Final[_Code] = _Code("SCT", "20115005", "Brachial vein", (3010, 3607, 12108))
"""Brachial vein (SCT 20115005)."""

CephalicVein: _Final[_Code] = _Code("SCT", "20699002", "Cephalic vein", (3010, 3607, 12108))
"""Cephalic vein (SCT 20699002)."""

InnominateVein: _Final[_Code] = _Code(
    "SCT", "8887007", "Innominate vein", (3010, 3607, 6117, 12108)
)
"""Innominate vein (SCT 8887007)."""

InternalJugularVein: _Final[_Code] = _Code(
    "SCT", "12123001", "Internal Jugular vein", (3010, 3607, 6117, 12108)
)
"""Internal Jugular vein (SCT 12123001)."""

MedianCubitalVein: _Final[_Code] = _Code("SCT", "49852007", "Median Cubital vein", (12108,))
"""Median Cubital vein (SCT 49852007)."""

RadialVein: _Final[_Code] = _Code("SCT", "52359001", "Radial vein", (12108,))
"""Radial vein (SCT 52359001)."""

SubclavianVein: _Final[_Code] = _Code(
    "SCT", "9454009", "Subclavian vein", (3010, 3607, 6117, 12108)
)
"""Subclavian vein (SCT 9454009)."""

UlnarVein: _Final[_Code] = _Code("SCT", "17623008", "Ulnar vein", (12108,))
"""Ulnar vein (SCT 17623008)."""

SuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "48345005", "Superior Vena Cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior Vena Cava (SCT 48345005)."""

DeepPalmarVenousArch: _Final[_Code] = _Code("SCT", "368481004", "Deep Palmar Venous Arch", (12108,))
"""Deep Palmar Venous Arch (SCT 368481004)."""

SuperficialPalmarVenousArch: _Final[_Code] = _Code(
    "SCT", "368479001", "Superficial Palmar Venous Arch", (12108,)
)
"""Superficial Palmar Venous Arch (SCT 368479001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AxillaryVein,
    BasilicVein,
    BrachialVein,
    CephalicVein,
    InnominateVein,
    InternalJugularVein,
    MedianCubitalVein,
    RadialVein,
    SubclavianVein,
    UlnarVein,
    SuperiorVenaCava,
    DeepPalmarVenousArch,
    SuperficialPalmarVenousArch,
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
