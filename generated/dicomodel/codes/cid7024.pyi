"""CID 7024 RT Process Input.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1136.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ForRTWorkflow: _Final[_groups.Cid7024Code]
ForRTPrescription: _Final[_groups.Cid7024Code]
ForRTTreatmentPlanning: _Final[_groups.Cid7024Code]
ForRTPlanSummation: _Final[_groups.Cid7024Code]
ForPhysicianReview: _Final[_groups.Cid7024Code]
ForPhysicistReview: _Final[_groups.Cid7024Code]
ForPlanQualityAssurance: _Final[_groups.Cid7024Code]
ForMachineQualityAssurance: _Final[_groups.Cid7024Code]
ForPatientSetupVerification: _Final[_groups.Cid7024Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7024Code]]
