"""CID 4260 Ophthalmic Mapping Unit for Real World Value Mapping.

Extensible, version 20110825, UID 1.2.840.10008.6.1.936.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4260
NAME: _Final[str] = "Ophthalmic Mapping Unit for Real World Value Mapping"
KEYWORD: _Final[str | None] = "OphthalmicMappingUnitForRealWorldValueMapping"
UID: _Final[str | None] = "1.2.840.10008.6.1.936"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Micrometer: _Final[_Code] = _Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Micrometer,)
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
