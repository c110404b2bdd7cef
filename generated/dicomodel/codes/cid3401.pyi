"""CID 3401 Log Note Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.66.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TechNote: _Final[_groups.Cid3401Code]
NursingNote: _Final[_groups.Cid3401Code]
PhysicianNote: _Final[_groups.Cid3401Code]
ProcedureNote: _Final[_groups.Cid3401Code]
PatientStatusOrEvent: _Final[_groups.Cid3401Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3401Code]]
