"""CID 4108 Perfusion Model Parameter.

Extensible, version 20190326, UID 1.2.840.10008.6.1.993.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AbsoluteRegionalBloodFlow: _Final[_groups.Cid4108Code]
AbsoluteRegionalBloodVolume: _Final[_groups.Cid4108Code]
RelativeRegionalBloodFlow: _Final[_groups.Cid4108Code]
RelativeRegionalBloodVolume: _Final[_groups.Cid4108Code]
MeanTransitTime: _Final[_groups.Cid4108Code]
TimeToPeak: _Final[_groups.Cid4108Code]
OxygenExtractionFraction: _Final[_groups.Cid4108Code]
Tmax: _Final[_groups.Cid4108Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4108Code]]
