"""CID 3705 Chamber Size.

Extensible, version 20030327, UID 1.2.840.10008.6.1.207.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NormalSizeCardiacChamber: _Final[_groups.Cid3705Code]
AbnormallySmallCardiacChamber: _Final[_groups.Cid3705Code]
MildlyEnlargedCardiacChamber: _Final[_groups.Cid3705Code]
ModeratelyEnlargedCardiacChamber: _Final[_groups.Cid3705Code]
MarkedlyEnlargedCardiacChamber: _Final[_groups.Cid3705Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3705Code]]
