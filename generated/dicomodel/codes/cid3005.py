"""CID 3005 Respiration Waveform.

Extensible, version 20200623, UID 1.2.840.10008.6.1.804.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3005
NAME: _Final[str] = "Respiration Waveform"
KEYWORD: _Final[str | None] = "RespirationWaveform"
UID: _Final[str | None] = "1.2.840.10008.6.1.804"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RespirationWaveform: _Final[_Code] = _Code("DCM", "109117", "Respiration Waveform", (3005,))
"""Respiration Waveform (DCM 109117)."""

AirflowThermistor: _Final[_Code] = _Code("DCM", "130416", "Airflow Thermistor", (3005,))
"""Airflow Thermistor (DCM 130416)."""

AirflowThermocouple: _Final[_Code] = _Code("DCM", "130417", "Airflow Thermocouple", (3005,))
"""Airflow Thermocouple (DCM 130417)."""

AirflowNasalProng: _Final[_Code] = _Code("DCM", "130418", "Airflow Nasal Prong", (3005,))
"""Airflow Nasal Prong (DCM 130418)."""

AirflowPVDF: _Final[_Code] = _Code("DCM", "130419", "Airflow PVDF", (3005,))
"""Airflow PVDF (DCM 130419)."""

AirflowCPAP: _Final[_Code] = _Code("DCM", "130420", "Airflow CPAP", (3005,))
"""Airflow CPAP (DCM 130420)."""

Airflow: _Final[_Code] = _Code("DCM", "130421", "Airflow", (3005,))
"""Airflow (DCM 130421)."""

PAPPressure: _Final[_Code] = _Code("DCM", "130422", "PAP Pressure", (3005,))
"""PAP Pressure (DCM 130422)."""

PAPLeakPressure: _Final[_Code] = _Code("DCM", "130423", "PAP Leak Pressure", (3005,))
"""PAP Leak Pressure (DCM 130423)."""

PAPTidalVolume: _Final[_Code] = _Code("DCM", "130424", "PAP Tidal Volume", (3005,))
"""PAP Tidal Volume (DCM 130424)."""

EsophagealPressure: _Final[_Code] = _Code("DCM", "130425", "Esophageal Pressure", (3005,))
"""Esophageal Pressure (DCM 130425)."""

RespiratoryPressure: _Final[_Code] = _Code("DCM", "130426", "Respiratory Pressure", (3005,))
"""Respiratory Pressure (DCM 130426)."""

ThoracicRespiratoryInductance: _Final[_Code] = _Code(
    "DCM", "130427", "Thoracic Respiratory Inductance", (3005,)
)
"""Thoracic Respiratory Inductance (DCM 130427)."""

AbdominalRespiratoryInductance: _Final[_Code] = _Code(
    "DCM", "130428", "Abdominal Respiratory Inductance", (3005,)
)
"""Abdominal Respiratory Inductance (DCM 130428)."""

ThoracicRespiratoryPVDF: _Final[_Code] = _Code(
    "DCM", "130429", "Thoracic Respiratory PVDF", (3005,)
)
"""Thoracic Respiratory PVDF (DCM 130429)."""

AbdominalRespiratoryPVDF: _Final[_Code] = _Code(
    "DCM", "130430", "Abdominal Respiratory PVDF", (3005,)
)
"""Abdominal Respiratory PVDF (DCM 130430)."""

ThoracicRespiratoryEffort: _Final[_Code] = _Code(
    "DCM", "130431", "Thoracic Respiratory Effort", (3005,)
)
"""Thoracic Respiratory Effort (DCM 130431)."""

AbdominalRespiratoryEffort: _Final[_Code] = _Code(
    "DCM", "130432", "Abdominal Respiratory Effort", (3005,)
)
"""Abdominal Respiratory Effort (DCM 130432)."""

RespiratoryEffort: _Final[_Code] = _Code("DCM", "130433", "Respiratory Effort", (3005,))
"""Respiratory Effort (DCM 130433)."""

CO2Transcutaneous: _Final[_Code] = _Code("DCM", "130434", "CO2 Transcutaneous", (3005,))
"""CO2 Transcutaneous (DCM 130434)."""

CO2WaveformEndTidalMainStream: _Final[_Code] = _Code(
    "DCM", "130435", "CO2 Waveform End-tidal Main-stream", (3005,)
)
"""CO2 Waveform End-tidal Main-stream (DCM 130435)."""

CO2TrendEndTidalMainStream: _Final[_Code] = _Code(
    "DCM", "130436", "CO2 Trend End-tidal Main-stream", (3005,)
)
"""CO2 Trend End-tidal Main-stream (DCM 130436)."""

CO2WaveformEndTidalSideStream: _Final[_Code] = _Code(
    "DCM", "130437", "CO2 Waveform End-tidal Side-stream", (3005,)
)
"""CO2 Waveform End-tidal Side-stream (DCM 130437)."""

CO2TrendEndTidalSideStream: _Final[_Code] = _Code(
    "DCM", "130438", "CO2 Trend End-tidal Side-stream", (3005,)
)
"""CO2 Trend End-tidal Side-stream (DCM 130438)."""

CO2WaveformMainStream: _Final[_Code] = _Code("DCM", "130439", "CO2 Waveform Main-stream", (3005,))
"""CO2 Waveform Main-stream (DCM 130439)."""

CO2WaveformSideStream: _Final[_Code] = _Code("DCM", "130440", "CO2 Waveform Side-stream", (3005,))
"""CO2 Waveform Side-stream (DCM 130440)."""

CO2TrendMainStream: _Final[_Code] = _Code("DCM", "130441", "CO2 Trend Main-stream", (3005,))
"""CO2 Trend Main-stream (DCM 130441)."""

CO2TrendSideStream: _Final[_Code] = _Code("DCM", "130442", "CO2 Trend Side-stream", (3005,))
"""CO2 Trend Side-stream (DCM 130442)."""

CO2Respiration: _Final[_Code] = _Code("DCM", "130443", "CO2 Respiration", (3005,))
"""CO2 Respiration (DCM 130443)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RespirationWaveform,
    AirflowThermistor,
    AirflowThermocouple,
    AirflowNasalProng,
    AirflowPVDF,
    AirflowCPAP,
    Airflow,
    PAPPressure,
    PAPLeakPressure,
    PAPTidalVolume,
    EsophagealPressure,
    RespiratoryPressure,
    ThoracicRespiratoryInductance,
    AbdominalRespiratoryInductance,
    ThoracicRespiratoryPVDF,
    AbdominalRespiratoryPVDF,
    ThoracicRespiratoryEffort,
    AbdominalRespiratoryEffort,
    RespiratoryEffort,
    CO2Transcutaneous,
    CO2WaveformEndTidalMainStream,
    CO2TrendEndTidalMainStream,
    CO2WaveformEndTidalSideStream,
    CO2TrendEndTidalSideStream,
    CO2WaveformMainStream,
    CO2WaveformSideStream,
    CO2TrendMainStream,
    CO2TrendSideStream,
    CO2Respiration,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
