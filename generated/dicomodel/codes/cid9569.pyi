"""CID 9569 Isocentric Patient Support Position Parameter.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1326.

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
IsocentricPatientSupportContinuousPitchAngle: _Final[_groups.Cid9569Code]
IsocentricPatientSupportContinuousRollAngle: _Final[_groups.Cid9569Code]
IsocentricPatientSupportContinuousYawAngle: _Final[_groups.Cid9569Code]
IsocentricPatientSupportLateralPosition: _Final[_groups.Cid9569Code]
IsocentricPatientSupportLongitudinalPosition: _Final[_groups.Cid9569Code]
IsocentricPatientSupportVerticalPosition: _Final[_groups.Cid9569Code]
MEMBERS: _Final[tuple[_groups.Cid9569Code, ...]]
