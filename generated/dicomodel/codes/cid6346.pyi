"""CID 6346 Prostate MRI Enhancement Pattern from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1403.

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
EarlyPhaseWashIn: _Final[_Code]
DelayedPhase: _Final[_Code]
PersistentDelayedPhase: _Final[_Code]
PersistentDelayedPhaseType1Curve: _Final[_Code]
PlateauDelayedPhase: _Final[_Code]
PlateauDelayedPhaseType2Curve: _Final[_Code]
WashoutDelayedPhase: _Final[_Code]
WashoutDelayedPhaseType3Curve: _Final[_Code]
PositiveDCE: _Final[_Code]
NegativeDCE: _Final[_Code]
LateContrastEnhancement: _Final[_Code]
EarlyContrastEnhancement: _Final[_Code]
DiffuseContrastEnhancement: _Final[_Code]
FocalContrastEnhancement: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
