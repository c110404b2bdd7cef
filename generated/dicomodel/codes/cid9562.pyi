"""CID 9562 Radiotherapy Treatment Delivery Person Role.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1319.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RadiationTherapist: _Final[_groups.Cid9562Code]
MedicalPractitioner: _Final[_groups.Cid9562Code]
Physician: _Final[_groups.Cid9562Code]
Dosimetrist: _Final[_groups.Cid9562Code]
Resident: _Final[_groups.Cid9562Code]
ConsultingPhysician: _Final[_groups.Cid9562Code]
RadiationPhysicist: _Final[_groups.Cid9562Code]
PhysicsAssistant: _Final[_groups.Cid9562Code]
MedicalPhysicist: _Final[_groups.Cid9562Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9562Code]]
