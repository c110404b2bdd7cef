"""CID 7162 Surface Processing Algorithm Family.

Extensible, version 20080829, UID 1.2.840.10008.6.1.636.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
NeighborhoodAnalysis: _Final[_Code]
AdaptiveFiltering: _Final[_Code]
EdgeDetection: _Final[_Code]
MorphologicalOperations: _Final[_Code]
HistogramAnalysis: _Final[_Code]
MultiScaleResolutionFiltering: _Final[_Code]
ClusterAnalysis: _Final[_Code]
MultispectralProcessing: _Final[_Code]
ManualProcessing: _Final[_Code]
ArtificialIntelligence: _Final[_Code]
DeformableModels: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
