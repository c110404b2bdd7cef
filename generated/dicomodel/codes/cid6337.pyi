"""CID 6337 mpMRI Prostate Abnormality from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1394.
Includes CID 6338.

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
MEMBERS: _Final[tuple[_groups.Cid6337Code, ...]]
