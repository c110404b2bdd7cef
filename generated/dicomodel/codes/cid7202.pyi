"""CID 7202 Source Image Purpose of Reference.

Extensible, version 20170405, UID 1.2.840.10008.6.1.509.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
UncompressedPredecessor: _Final[_groups.Cid7202Code]
MaskImageForImageProcessingOperation: _Final[_groups.Cid7202Code]
SourceImageForImageProcessingOperation: _Final[_groups.Cid7202Code]
SourceImageForMontage: _Final[_groups.Cid7202Code]
LossyCompressedPredecessor: _Final[_groups.Cid7202Code]
ForProcessingPredecessor: _Final[_groups.Cid7202Code]
PredecessorContainingGroupOfImagingSubjects: _Final[_groups.Cid7202Code]
StructuralImageForImageProcessing: _Final[_groups.Cid7202Code]
FlowImageForImageProcessing: _Final[_groups.Cid7202Code]
MEMBERS: _Final[tuple[_groups.Cid7202Code, ...]]
