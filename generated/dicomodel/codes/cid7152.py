"""CID 7152 Cardiac Structure Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.498.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7152
NAME: _Final[str] = "Cardiac Structure Segmentation Type"
KEYWORD: _Final[str | None] = "CardiacStructureSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.498"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130617"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Heart: _Final[_Code] = _Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003)."""

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left Ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left Ventricle (SCT 87878005)."""

RightVentricle: _Final[_Code] = _Code(
    "SCT", "53085002", "Right Ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right Ventricle (SCT 53085002)."""

Pericardium: _Final[_Code] = _Code("SCT", "76848001", "Pericardium", (7152, 12294))
"""Pericardium (SCT 76848001)."""

PericardialCavity: _Final[_Code] = _Code("SCT", "25489000", "Pericardial cavity", (7152,))
"""Pericardial cavity (SCT 25489000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Heart,
    Aorta,
    LeftVentricle,
    RightVentricle,
    Pericardium,
    PericardialCavity,
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
