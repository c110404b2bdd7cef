"""CID 3782 Left Ventricle Basal Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1414.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricleBasalAnteriorSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalAnteroseptalSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalInferoseptalSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalInferiorSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalInferolateralSegment: _Final[_groups.Cid3782Code]
LeftVentricleBasalAnterolateralSegment: _Final[_groups.Cid3782Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3782Code]]
