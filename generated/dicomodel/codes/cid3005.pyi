"""CID 3005 Respiration Waveform.

Extensible, version 20200623, UID 1.2.840.10008.6.1.804.

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
RespirationWaveform: _Final[_Code]
AirflowThermistor: _Final[_Code]
AirflowThermocouple: _Final[_Code]
AirflowNasalProng: _Final[_Code]
AirflowPVDF: _Final[_Code]
AirflowCPAP: _Final[_Code]
Airflow: _Final[_Code]
PAPPressure: _Final[_Code]
PAPLeakPressure: _Final[_Code]
PAPTidalVolume: _Final[_Code]
EsophagealPressure: _Final[_Code]
RespiratoryPressure: _Final[_Code]
ThoracicRespiratoryInductance: _Final[_Code]
AbdominalRespiratoryInductance: _Final[_Code]
ThoracicRespiratoryPVDF: _Final[_Code]
AbdominalRespiratoryPVDF: _Final[_Code]
ThoracicRespiratoryEffort: _Final[_Code]
AbdominalRespiratoryEffort: _Final[_Code]
RespiratoryEffort: _Final[_Code]
CO2Transcutaneous: _Final[_Code]
CO2WaveformEndTidalMainStream: _Final[_Code]
CO2TrendEndTidalMainStream: _Final[_Code]
CO2WaveformEndTidalSideStream: _Final[_Code]
CO2TrendEndTidalSideStream: _Final[_Code]
CO2WaveformMainStream: _Final[_Code]
CO2WaveformSideStream: _Final[_Code]
CO2TrendMainStream: _Final[_Code]
CO2TrendSideStream: _Final[_Code]
CO2Respiration: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
