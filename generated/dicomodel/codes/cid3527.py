"""CID 3527 Blood Base Excess.

Extensible, version 20030327, UID 1.2.840.10008.6.1.141.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3527
NAME: _Final[str] = "Blood Base Excess"
KEYWORD: _Final[str | None] = "BloodBaseExcess"
UID: _Final[str | None] = "1.2.840.10008.6.1.141"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BloodBaseExcess: _Final[_Code] = _Code("LN", "11555-0", "Blood Base Excess", (3527,))
"""Blood Base Excess (LN 11555-0)."""

ArterialBloodBaseExcess: _Final[_Code] = _Code(
    "LN", "1925-7", "Arterial Blood Base Excess", (3527,)
)
"""Arterial Blood Base Excess (LN 1925-7)."""

VenousBloodBaseExcess: _Final[_Code] = _Code("LN", "1927-3", "Venous Blood Base Excess", (3527,))
"""Venous Blood Base Excess (LN 1927-3)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BloodBaseExcess,
    ArterialBloodBaseExcess,
    VenousBloodBaseExcess,
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
