"""CID 3455 Index Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.101.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3455
NAME: _Final[str] = "Index Method"
KEYWORD: _Final[str | None] = "IndexMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.101"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BSA: _Final[_Code] = _Code("LN", "8277-6", "BSA", (3455,))
"""BSA (LN 8277-6)."""

BSA1Point219: _Final[_Code] = _Code("DCM", "122572", "BSA^1.219", (3455,))
"""BSA^1.219 (DCM 122572)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BSA, BSA1Point219)
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
