"""CID 1010 Reference Geometry - Plane.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1128.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 1010
NAME: Final[str] = "Reference Geometry - Plane"
KEYWORD: Final[str | None] = "ReferenceGeometryPlane"
UID: Final[str | None] = "1.2.840.10008.6.1.1128"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160905"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PlaneThroughAnteriorExtent: Final[Code] = Code(
    "DCM", "128128", "Plane through Anterior Extent", (1010,)
)
"""Plane through Anterior Extent (DCM 128128)."""

PlaneThroughDistalExtent: Final[Code] = Code(
    "DCM", "128123", "Plane through Distal Extent", (1010,)
)
"""Plane through Distal Extent (DCM 128123)."""

PlaneThroughInferiorExtent: Final[Code] = Code(
    "DCM", "128121", "Plane through Inferior Extent", (1010,)
)
"""Plane through Inferior Extent (DCM 128121)."""

PlaneThroughLateralExtent: Final[Code] = Code(
    "DCM", "128125", "Plane through Lateral Extent", (1010,)
)
"""Plane through Lateral Extent (DCM 128125)."""

PlaneThroughLeftmostExtent: Final[Code] = Code(
    "DCM", "128126", "Plane through Leftmost Extent", (1010,)
)
"""Plane through Leftmost Extent (DCM 128126)."""

PlaneThroughMedialExtent: Final[Code] = Code(
    "DCM", "128124", "Plane through Medial Extent", (1010,)
)
"""Plane through Medial Extent (DCM 128124)."""

PlaneThroughCenter: Final[Code] = Code("DCM", "128130", "Plane through Center", (1010,))
"""Plane through Center (DCM 128130)."""

PlaneThroughPosteriorExtent: Final[Code] = Code(
    "DCM", "128129", "Plane through Posterior Extent", (1010,)
)
"""Plane through Posterior Extent (DCM 128129)."""

PlaneThroughProximalExtent: Final[Code] = Code(
    "DCM", "128122", "Plane through Proximal Extent", (1010,)
)
"""Plane through Proximal Extent (DCM 128122)."""

PlaneThroughRightmostExtent: Final[Code] = Code(
    "DCM", "128127", "Plane through Rightmost Extent", (1010,)
)
"""Plane through Rightmost Extent (DCM 128127)."""

PlaneThroughSuperiorExtent: Final[Code] = Code(
    "DCM", "128120", "Plane through Superior Extent", (1010,)
)
"""Plane through Superior Extent (DCM 128120)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PlaneThroughAnteriorExtent,
    PlaneThroughDistalExtent,
    PlaneThroughInferiorExtent,
    PlaneThroughLateralExtent,
    PlaneThroughLeftmostExtent,
    PlaneThroughMedialExtent,
    PlaneThroughCenter,
    PlaneThroughPosteriorExtent,
    PlaneThroughProximalExtent,
    PlaneThroughRightmostExtent,
    PlaneThroughSuperiorExtent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
