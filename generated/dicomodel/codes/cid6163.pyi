"""CID 6163 Menstrual Cycle Phase.

Extensible, version 20050822, UID 1.2.840.10008.6.1.477.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V1stWeek: _Final[_groups.Cid6163Code]
V2ndWeek: _Final[_groups.Cid6163Code]
V3rdWeek: _Final[_groups.Cid6163Code]
MenstruationPresent: _Final[_groups.Cid6163Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6163Code]]
