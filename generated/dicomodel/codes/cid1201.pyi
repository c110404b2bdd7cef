"""CID 1201 Contraindications For XA Imaging.

Extensible, version 20210328, UID 1.2.840.10008.6.1.1360.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ContrastMediaAllergy: _Final[_groups.Cid1201Code]
PatientCurrentlyPregnant: _Final[_groups.Cid1201Code]
ImpairedRenalFunction: _Final[_groups.Cid1201Code]
BloodCoagulationDisorders: _Final[_groups.Cid1201Code]
CardiacArrhythmia: _Final[_groups.Cid1201Code]
Sepsis: _Final[_groups.Cid1201Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid1201Code]]
