"""CID 7024 RT Process Input.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1136.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7024
NAME: _Final[str] = "RT Process Input"
KEYWORD: _Final[str | None] = "RTProcessInput"
UID: _Final[str | None] = "1.2.840.10008.6.1.1136"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160908"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ForRTWorkflow: _Final[_Code] = _Code("DCM", "128180", "For RT Workflow", (7024,))
"""For RT Workflow (DCM 128180)."""

ForRTPrescription: _Final[_Code] = _Code("DCM", "128197", "For RT Prescription", (7024,))
"""For RT Prescription (DCM 128197)."""

ForRTTreatmentPlanning: _Final[_Code] = _Code("DCM", "128198", "For RT Treatment Planning", (7024,))
"""For RT Treatment Planning (DCM 128198)."""

ForRTPlanSummation: _Final[_Code] = _Code("DCM", "128200", "For RT Plan Summation", (7024,))
"""For RT Plan Summation (DCM 128200)."""

ForPhysicianReview: _Final[_Code] = _Code("DCM", "128201", "For Physician Review", (7024,))
"""For Physician Review (DCM 128201)."""

ForPhysicistReview: _Final[_Code] = _Code("DCM", "128202", "For Physicist Review", (7024,))
"""For Physicist Review (DCM 128202)."""

ForPlanQualityAssurance: _Final[_Code] = _Code(
    "DCM", "128204", "For Plan Quality Assurance", (7024,)
)
"""For Plan Quality Assurance (DCM 128204)."""

ForMachineQualityAssurance: _Final[_Code] = _Code(
    "DCM", "128205", "For Machine Quality Assurance", (7024,)
)
"""For Machine Quality Assurance (DCM 128205)."""

ForPatientSetupVerification: _Final[_Code] = _Code(
    "DCM", "128206", "For Patient Setup Verification", (7024,)
)
"""For Patient Setup Verification (DCM 128206)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ForRTWorkflow,
    ForRTPrescription,
    ForRTTreatmentPlanning,
    ForRTPlanSummation,
    ForPhysicianReview,
    ForPhysicistReview,
    ForPlanQualityAssurance,
    ForMachineQualityAssurance,
    ForPatientSetupVerification,
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
