"""CID 4107 Tracer Kinetic Model Parameter.

Extensible, version 20141110, UID 1.2.840.10008.6.1.992.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Ktrans: _Final[_groups.Cid4107Code]
Kep: _Final[_groups.Cid4107Code]
Ve: _Final[_groups.Cid4107Code]
TauM: _Final[_groups.Cid4107Code]
Vp: _Final[_groups.Cid4107Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4107Code]]
