"""CID 7168 Brain Lesion Segmentation Type With Necrosis.

Extensible, version 20190327, UID 1.2.840.10008.6.1.1280.
Includes CID 7169.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Necrosis: _Final[_groups.Cid7168Code]
Background: _Final[_groups.Cid7168Code]
Normal: _Final[_groups.Cid7168Code]
Edema: _Final[_groups.Cid7168Code]
NonEnhancingLesion: _Final[_groups.Cid7168Code]
EnhancingLesion: _Final[_groups.Cid7168Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7168Code]]
