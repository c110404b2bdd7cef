"""CID 12228 Echocardiography Volume Method.

Extensible, version 20100317, UID 1.2.840.10008.6.1.619.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AreaLengthBiplane: _Final[_groups.Cid12228Code]
AreaLengthSinglePlane: _Final[_groups.Cid12228Code]
BiplaneEllipse: _Final[_groups.Cid12228Code]
SinglePlaneEllipse: _Final[_groups.Cid12228Code]
CubeMethod: _Final[_groups.Cid12228Code]
MethodOfDisksBiplane: _Final[_groups.Cid12228Code]
MethodOfDisksSinglePlane: _Final[_groups.Cid12228Code]
Teichholz: _Final[_groups.Cid12228Code]
ModifiedSimpson: _Final[_groups.Cid12228Code]
BulletMethod: _Final[_groups.Cid12228Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12228Code]]
