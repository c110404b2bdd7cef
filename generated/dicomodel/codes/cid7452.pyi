"""CID 7452 Organizational Role.

Extensible, version 20170626, UID 1.2.840.10008.6.1.516.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MedicalPractitioner: _Final[_groups.Cid7452Code]
Physician: _Final[_groups.Cid7452Code]
HeadOfRadiology: _Final[_groups.Cid7452Code]
ChairOfProtocolCommittee: _Final[_groups.Cid7452Code]
RepresentativeOfProtocolCommittee: _Final[_groups.Cid7452Code]
RepresentativeOfEthicsCommittee: _Final[_groups.Cid7452Code]
HeadOfCardiology: _Final[_groups.Cid7452Code]
AdministratorOfRadiologyDepartment: _Final[_groups.Cid7452Code]
Nurse: _Final[_groups.Cid7452Code]
RadiologicTechnologist: _Final[_groups.Cid7452Code]
LeadRadiologicTechnologist: _Final[_groups.Cid7452Code]
RadiationTherapist: _Final[_groups.Cid7452Code]
Intern: _Final[_groups.Cid7452Code]
Resident: _Final[_groups.Cid7452Code]
Registrar: _Final[_groups.Cid7452Code]
Fellow: _Final[_groups.Cid7452Code]
Attending: _Final[_groups.Cid7452Code]
Consultant: _Final[_groups.Cid7452Code]
ConsultingPhysician: _Final[_groups.Cid7452Code]
ScrubNurse: _Final[_groups.Cid7452Code]
Surgeon: _Final[_groups.Cid7452Code]
Sonologist: _Final[_groups.Cid7452Code]
Sonographer: _Final[_groups.Cid7452Code]
RadiationPhysicist: _Final[_groups.Cid7452Code]
MedicalPhysicist: _Final[_groups.Cid7452Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7452Code]]
