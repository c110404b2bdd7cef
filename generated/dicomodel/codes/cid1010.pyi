"""CID 1010 Reference Geometry - Plane.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1128.

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
PlaneThroughAnteriorExtent: _Final[_groups.Cid1010Code]
PlaneThroughDistalExtent: _Final[_groups.Cid1010Code]
PlaneThroughInferiorExtent: _Final[_groups.Cid1010Code]
PlaneThroughLateralExtent: _Final[_groups.Cid1010Code]
PlaneThroughLeftmostExtent: _Final[_groups.Cid1010Code]
PlaneThroughMedialExtent: _Final[_groups.Cid1010Code]
PlaneThroughCenter: _Final[_groups.Cid1010Code]
PlaneThroughPosteriorExtent: _Final[_groups.Cid1010Code]
PlaneThroughProximalExtent: _Final[_groups.Cid1010Code]
PlaneThroughRightmostExtent: _Final[_groups.Cid1010Code]
PlaneThroughSuperiorExtent: _Final[_groups.Cid1010Code]
MEMBERS: _Final[tuple[_groups.Cid1010Code, ...]]
