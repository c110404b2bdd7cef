"""CID 12214 Echocardiography Pulmonary Vein Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.606.
Includes CID 12220.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PulmonaryVeinSystolicPeakVelocity: _Final[_groups.Cid12214Code]
PulmonaryVeinDiastolicPeakVelocity: _Final[_groups.Cid12214Code]
PulmonaryVeinSystolicToDiastolicRatio: _Final[_groups.Cid12214Code]
PulmonaryVeinAtrialContractionReversalPeakVelocity: _Final[_groups.Cid12214Code]
PulmonaryVeinAWaveDuration: _Final[_groups.Cid12214Code]
PulmonaryVeinDWaveVelocityTimeIntegral: _Final[_groups.Cid12214Code]
PulmonaryVeinSWaveVelocityTimeIntegral: _Final[_groups.Cid12214Code]
HeartRate: _Final[_groups.Cid12214Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12214Code]]
