"""CID 12236 Echocardiography Anatomic Site.

Extensible, version 20110818, UID 1.2.840.10008.6.1.627.
Includes CID 12235, CID 12223, CID 12241, CID 12242, CID 12243, CID 12244.

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
ThoracicAorticCoarctation: _Final[_Code]
PericardialEffusion: _Final[_Code]
MedialMitralAnnulus: _Final[_Code]
LateralMitralAnnulus: _Final[_Code]
MitralAnnulus: _Final[_Code]
LeftVentricle: _Final[_Code]
LeftVentricleOutflowTract: _Final[_Code]
RightVentricleOutflowTract: _Final[_Code]
MitralValve: _Final[_Code]
Aorta: _Final[_Code]
TricuspidAnnulus: _Final[_Code]
AorticValveRing: _Final[_Code]
VentricularSeptalDefect: _Final[_Code]
AtrialSeptalDefect: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
