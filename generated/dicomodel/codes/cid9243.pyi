"""CID 9243 Radiotherapy Registration Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.933.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9243Code]]
