"""CID 4234 Refractive Surgery Type.

Extensible, version 20181111, UID 1.2.840.10008.6.1.880.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RK: _Final[_groups.Cid4234Code]
PRK: _Final[_groups.Cid4234Code]
LASIK: _Final[_groups.Cid4234Code]
LASEK: _Final[_groups.Cid4234Code]
SMILE: _Final[_groups.Cid4234Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4234Code]]
