"""CID 9577 Patient Treatment Preparation Procedure.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1424.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Sedation: _Final[_groups.Cid9577Code]
CollisionChecks: _Final[_groups.Cid9577Code]
VitalSignsMonitoring: _Final[_groups.Cid9577Code]
PlacingRestraint: _Final[_groups.Cid9577Code]
PatientShieldingProcedure: _Final[_groups.Cid9577Code]
PatientFixationProcedure: _Final[_groups.Cid9577Code]
PatientAlignmentProcedure: _Final[_groups.Cid9577Code]
PatientMotionManagementSetupProcedure: _Final[_groups.Cid9577Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9577Code]]
