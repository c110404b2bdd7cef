"""CID 12140 Pelvic Vasculature Anatomical Location.

Extensible, version 20040322, UID 1.2.840.10008.6.1.591.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12140
NAME: _Final[str] = "Pelvic Vasculature Anatomical Location"
KEYWORD: _Final[str | None] = "PelvicVasculatureAnatomicalLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.591"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040322"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UmbilicalArtery: _Final[_Code] = _Code(
    "SCT", "50536004", "Umbilical Artery", (3010, 3606, 12111, 12140)
)
"""Umbilical Artery (SCT 50536004)."""

UmbilicalVein: _Final[_Code] = _Code("SCT", "13576009", "Umbilical Vein", (12140,))
"""Umbilical Vein (SCT 13576009)."""

OvarianArtery: _Final[_Code] = _Code("SCT", "12052000", "Ovarian Artery", (12111, 12140))
"""Ovarian Artery (SCT 12052000)."""

OvarianVein: _Final[_Code] = _Code("SCT", "976004", "Ovarian Vein", (12113, 12140))
"""Ovarian Vein (SCT 976004)."""

UterineArtery: _Final[_Code] = _Code("SCT", "91079009", "Uterine Artery", (12111, 12140))
"""Uterine Artery (SCT 91079009)."""

UterineVein: _Final[_Code] = _Code("SCT", "60028002", "Uterine Vein", (12140,))
"""Uterine Vein (SCT 60028002)."""

VitellineArteryOfPlacenta: _Final[_Code] = _Code(
    "SCT", "256779006", "Vitelline Artery of Placenta", (12140,)
)
"""Vitelline Artery of Placenta (SCT 256779006)."""

VitellineVeinOfPlacenta: _Final[_Code] = _Code(
    "SCT", "256875007", "Vitelline Vein of Placenta", (12140,)
)
"""Vitelline Vein of Placenta (SCT 256875007)."""

CommonIliacArtery: _Final[_Code] = _Code(
    "SCT", "73634005", "Common Iliac Artery", (3010, 12109, 12111, 12140)
)
"""Common Iliac Artery (SCT 73634005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    UmbilicalArtery,
    UmbilicalVein,
    OvarianArtery,
    OvarianVein,
    UterineArtery,
    UterineVein,
    VitellineArteryOfPlacenta,
    VitellineVeinOfPlacenta,
    CommonIliacArtery,
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
