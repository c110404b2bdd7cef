"""CID 6319 Abdominal Intervention Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1376.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6319
NAME: Final[str] = "Abdominal Intervention Type"
KEYWORD: Final[str | None] = "AbdominalInterventionType"
UID: Final[str | None] = "1.2.840.10008.6.1.1376"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SurgicalProcedure: Final[Code] = Code("SCT", "387713003", "Surgical procedure", (6319,))
"""Surgical procedure (SCT 387713003)."""

DiagnosticIntent: Final[Code] = Code(
    "SCT", "261004008", "Diagnostic intent", (3629, 4256, 6061, 6319, 7064)
)
"""Diagnostic intent (SCT 261004008)."""

TherapeuticProcedure: Final[Code] = Code("SCT", "277132007", "Therapeutic procedure", (6319,))
"""Therapeutic procedure (SCT 277132007)."""

MEMBERS: Final[tuple[Code, ...]] = (SurgicalProcedure, DiagnosticIntent, TherapeuticProcedure)
"""The resolved membership: own members, then those of the included groups, in order."""
