"""CID 9500 Dosimetric Objective Type.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1210.
Includes CID 9532, CID 9529, CID 9530, CID 9531.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SpecifiedConformityIndex: _Final[_groups.Cid9500Code]
SpecifiedHealthyTissueConformityIndex: _Final[_groups.Cid9500Code]
SpecifiedConformationNumber: _Final[_groups.Cid9500Code]
SpecifiedHomogeneityIndex: _Final[_groups.Cid9500Code]
MinimizeMeterset: _Final[_groups.Cid9500Code]
MinimumSurfaceRadiationDose: _Final[_groups.Cid9500Code]
MaximumSurfaceRadiationDose: _Final[_groups.Cid9500Code]
MinimumRadiationDose: _Final[_groups.Cid9500Code]
MaximumRadiationDose: _Final[_groups.Cid9500Code]
MinimumMeanRadiationDose: _Final[_groups.Cid9500Code]
MaximumMeanRadiationDose: _Final[_groups.Cid9500Code]
MinimumEquivalentUniformDose: _Final[_groups.Cid9500Code]
MaximumEquivalentUniformDose: _Final[_groups.Cid9500Code]
PrescriptionRadiationDose: _Final[_groups.Cid9500Code]
MinimumPercentVolumeAtRadiationDose: _Final[_groups.Cid9500Code]
MaximumPercentVolumeAtRadiationDose: _Final[_groups.Cid9500Code]
MinimumAbsoluteVolumeAtRadiationDose: _Final[_groups.Cid9500Code]
MaximumAbsoluteVolumeAtRadiationDose: _Final[_groups.Cid9500Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9500Code]]
