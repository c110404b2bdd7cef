"""CID 3421 Procedure Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.84.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3421
NAME: Final[str] = "Procedure Action"
KEYWORD: Final[str | None] = "ProcedureAction"
UID: Final[str | None] = "1.2.840.10008.6.1.84"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StartProcedureAction: Final[Code] = Code("DCM", "121130", "Start Procedure Action", (3421,))
"""Start Procedure Action (DCM 121130)."""

EndProcedureAction: Final[Code] = Code("DCM", "121131", "End Procedure Action", (3421,))
"""End Procedure Action (DCM 121131)."""

SuspendProcedureAction: Final[Code] = Code("DCM", "121132", "Suspend Procedure Action", (3421,))
"""Suspend Procedure Action (DCM 121132)."""

ResumeProcedureAction: Final[Code] = Code("DCM", "121133", "Resume Procedure Action", (3421,))
"""Resume Procedure Action (DCM 121133)."""

MEMBERS: Final[tuple[Code, ...]] = (
    StartProcedureAction,
    EndProcedureAction,
    SuspendProcedureAction,
    ResumeProcedureAction,
)
"""The resolved membership: own members, then those of the included groups, in order."""
