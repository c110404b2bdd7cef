"""CID 9563 Radiotherapy Interlock Resolution.

Extensible, version 20220116, UID 1.2.840.10008.6.1.1320.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TreatmentTerminated: _Final[_groups.Cid9563Code]
InterlockOverridden: _Final[_groups.Cid9563Code]
PatientRepositioned: _Final[_groups.Cid9563Code]
InterlockResolved: _Final[_groups.Cid9563Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9563Code]]
