"""CID 4017 Anatomic Region Modifier for Intra-oral Radiography.

Non-extensible, version 20150318, UID 1.2.840.10008.6.1.301.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4017
NAME: _Final[str] = "Anatomic Region Modifier for Intra-oral Radiography"
KEYWORD: _Final[str | None] = "AnatomicRegionModifierForIntraoralRadiography"
UID: _Final[str | None] = "1.2.840.10008.6.1.301"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20150318"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CentralIncisorRegion: _Final[_Code] = _Code("SCT", "699453001", "Central incisor region", (4017,))
"""Central incisor region (SCT 699453001)."""

LateralIncisorRegion: _Final[_Code] = _Code("SCT", "699511000", "Lateral incisor region", (4017,))
"""Lateral incisor region (SCT 699511000)."""

CanineRegion: _Final[_Code] = _Code("SCT", "699510004", "Canine region", (4017,))
"""Canine region (SCT 699510004)."""

FirstPremolarRegion: _Final[_Code] = _Code("SCT", "699509009", "First premolar region", (4017,))
"""First premolar region (SCT 699509009)."""

SecondPremolarRegion: _Final[_Code] = _Code("SCT", "699508001", "Second premolar region", (4017,))
"""Second premolar region (SCT 699508001)."""

FirstMolarRegion: _Final[_Code] = _Code("SCT", "699507006", "First molar region", (4017,))
"""First molar region (SCT 699507006)."""

SecondMolarRegion: _Final[_Code] = _Code("SCT", "699505003", "Second molar region", (4017,))
"""Second molar region (SCT 699505003)."""

ThirdMolarRegion: _Final[_Code] = _Code("SCT", "699503005", "Third molar region", (4017,))
"""Third molar region (SCT 699503005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CentralIncisorRegion,
    LateralIncisorRegion,
    CanineRegion,
    FirstPremolarRegion,
    SecondPremolarRegion,
    FirstMolarRegion,
    SecondMolarRegion,
    ThirdMolarRegion,
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
