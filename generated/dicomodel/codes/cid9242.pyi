"""CID 9242 Radiotherapy Acquisition Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.932.
Includes CID 9265, CID 9266, CID 9273.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RTPatientPositionAcquisitionOptical: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionUltrasound: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionSpatialFiducials: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionSinglePlaneMV: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionSinglePlaneKv: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionIntegratedDoseMV: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionFilmCassetteMV: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionFilmCassetteKv: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionCTKv: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionConeBeamCTKv: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionConventionalCTKv: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionCTMV: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionConeBeamCTMV: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionConventionalCTMV: _Final[_groups.Cid9242Code]
RTPatientPositionAcquisitionMR: _Final[_groups.Cid9242Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9242Code]]
