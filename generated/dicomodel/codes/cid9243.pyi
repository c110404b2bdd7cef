"""CID 9243 Radiotherapy Registration Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.933.

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
RTPatientPositionRegistrationSinglePlane: _Final[_Code]
RTPatientPositionRegistrationDualPlane: _Final[_Code]
RTPatientPositionRegistration3DCTGeneral: _Final[_Code]
RTPatientPositionRegistration3DCTMarkerBased: _Final[_Code]
RTPatientPositionRegistration3DCTVolumeBased: _Final[_Code]
RTPatientPositionRegistration3DOn2DReference: _Final[_Code]
RTPatientPositionRegistration2DOn3DReference: _Final[_Code]
RTPatientPositionRegistrationOptical: _Final[_Code]
RTPatientPositionRegistrationUltrasound: _Final[_Code]
RTPatientPositionRegistrationSpatialFiducials: _Final[_Code]
RTPatientPositionRegistrationMR: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
