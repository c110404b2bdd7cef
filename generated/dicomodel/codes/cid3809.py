"""CID 3809 Associated Condition.

Extensible, version 20220922, UID 1.2.840.10008.6.1.270.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3809
NAME: _Final[str] = "Associated Condition"
KEYWORD: _Final[str | None] = "AssociatedCondition"
UID: _Final[str | None] = "1.2.840.10008.6.1.270"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MarfanSyndrome: _Final[_Code] = _Code("SCT", "19346006", "Marfan's Syndrome", (3809,))
"""Marfan's Syndrome (SCT 19346006)."""

TraumaticAbnormality: _Final[_Code] = _Code(
    "SCT", "417746004", "Traumatic Abnormality", (3809, 3815)
)
"""Traumatic Abnormality (SCT 417746004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (MarfanSyndrome, TraumaticAbnormality)
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
