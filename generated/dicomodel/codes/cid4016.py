"""CID 4016 Anatomic Region for Intra-oral Radiography.

Non-extensible, version 20150318, UID 1.2.840.10008.6.1.300.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4016
NAME: _Final[str] = "Anatomic Region for Intra-oral Radiography"
KEYWORD: _Final[str | None] = "AnatomicRegionForIntraoralRadiography"
UID: _Final[str | None] = "1.2.840.10008.6.1.300"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20150318"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

JawRegion: _Final[_Code] = _Code("SCT", "661005", "Jaw region", (4016, 4028, 4031, 7304))
"""Jaw region (SCT 661005)."""

Maxilla: _Final[_Code] = _Code("SCT", "70925003", "Maxilla", (4016, 4028, 4031, 7304))
"""Maxilla (SCT 70925003)."""

Mandible: _Final[_Code] = _Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

TeethGumsAndSupportingStructures: _Final[_Code] = _Code(
    "SCT", "28035005", "Teeth, gums and supporting structures", (4016,)
)
"""Teeth, gums and supporting structures (SCT 28035005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    JawRegion,
    Maxilla,
    Mandible,
    TeethGumsAndSupportingStructures,
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
