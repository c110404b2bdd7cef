"""CID 7705 Commissural Fiber.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1017.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7705
NAME: _Final[str] = "Commissural Fiber"
KEYWORD: _Final[str | None] = "CommissuralFiber"
UID: _Final[str | None] = "1.2.840.10008.6.1.1017"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorCommissure: _Final[_Code] = _Code("SCT", "62872008", "anterior commissure", (7101, 7705))
"""anterior commissure (SCT 62872008)."""

CorpusCallosum: _Final[_Code] = _Code("SCT", "88442005", "corpus callosum", (7153, 7705))
"""corpus callosum (SCT 88442005)."""

GenuOfCorpusCallosum: _Final[_Code] = _Code("SCT", "70215001", "genu of corpus callosum", (7705,))
"""genu of corpus callosum (SCT 70215001)."""

SpleniumOfCorpusCallosum: _Final[_Code] = _Code(
    "SCT", "23347006", "splenium of corpus callosum", (7705,)
)
"""splenium of corpus callosum (SCT 23347006)."""

TapetumOfCorpusCallosum: _Final[_Code] = _Code(
    "SCT", "60105000", "tapetum of corpus callosum", (7705,)
)
"""tapetum of corpus callosum (SCT 60105000)."""

ForcepsMinor: _Final[_Code] = _Code("SCT", "42932006", "forceps minor", (7705,))
"""forceps minor (SCT 42932006)."""

ForcepsMajor: _Final[_Code] = _Code("SCT", "80049006", "forceps major", (7705,))
"""forceps major (SCT 80049006)."""

PosteriorCommissure: _Final[_Code] = _Code(
    "SCT", "279336005", "posterior commissure", (7101, 7153, 7705)
)
"""posterior commissure (SCT 279336005)."""

HabenularCommissure: _Final[_Code] = _Code("SCT", "6866008", "habenular commissure", (7705,))
"""habenular commissure (SCT 6866008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnteriorCommissure,
    CorpusCallosum,
    GenuOfCorpusCallosum,
    SpleniumOfCorpusCallosum,
    TapetumOfCorpusCallosum,
    ForcepsMinor,
    ForcepsMajor,
    PosteriorCommissure,
    HabenularCommissure,
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
