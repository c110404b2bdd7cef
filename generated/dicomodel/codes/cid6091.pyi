"""CID 6091 Relative Frequency of Event Value.

Extensible, version 20040112, UID 1.2.840.10008.6.1.413.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Continuous: _Final[_groups.Cid6091Code]
Frequent: _Final[_groups.Cid6091Code]
MidFrequency: _Final[_groups.Cid6091Code]
Infrequent: _Final[_groups.Cid6091Code]
AsRequired: _Final[_groups.Cid6091Code]
SingleEvent: _Final[_groups.Cid6091Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6091Code]]
