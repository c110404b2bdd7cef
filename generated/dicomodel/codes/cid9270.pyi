"""CID 9270 Acquisition Initiation Types.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1469.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AcquisitionInitiationNotDefined: _Final[_groups.Cid9270Code]
AcquisitionInitiationBeforeStartOfRadiation: _Final[_groups.Cid9270Code]
AcquisitionInitiationAfterEndOfRadiation: _Final[_groups.Cid9270Code]
AcquisitionInitiationByTriggeringParameter: _Final[_groups.Cid9270Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9270Code]]
