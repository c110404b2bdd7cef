"""CID 6145 Baseline Category.

Extensible, version 20030108, UID 1.2.840.10008.6.1.465.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6145
NAME: _Final[str] = "Baseline Category"
KEYWORD: _Final[str | None] = "BaselineCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.465"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TargetLesionAtBaseline: _Final[_Code] = _Code("DCM", "112074", "Target Lesion at Baseline", (6145,))
"""Target Lesion at Baseline (DCM 112074)."""

NonTargetLesionAtBaseline: _Final[_Code] = _Code(
    "DCM", "112075", "Non-Target Lesion at Baseline", (6145,)
)
"""Non-Target Lesion at Baseline (DCM 112075)."""

NonLesionAtBaseline: _Final[_Code] = _Code("DCM", "112076", "Non-Lesion at Baseline", (6145,))
"""Non-Lesion at Baseline (DCM 112076)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TargetLesionAtBaseline,
    NonTargetLesionAtBaseline,
    NonLesionAtBaseline,
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
