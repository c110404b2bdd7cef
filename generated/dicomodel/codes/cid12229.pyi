"""CID 12229 Echocardiography Area Method.

Extensible, version 20030918, UID 1.2.840.10008.6.1.620.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AreaByPressureHalfTime: _Final[_groups.Cid12229Code]
ContinuityEquation: _Final[_groups.Cid12229Code]
ContinuityEquationByMeanVelocity: _Final[_groups.Cid12229Code]
ContinuityEquationByPeakVelocity: _Final[_groups.Cid12229Code]
ContinuityEquationByVelocityTimeIntegral: _Final[_groups.Cid12229Code]
ProximalIsovelocitySurfaceArea: _Final[_groups.Cid12229Code]
Planimetry: _Final[_groups.Cid12229Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12229Code]]
