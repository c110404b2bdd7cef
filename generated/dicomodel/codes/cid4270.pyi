"""CID 4270 OCT-A Processing Algorithm Family.

Extensible, version 20181110, UID 1.2.840.10008.6.1.1150.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OCTAAmplitudeDecorrelation: _Final[_groups.Cid4270Code]
OCTAComplexVariance: _Final[_groups.Cid4270Code]
OCTASpeckleVariance: _Final[_groups.Cid4270Code]
OCTACorrelationMapping: _Final[_groups.Cid4270Code]
DopplerOCTA: _Final[_groups.Cid4270Code]
OCTAOneSidedRatio_128304: _Final[_groups.Cid4270Code]
OCTAOneSidedRatio_128305: _Final[_groups.Cid4270Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4270Code]]
