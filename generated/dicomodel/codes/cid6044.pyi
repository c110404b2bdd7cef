"""CID 6044 Image Quality Assessment Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.374.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

UnusableQualityRendersImageUnusable: _Final[_groups.Cid6044Code]
UsableDoesNotMeetTheQualityControlStandard: _Final[_groups.Cid6044Code]
UsableMeetsTheQualityControlStandard: _Final[_groups.Cid6044Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6044Code]]
