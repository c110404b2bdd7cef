"""CID 1010 Reference Geometry - Plane.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1128.

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
PlaneThroughAnteriorExtent: _Final[_Code]
PlaneThroughDistalExtent: _Final[_Code]
PlaneThroughInferiorExtent: _Final[_Code]
PlaneThroughLateralExtent: _Final[_Code]
PlaneThroughLeftmostExtent: _Final[_Code]
PlaneThroughMedialExtent: _Final[_Code]
PlaneThroughCenter: _Final[_Code]
PlaneThroughPosteriorExtent: _Final[_Code]
PlaneThroughProximalExtent: _Final[_Code]
PlaneThroughRightmostExtent: _Final[_Code]
PlaneThroughSuperiorExtent: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
