"""CID 7162 Surface Processing Algorithm Family.

Extensible, version 20080829, UID 1.2.840.10008.6.1.636.

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
NeighborhoodAnalysis: _Final[_groups.Cid7162Code]
AdaptiveFiltering: _Final[_groups.Cid7162Code]
EdgeDetection: _Final[_groups.Cid7162Code]
MorphologicalOperations: _Final[_groups.Cid7162Code]
HistogramAnalysis: _Final[_groups.Cid7162Code]
MultiScaleResolutionFiltering: _Final[_groups.Cid7162Code]
ClusterAnalysis: _Final[_groups.Cid7162Code]
MultispectralProcessing: _Final[_groups.Cid7162Code]
ManualProcessing: _Final[_groups.Cid7162Code]
ArtificialIntelligence: _Final[_groups.Cid7162Code]
DeformableModels: _Final[_groups.Cid7162Code]
MEMBERS: _Final[tuple[_groups.Cid7162Code, ...]]
