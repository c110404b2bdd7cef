"""CID 12205 Echocardiography Left Atrium Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.598.
Includes CID 12220.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftAtriumAnteroPosteriorSystolicDimension: _Final[_groups.Cid12205Code]
LeftAtriumToAorticRootRatio: _Final[_groups.Cid12205Code]
LeftAtrialAppendagePeakVelocity: _Final[_groups.Cid12205Code]
LeftAtriumAreaA4CView: _Final[_groups.Cid12205Code]
LeftAtriumSystolicVolume: _Final[_groups.Cid12205Code]
HeartRate: _Final[_groups.Cid12205Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12205Code]]
