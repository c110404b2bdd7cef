"""CID 7194 Morphologically Abnormal Structure Segmentation Property Type.

Extensible, version 20220402, UID 1.2.840.10008.6.1.1193.
Includes CID 7159, CID 7199.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Abscess: _Final[_groups.Cid7194Code]
BloodClot: _Final[_groups.Cid7194Code]
Cyst: _Final[_groups.Cid7194Code]
Edema: _Final[_groups.Cid7194Code]
Embolus: _Final[_groups.Cid7194Code]
Hemorrhage: _Final[_groups.Cid7194Code]
Inflammation: _Final[_groups.Cid7194Code]
Lesion: _Final[_groups.Cid7194Code]
Mass: _Final[_groups.Cid7194Code]
Necrosis: _Final[_groups.Cid7194Code]
Neoplasm: _Final[_groups.Cid7194Code]
NeoplasmPrimary: _Final[_groups.Cid7194Code]
NeoplasmSecondary: _Final[_groups.Cid7194Code]
Nodule: _Final[_groups.Cid7194Code]
Background: _Final[_groups.Cid7194Code]
Normal: _Final[_groups.Cid7194Code]
NonEnhancingLesion: _Final[_groups.Cid7194Code]
EnhancingLesion: _Final[_groups.Cid7194Code]
LesionOfBrain: _Final[_groups.Cid7194Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7194Code]]
