"""CID 6127 Segment Location in Lung.

Extensible, version 20030108, UID 1.2.840.10008.6.1.447.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnteriorSegmentOfRightUpperLobe: _Final[_groups.Cid6127Code]
AnteriorSegmentOfLeftUpperLobe: _Final[_groups.Cid6127Code]
PosteriorSegmentOfRightUpperLobe: _Final[_groups.Cid6127Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6127Code]]
