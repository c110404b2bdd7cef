"""CID 6208 Colon Types of Quality Control Standard.

Extensible, version 20090402, UID 1.2.840.10008.6.1.795.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ACRPositionStatement: _Final[_groups.Cid6208Code]
InstitutionallyDefinedQualityControlStandard: _Final[_groups.Cid6208Code]
ACRGuidelinePerformanceOfAdultCTColonography: _Final[_groups.Cid6208Code]
ACRStandardCTMedicalPhysicsPerformanceMonitoring: _Final[_groups.Cid6208Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6208Code]]
