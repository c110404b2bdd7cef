"""CID 3406 Non-coronary Transcatheter Intervention.

Extensible, version 20030327, UID 1.2.840.10008.6.1.71.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3406
NAME: Final[str] = "Non-coronary Transcatheter Intervention"
KEYWORD: Final[str | None] = "NonCoronaryTranscatheterIntervention"
UID: Final[str | None] = "1.2.840.10008.6.1.71"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ValvularIntervention: Final[Code] = Code("DCM", "122053", "Valvular Intervention", (3406,))
"""Valvular Intervention (DCM 122053)."""

AorticIntervention: Final[Code] = Code("DCM", "122054", "Aortic Intervention", (3406,))
"""Aortic Intervention (DCM 122054)."""

SeptalDefectIntervention: Final[Code] = Code("DCM", "122055", "Septal Defect Intervention", (3406,))
"""Septal Defect Intervention (DCM 122055)."""

VascularIntervention: Final[Code] = Code("DCM", "122056", "Vascular Intervention", (3406,))
"""Vascular Intervention (DCM 122056)."""

MyocardialBiopsy: Final[Code] = Code("DCM", "122057", "Myocardial biopsy", (3406,))
"""Myocardial biopsy (DCM 122057)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ValvularIntervention,
    AorticIntervention,
    SeptalDefectIntervention,
    VascularIntervention,
    MyocardialBiopsy,
)
"""The resolved membership: own members, then those of the included groups, in order."""
