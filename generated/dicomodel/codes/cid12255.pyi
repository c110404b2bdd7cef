"""CID 12255 Cardiac Ultrasound Myocardium Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.836.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

WallMass: _Final[_groups.Cid12255Code]
MyocardialPerformanceIndexTei: _Final[_groups.Cid12255Code]
EndocardialArea: _Final[_groups.Cid12255Code]
EpicardialArea: _Final[_groups.Cid12255Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12255Code]]
