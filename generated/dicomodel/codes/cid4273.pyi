"""CID 4273 Retinal Segmentation Surface.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1153.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ILMInternalLimitingMembrane: _Final[_groups.Cid4273Code]
OuterSurfaceOfRNFL: _Final[_groups.Cid4273Code]
OuterSurfaceOfGCL: _Final[_groups.Cid4273Code]
OuterSurfaceOfIPL: _Final[_groups.Cid4273Code]
OuterSurfaceOfINL: _Final[_groups.Cid4273Code]
OuterSurfaceOfOPL: _Final[_groups.Cid4273Code]
OuterSurfaceOfHFL: _Final[_groups.Cid4273Code]
ELMExternalLimitingMembrane: _Final[_groups.Cid4273Code]
SurfaceBetweenInnerAndOuterSegmentsOfThePhotoreceptors: _Final[_groups.Cid4273Code]
SurfaceOfTheInterdigitatingZoneBetweenRetinaAndRPE: _Final[_groups.Cid4273Code]
AnteriorSurfaceOfTheRPE: _Final[_groups.Cid4273Code]
SurfaceOfTheCenterOfTheRPE: _Final[_groups.Cid4273Code]
PosteriorSurfaceOfTheRPE: _Final[_groups.Cid4273Code]
OuterSurfaceOfTheBM: _Final[_groups.Cid4273Code]
SurfaceOfTheChoroidScleraInterface: _Final[_groups.Cid4273Code]
OuterSurfaceOfTheCC: _Final[_groups.Cid4273Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4273Code]]
