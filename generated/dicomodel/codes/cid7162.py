"""CID 7162 Surface Processing Algorithm Family.

Extensible, version 20080829, UID 1.2.840.10008.6.1.636.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7162
NAME: _Final[str] = "Surface Processing Algorithm Family"
KEYWORD: _Final[str | None] = "SurfaceProcessingAlgorithmFamily"
UID: _Final[str | None] = "1.2.840.10008.6.1.636"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080829"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NeighborhoodAnalysis: _Final[_Code] = _Code("DCM", "123101", "Neighborhood Analysis", (7162,))
"""Neighborhood Analysis (DCM 123101)."""

AdaptiveFiltering: _Final[_Code] = _Code("DCM", "123102", "Adaptive Filtering", (7162,))
"""Adaptive Filtering (DCM 123102)."""

EdgeDetection: _Final[_Code] = _Code("DCM", "123103", "Edge Detection", (7162,))
"""Edge Detection (DCM 123103)."""

MorphologicalOperations: _Final[_Code] = _Code("DCM", "123104", "Morphological Operations", (7162,))
"""Morphological Operations (DCM 123104)."""

HistogramAnalysis: _Final[_Code] = _Code("DCM", "123105", "Histogram Analysis", (7162,))
"""Histogram Analysis (DCM 123105)."""

MultiScaleResolutionFiltering: _Final[_Code] = _Code(
    "DCM", "123106", "Multi-Scale/Resolution Filtering", (7162,)
)
"""Multi-Scale/Resolution Filtering (DCM 123106)."""

ClusterAnalysis: _Final[_Code] = _Code("DCM", "123107", "Cluster Analysis", (7162,))
"""Cluster Analysis (DCM 123107)."""

MultispectralProcessing: _Final[_Code] = _Code("DCM", "123108", "Multispectral Processing", (7162,))
"""Multispectral Processing (DCM 123108)."""

ManualProcessing: _Final[_Code] = _Code("DCM", "123109", "Manual Processing", (7162,))
"""Manual Processing (DCM 123109)."""

ArtificialIntelligence: _Final[_Code] = _Code("DCM", "123110", "Artificial Intelligence", (7162,))
"""Artificial Intelligence (DCM 123110)."""

DeformableModels: _Final[_Code] = _Code("DCM", "123111", "Deformable Models", (7162,))
"""Deformable Models (DCM 123111)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NeighborhoodAnalysis,
    AdaptiveFiltering,
    EdgeDetection,
    MorphologicalOperations,
    HistogramAnalysis,
    MultiScaleResolutionFiltering,
    ClusterAnalysis,
    MultispectralProcessing,
    ManualProcessing,
    ArtificialIntelligence,
    DeformableModels,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
