"""CID 3835 Cardiac Volume Measurement.

Extensible, version 20051103, UID 1.2.840.10008.6.1.285.
Includes CID 3468, CID 3469.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StrokeVolume: _Final[_groups.Cid3835Code]
LeftVentricularEDVolume: _Final[_groups.Cid3835Code]
RightVentricularEDVolume: _Final[_groups.Cid3835Code]
LeftAtrialEDVolume: _Final[_groups.Cid3835Code]
LeftVentricularESVolume: _Final[_groups.Cid3835Code]
RightVentricularESVolume: _Final[_groups.Cid3835Code]
LeftAtrialESVolume: _Final[_groups.Cid3835Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3835Code]]
