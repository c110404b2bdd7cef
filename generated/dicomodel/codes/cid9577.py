"""CID 9577 Patient Treatment Preparation Procedure.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1424.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9577
NAME: _Final[str] = "Patient Treatment Preparation Procedure"
KEYWORD: _Final[str | None] = "PatientTreatmentPreparationProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1424"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210906"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Sedation: _Final[_Code] = _Code("SCT", "72641008", "Sedation", (612, 9577))
"""Sedation (SCT 72641008)."""

CollisionChecks: _Final[_Code] = _Code("DCM", "130652", "Collision Checks", (9577,))
"""Collision Checks (DCM 130652)."""

VitalSignsMonitoring: _Final[_Code] = _Code("SCT", "304495004", "Vital signs monitoring", (9577,))
"""Vital signs monitoring (SCT 304495004)."""

PlacingRestraint: _Final[_Code] = _Code("SCT", "68894007", "Placing restraint", (9577,))
"""Placing restraint (SCT 68894007)."""

PatientShieldingProcedure: _Final[_Code] = _Code(
    "DCM", "130636", "Patient Shielding Procedure", (9577,)
)
"""Patient Shielding Procedure (DCM 130636)."""

PatientFixationProcedure: _Final[_Code] = _Code(
    "DCM", "130637", "Patient Fixation Procedure", (9577,)
)
"""Patient Fixation Procedure (DCM 130637)."""

PatientAlignmentProcedure: _Final[_Code] = _Code(
    "DCM", "130638", "Patient Alignment Procedure", (9577,)
)
"""Patient Alignment Procedure (DCM 130638)."""

PatientMotionManagementSetupProcedure: _Final[_Code] = _Code(
    "DCM", "130639", "Patient Motion Management Setup Procedure", (9577,)
)
"""Patient Motion Management Setup Procedure (DCM 130639)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
