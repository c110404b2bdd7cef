"""CID 6336 MRI Abnormality.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1393.
Includes CID 6337.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FocalAbnormality: _Final[_groups.Cid6336Code]
Focal: _Final[_groups.Cid6336Code]
IndexLesion: _Final[_groups.Cid6336Code]
Lesion: _Final[_groups.Cid6336Code]
Mass: _Final[_groups.Cid6336Code]
Nodule: _Final[_groups.Cid6336Code]
NonFocalAbnormality: _Final[_groups.Cid6336Code]
Diffuse: _Final[_groups.Cid6336Code]
Multifocal: _Final[_groups.Cid6336Code]
Regional: _Final[_groups.Cid6336Code]
BenignProstateHyperplasia: _Final[_groups.Cid6336Code]
Hemorrhage: _Final[_groups.Cid6336Code]
Cyst: _Final[_groups.Cid6336Code]
PathologicCalcification: _Final[_groups.Cid6336Code]
Prostatitis: _Final[_groups.Cid6336Code]
Atrophy: _Final[_groups.Cid6336Code]
Fibrosis: _Final[_groups.Cid6336Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6336Code]]
