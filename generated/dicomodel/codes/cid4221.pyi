"""CID 4221 Visual Fixation Quality Problem.

Extensible, version 20090917, UID 1.2.840.10008.6.1.820.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PatientMovement: _Final[_groups.Cid4221Code]
EccentricFixation: _Final[_groups.Cid4221Code]
OperatorError: _Final[_groups.Cid4221Code]
EquipmentFailure: _Final[_groups.Cid4221Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4221Code]]
