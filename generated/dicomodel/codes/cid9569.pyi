"""CID 9569 Isocentric Patient Support Position Parameter.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1326.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IsocentricPatientSupportContinuousPitchAngle: _Final[_groups.Cid9569Code]
IsocentricPatientSupportContinuousRollAngle: _Final[_groups.Cid9569Code]
IsocentricPatientSupportContinuousYawAngle: _Final[_groups.Cid9569Code]
IsocentricPatientSupportLateralPosition: _Final[_groups.Cid9569Code]
IsocentricPatientSupportLongitudinalPosition: _Final[_groups.Cid9569Code]
IsocentricPatientSupportVerticalPosition: _Final[_groups.Cid9569Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9569Code]]
