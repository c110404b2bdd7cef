"""CID 3756 Cardiac Patient Risk Factor.

Extensible, version 20170914, UID 1.2.840.10008.6.1.251.

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
HistoryOfCongestiveHeartFailure: _Final[_Code]
HistoryOfDiabetes: _Final[_Code]
HistoryOfRenalFailure: _Final[_Code]
HistoryOfChronicLungDisease: _Final[_Code]
HistoryOfCerebrovascularDisease: _Final[_Code]
PeripheralVascularDisease: _Final[_Code]
HistoryOfMyocardialInfarction: _Final[_Code]
HistoryOfHypertension: _Final[_Code]
HistoryOfHypercholesterolemia: _Final[_Code]
Arrhythmia: _Final[_Code]
HIVPositive: _Final[_Code]
InfantOfMotherWithGestationalDiabetes: _Final[_Code]
InsulinDependentMotherIDM: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
