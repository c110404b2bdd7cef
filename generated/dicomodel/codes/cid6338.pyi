"""CID 6338 mpMRI Benign Prostate Abnormality from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1395.

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
BenignProstateHyperplasia: _Final[_Code]
Hemorrhage: _Final[_Code]
Cyst: _Final[_Code]
PathologicCalcification: _Final[_Code]
Prostatitis: _Final[_Code]
Atrophy: _Final[_Code]
Fibrosis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
