"""CID 9242 Radiotherapy Acquisition Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.932.
Includes CID 9265, CID 9266, CID 9273.

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
RTPatientPositionAcquisitionOptical: _Final[_Code]
RTPatientPositionAcquisitionUltrasound: _Final[_Code]
RTPatientPositionAcquisitionSpatialFiducials: _Final[_Code]
RTPatientPositionAcquisitionSinglePlaneMV: _Final[_Code]
RTPatientPositionAcquisitionSinglePlaneKv: _Final[_Code]
RTPatientPositionAcquisitionIntegratedDoseMV: _Final[_Code]
RTPatientPositionAcquisitionFilmCassetteMV: _Final[_Code]
RTPatientPositionAcquisitionFilmCassetteKv: _Final[_Code]
RTPatientPositionAcquisitionCTKv: _Final[_Code]
RTPatientPositionAcquisitionConeBeamCTKv: _Final[_Code]
RTPatientPositionAcquisitionConventionalCTKv: _Final[_Code]
RTPatientPositionAcquisitionCTMV: _Final[_Code]
RTPatientPositionAcquisitionConeBeamCTMV: _Final[_Code]
RTPatientPositionAcquisitionConventionalCTMV: _Final[_Code]
RTPatientPositionAcquisitionMR: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
