"""CID 12308 Ultrasound Shear Wave Measurement.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1411.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ShearWaveSpeed: _Final[_groups.Cid12308Code]
Elasticity: _Final[_groups.Cid12308Code]
ShearWaveDispersionSlope: _Final[_groups.Cid12308Code]
ROIDepth: _Final[_groups.Cid12308Code]
AreaOfDefinedRegion: _Final[_groups.Cid12308Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12308Code]]
