"""CID 6100 Chest Component Category.

Extensible, version 20240611, UID 1.2.840.10008.6.1.420.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6100
NAME: _Final[str] = "Chest Component Category"
KEYWORD: _Final[str | None] = "ChestComponentCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.420"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008)."""

Bronchovascular: _Final[_Code] = _Code("DCM", "112052", "Bronchovascular", (6100,))
"""Bronchovascular (DCM 112052)."""

PleuralStructure: _Final[_Code] = _Code(
    "SCT", "3120008", "Pleural structure", (6100, 6129, 7155, 12294)
)
"""Pleural structure (SCT 3120008)."""

Mediastinum: _Final[_Code] = _Code("SCT", "72410000", "Mediastinum", (4031, 4040, 6100, 6129, 7155))
"""Mediastinum (SCT 72410000)."""

Heart: _Final[_Code] = _Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

Osseous: _Final[_Code] = _Code("DCM", "112053", "Osseous", (6100,))
"""Osseous (DCM 112053)."""

SystemicVascularStructure: _Final[_Code] = _Code(
    "SCT", "281157001", "Systemic vascular structure", (6100,)
)
"""Systemic vascular structure (SCT 281157001)."""

Muscular: _Final[_Code] = _Code("SCT", "71616004", "Muscular", (6100, 6204, 10044))
"""Muscular (SCT 71616004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Lung,
    Bronchovascular,
    PleuralStructure,
    Mediastinum,
    Heart,
    Osseous,
    SystemicVascularStructure,
    Muscular,
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
