"""CID 7035 Actionable Finding Classification.

Extensible, version 20150324, UID 1.2.840.10008.6.1.1026.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7035
NAME: _Final[str] = "Actionable Finding Classification"
KEYWORD: _Final[str | None] = "ActionableFindingClassification"
UID: _Final[str | None] = "1.2.840.10008.6.1.1026"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150324"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ACRCategory1ActionableFinding: _Final[_Code] = _Code(
    "RADLEX", "RID49480", "ACR Category 1 Actionable Finding", (7035,)
)
"""ACR Category 1 Actionable Finding (RADLEX RID49480)."""

ACRCategory2ActionableFinding: _Final[_Code] = _Code(
    "RADLEX", "RID49481", "ACR Category 2 Actionable Finding", (7035,)
)
"""ACR Category 2 Actionable Finding (RADLEX RID49481)."""

ACRCategory3ActionableFinding: _Final[_Code] = _Code(
    "RADLEX", "RID49482", "ACR Category 3 Actionable Finding", (7035,)
)
"""ACR Category 3 Actionable Finding (RADLEX RID49482)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ACRCategory1ActionableFinding,
    ACRCategory2ActionableFinding,
    ACRCategory3ActionableFinding,
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
