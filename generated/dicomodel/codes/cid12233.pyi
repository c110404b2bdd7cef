"""CID 12233 Cardiac Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.624.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Systole: _Final[_groups.Cid12233Code]
Diastole: _Final[_groups.Cid12233Code]
EndDiastole: _Final[_groups.Cid12233Code]
EndSystole: _Final[_groups.Cid12233Code]
EarlyDiastole: _Final[_groups.Cid12233Code]
PeakSystolic: _Final[_groups.Cid12233Code]
AtrialSystole: _Final[_groups.Cid12233Code]
VentricularSystole: _Final[_groups.Cid12233Code]
VentricularIsovolumicContraction: _Final[_groups.Cid12233Code]
VentricularEjection: _Final[_groups.Cid12233Code]
VentricularIsovolumicRelaxation: _Final[_groups.Cid12233Code]
DiastolicRapidInflow: _Final[_groups.Cid12233Code]
Diastasis: _Final[_groups.Cid12233Code]
MEMBERS: _Final[tuple[_groups.Cid12233Code, ...]]
