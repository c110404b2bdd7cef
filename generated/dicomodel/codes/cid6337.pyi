"""CID 6337 mpMRI Prostate Abnormality from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1394.
Includes CID 6338.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FocalAbnormality: _Final[_groups.Cid6337Code]
Focal: _Final[_groups.Cid6337Code]
IndexLesion: _Final[_groups.Cid6337Code]
Lesion: _Final[_groups.Cid6337Code]
Mass: _Final[_groups.Cid6337Code]
Nodule: _Final[_groups.Cid6337Code]
NonFocalAbnormality: _Final[_groups.Cid6337Code]
Diffuse: _Final[_groups.Cid6337Code]
Multifocal: _Final[_groups.Cid6337Code]
Regional: _Final[_groups.Cid6337Code]
BenignProstateHyperplasia: _Final[_groups.Cid6337Code]
Hemorrhage: _Final[_groups.Cid6337Code]
Cyst: _Final[_groups.Cid6337Code]
PathologicCalcification: _Final[_groups.Cid6337Code]
Prostatitis: _Final[_groups.Cid6337Code]
Atrophy: _Final[_groups.Cid6337Code]
Fibrosis: _Final[_groups.Cid6337Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6337Code]]
