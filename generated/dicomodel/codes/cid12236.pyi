"""CID 12236 Echocardiography Anatomic Site.

Extensible, version 20110818, UID 1.2.840.10008.6.1.627.
Includes CID 12235, CID 12223, CID 12241, CID 12242, CID 12243, CID 12244.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12236Code]]
