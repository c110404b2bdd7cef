"""CID 1010 Reference Geometry - Plane.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1128.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 1010
NAME: _Final[str] = "Reference Geometry - Plane"
KEYWORD: _Final[str | None] = "ReferenceGeometryPlane"
UID: _Final[str | None] = "1.2.840.10008.6.1.1128"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160905"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PlaneThroughAnteriorExtent: _Final[_Code] = _Code(
    "DCM", "128128", "Plane through Anterior Extent", (1010,)
)
"""Plane through Anterior Extent (DCM 128128)."""

PlaneThroughDistalExtent: _Final[_Code] = _Code(
    "DCM", "128123", "Plane through Distal Extent", (1010,)
)
"""Plane through Distal Extent (DCM 128123)."""

PlaneThroughInferiorExtent: _Final[_Code] = _Code(
    "DCM", "128121", "Plane through Inferior Extent", (1010,)
)
"""Plane through Inferior Extent (DCM 128121)."""

PlaneThroughLateralExtent: _Final[_Code] = _Code(
    "DCM", "128125", "Plane through Lateral Extent", (1010,)
)
"""Plane through Lateral Extent (DCM 128125)."""

PlaneThroughLeftmostExtent: _Final[_Code] = _Code(
    "DCM", "128126", "Plane through Leftmost Extent", (1010,)
)
"""Plane through Leftmost Extent (DCM 128126)."""

PlaneThroughMedialExtent: _Final[_Code] = _Code(
    "DCM", "128124", "Plane through Medial Extent", (1010,)
)
"""Plane through Medial Extent (DCM 128124)."""

PlaneThroughCenter: _Final[_Code] = _Code("DCM", "128130", "Plane through Center", (1010,))
"""Plane through Center (DCM 128130)."""

PlaneThroughPosteriorExtent: _Final[_Code] = _Code(
    "DCM", "128129", "Plane through Posterior Extent", (1010,)
)
"""Plane through Posterior Extent (DCM 128129)."""

PlaneThroughProximalExtent: _Final[_Code] = _Code(
    "DCM", "128122", "Plane through Proximal Extent", (1010,)
)
"""Plane through Proximal Extent (DCM 128122)."""

PlaneThroughRightmostExtent: _Final[_Code] = _Code(
    "DCM", "128127", "Plane through Rightmost Extent", (1010,)
)
"""Plane through Rightmost Extent (DCM 128127)."""

PlaneThroughSuperiorExtent: _Final[_Code] = _Code(
    "DCM", "128120", "Plane through Superior Extent", (1010,)
)
"""Plane through Superior Extent (DCM 128120)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
