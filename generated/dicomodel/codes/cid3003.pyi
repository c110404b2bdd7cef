"""CID 3003 Hemodynamic Waveform Source.

Extensible, version 20020904, UID 1.2.840.10008.6.1.44.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AorticPressureWaveform: _Final[_groups.Cid3003Code]
AorticValvePullbackPressureWaveform: _Final[_groups.Cid3003Code]
ArterialPressureWaveform: _Final[_groups.Cid3003Code]
CentralVenousPressureWaveform: _Final[_groups.Cid3003Code]
DyeDilutionCardiacOutputWaveform: _Final[_groups.Cid3003Code]
FemoralArteryPressureWaveform: _Final[_groups.Cid3003Code]
HemodynamicFlowWaveform: _Final[_groups.Cid3003Code]
HemodynamicImpedanceWaveform: _Final[_groups.Cid3003Code]
HemodynamicOxygenSaturationWaveform: _Final[_groups.Cid3003Code]
HemodynamicPressureWaveform: _Final[_groups.Cid3003Code]
HemodynamicWaveform: _Final[_groups.Cid3003Code]
LeftAtriumPressureWaveform: _Final[_groups.Cid3003Code]
LeftVentriclePressureWaveform: _Final[_groups.Cid3003Code]
MitralValvePullbackPressureWaveform: _Final[_groups.Cid3003Code]
PulmonaryArteryOxygenSaturationWaveform: _Final[_groups.Cid3003Code]
PulmonaryArteryPressureWaveform: _Final[_groups.Cid3003Code]
PulmonaryArteryWedgePressureWaveform: _Final[_groups.Cid3003Code]
PulmonaryCapillaryWedgePressureWaveform: _Final[_groups.Cid3003Code]
PulmonaryValvePullbackPressureWaveform: _Final[_groups.Cid3003Code]
RespirationImpedanceWaveform: _Final[_groups.Cid3003Code]
RightAtriumPressureWaveform: _Final[_groups.Cid3003Code]
RightVentriclePressureWaveform: _Final[_groups.Cid3003Code]
TemperatureWaveform: _Final[_groups.Cid3003Code]
ThermalCardiacOutputWaveform: _Final[_groups.Cid3003Code]
TricuspidValvePullbackPressureWaveform: _Final[_groups.Cid3003Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3003Code]]
