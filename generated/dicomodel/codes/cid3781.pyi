"""CID 3781 Left Ventricle Myocardial Wall 18 Segment Model.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1413.
Includes CID 3782, CID 3783, CID 3785.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricleBasalAnteriorSegment: _Final[_groups.Cid3781Code]
LeftVentricleBasalAnteroseptalSegment: _Final[_groups.Cid3781Code]
LeftVentricleBasalInferoseptalSegment: _Final[_groups.Cid3781Code]
LeftVentricleBasalInferiorSegment: _Final[_groups.Cid3781Code]
LeftVentricleBasalInferolateralSegment: _Final[_groups.Cid3781Code]
LeftVentricleBasalAnterolateralSegment: _Final[_groups.Cid3781Code]
LeftVentricleMidAnteriorSegment: _Final[_groups.Cid3781Code]
LeftVentricleMidAnteroseptalSegment: _Final[_groups.Cid3781Code]
LeftVentricleMidInferoseptalSegment: _Final[_groups.Cid3781Code]
LeftVentricleMidInferiorSegment: _Final[_groups.Cid3781Code]
LeftVentricleMidInferolateralSegment: _Final[_groups.Cid3781Code]
LeftVentricleMidAnterolateralSegment: _Final[_groups.Cid3781Code]
LeftVentricleApicalAnteriorSegment: _Final[_groups.Cid3781Code]
LeftVentricleApicalAnterolateralSegment: _Final[_groups.Cid3781Code]
LeftVentricleApicalAnteroseptalSegment: _Final[_groups.Cid3781Code]
LeftVentricleApicalInferiorSegment: _Final[_groups.Cid3781Code]
LeftVentricleApicalInferolateralSegment: _Final[_groups.Cid3781Code]
LeftVentricleApicalInferoseptalSegment: _Final[_groups.Cid3781Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3781Code]]
