"""CID 3677 Summary Codes ECG.

Extensible, version 20111028, UID 1.2.840.10008.6.1.191.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3677
NAME: _Final[str] = "Summary Codes ECG"
KEYWORD: _Final[str | None] = "SummaryCodesECG"
UID: _Final[str | None] = "1.2.840.10008.6.1.191"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20111028"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalECG: _Final[_Code] = _Code("SCT", "164854000", "Normal ECG", (3230, 3677))
"""Normal ECG (SCT 164854000)."""

AbnormalECG: _Final[_Code] = _Code("SCT", "102594003", "Abnormal ECG", (3201, 3221, 3677, 12246))
"""Abnormal ECG (SCT 102594003)."""

BorderlineNormalECG: _Final[_Code] = _Code("SCT", "251135002", "Borderline Normal ECG", (3677,))
"""Borderline Normal ECG (SCT 251135002)."""

ECGEquivocal: _Final[_Code] = _Code("SCT", "370359005", "ECG Equivocal", (3677,))
"""ECG Equivocal (SCT 370359005)."""

NonDiagnosticECG: _Final[_Code] = _Code("DCM", "122753", "Non-diagnostic ECG", (3677,))
"""Non-diagnostic ECG (DCM 122753)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalECG,
    AbnormalECG,
    BorderlineNormalECG,
    ECGEquivocal,
    NonDiagnosticECG,
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
