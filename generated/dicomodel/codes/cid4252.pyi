"""CID 4252 Visual Field Static Perimetry Screening Test Mode.

Extensible, version 20100827, UID 1.2.840.10008.6.1.911.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AgeCorrected: _Final[_groups.Cid4252Code]
ThresholdRelated: _Final[_groups.Cid4252Code]
SingleLuminance: _Final[_groups.Cid4252Code]
FovealSensitivityRelated: _Final[_groups.Cid4252Code]
RelatedToNonMacularSensitivity: _Final[_groups.Cid4252Code]
UserChosenValue: _Final[_groups.Cid4252Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4252Code]]
