"""CID 4005 Partial View Section for Mammography.

Non-extensible, version 20050110, UID 1.2.840.10008.6.1.292.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Anterior: _Final[_groups.Cid4005Code]
Posterior: _Final[_groups.Cid4005Code]
Superior: _Final[_groups.Cid4005Code]
Inferior: _Final[_groups.Cid4005Code]
Medial: _Final[_groups.Cid4005Code]
Lateral: _Final[_groups.Cid4005Code]
Central: _Final[_groups.Cid4005Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4005Code]]
