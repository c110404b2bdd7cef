"""CID 8120 Whole Slide Microscopy Image Referenced Image Purpose of Reference.

Extensible, version 20100824, UID 1.2.840.10008.6.1.897.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Localizer: _Final[_groups.Cid8120Code]
SameAcquisitionAtLowerResolution: _Final[_groups.Cid8120Code]
SameAcquisitionAtHigherResolution: _Final[_groups.Cid8120Code]
SameAcquisitionAtDifferentFocalDepth: _Final[_groups.Cid8120Code]
SameAcquisitionAtDifferentSpectralBand: _Final[_groups.Cid8120Code]
ImagedContainerLabel: _Final[_groups.Cid8120Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8120Code]]
