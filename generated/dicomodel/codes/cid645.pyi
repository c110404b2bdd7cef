"""CID 645 Exogenous Substance Origin Tissue.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1110.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Anus: _Final[_groups.Cid645Code]
AsciticFluid: _Final[_groups.Cid645Code]
Bladder: _Final[_groups.Cid645Code]
Bone: _Final[_groups.Cid645Code]
BoneAndSoftTissue: _Final[_groups.Cid645Code]
Brain: _Final[_groups.Cid645Code]
Breast: _Final[_groups.Cid645Code]
CentralNervousSystem: _Final[_groups.Cid645Code]
Cervix: _Final[_groups.Cid645Code]
Colon: _Final[_groups.Cid645Code]
ConnectiveTissue: _Final[_groups.Cid645Code]
EmbryonicKidney: _Final[_groups.Cid645Code]
HeadAndNeck: _Final[_groups.Cid645Code]
Kidney: _Final[_groups.Cid645Code]
Larynx: _Final[_groups.Cid645Code]
Lung: _Final[_groups.Cid645Code]
Lymph: _Final[_groups.Cid645Code]
LymphoidTissue: _Final[_groups.Cid645Code]
LymphNode: _Final[_groups.Cid645Code]
Mesothelium: _Final[_groups.Cid645Code]
Metastasis: _Final[_groups.Cid645Code]
Mouth: _Final[_groups.Cid645Code]
Ovary: _Final[_groups.Cid645Code]
Pancreas: _Final[_groups.Cid645Code]
PeripheralNerveMyelinSheath: _Final[_groups.Cid645Code]
PleuralEffusion: _Final[_groups.Cid645Code]
Prostate: _Final[_groups.Cid645Code]
PulmonaryMetastasis: _Final[_groups.Cid645Code]
Rectum: _Final[_groups.Cid645Code]
SalivaryGland: _Final[_groups.Cid645Code]
Skin: _Final[_groups.Cid645Code]
SoftTissue: _Final[_groups.Cid645Code]
Thyroid: _Final[_groups.Cid645Code]
Uterus: _Final[_groups.Cid645Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid645Code]]
