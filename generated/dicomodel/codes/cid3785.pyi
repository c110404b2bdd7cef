"""CID 3785 Left Ventricle Apical Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1417.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricleApicalAnteriorSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalAnterolateralSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalAnteroseptalSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalInferiorSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalInferolateralSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalInferoseptalSegment: _Final[_groups.Cid3785Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3785Code]]
