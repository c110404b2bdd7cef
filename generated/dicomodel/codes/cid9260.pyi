"""CID 9260 Radiotherapy Acquisition WorkItem Subtasks.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1459.

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
RTPatientPositionAcquisitionConeBeamCTKv: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionConeBeamCTMV: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionConventionalCTKv: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionConventionalCTMV: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionCTKv: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionCTMV: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionDualPlaneKv: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionDualPlaneKvMV: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionDualPlaneMV: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionFilmCassetteKv: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionFilmCassetteMV: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionIntegratedDoseMV: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionSinglePlaneKv: _Final[_groups.Cid9260Code]
RTPatientPositionAcquisitionSinglePlaneMV: _Final[_groups.Cid9260Code]
MEMBERS: _Final[tuple[_groups.Cid9260Code, ...]]
