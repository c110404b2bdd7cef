"""CID 12120 Ultrasound Blood Velocity Measurement.

Extensible, version 20240612, UID 1.2.840.10008.6.1.586.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
EndDiastolicVelocity: _Final[_groups.Cid12120Code]
MinimumDiastolicVelocity: _Final[_groups.Cid12120Code]
PeakSystolicVelocity: _Final[_groups.Cid12120Code]
PeakBloodVelocity: _Final[_groups.Cid12120Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12120Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12120Code]
VelocityTimeIntegral: _Final[_groups.Cid12120Code]
FlowVelocity: _Final[_groups.Cid12120Code]
MEMBERS: _Final[tuple[_groups.Cid12120Code, ...]]
