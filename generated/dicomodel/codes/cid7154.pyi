"""CID 7154 Abdominal Segmentation Type.

Extensible, version 20220922, UID 1.2.840.10008.6.1.500.
Includes CID 7171.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Abdomen: _Final[_groups.Cid7154Code]
AbdominopelvicCavity: _Final[_groups.Cid7154Code]
AbdominalWallMuscle: _Final[_groups.Cid7154Code]
AdrenalGland: _Final[_groups.Cid7154Code]
AbdominalAorta: _Final[_groups.Cid7154Code]
BileDuct: _Final[_groups.Cid7154Code]
BiliaryTract: _Final[_groups.Cid7154Code]
Gallbladder: _Final[_groups.Cid7154Code]
InferiorVenaCava: _Final[_groups.Cid7154Code]
Kidney: _Final[_groups.Cid7154Code]
Liver: _Final[_groups.Cid7154Code]
LumenOfGallbladder: _Final[_groups.Cid7154Code]
Omentum: _Final[_groups.Cid7154Code]
Pancreas: _Final[_groups.Cid7154Code]
PancreaticDuct: _Final[_groups.Cid7154Code]
PancreaticDuctAndBileDuctSystems: _Final[_groups.Cid7154Code]
PeritonealCavity: _Final[_groups.Cid7154Code]
Peritioneum: _Final[_groups.Cid7154Code]
RetroperitonealSpace: _Final[_groups.Cid7154Code]
SkinOfAbdomen: _Final[_groups.Cid7154Code]
SmallIntestine: _Final[_groups.Cid7154Code]
Spleen: _Final[_groups.Cid7154Code]
UrinarySystem: _Final[_groups.Cid7154Code]
WallOfGallbladder: _Final[_groups.Cid7154Code]
CouinaudHepaticSegmentI: _Final[_groups.Cid7154Code]
CouinaudHepaticSegmentII: _Final[_groups.Cid7154Code]
CouinaudHepaticSegmentIII: _Final[_groups.Cid7154Code]
CouinaudHepaticSegmentIV: _Final[_groups.Cid7154Code]
CouinaudHepaticSegmentV: _Final[_groups.Cid7154Code]
CouinaudHepaticSegmentVI: _Final[_groups.Cid7154Code]
CouinaudHepaticSegmentVII: _Final[_groups.Cid7154Code]
CouinaudHepaticSegmentVIII: _Final[_groups.Cid7154Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7154Code]]
