"""CID 10013 CT Acquisition Type.

Extensible, version 20160314, UID 1.2.840.10008.6.1.545.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SequencedAcquisition: _Final[_groups.Cid10013Code]
SpiralAcquisition: _Final[_groups.Cid10013Code]
ConstantAngleAcquisition: _Final[_groups.Cid10013Code]
StationaryAcquisition: _Final[_groups.Cid10013Code]
FreeAcquisition: _Final[_groups.Cid10013Code]
ConeBeamAcquisition: _Final[_groups.Cid10013Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10013Code]]
