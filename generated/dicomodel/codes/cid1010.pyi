"""CID 1010 Reference Geometry - Plane.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1128.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid1010Code]]
