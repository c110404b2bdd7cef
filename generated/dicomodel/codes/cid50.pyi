"""CID 50 Instance Availability Status.

Non-extensible, version 20090616, UID 1.2.840.10008.6.1.811.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Nearline: _Final[_groups.Cid50Code]
Offline: _Final[_groups.Cid50Code]
Online: _Final[_groups.Cid50Code]
Unavailable: _Final[_groups.Cid50Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid50Code]]
