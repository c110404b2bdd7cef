"""CID 7150 Segmentation Property Category.

Extensible, version 20191110, UID 1.2.840.10008.6.1.496.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Tissue: _Final[_groups.Cid7150Code]
AnatomicalStructure: _Final[_groups.Cid7150Code]
PhysicalObject: _Final[_groups.Cid7150Code]
MorphologicallyAbnormalStructure: _Final[_groups.Cid7150Code]
Function: _Final[_groups.Cid7150Code]
SpatialAndRelationalConcept: _Final[_groups.Cid7150Code]
BodySubstance: _Final[_groups.Cid7150Code]
Substance: _Final[_groups.Cid7150Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7150Code]]
