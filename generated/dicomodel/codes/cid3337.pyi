"""CID 3337 Hemodynamic Annotation.

Extensible, version 20160314, UID 1.2.840.10008.6.1.63.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V35PercentOfThermalDyeDilutionCO: _Final[_groups.Cid3337Code]
V70PercentOfThermalDyeDilutionCO: _Final[_groups.Cid3337Code]
AWavePeakPressure: _Final[_groups.Cid3337Code]
AWavePressureAverage: _Final[_groups.Cid3337Code]
BeatDetected_109018: _Final[_groups.Cid3337Code]
BeatDetected_109019: _Final[_groups.Cid3337Code]
AverageDiastolicBloodPressure: _Final[_groups.Cid3337Code]
MinimumDiastolicBloodPressure: _Final[_groups.Cid3337Code]
EndDiastole: _Final[_groups.Cid3337Code]
EndOfExpiration: _Final[_groups.Cid3337Code]
EndOfInspiration: _Final[_groups.Cid3337Code]
EndOfSystole: _Final[_groups.Cid3337Code]
IndicatorMeanTransitTime: _Final[_groups.Cid3337Code]
MaxDpDt: _Final[_groups.Cid3337Code]
MaxNegDpDt: _Final[_groups.Cid3337Code]
MeanBloodPressure: _Final[_groups.Cid3337Code]
PeakOfThermalCardiacOutputBolus: _Final[_groups.Cid3337Code]
StartOfExpiration: _Final[_groups.Cid3337Code]
StartOfInspiration: _Final[_groups.Cid3337Code]
StartOfThermalCO: _Final[_groups.Cid3337Code]
AverageSystolicBloodPressure: _Final[_groups.Cid3337Code]
MaximumSystolicBloodPressure: _Final[_groups.Cid3337Code]
Tau: _Final[_groups.Cid3337Code]
VMaxMyocardial: _Final[_groups.Cid3337Code]
VWavePeakPressure: _Final[_groups.Cid3337Code]
VWavePressureAverage: _Final[_groups.Cid3337Code]
ValveClose: _Final[_groups.Cid3337Code]
ValveOpen: _Final[_groups.Cid3337Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3337Code]]
