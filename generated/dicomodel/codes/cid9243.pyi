"""CID 9243 Radiotherapy Registration Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.933.

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
RTPatientPositionRegistrationSinglePlane: _Final[_groups.Cid9243Code]
RTPatientPositionRegistrationDualPlane: _Final[_groups.Cid9243Code]
RTPatientPositionRegistration3DCTGeneral: _Final[_groups.Cid9243Code]
RTPatientPositionRegistration3DCTMarkerBased: _Final[_groups.Cid9243Code]
RTPatientPositionRegistration3DCTVolumeBased: _Final[_groups.Cid9243Code]
RTPatientPositionRegistration3DOn2DReference: _Final[_groups.Cid9243Code]
RTPatientPositionRegistration2DOn3DReference: _Final[_groups.Cid9243Code]
RTPatientPositionRegistrationOptical: _Final[_groups.Cid9243Code]
RTPatientPositionRegistrationUltrasound: _Final[_groups.Cid9243Code]
RTPatientPositionRegistrationSpatialFiducials: _Final[_groups.Cid9243Code]
RTPatientPositionRegistrationMR: _Final[_groups.Cid9243Code]
MEMBERS: _Final[tuple[_groups.Cid9243Code, ...]]
