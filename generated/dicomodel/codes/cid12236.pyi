"""CID 12236 Echocardiography Anatomic Site.

Extensible, version 20110818, UID 1.2.840.10008.6.1.627.
Includes CID 12235, CID 12223, CID 12241, CID 12242, CID 12243, CID 12244.

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
ThoracicAorticCoarctation: _Final[_groups.Cid12236Code]
PericardialEffusion: _Final[_groups.Cid12236Code]
MedialMitralAnnulus: _Final[_groups.Cid12236Code]
LateralMitralAnnulus: _Final[_groups.Cid12236Code]
MitralAnnulus: _Final[_groups.Cid12236Code]
LeftVentricle: _Final[_groups.Cid12236Code]
LeftVentricleOutflowTract: _Final[_groups.Cid12236Code]
RightVentricleOutflowTract: _Final[_groups.Cid12236Code]
MitralValve: _Final[_groups.Cid12236Code]
Aorta: _Final[_groups.Cid12236Code]
TricuspidAnnulus: _Final[_groups.Cid12236Code]
AorticValveRing: _Final[_groups.Cid12236Code]
VentricularSeptalDefect: _Final[_groups.Cid12236Code]
AtrialSeptalDefect: _Final[_groups.Cid12236Code]
MEMBERS: _Final[tuple[_groups.Cid12236Code, ...]]
