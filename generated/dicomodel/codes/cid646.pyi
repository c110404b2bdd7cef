"""CID 646 Preclinical Small Animal Imaging Procedure.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1111.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
WholeBodyCT: _Final[_Code]
HeadCT: _Final[_Code]
MRIWholeBody: _Final[_Code]
BrainMRI: _Final[_Code]
PETWholeBody: _Final[_Code]
BrainPET: _Final[_Code]
RadionuclideScanOfWholeBody: _Final[_Code]
RadionuclideBrainScan: _Final[_Code]
SPECTOfWholeBody: _Final[_Code]
BrainSPECT: _Final[_Code]
SPECTCTOfWholeBody: _Final[_Code]
UltrasonographyOfTotalBody: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
