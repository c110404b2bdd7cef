"""CID 12240 Left Ventricle Area Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.631.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricularSystolicArea: _Final[_groups.Cid12240Code]
LeftVentricularDiastolicArea: _Final[_groups.Cid12240Code]
LeftVentricularFractionalAreaChange: _Final[_groups.Cid12240Code]
LeftVentricleEpicardialDiastolicAreaPsaxPapView: _Final[_groups.Cid12240Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12240Code]]
