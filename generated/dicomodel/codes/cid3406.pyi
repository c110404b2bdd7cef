"""CID 3406 Non-coronary Transcatheter Intervention.

Extensible, version 20030327, UID 1.2.840.10008.6.1.71.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ValvularIntervention: _Final[_groups.Cid3406Code]
AorticIntervention: _Final[_groups.Cid3406Code]
SeptalDefectIntervention: _Final[_groups.Cid3406Code]
VascularIntervention: _Final[_groups.Cid3406Code]
MyocardialBiopsy: _Final[_groups.Cid3406Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3406Code]]
