"""CID 7450 Person Role.

Extensible, version 20040112, UID 1.2.840.10008.6.1.514.
Includes CID 7451, CID 7452.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Patient: _Final[_Code]
HealthcareProfessional: _Final[_Code]
Friend: _Final[_Code]
NaturalMother: _Final[_Code]
NaturalFather: _Final[_Code]
NaturalSister: _Final[_Code]
NaturalBrother: _Final[_Code]
Aunt: _Final[_Code]
Uncle: _Final[_Code]
HalfSister: _Final[_Code]
HalfBrother: _Final[_Code]
NaturalGrandMother: _Final[_Code]
NaturalGrandFather: _Final[_Code]
NaturalDaughter: _Final[_Code]
NaturalSon: _Final[_Code]
FemaleFirstCousin: _Final[_Code]
MaleFirstCousin: _Final[_Code]
MedicalPractitioner: _Final[_Code]
Physician: _Final[_Code]
HeadOfRadiology: _Final[_Code]
ChairOfProtocolCommittee: _Final[_Code]
RepresentativeOfProtocolCommittee: _Final[_Code]
RepresentativeOfEthicsCommittee: _Final[_Code]
HeadOfCardiology: _Final[_Code]
AdministratorOfRadiologyDepartment: _Final[_Code]
Nurse: _Final[_Code]
RadiologicTechnologist: _Final[_Code]
LeadRadiologicTechnologist: _Final[_Code]
RadiationTherapist: _Final[_Code]
Intern: _Final[_Code]
Resident: _Final[_Code]
Registrar: _Final[_Code]
Fellow: _Final[_Code]
Attending: _Final[_Code]
Consultant: _Final[_Code]
ConsultingPhysician: _Final[_Code]
ScrubNurse: _Final[_Code]
Surgeon: _Final[_Code]
Sonologist: _Final[_Code]
Sonographer: _Final[_Code]
RadiationPhysicist: _Final[_Code]
MedicalPhysicist: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
