"""CID 12008 OB-GYN Amniotic Sac Measurement.

Extensible, version 20210120, UID 1.2.840.10008.6.1.557.

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
FirstQuadrantDiameter: _Final[_groups.Cid12008Code]
SecondQuadrantDiameter: _Final[_groups.Cid12008Code]
ThirdQuadrantDiameter: _Final[_groups.Cid12008Code]
FourthQuadrantDiameter: _Final[_groups.Cid12008Code]
Diameter: _Final[_groups.Cid12008Code]
AmnioticFluidIndex: _Final[_groups.Cid12008Code]
MEMBERS: _Final[tuple[_groups.Cid12008Code, ...]]
