"""CID 7457 Sex - Male Female or Both.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1067.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7457
NAME: _Final[str] = "Sex - Male Female or Both"
KEYWORD: _Final[str | None] = "SexMaleFemaleOrBoth"
UID: _Final[str | None] = "1.2.840.10008.6.1.1067"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Male: _Final[_Code] = _Code("DCM", "M", "Male", (7455, 7457))
"""Male (DCM M)."""

Female: _Final[_Code] = _Code("DCM", "F", "Female", (7455, 7457))
"""Female (DCM F)."""

MixedSex: _Final[_Code] = _Code("DCM", "127146", "Mixed sex", (7457,))
"""Mixed sex (DCM 127146)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Male, Female, MixedSex)
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
