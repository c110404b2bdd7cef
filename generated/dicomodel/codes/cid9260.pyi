"""CID 9260 Radiotherapy Acquisition WorkItem Subtasks.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1459.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9260Code]]
