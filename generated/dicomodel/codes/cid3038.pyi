"""CID 3038 Pattern Event.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1336.

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
IrregularHeartRate: _Final[_Code]
Apnea: _Final[_Code]
Apnea15Sec: _Final[_Code]
Apnea30Sec: _Final[_Code]
Desaturation: _Final[_Code]
Asystole: _Final[_Code]
ArrhythmiaEvent: _Final[_Code]
ClinicalSeizureDischarge: _Final[_Code]
SupraventricularExtrasystole: _Final[_Code]
PacerArtifact: _Final[_Code]
FirstDegreeAVBlock: _Final[_Code]
SecondDegreeAVBlock: _Final[_Code]
ThirdDegreeAVBlock: _Final[_Code]
Bradycardia: _Final[_Code]
AtrialFibrillation: _Final[_Code]
AtrialFlutter: _Final[_Code]
IrregularRhythm: _Final[_Code]
SinusTachycardia: _Final[_Code]
SharpSpikes: _Final[_Code]
SpikesAndWaves: _Final[_Code]
Hyperventilation: _Final[_Code]
HyperventilationBegin: _Final[_Code]
HyperventilationEnd: _Final[_Code]
PostHyperventilation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
