"""CID 614 Anesthesia Induction Code Type from Anesthesia Quality Initiative.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1079.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ByInhalation: _Final[_groups.Cid614Code]
IntravenousRoute: _Final[_groups.Cid614Code]
PerRectum: _Final[_groups.Cid614Code]
IntramuscularRoute: _Final[_groups.Cid614Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid614Code]]
