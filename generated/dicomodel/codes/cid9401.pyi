"""CID 9401 IEC61217 Device Position Parameter.

Extensible, version 20130518, UID 1.2.840.10008.6.1.1023.
Includes CID 9402, CID 9403.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IEC61217GantryContinuousRollAngle: _Final[_groups.Cid9401Code]
IEC61217GantryContinuousPitchAngle: _Final[_groups.Cid9401Code]
IEC61217GantryContinuousYawAngle: _Final[_groups.Cid9401Code]
IEC61217PatientSupportContinuousYawAngle: _Final[_groups.Cid9401Code]
IEC61217TableTopContinuousPitchAngle: _Final[_groups.Cid9401Code]
IEC61217TableTopContinuousRollAngle: _Final[_groups.Cid9401Code]
IEC61217TableTopEccentricAxisDistance: _Final[_groups.Cid9401Code]
IEC61217TableTopContinuousEccentricAngle: _Final[_groups.Cid9401Code]
IEC61217TableTopLateralPosition: _Final[_groups.Cid9401Code]
IEC61217TableTopLongitudinalPosition: _Final[_groups.Cid9401Code]
IEC61217TableTopVerticalPosition: _Final[_groups.Cid9401Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9401Code]]
