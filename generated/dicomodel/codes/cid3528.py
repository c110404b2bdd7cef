"""CID 3528 Blood pH.

Extensible, version 20030327, UID 1.2.840.10008.6.1.142.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3528
NAME: _Final[str] = "Blood pH"
KEYWORD: _Final[str | None] = "BloodpH"
UID: _Final[str | None] = "1.2.840.10008.6.1.142"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BloodPh: _Final[_Code] = _Code("LN", "11558-4", "Blood pH", (3528,))
"""Blood pH (LN 11558-4)."""

ArterialBloodPh: _Final[_Code] = _Code("LN", "2744-1", "Arterial Blood pH", (3528,))
"""Arterial Blood pH (LN 2744-1)."""

VenousBloodPh: _Final[_Code] = _Code("LN", "2746-6", "Venous Blood pH", (3528,))
"""Venous Blood pH (LN 2746-6)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BloodPh, ArterialBloodPh, VenousBloodPh)
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
