"""CID 3230 ECG Finding.

Extensible, version 20230630, UID 1.2.840.10008.6.1.776.

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
Normal: _Final[_Code]
AtrialPrematureContraction: _Final[_Code]
VentricularPrematureContraction: _Final[_Code]
AtrialFibrillation: _Final[_Code]
SupraventricularTachycardia: _Final[_Code]
NonSustainedVentricularTachycardia: _Final[_Code]
VentricularTachycardia: _Final[_Code]
VentricularFibrillation: _Final[_Code]
IntraventricularConductionDisturbance: _Final[_Code]
LeftBundleBranchBlock: _Final[_Code]
RightBundleBranchBlock: _Final[_Code]
IncompleteLeftBundleBranchBlock: _Final[_Code]
IncompleteRightBundleBranchBlock: _Final[_Code]
BifascicularBlock: _Final[_Code]
LeftAnteriorFascicularBlock: _Final[_Code]
LeftPosteriorFascicularBlock: _Final[_Code]
FirstDegreeAtrioventricularBlock: _Final[_Code]
SecondDegreeAtrioventricularBlock: _Final[_Code]
ThirdDegreeAtrioventricularBlock: _Final[_Code]
VentricularPreExcitation: _Final[_Code]
STDepression: _Final[_Code]
STElevation: _Final[_Code]
EarlyRepolarization: _Final[_Code]
NonspecificSTTAbnormality: _Final[_Code]
SecondarySTTAbnormality: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
