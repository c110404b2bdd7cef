"""CID 3560 Blood Pressure Method.

Extensible, version 20030327, UID 1.2.840.10008.6.1.152.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3560
NAME: _Final[str] = "Blood Pressure Method"
KEYWORD: _Final[str | None] = "BloodPressureMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.152"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BloodPressureCuffMethod: _Final[_Code] = _Code(
    "SCT", "371911009", "Blood pressure cuff method", (3560,)
)
"""Blood pressure cuff method (SCT 371911009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BloodPressureCuffMethod,)
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
