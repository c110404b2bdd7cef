"""CID 3718 Myocardial Wall Segments in Projection.

Extensible, version 20210328, UID 1.2.840.10008.6.1.219.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricleBasalAnteriorSegment: _Final[_groups.Cid3718Code]
MyocardiumOfAnterolateralRegion: _Final[_groups.Cid3718Code]
MyocardiumOfApexOfHeart: _Final[_groups.Cid3718Code]
MyocardiumOfDiaphragmaticRegion: _Final[_groups.Cid3718Code]
LeftVentricleBasalInferiorSegment: _Final[_groups.Cid3718Code]
MyocardiumOfPosterolateralRegion: _Final[_groups.Cid3718Code]
MyocardiumOfInferolateralRegion: _Final[_groups.Cid3718Code]
LeftVentricleApicalSeptalSegment: _Final[_groups.Cid3718Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3718Code]]
