"""CID 3843 Myocardial Subsegment.

Extensible, version 20051103, UID 1.2.840.10008.6.1.291.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3843
NAME: _Final[str] = "Myocardial Subsegment"
KEYWORD: _Final[str | None] = "MyocardialSubsegment"
UID: _Final[str | None] = "1.2.840.10008.6.1.291"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Endocardial: _Final[_Code] = _Code("SCT", "304059001", "endocardial", (3843,))
"""endocardial (SCT 304059001)."""

Epicardial: _Final[_Code] = _Code("SCT", "261073003", "epicardial", (3843,))
"""epicardial (SCT 261073003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Endocardial, Epicardial)
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
