"""CID 9577 Patient Treatment Preparation Procedure.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1424.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9577
NAME: Final[str] = "Patient Treatment Preparation Procedure"
KEYWORD: Final[str | None] = "PatientTreatmentPreparationProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.1424"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210906"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Sedation: Final[Code] = Code("SCT", "72641008", "Sedation", (612, 9577))
"""Sedation (SCT 72641008)."""

CollisionChecks: Final[Code] = Code("DCM", "130652", "Collision Checks", (9577,))
"""Collision Checks (DCM 130652)."""

VitalSignsMonitoring: Final[Code] = Code("SCT", "304495004", "Vital signs monitoring", (9577,))
"""Vital signs monitoring (SCT 304495004)."""

PlacingRestraint: Final[Code] = Code("SCT", "68894007", "Placing restraint", (9577,))
"""Placing restraint (SCT 68894007)."""

PatientShieldingProcedure: Final[Code] = Code(
    "DCM", "130636", "Patient Shielding Procedure", (9577,)
)
"""Patient Shielding Procedure (DCM 130636)."""

PatientFixationProcedure: Final[Code] = Code("DCM", "130637", "Patient Fixation Procedure", (9577,))
"""Patient Fixation Procedure (DCM 130637)."""

PatientAlignmentProcedure: Final[Code] = Code(
    "DCM", "130638", "Patient Alignment Procedure", (9577,)
)
"""Patient Alignment Procedure (DCM 130638)."""

PatientMotionManagementSetupProcedure: Final[Code] = Code(
    "DCM", "130639", "Patient Motion Management Setup Procedure", (9577,)
)
"""Patient Motion Management Setup Procedure (DCM 130639)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Sedation,
    CollisionChecks,
    VitalSignsMonitoring,
    PlacingRestraint,
    PatientShieldingProcedure,
    PatientFixationProcedure,
    PatientAlignmentProcedure,
    PatientMotionManagementSetupProcedure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
