"""CID 6151 Background Echotexture.

Extensible, version 20050822, UID 1.2.840.10008.6.1.466.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6151
NAME: _Final[str] = "Background Echotexture"
KEYWORD: _Final[str | None] = "BackgroundEchotexture"
UID: _Final[str | None] = "1.2.840.10008.6.1.466"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HomogeneousFatEchotexture: _Final[_Code] = _Code(
    "DCM", "111351", "Homogeneous fat echotexture", (6151,)
)
"""Homogeneous fat echotexture (DCM 111351)."""

HomogeneousFibroglandularEchotexture: _Final[_Code] = _Code(
    "DCM", "111352", "Homogeneous fibroglandular echotexture", (6151,)
)
"""Homogeneous fibroglandular echotexture (DCM 111352)."""

HeterogeneousEchotexture: _Final[_Code] = _Code(
    "DCM", "111353", "Heterogeneous echotexture", (6151,)
)
"""Heterogeneous echotexture (DCM 111353)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HomogeneousFatEchotexture,
    HomogeneousFibroglandularEchotexture,
    HeterogeneousEchotexture,
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
