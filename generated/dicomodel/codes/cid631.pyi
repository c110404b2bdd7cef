"""CID 631 Procedure Phase Requiring Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1096.
Includes CID 632, CID 12102.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Preoperative: _Final[_groups.Cid631Code]
Intraoperative: _Final[_groups.Cid631Code]
Postoperative: _Final[_groups.Cid631Code]
AfterProcedure: _Final[_groups.Cid631Code]
DuringProcedure: _Final[_groups.Cid631Code]
BeforeProcedure: _Final[_groups.Cid631Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid631Code]]
