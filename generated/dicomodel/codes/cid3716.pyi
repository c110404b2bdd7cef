"""CID 3716 Severity.

Extensible, version 20070827, UID 1.2.840.10008.6.1.217.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

None_: _Final[_groups.Cid3716Code]
Mild: _Final[_groups.Cid3716Code]
MildToModerate: _Final[_groups.Cid3716Code]
Moderate: _Final[_groups.Cid3716Code]
ModerateToSevere: _Final[_groups.Cid3716Code]
Severe: _Final[_groups.Cid3716Code]
Fatal: _Final[_groups.Cid3716Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3716Code]]
