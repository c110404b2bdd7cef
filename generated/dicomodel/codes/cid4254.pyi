"""CID 4254 Visual Field Static Perimetry Test Analysis Result.

Extensible, version 20100827, UID 1.2.840.10008.6.1.913.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OutsideNormalLimits: _Final[_groups.Cid4254Code]
Borderline: _Final[_groups.Cid4254Code]
AbnormallyHighSensitivity: _Final[_groups.Cid4254Code]
GeneralReductionInSensitivity: _Final[_groups.Cid4254Code]
BorderlineAndGeneralReductionInSensitivity: _Final[_groups.Cid4254Code]
WithinNormalLimits: _Final[_groups.Cid4254Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4254Code]]
