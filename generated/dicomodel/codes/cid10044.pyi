"""CID 10044 Radiosensitive Organ.

Extensible, version 20170914, UID 1.2.840.10008.6.1.976.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AdrenalGland: _Final[_groups.Cid10044Code]
Bladder: _Final[_groups.Cid10044Code]
Brain: _Final[_groups.Cid10044Code]
Breast: _Final[_groups.Cid10044Code]
BoneMarrow: _Final[_groups.Cid10044Code]
BoneSurface: _Final[_groups.Cid10044Code]
Colon: _Final[_groups.Cid10044Code]
Esophagus: _Final[_groups.Cid10044Code]
EyeLenses: _Final[_groups.Cid10044Code]
Gallbladder: _Final[_groups.Cid10044Code]
Heart: _Final[_groups.Cid10044Code]
Kidney: _Final[_groups.Cid10044Code]
Liver: _Final[_groups.Cid10044Code]
Lung: _Final[_groups.Cid10044Code]
LymphNode: _Final[_groups.Cid10044Code]
Muscle: _Final[_groups.Cid10044Code]
OralMucosa: _Final[_groups.Cid10044Code]
Ovary: _Final[_groups.Cid10044Code]
Pancreas: _Final[_groups.Cid10044Code]
Prostate: _Final[_groups.Cid10044Code]
SalivaryGlands: _Final[_groups.Cid10044Code]
Skin: _Final[_groups.Cid10044Code]
SmallIntestine: _Final[_groups.Cid10044Code]
Spleen: _Final[_groups.Cid10044Code]
Stomach: _Final[_groups.Cid10044Code]
Testis: _Final[_groups.Cid10044Code]
Thymus: _Final[_groups.Cid10044Code]
Thyroid: _Final[_groups.Cid10044Code]
Uterus: _Final[_groups.Cid10044Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10044Code]]
