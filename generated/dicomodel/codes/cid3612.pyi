"""CID 3612 Blood Velocity Measurement.

Extensible, version 20030327, UID 1.2.840.10008.6.1.162.

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
DiastolicBloodVelocityMean: _Final[_groups.Cid3612Code]
DiastolicBloodVelocityPeak: _Final[_groups.Cid3612Code]
SystolicBloodVelocityMean: _Final[_groups.Cid3612Code]
SystolicBloodVelocityPeak: _Final[_groups.Cid3612Code]
BloodVelocityMean: _Final[_groups.Cid3612Code]
BloodVelocityMinimum: _Final[_groups.Cid3612Code]
BloodVelocityPeak: _Final[_groups.Cid3612Code]
MEMBERS: _Final[tuple[_groups.Cid3612Code, ...]]
