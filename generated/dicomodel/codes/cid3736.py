"""CID 3736 NYHA Classification.

Extensible, version 20070827, UID 1.2.840.10008.6.1.233.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3736
NAME: _Final[str] = "NYHA Classification"
KEYWORD: _Final[str | None] = "NYHAClassification"
UID: _Final[str | None] = "1.2.840.10008.6.1.233"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NYHAClassI: _Final[_Code] = _Code("SCT", "420300004", "NYHA Class I", (3736,))
"""NYHA Class I (SCT 420300004)."""

NYHAClassII: _Final[_Code] = _Code("SCT", "421704003", "NYHA Class II", (3736,))
"""NYHA Class II (SCT 421704003)."""

NYHAClassIII: _Final[_Code] = _Code("SCT", "420913000", "NYHA Class III", (3736,))
"""NYHA Class III (SCT 420913000)."""

NYHAClassIV: _Final[_Code] = _Code("SCT", "422293003", "NYHA Class IV", (3736,))
"""NYHA Class IV (SCT 422293003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NYHAClassI, NYHAClassII, NYHAClassIII, NYHAClassIV)
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
