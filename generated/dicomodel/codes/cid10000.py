"""CID 10000 Scope of Accumulation.

Extensible, version 20131010, UID 1.2.840.10008.6.1.534.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10000
NAME: Final[str] = "Scope of Accumulation"
KEYWORD: Final[str | None] = "ScopeOfAccumulation"
UID: Final[str | None] = "1.2.840.10008.6.1.534"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20131010"
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

ProcedureStepToThisPoint: Final[Code] = Code(
    "DCM", "113970", "Procedure Step To This Point", (10000,)
)
"""Procedure Step To This Point (DCM 113970)."""

IrradiationEvent: Final[Code] = Code("DCM", "113852", "Irradiation Event", (10000,))
"""Irradiation Event (DCM 113852)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Study,
    Series,
    PerformedProcedureStep,
    ProcedureStepToThisPoint,
    IrradiationEvent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
