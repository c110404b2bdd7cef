"""CID 3236 Tolerance Comparison Finding.

Extensible, version 20080827, UID 1.2.840.10008.6.1.782.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3236
NAME: _Final[str] = "Tolerance Comparison Finding"
KEYWORD: _Final[str | None] = "ToleranceComparisonFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.782"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NoChange: _Final[_Code] = _Code("SCT", "260388006", "No change", (3235, 3236, 3237))
"""No change (SCT 260388006)."""

DecreasedTolerance: _Final[_Code] = _Code("SCT", "102460003", "Decreased tolerance", (3236,))
"""Decreased tolerance (SCT 102460003)."""

IncreasedTolerance: _Final[_Code] = _Code("SCT", "102459008", "Increased tolerance", (3236,))
"""Increased tolerance (SCT 102459008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NoChange, DecreasedTolerance, IncreasedTolerance)
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
