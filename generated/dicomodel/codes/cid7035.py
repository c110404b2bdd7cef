"""CID 7035 Actionable Finding Classification.

Extensible, version 20150324, UID 1.2.840.10008.6.1.1026.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7035
NAME: Final[str] = "Actionable Finding Classification"
KEYWORD: Final[str | None] = "ActionableFindingClassification"
UID: Final[str | None] = "1.2.840.10008.6.1.1026"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150324"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ACRCategory1ActionableFinding: Final[Code] = Code(
    "RADLEX", "RID49480", "ACR Category 1 Actionable Finding", (7035,)
)
"""ACR Category 1 Actionable Finding (RADLEX RID49480)."""

ACRCategory2ActionableFinding: Final[Code] = Code(
    "RADLEX", "RID49481", "ACR Category 2 Actionable Finding", (7035,)
)
"""ACR Category 2 Actionable Finding (RADLEX RID49481)."""

ACRCategory3ActionableFinding: Final[Code] = Code(
    "RADLEX", "RID49482", "ACR Category 3 Actionable Finding", (7035,)
)
"""ACR Category 3 Actionable Finding (RADLEX RID49482)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ACRCategory1ActionableFinding,
    ACRCategory2ActionableFinding,
    ACRCategory3ActionableFinding,
)
"""The resolved membership: own members, then those of the included groups, in order."""
