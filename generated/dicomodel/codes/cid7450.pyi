"""CID 7450 Person Role.

Extensible, version 20040112, UID 1.2.840.10008.6.1.514.
Includes CID 7451, CID 7452.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Patient: _Final[_groups.Cid7450Code]
HealthcareProfessional: _Final[_groups.Cid7450Code]
Friend: _Final[_groups.Cid7450Code]
NaturalMother: _Final[_groups.Cid7450Code]
NaturalFather: _Final[_groups.Cid7450Code]
NaturalSister: _Final[_groups.Cid7450Code]
NaturalBrother: _Final[_groups.Cid7450Code]
Aunt: _Final[_groups.Cid7450Code]
Uncle: _Final[_groups.Cid7450Code]
HalfSister: _Final[_groups.Cid7450Code]
HalfBrother: _Final[_groups.Cid7450Code]
NaturalGrandMother: _Final[_groups.Cid7450Code]
NaturalGrandFather: _Final[_groups.Cid7450Code]
NaturalDaughter: _Final[_groups.Cid7450Code]
NaturalSon: _Final[_groups.Cid7450Code]
FemaleFirstCousin: _Final[_groups.Cid7450Code]
MaleFirstCousin: _Final[_groups.Cid7450Code]
MedicalPractitioner: _Final[_groups.Cid7450Code]
Physician: _Final[_groups.Cid7450Code]
HeadOfRadiology: _Final[_groups.Cid7450Code]
ChairOfProtocolCommittee: _Final[_groups.Cid7450Code]
RepresentativeOfProtocolCommittee: _Final[_groups.Cid7450Code]
RepresentativeOfEthicsCommittee: _Final[_groups.Cid7450Code]
HeadOfCardiology: _Final[_groups.Cid7450Code]
AdministratorOfRadiologyDepartment: _Final[_groups.Cid7450Code]
Nurse: _Final[_groups.Cid7450Code]
RadiologicTechnologist: _Final[_groups.Cid7450Code]
LeadRadiologicTechnologist: _Final[_groups.Cid7450Code]
RadiationTherapist: _Final[_groups.Cid7450Code]
Intern: _Final[_groups.Cid7450Code]
Resident: _Final[_groups.Cid7450Code]
Registrar: _Final[_groups.Cid7450Code]
Fellow: _Final[_groups.Cid7450Code]
Attending: _Final[_groups.Cid7450Code]
Consultant: _Final[_groups.Cid7450Code]
ConsultingPhysician: _Final[_groups.Cid7450Code]
ScrubNurse: _Final[_groups.Cid7450Code]
Surgeon: _Final[_groups.Cid7450Code]
Sonologist: _Final[_groups.Cid7450Code]
Sonographer: _Final[_groups.Cid7450Code]
RadiationPhysicist: _Final[_groups.Cid7450Code]
MedicalPhysicist: _Final[_groups.Cid7450Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7450Code]]
