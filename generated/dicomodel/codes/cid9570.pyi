"""CID 9570 RT Overridden Treatment Parameter.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1327.
Includes CID 9401, CID 9569.

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
IEC61217GantryContinuousRollAngle: _Final[_Code]
IEC61217GantryContinuousPitchAngle: _Final[_Code]
IEC61217GantryContinuousYawAngle: _Final[_Code]
IEC61217PatientSupportContinuousYawAngle: _Final[_Code]
IEC61217TableTopContinuousPitchAngle: _Final[_Code]
IEC61217TableTopContinuousRollAngle: _Final[_Code]
IEC61217TableTopEccentricAxisDistance: _Final[_Code]
IEC61217TableTopContinuousEccentricAngle: _Final[_Code]
IEC61217TableTopLateralPosition: _Final[_Code]
IEC61217TableTopLongitudinalPosition: _Final[_Code]
IEC61217TableTopVerticalPosition: _Final[_Code]
IsocentricPatientSupportContinuousPitchAngle: _Final[_Code]
IsocentricPatientSupportContinuousRollAngle: _Final[_Code]
IsocentricPatientSupportContinuousYawAngle: _Final[_Code]
IsocentricPatientSupportLateralPosition: _Final[_Code]
IsocentricPatientSupportLongitudinalPosition: _Final[_Code]
IsocentricPatientSupportVerticalPosition: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
