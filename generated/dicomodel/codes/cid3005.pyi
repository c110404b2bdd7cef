"""CID 3005 Respiration Waveform.

Extensible, version 20200623, UID 1.2.840.10008.6.1.804.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RespirationWaveform: _Final[_groups.Cid3005Code]
AirflowThermistor: _Final[_groups.Cid3005Code]
AirflowThermocouple: _Final[_groups.Cid3005Code]
AirflowNasalProng: _Final[_groups.Cid3005Code]
AirflowPVDF: _Final[_groups.Cid3005Code]
AirflowCPAP: _Final[_groups.Cid3005Code]
Airflow: _Final[_groups.Cid3005Code]
PAPPressure: _Final[_groups.Cid3005Code]
PAPLeakPressure: _Final[_groups.Cid3005Code]
PAPTidalVolume: _Final[_groups.Cid3005Code]
EsophagealPressure: _Final[_groups.Cid3005Code]
RespiratoryPressure: _Final[_groups.Cid3005Code]
ThoracicRespiratoryInductance: _Final[_groups.Cid3005Code]
AbdominalRespiratoryInductance: _Final[_groups.Cid3005Code]
ThoracicRespiratoryPVDF: _Final[_groups.Cid3005Code]
AbdominalRespiratoryPVDF: _Final[_groups.Cid3005Code]
ThoracicRespiratoryEffort: _Final[_groups.Cid3005Code]
AbdominalRespiratoryEffort: _Final[_groups.Cid3005Code]
RespiratoryEffort: _Final[_groups.Cid3005Code]
CO2Transcutaneous: _Final[_groups.Cid3005Code]
CO2WaveformEndTidalMainStream: _Final[_groups.Cid3005Code]
CO2TrendEndTidalMainStream: _Final[_groups.Cid3005Code]
CO2WaveformEndTidalSideStream: _Final[_groups.Cid3005Code]
CO2TrendEndTidalSideStream: _Final[_groups.Cid3005Code]
CO2WaveformMainStream: _Final[_groups.Cid3005Code]
CO2WaveformSideStream: _Final[_groups.Cid3005Code]
CO2TrendMainStream: _Final[_groups.Cid3005Code]
CO2TrendSideStream: _Final[_groups.Cid3005Code]
CO2Respiration: _Final[_groups.Cid3005Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3005Code]]
