"""CID 3003 Hemodynamic Waveform Source.

Extensible, version 20020904, UID 1.2.840.10008.6.1.44.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AorticPressureWaveform: _Final[_Code]
AorticValvePullbackPressureWaveform: _Final[_Code]
ArterialPressureWaveform: _Final[_Code]
CentralVenousPressureWaveform: _Final[_Code]
DyeDilutionCardiacOutputWaveform: _Final[_Code]
FemoralArteryPressureWaveform: _Final[_Code]
HemodynamicFlowWaveform: _Final[_Code]
HemodynamicImpedanceWaveform: _Final[_Code]
HemodynamicOxygenSaturationWaveform: _Final[_Code]
HemodynamicPressureWaveform: _Final[_Code]
HemodynamicWaveform: _Final[_Code]
LeftAtriumPressureWaveform: _Final[_Code]
LeftVentriclePressureWaveform: _Final[_Code]
MitralValvePullbackPressureWaveform: _Final[_Code]
PulmonaryArteryOxygenSaturationWaveform: _Final[_Code]
PulmonaryArteryPressureWaveform: _Final[_Code]
PulmonaryArteryWedgePressureWaveform: _Final[_Code]
PulmonaryCapillaryWedgePressureWaveform: _Final[_Code]
PulmonaryValvePullbackPressureWaveform: _Final[_Code]
RespirationImpedanceWaveform: _Final[_Code]
RightAtriumPressureWaveform: _Final[_Code]
RightVentriclePressureWaveform: _Final[_Code]
TemperatureWaveform: _Final[_Code]
ThermalCardiacOutputWaveform: _Final[_Code]
TricuspidValvePullbackPressureWaveform: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
