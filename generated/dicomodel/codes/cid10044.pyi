"""CID 10044 Radiosensitive Organ.

Extensible, version 20170914, UID 1.2.840.10008.6.1.976.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid10044Code, ...]]
