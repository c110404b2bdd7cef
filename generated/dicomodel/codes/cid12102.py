"""CID 12102 Temporal Period Relating to Procedure or Therapy.

Extensible, version 20050110, UID 1.2.840.10008.6.1.569.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12102
NAME: Final[str] = "Temporal Period Relating to Procedure or Therapy"
KEYWORD: Final[str | None] = "TemporalPeriodRelatingToProcedureOrTherapy"
UID: Final[str | None] = "1.2.840.10008.6.1.569"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AfterProcedure: Final[Code] = Code("SCT", "303110006", "After Procedure", (3815, 12102))
"""After Procedure (SCT 303110006)."""

DuringProcedure: Final[Code] = Code("SCT", "307154001", "During Procedure", (12102,))
"""During Procedure (SCT 307154001)."""

BeforeProcedure: Final[Code] = Code("SCT", "307153007", "Before Procedure", (12102,))
"""Before Procedure (SCT 307153007)."""

MEMBERS: Final[tuple[Code, ...]] = (AfterProcedure, DuringProcedure, BeforeProcedure)
"""The resolved membership: own members, then those of the included groups, in order."""
