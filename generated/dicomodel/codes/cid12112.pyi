"""CID 12112 Abdominopelvic Artery (Unpaired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.579.

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
AbdominalAorta: _Final[_Code]
InfraRenalAorta: _Final[_Code]
SupraRenalAorta: _Final[_Code]
CeliacAxis: _Final[_Code]
CommonHepaticArtery: _Final[_Code]
GastroduodenalArtery: _Final[_Code]
InferiorMesentericArtery: _Final[_Code]
ProperHepaticArtery: _Final[_Code]
RightBranchOfHepaticArtery: _Final[_Code]
LeftBranchOfHepaticArtery: _Final[_Code]
SplenicArtery: _Final[_Code]
SuperiorMesentericArtery: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
