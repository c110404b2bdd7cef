"""CID 646 Preclinical Small Animal Imaging Procedure.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1111.

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
WholeBodyCT: _Final[_groups.Cid646Code]
HeadCT: _Final[_groups.Cid646Code]
MRIWholeBody: _Final[_groups.Cid646Code]
BrainMRI: _Final[_groups.Cid646Code]
PETWholeBody: _Final[_groups.Cid646Code]
BrainPET: _Final[_groups.Cid646Code]
RadionuclideScanOfWholeBody: _Final[_groups.Cid646Code]
RadionuclideBrainScan: _Final[_groups.Cid646Code]
SPECTOfWholeBody: _Final[_groups.Cid646Code]
BrainSPECT: _Final[_groups.Cid646Code]
SPECTCTOfWholeBody: _Final[_groups.Cid646Code]
UltrasonographyOfTotalBody: _Final[_groups.Cid646Code]
MEMBERS: _Final[tuple[_groups.Cid646Code, ...]]
