"""CID 6136 Chest Types of Quality Control Standard.

Extensible, version 20030108, UID 1.2.840.10008.6.1.456.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PerformanceOfPediatricAndAdultChestRadiographyACR: _Final[_groups.Cid6136Code]
ACRPositionStatement: _Final[_groups.Cid6136Code]
InstitutionallyDefinedQualityControlStandard: _Final[_groups.Cid6136Code]
PerformanceOfPediatricAndAdultThoracicCT: _Final[_groups.Cid6136Code]
PerformanceOfCTForDetectionOfPulmonaryEmbolismInAdults: _Final[_groups.Cid6136Code]
PerformanceOfHighResolutionCTOfTheLungsInAdults: _Final[_groups.Cid6136Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6136Code]]
