"""CID 220 Significance Level.

Extensible, version 20030327, UID 1.2.840.10008.6.1.25.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MostSignificant: _Final[_groups.Cid220Code]
HighlySignificant: _Final[_groups.Cid220Code]
Significant: _Final[_groups.Cid220Code]
NotSignificant: _Final[_groups.Cid220Code]
SignificanceUndetermined: _Final[_groups.Cid220Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid220Code]]
