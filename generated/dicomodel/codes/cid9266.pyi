"""CID 9266 Patient Position Acquisition – CT Techniques.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1465.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RTPatientPositionAcquisitionCTKv: _Final[_groups.Cid9266Code]
RTPatientPositionAcquisitionConeBeamCTKv: _Final[_groups.Cid9266Code]
RTPatientPositionAcquisitionConventionalCTKv: _Final[_groups.Cid9266Code]
RTPatientPositionAcquisitionCTMV: _Final[_groups.Cid9266Code]
RTPatientPositionAcquisitionConeBeamCTMV: _Final[_groups.Cid9266Code]
RTPatientPositionAcquisitionConventionalCTMV: _Final[_groups.Cid9266Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9266Code]]
