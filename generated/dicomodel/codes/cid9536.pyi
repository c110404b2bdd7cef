"""CID 9536 Radiotherapy Prescribing and Segmenting Person Role.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1246.

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
RadiologicTechnologist: _Final[_Code]
LeadRadiologicTechnologist: _Final[_Code]
RadiationTherapist: _Final[_Code]
Resident: _Final[_Code]
ConsultingPhysician: _Final[_Code]
RadiationPhysicist: _Final[_Code]
MedicalPhysicist: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
