"""CID 12102 Temporal Period Relating to Procedure or Therapy.

Extensible, version 20050110, UID 1.2.840.10008.6.1.569.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AfterProcedure: _Final[_groups.Cid12102Code]
DuringProcedure: _Final[_groups.Cid12102Code]
BeforeProcedure: _Final[_groups.Cid12102Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12102Code]]
