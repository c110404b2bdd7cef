"""CID 4272 Opt Scan Pattern Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1152.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CubeBScanPattern: _Final[_groups.Cid4272Code]
RasterBScanPattern: _Final[_groups.Cid4272Code]
LineBScanPattern: _Final[_groups.Cid4272Code]
RadialBScanPattern: _Final[_groups.Cid4272Code]
CrossBScanPattern: _Final[_groups.Cid4272Code]
CircleBScanPattern: _Final[_groups.Cid4272Code]
ConcentricCircleBScanPattern: _Final[_groups.Cid4272Code]
CircleRasterBScanPattern: _Final[_groups.Cid4272Code]
CircleRadialBScanPattern: _Final[_groups.Cid4272Code]
GridBScanPattern: _Final[_groups.Cid4272Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4272Code]]
