"""CID 12307 Cardiac Phase and Time Point.

Extensible, version 20211112, UID 1.2.840.10008.6.1.1148.

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
ElectromechanicalDelay: _Final[_Code]
PreEjectionPeriod: _Final[_Code]
Systole: _Final[_Code]
VentricularIsovolumicContraction: _Final[_Code]
VentricularEjectionSWave: _Final[_Code]
EndSystole: _Final[_Code]
Diastole: _Final[_Code]
VentricularIsovolumicRelaxation: _Final[_Code]
AtrialDiastolicFillingDWave: _Final[_Code]
DiastolicRapidInflowEWave: _Final[_Code]
Diastasis: _Final[_Code]
AtrialSystoleAWave: _Final[_Code]
ARWave: _Final[_Code]
EndDiastole: _Final[_Code]
FullCardiacCycle: _Final[_Code]
AorticValveClosure: _Final[_Code]
AorticValveOpening: _Final[_Code]
MitralValveClosure: _Final[_Code]
MitralValveOpening: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
