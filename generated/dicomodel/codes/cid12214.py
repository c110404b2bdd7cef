"""CID 12214 Echocardiography Pulmonary Vein Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.606.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12214
NAME: _Final[str] = "Echocardiography Pulmonary Vein Measurement"
KEYWORD: _Final[str | None] = "EchocardiographyPulmonaryVeinMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.606"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: _Final[str | None] = None

PulmonaryVeinSystolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29450-4", "Pulmonary Vein Systolic Peak Velocity", (12214,)
)
"""Pulmonary Vein Systolic Peak Velocity (LN 29450-4)."""

PulmonaryVeinDiastolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29451-2", "Pulmonary Vein Diastolic Peak Velocity", (12214,)
)
"""Pulmonary Vein Diastolic Peak Velocity (LN 29451-2)."""

PulmonaryVeinSystolicToDiastolicRatio: _Final[_Code] = _Code(
    "LN", "29452-0", "Pulmonary Vein Systolic to Diastolic Ratio", (12214,)
)
"""Pulmonary Vein Systolic to Diastolic Ratio (LN 29452-0)."""

PulmonaryVeinAtrialContractionReversalPeakVelocity: _Final[_Code] = _Code(
    "LN", "29453-8", "Pulmonary Vein Atrial Contraction Reversal Peak Velocity", (12214,)
)
"""Pulmonary Vein Atrial Contraction Reversal Peak Velocity (LN 29453-8)."""

PulmonaryVeinAWaveDuration: _Final[_Code] = _Code(
    "SCT", "399070007", "Pulmonary Vein A-Wave Duration", (12214,)
)
"""Pulmonary Vein A-Wave Duration (SCT 399070007)."""

PulmonaryVeinDWaveVelocityTimeIntegral: _Final[_Code] = _Code(
    "SCT", "399039004", "Pulmonary Vein D-Wave Velocity Time Integral", (12214,)
)
"""Pulmonary Vein D-Wave Velocity Time Integral (SCT 399039004)."""

PulmonaryVeinSWaveVelocityTimeIntegral: _Final[_Code] = _Code(
    "SCT", "399267001", "Pulmonary Vein S-Wave Velocity Time Integral", (12214,)
)
"""Pulmonary Vein S-Wave Velocity Time Integral (SCT 399267001)."""

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PulmonaryVeinSystolicPeakVelocity,
    PulmonaryVeinDiastolicPeakVelocity,
    PulmonaryVeinSystolicToDiastolicRatio,
    PulmonaryVeinAtrialContractionReversalPeakVelocity,
    PulmonaryVeinAWaveDuration,
    PulmonaryVeinDWaveVelocityTimeIntegral,
    PulmonaryVeinSWaveVelocityTimeIntegral,
    HeartRate,
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
