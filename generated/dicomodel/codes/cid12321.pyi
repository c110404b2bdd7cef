"""CID 12321 Elastography Site.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1448.

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
AchillesTendon: _Final[_Code]
Breast: _Final[_Code]
Kidney: _Final[_Code]
Liver: _Final[_Code]
Prostate: _Final[_Code]
Pancreas: _Final[_Code]
PatellarTendon: _Final[_Code]
Spleen: _Final[_Code]
TendonOfRotatorCuffOfShoulder: _Final[_Code]
Testis: _Final[_Code]
Thyroid: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
