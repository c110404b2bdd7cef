"""CID 6132 Chest Calcification Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.452.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6132
NAME: _Final[str] = "Chest Calcification Descriptor"
KEYWORD: _Final[str | None] = "ChestCalcificationDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.452"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EggshellCalcification: _Final[_Code] = _Code(
    "SCT", "129751002", "Eggshell calcification", (6011, 6132)
)
"""Eggshell calcification (SCT 129751002)."""

CoarsePopcornLikeCalcification: _Final[_Code] = _Code(
    "SCT", "129749001", "Coarse (popcorn-like) calcification", (6011, 6132)
)
"""Coarse (popcorn-like) calcification (SCT 129749001)."""

Target: _Final[_Code] = _Code("DCM", "112162", "Target", (6132,))
"""Target (DCM 112162)."""

Laminated: _Final[_Code] = _Code("SCT", "88446008", "Laminated", (6132,))
"""Laminated (SCT 88446008)."""

Fibrocalcific: _Final[_Code] = _Code("DCM", "112163", "Fibrocalcific", (6132,))
"""Fibrocalcific (DCM 112163)."""

Flocculent: _Final[_Code] = _Code("DCM", "112164", "Flocculent", (6132,))
"""Flocculent (DCM 112164)."""

Nodular: _Final[_Code] = _Code("SCT", "255288007", "Nodular", (6132,))
"""Nodular (SCT 255288007)."""

Ossification: _Final[_Code] = _Code("SCT", "83323007", "Ossification", (6132,))
"""Ossification (SCT 83323007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EggshellCalcification,
    CoarsePopcornLikeCalcification,
    Target,
    Laminated,
    Fibrocalcific,
    Flocculent,
    Nodular,
    Ossification,
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
