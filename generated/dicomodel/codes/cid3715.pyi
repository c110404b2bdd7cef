"""CID 3715 Lesion Margin.

Extensible, version 20050614, UID 1.2.840.10008.6.1.216.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Smooth: _Final[_groups.Cid3715Code]
Irregular: _Final[_groups.Cid3715Code]
MultipleIrregularities: _Final[_groups.Cid3715Code]
Ulcerative: _Final[_groups.Cid3715Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3715Code]]
