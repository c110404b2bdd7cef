"""CID 7159 Lesion Segmentation Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.505.
Includes CID 7168.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Abscess: _Final[_groups.Cid7159Code]
BloodClot: _Final[_groups.Cid7159Code]
Cyst: _Final[_groups.Cid7159Code]
Edema: _Final[_groups.Cid7159Code]
Embolus: _Final[_groups.Cid7159Code]
Hemorrhage: _Final[_groups.Cid7159Code]
Inflammation: _Final[_groups.Cid7159Code]
Lesion: _Final[_groups.Cid7159Code]
Mass: _Final[_groups.Cid7159Code]
Necrosis: _Final[_groups.Cid7159Code]
Neoplasm: _Final[_groups.Cid7159Code]
NeoplasmPrimary: _Final[_groups.Cid7159Code]
NeoplasmSecondary: _Final[_groups.Cid7159Code]
Nodule: _Final[_groups.Cid7159Code]
Background: _Final[_groups.Cid7159Code]
Normal: _Final[_groups.Cid7159Code]
NonEnhancingLesion: _Final[_groups.Cid7159Code]
EnhancingLesion: _Final[_groups.Cid7159Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7159Code]]
