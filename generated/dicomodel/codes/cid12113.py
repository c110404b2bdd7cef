"""CID 12113 Abdominopelvic Vein (Paired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.580.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12113
NAME: _Final[str] = "Abdominopelvic Vein (Paired)"
KEYWORD: _Final[str | None] = "AbdominopelvicVeinPaired"
UID: _Final[str | None] = "1.2.840.10008.6.1.580"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CommonIliacVein: _Final[_Code] = _Code("SCT", "46027005", "Common iliac vein", (3010, 12110, 12113))
"""Common iliac vein (SCT 46027005)."""

GastricVein: _Final[_Code] = _Code("SCT", "110568007", "Gastric vein", (3010, 3607, 12113))
"""Gastric vein (SCT 110568007)."""

IlealVein: _Final[_Code] = _Code("SCT", "397439002", "Ileal vein", (12113,))
"""Ileal vein (SCT 397439002)."""

OvarianVein: _Final[_Code] = _Code("SCT", "976004", "Ovarian vein", (12113, 12140))
"""Ovarian vein (SCT 976004)."""

TesticularVein: _Final[_Code] = _Code("SCT", "31688004", "Testicular Vein", (12113,))
"""Testicular Vein (SCT 31688004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CommonIliacVein,
    GastricVein,
    IlealVein,
    OvarianVein,
    TesticularVein,
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
