"""CID 3717 Left Ventricle Myocardial Wall 17 Segment Model.

Extensible, version 20030327, UID 1.2.840.10008.6.1.218.
Includes CID 3782, CID 3783, CID 3784.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ApexOfLeftVentricle: _Final[_groups.Cid3717Code]
LeftVentricleBasalAnteriorSegment: _Final[_groups.Cid3717Code]
LeftVentricleBasalAnteroseptalSegment: _Final[_groups.Cid3717Code]
LeftVentricleBasalInferoseptalSegment: _Final[_groups.Cid3717Code]
LeftVentricleBasalInferiorSegment: _Final[_groups.Cid3717Code]
LeftVentricleBasalInferolateralSegment: _Final[_groups.Cid3717Code]
LeftVentricleBasalAnterolateralSegment: _Final[_groups.Cid3717Code]
LeftVentricleMidAnteriorSegment: _Final[_groups.Cid3717Code]
LeftVentricleMidAnteroseptalSegment: _Final[_groups.Cid3717Code]
LeftVentricleMidInferoseptalSegment: _Final[_groups.Cid3717Code]
LeftVentricleMidInferiorSegment: _Final[_groups.Cid3717Code]
LeftVentricleMidInferolateralSegment: _Final[_groups.Cid3717Code]
LeftVentricleMidAnterolateralSegment: _Final[_groups.Cid3717Code]
LeftVentricleApicalAnteriorSegment: _Final[_groups.Cid3717Code]
LeftVentricleApicalSeptalSegment: _Final[_groups.Cid3717Code]
LeftVentricleApicalInferiorSegment: _Final[_groups.Cid3717Code]
LeftVentricleApicalLateralSegment: _Final[_groups.Cid3717Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3717Code]]
