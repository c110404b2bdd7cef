"""CID 12233 Cardiac Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.624.

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
Systole: _Final[_Code]
Diastole: _Final[_Code]
EndDiastole: _Final[_Code]
EndSystole: _Final[_Code]
EarlyDiastole: _Final[_Code]
PeakSystolic: _Final[_Code]
AtrialSystole: _Final[_Code]
VentricularSystole: _Final[_Code]
VentricularIsovolumicContraction: _Final[_Code]
VentricularEjection: _Final[_Code]
VentricularIsovolumicRelaxation: _Final[_Code]
DiastolicRapidInflow: _Final[_Code]
Diastasis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
