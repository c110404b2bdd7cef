"""CID 635 Heating Method.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1100.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AirHeatingPad: _Final[_groups.Cid635Code]
ElectricBlanket: _Final[_groups.Cid635Code]
ElectricHeatingPad: _Final[_groups.Cid635Code]
ForcedAirHeater: _Final[_groups.Cid635Code]
ForcedAirWarmingBlanket: _Final[_groups.Cid635Code]
HeatedImagingDevice: _Final[_groups.Cid635Code]
HeatedPatientSupport: _Final[_groups.Cid635Code]
HeatedWaterBlanket: _Final[_groups.Cid635Code]
HeatLamp: _Final[_groups.Cid635Code]
NonElectricHeatingPad: _Final[_groups.Cid635Code]
PreHeatedPad: _Final[_groups.Cid635Code]
Unheated: _Final[_groups.Cid635Code]
WarmerDevice: _Final[_groups.Cid635Code]
WarmingBlanket: _Final[_groups.Cid635Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid635Code]]
