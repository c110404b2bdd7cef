"""CID 7162 Surface Processing Algorithm Family.

Extensible, version 20080829, UID 1.2.840.10008.6.1.636.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7162
NAME: Final[str] = "Surface Processing Algorithm Family"
KEYWORD: Final[str | None] = "SurfaceProcessingAlgorithmFamily"
UID: Final[str | None] = "1.2.840.10008.6.1.636"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080829"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NeighborhoodAnalysis: Final[Code] = Code("DCM", "123101", "Neighborhood Analysis", (7162,))
"""Neighborhood Analysis (DCM 123101)."""

AdaptiveFiltering: Final[Code] = Code("DCM", "123102", "Adaptive Filtering", (7162,))
"""Adaptive Filtering (DCM 123102)."""

EdgeDetection: Final[Code] = Code("DCM", "123103", "Edge Detection", (7162,))
"""Edge Detection (DCM 123103)."""

MorphologicalOperations: Final[Code] = Code("DCM", "123104", "Morphological Operations", (7162,))
"""Morphological Operations (DCM 123104)."""

HistogramAnalysis: Final[Code] = Code("DCM", "123105", "Histogram Analysis", (7162,))
"""Histogram Analysis (DCM 123105)."""

MultiScaleResolutionFiltering: Final[Code] = Code(
    "DCM", "123106", "Multi-Scale/Resolution Filtering", (7162,)
)
"""Multi-Scale/Resolution Filtering (DCM 123106)."""

ClusterAnalysis: Final[Code] = Code("DCM", "123107", "Cluster Analysis", (7162,))
"""Cluster Analysis (DCM 123107)."""

MultispectralProcessing: Final[Code] = Code("DCM", "123108", "Multispectral Processing", (7162,))
"""Multispectral Processing (DCM 123108)."""

ManualProcessing: Final[Code] = Code("DCM", "123109", "Manual Processing", (7162,))
"""Manual Processing (DCM 123109)."""

ArtificialIntelligence: Final[Code] = Code("DCM", "123110", "Artificial Intelligence", (7162,))
"""Artificial Intelligence (DCM 123110)."""

DeformableModels: Final[Code] = Code("DCM", "123111", "Deformable Models", (7162,))
"""Deformable Models (DCM 123111)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
