"""CID 3677 Summary Codes ECG.

Extensible, version 20111028, UID 1.2.840.10008.6.1.191.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3677
NAME: Final[str] = "Summary Codes ECG"
KEYWORD: Final[str | None] = "SummaryCodesECG"
UID: Final[str | None] = "1.2.840.10008.6.1.191"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20111028"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalECG: Final[Code] = Code("SCT", "164854000", "Normal ECG", (3230, 3677))
"""Normal ECG (SCT 164854000)."""

AbnormalECG: Final[Code] = Code("SCT", "102594003", "Abnormal ECG", (3201, 3221, 3677, 12246))
"""Abnormal ECG (SCT 102594003)."""

BorderlineNormalECG: Final[Code] = Code("SCT", "251135002", "Borderline Normal ECG", (3677,))
"""Borderline Normal ECG (SCT 251135002)."""

ECGEquivocal: Final[Code] = Code("SCT", "370359005", "ECG Equivocal", (3677,))
"""ECG Equivocal (SCT 370359005)."""

NonDiagnosticECG: Final[Code] = Code("DCM", "122753", "Non-diagnostic ECG", (3677,))
"""Non-diagnostic ECG (DCM 122753)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NormalECG,
    AbnormalECG,
    BorderlineNormalECG,
    ECGEquivocal,
    NonDiagnosticECG,
)
"""The resolved membership: own members, then those of the included groups, in order."""
