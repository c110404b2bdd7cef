"""CID 3641 Hemodynamic Assessment.

Extensible, version 20160314, UID 1.2.840.10008.6.1.177.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricularSystolicPressure: _Final[_groups.Cid3641Code]
LeftVentricularEndDiastolicPressure: _Final[_groups.Cid3641Code]
PulmonaryArteryPressure: _Final[_groups.Cid3641Code]
PulmonaryVascularResistance: _Final[_groups.Cid3641Code]
PulmonaryCapillaryWedgePressure: _Final[_groups.Cid3641Code]
RightVentricularSystolicPressure: _Final[_groups.Cid3641Code]
RightVentricularEndDiastolicPressure: _Final[_groups.Cid3641Code]
RightAtrialPressure: _Final[_groups.Cid3641Code]
VascularResistance: _Final[_groups.Cid3641Code]
DiastolicPressure: _Final[_groups.Cid3641Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3641Code]]
