"""CID 3802 Plaque Structure.

Extensible, version 20051103, UID 1.2.840.10008.6.1.264.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3802
NAME: _Final[str] = "Plaque Structure"
KEYWORD: _Final[str | None] = "PlaqueStructure"
UID: _Final[str | None] = "1.2.840.10008.6.1.264"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Fibrous: _Final[_Code] = _Code("SCT", "255423002", "fibrous", (3802, 3805))
"""fibrous (SCT 255423002)."""

FattyDegeneration: _Final[_Code] = _Code("SCT", "29185008", "fatty degeneration", (3802,))
"""fatty degeneration (SCT 29185008)."""

PathologicCalcification: _Final[_Code] = _Code(
    "SCT", "18115005", "pathologic calcification", (3802, 6338)
)
"""pathologic calcification (SCT 18115005)."""

Hyperplasia: _Final[_Code] = _Code("SCT", "76197007", "hyperplasia", (3802, 3815, 6031))
"""hyperplasia (SCT 76197007)."""

NonCalcified: _Final[_Code] = _Code("SCT", "17589002", "non-calcified", (3802,))
"""non-calcified (SCT 17589002)."""

Mixed: _Final[_Code] = _Code("SCT", "26242008", "mixed", (3802,))
"""mixed (SCT 26242008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Fibrous,
    FattyDegeneration,
    PathologicCalcification,
    Hyperplasia,
    NonCalcified,
    Mixed,
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
