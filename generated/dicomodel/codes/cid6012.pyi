"""CID 6012 Calcification Distribution Modifier.

Extensible, version 20020904, UID 1.2.840.10008.6.1.342.
Includes CID 6013.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DiffuseCalcificationDistribution: _Final[_groups.Cid6012Code]
LinearCalcificationDistribution: _Final[_groups.Cid6012Code]
GroupedCalcificationDistribution: _Final[_groups.Cid6012Code]
RegionalCalcificationDistribution: _Final[_groups.Cid6012Code]
SegmentalCalcificationDistribution: _Final[_groups.Cid6012Code]
CalcificationsWithinAMass: _Final[_groups.Cid6012Code]
CalcificationsOutsideOfAMass: _Final[_groups.Cid6012Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6012Code]]
