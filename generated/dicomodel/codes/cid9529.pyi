"""CID 9529 Single Dose Dosimetric Objective.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1239.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MinimumSurfaceRadiationDose: _Final[_groups.Cid9529Code]
MaximumSurfaceRadiationDose: _Final[_groups.Cid9529Code]
MinimumRadiationDose: _Final[_groups.Cid9529Code]
MaximumRadiationDose: _Final[_groups.Cid9529Code]
MinimumMeanRadiationDose: _Final[_groups.Cid9529Code]
MaximumMeanRadiationDose: _Final[_groups.Cid9529Code]
MinimumEquivalentUniformDose: _Final[_groups.Cid9529Code]
MaximumEquivalentUniformDose: _Final[_groups.Cid9529Code]
PrescriptionRadiationDose: _Final[_groups.Cid9529Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9529Code]]
