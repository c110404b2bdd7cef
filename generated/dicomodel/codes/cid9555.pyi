"""CID 9555 Radiotherapy Treatment Planning Person Role.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1302.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MedicalPractitioner: _Final[_groups.Cid9555Code]
Physician: _Final[_groups.Cid9555Code]
Dosimetrist: _Final[_groups.Cid9555Code]
Resident: _Final[_groups.Cid9555Code]
ConsultingPhysician: _Final[_groups.Cid9555Code]
RadiationPhysicist: _Final[_groups.Cid9555Code]
PhysicsAssistant: _Final[_groups.Cid9555Code]
MedicalPhysicist: _Final[_groups.Cid9555Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9555Code]]
