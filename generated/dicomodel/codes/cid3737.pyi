"""CID 3737 Ischemia Non-invasive Test.

Extensible, version 20030327, UID 1.2.840.10008.6.1.234.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NotDone: _Final[_groups.Cid3737Code]
Positive: _Final[_groups.Cid3737Code]
Negative: _Final[_groups.Cid3737Code]
Equivocal: _Final[_groups.Cid3737Code]
Arrhythmia: _Final[_groups.Cid3737Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3737Code]]
