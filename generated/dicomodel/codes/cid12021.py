"""CID 12021 Fetal Long Bone Anatomic Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1006.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12021
NAME: _Final[str] = "Fetal Long Bone Anatomic Site"
KEYWORD: _Final[str | None] = "FetalLongBoneAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1006"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Clavicle: _Final[_Code] = _Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004)."""

Femur: _Final[_Code] = _Code("SCT", "71341001", "Femur", (4031, 7304, 7483, 12020, 12021))
"""Femur (SCT 71341001)."""

Fibula: _Final[_Code] = _Code("SCT", "87342007", "Fibula", (4031, 7304, 12021))
"""Fibula (SCT 87342007)."""

Radius: _Final[_Code] = _Code("SCT", "62413002", "Radius", (7304, 12021))
"""Radius (SCT 62413002)."""

Tibia: _Final[_Code] = _Code("SCT", "12611008", "Tibia", (7304, 12021))
"""Tibia (SCT 12611008)."""

Ulna: _Final[_Code] = _Code("SCT", "23416004", "Ulna", (7304, 12021))
"""Ulna (SCT 23416004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Clavicle, Femur, Fibula, Radius, Tibia, Ulna)
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
