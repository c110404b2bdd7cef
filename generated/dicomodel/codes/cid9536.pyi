"""CID 9536 Radiotherapy Prescribing and Segmenting Person Role.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1246.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MedicalPractitioner: _Final[_groups.Cid9536Code]
Physician: _Final[_groups.Cid9536Code]
RadiologicTechnologist: _Final[_groups.Cid9536Code]
LeadRadiologicTechnologist: _Final[_groups.Cid9536Code]
RadiationTherapist: _Final[_groups.Cid9536Code]
Resident: _Final[_groups.Cid9536Code]
ConsultingPhysician: _Final[_groups.Cid9536Code]
RadiationPhysicist: _Final[_groups.Cid9536Code]
MedicalPhysicist: _Final[_groups.Cid9536Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9536Code]]
