"""CID 3484 IVUS Index/Ratio.

Extensible, version 20040614, UID 1.2.840.10008.6.1.119.

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
LumenEccentricityIndex: _Final[_Code]
PlaquePlusMediaEccentricityIndex: _Final[_Code]
RemodelingIndex: _Final[_Code]
StentSymmetryIndex: _Final[_Code]
StentExpansionIndex: _Final[_Code]
LumenShapeIndex: _Final[_Code]
LumenDiameterRatio: _Final[_Code]
StentDiameterRatio: _Final[_Code]
EEMDiameterRatio: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
