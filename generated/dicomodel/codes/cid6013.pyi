"""CID 6013 Calcification Distribution Modifier from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.343.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DiffuseCalcificationDistribution: _Final[_groups.Cid6013Code]
LinearCalcificationDistribution: _Final[_groups.Cid6013Code]
GroupedCalcificationDistribution: _Final[_groups.Cid6013Code]
RegionalCalcificationDistribution: _Final[_groups.Cid6013Code]
SegmentalCalcificationDistribution: _Final[_groups.Cid6013Code]
CalcificationsWithinAMass: _Final[_groups.Cid6013Code]
CalcificationsOutsideOfAMass: _Final[_groups.Cid6013Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6013Code]]
