"""CID 7012 Best in Set.

Extensible, version 20020904, UID 1.2.840.10008.6.1.492.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7012
NAME: Final[str] = "Best in Set"
KEYWORD: Final[str | None] = "BestInSet"
UID: Final[str | None] = "1.2.840.10008.6.1.492"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Study: Final[Code] = Code("DCM", "113014", "Study", (272, 7012, 10000))
"""Study (DCM 113014)."""

Series: Final[Code] = Code("DCM", "113015", "Series", (272, 7012, 10000))
"""Series (DCM 113015)."""

PerformedProcedureStep: Final[Code] = Code(
    "DCM", "113016", "Performed Procedure Step", (7012, 10000)
)
"""Performed Procedure Step (DCM 113016)."""

StageView: Final[Code] = Code("DCM", "113017", "Stage-View", (7012,))
"""Stage-View (DCM 113017)."""

MEMBERS: Final[tuple[Code, ...]] = (Study, Series, PerformedProcedureStep, StageView)
"""The resolved membership: own members, then those of the included groups, in order."""
