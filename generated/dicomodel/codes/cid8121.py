"""CID 8121 Microscopy Lens Type.

Extensible, version 20100824, UID 1.2.840.10008.6.1.898.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8121
NAME: _Final[str] = "Microscopy Lens Type"
KEYWORD: _Final[str | None] = "MicroscopyLensType"
UID: _Final[str | None] = "1.2.840.10008.6.1.898"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100824"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HighPowerNonImmersionLens: _Final[_Code] = _Code(
    "SCT", "445621001", "High power non-immersion lens", (8121,)
)
"""High power non-immersion lens (SCT 445621001)."""

OilImmersionLens: _Final[_Code] = _Code("SCT", "445622008", "Oil immersion lens", (8121,))
"""Oil immersion lens (SCT 445622008)."""

SlideOverviewLens: _Final[_Code] = _Code("SCT", "445601002", "Slide overview lens", (8121,))
"""Slide overview lens (SCT 445601002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HighPowerNonImmersionLens,
    OilImmersionLens,
    SlideOverviewLens,
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
