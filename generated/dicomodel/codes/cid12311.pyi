"""CID 12311 Echo Measured Strain Property.

Non-extensible, version 20211112, UID 1.2.840.10008.6.1.1428.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LongitudinalLagrangianStrain: _Final[_groups.Cid12311Code]
PeakLongitudinalLagrangianStrain: _Final[_groups.Cid12311Code]
TimeToPeakLongitudinalLagrangianStrain: _Final[_groups.Cid12311Code]
MechanicalDispersion: _Final[_groups.Cid12311Code]
LongitudinalLagrangianStrainRate: _Final[_groups.Cid12311Code]
RadialLagrangianStrain: _Final[_groups.Cid12311Code]
RadialLagrangianStrainRate: _Final[_groups.Cid12311Code]
CircumferentialLagrangianStrain: _Final[_groups.Cid12311Code]
CircumferentialLagrangianStrainRate: _Final[_groups.Cid12311Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12311Code]]
