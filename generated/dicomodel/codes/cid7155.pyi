"""CID 7155 Thoracic Segmentation Type.

Extensible, version 20200704, UID 1.2.840.10008.6.1.501.
Includes CID 6170.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BloodVessel: _Final[_groups.Cid7155Code]
BoneOfThorax: _Final[_groups.Cid7155Code]
Bronchus: _Final[_groups.Cid7155Code]
ChestCavity: _Final[_groups.Cid7155Code]
ChestWallMuscle: _Final[_groups.Cid7155Code]
Clavicle: _Final[_groups.Cid7155Code]
Diaphragm: _Final[_groups.Cid7155Code]
Esophagus: _Final[_groups.Cid7155Code]
Lung: _Final[_groups.Cid7155Code]
Mediastinum: _Final[_groups.Cid7155Code]
Pleura: _Final[_groups.Cid7155Code]
Rib: _Final[_groups.Cid7155Code]
SkinOfChest: _Final[_groups.Cid7155Code]
Sternum: _Final[_groups.Cid7155Code]
ThoracicSpine: _Final[_groups.Cid7155Code]
Thorax: _Final[_groups.Cid7155Code]
Trachea: _Final[_groups.Cid7155Code]
Thymus: _Final[_groups.Cid7155Code]
UpperLobeOfLung: _Final[_groups.Cid7155Code]
MiddleLobeOfRightLung: _Final[_groups.Cid7155Code]
LowerLobeOfLung: _Final[_groups.Cid7155Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7155Code]]
