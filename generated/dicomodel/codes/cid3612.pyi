"""CID 3612 Blood Velocity Measurement.

Extensible, version 20030327, UID 1.2.840.10008.6.1.162.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DiastolicBloodVelocityMean: _Final[_groups.Cid3612Code]
DiastolicBloodVelocityPeak: _Final[_groups.Cid3612Code]
SystolicBloodVelocityMean: _Final[_groups.Cid3612Code]
SystolicBloodVelocityPeak: _Final[_groups.Cid3612Code]
BloodVelocityMean: _Final[_groups.Cid3612Code]
BloodVelocityMinimum: _Final[_groups.Cid3612Code]
BloodVelocityPeak: _Final[_groups.Cid3612Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3612Code]]
