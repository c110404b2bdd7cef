"""CID 3481 IVUS Distance Measurement.

Extensible, version 20050110, UID 1.2.840.10008.6.1.116.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EEMDiameter: _Final[_groups.Cid3481Code]
VesselLumenDiameter: _Final[_groups.Cid3481Code]
StentDiameter: _Final[_groups.Cid3481Code]
PlaquePlusMediaThickness: _Final[_groups.Cid3481Code]
LumenPerimeter: _Final[_groups.Cid3481Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3481Code]]
