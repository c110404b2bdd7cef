"""CID 4267 Corneal Topography Mapping Unit for Real World Value Mapping.

Extensible, version 20131014, UID 1.2.840.10008.6.1.965.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4267
NAME: _Final[str] = "Corneal Topography Mapping Unit for Real World Value Mapping"
KEYWORD: _Final[str | None] = "CornealTopographyMappingUnitForRealWorldValueMapping"
UID: _Final[str | None] = "1.2.840.10008.6.1.965"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20131014"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Micrometer: _Final[_Code] = _Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um)."""

Diopters: _Final[_Code] = _Code("UCUM", "diop", "diopters", (4267,))
"""diopters (UCUM diop)."""

mm: _Final[_Code] = _Code("UCUM", "mm", "mm", (3510, 4267, 7063, 7460))
"""mm (UCUM mm)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Micrometer, Diopters, mm)
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
