"""CID 4221 Visual Fixation Quality Problem.

Extensible, version 20090917, UID 1.2.840.10008.6.1.820.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4221
NAME: Final[str] = "Visual Fixation Quality Problem"
KEYWORD: Final[str | None] = "VisualFixationQualityProblem"
UID: Final[str | None] = "1.2.840.10008.6.1.820"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090917"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PatientMovement: Final[Code] = Code("DCM", "110518", "Patient Movement", (4221, 9561))
"""Patient Movement (DCM 110518)."""

EccentricFixation: Final[Code] = Code("SCT", "251786004", "Eccentric Fixation", (4221,))
"""Eccentric Fixation (SCT 251786004)."""

OperatorError: Final[Code] = Code("DCM", "110519", "Operator Error", (4221, 9561))
"""Operator Error (DCM 110519)."""

EquipmentFailure: Final[Code] = Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PatientMovement,
    EccentricFixation,
    OperatorError,
    EquipmentFailure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
