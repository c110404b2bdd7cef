"""CID 10008 Dose Related Distance Measurement.

Extensible, version 20170914, UID 1.2.840.10008.6.1.541.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DistanceSourceToIsocenter: _Final[_groups.Cid10008Code]
DistanceSourceToReferencePoint: _Final[_groups.Cid10008Code]
DistanceSourceToDetector: _Final[_groups.Cid10008Code]
TableLongitudinalPosition: _Final[_groups.Cid10008Code]
TableLateralPosition: _Final[_groups.Cid10008Code]
TableHeightPosition: _Final[_groups.Cid10008Code]
DistanceSourceToTablePlane: _Final[_groups.Cid10008Code]
TableLongitudinalEndPosition: _Final[_groups.Cid10008Code]
TableLateralEndPosition: _Final[_groups.Cid10008Code]
TableHeightEndPosition: _Final[_groups.Cid10008Code]
TableXPositionToIsocenter: _Final[_groups.Cid10008Code]
TableYPositionToIsocenter: _Final[_groups.Cid10008Code]
TableZPositionToIsocenter: _Final[_groups.Cid10008Code]
TableXEndPositionToIsocenter: _Final[_groups.Cid10008Code]
TableYEndPositionToIsocenter: _Final[_groups.Cid10008Code]
TableZEndPositionToIsocenter: _Final[_groups.Cid10008Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10008Code]]
