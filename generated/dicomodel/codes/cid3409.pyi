"""CID 3409 Drug/Contrast Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.74.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DrugStart: _Final[_groups.Cid3409Code]
DrugEnd: _Final[_groups.Cid3409Code]
DrugAdministered: _Final[_groups.Cid3409Code]
ContrastStart: _Final[_groups.Cid3409Code]
ContrastEnd: _Final[_groups.Cid3409Code]
ContrastAdministered: _Final[_groups.Cid3409Code]
InfusateStart: _Final[_groups.Cid3409Code]
InfusateEnd: _Final[_groups.Cid3409Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3409Code]]
