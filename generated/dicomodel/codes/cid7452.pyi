"""CID 7452 Organizational Role.

Extensible, version 20170626, UID 1.2.840.10008.6.1.516.

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
