"""CID 7162 Surface Processing Algorithm Family.

Extensible, version 20080829, UID 1.2.840.10008.6.1.636.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7162Code]]
