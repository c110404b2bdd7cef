"""CID 7202 Source Image Purpose of Reference.

Extensible, version 20170405, UID 1.2.840.10008.6.1.509.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

UncompressedPredecessor: _Final[_groups.Cid7202Code]
MaskImageForImageProcessingOperation: _Final[_groups.Cid7202Code]
SourceImageForImageProcessingOperation: _Final[_groups.Cid7202Code]
SourceImageForMontage: _Final[_groups.Cid7202Code]
LossyCompressedPredecessor: _Final[_groups.Cid7202Code]
ForProcessingPredecessor: _Final[_groups.Cid7202Code]
PredecessorContainingGroupOfImagingSubjects: _Final[_groups.Cid7202Code]
StructuralImageForImageProcessing: _Final[_groups.Cid7202Code]
FlowImageForImageProcessing: _Final[_groups.Cid7202Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7202Code]]
