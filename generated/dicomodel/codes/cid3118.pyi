"""CID 3118 Level of Risk.

Extensible, version 20080927, UID 1.2.840.10008.6.1.750.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NormalRisk: _Final[_groups.Cid3118Code]
LowRisk: _Final[_groups.Cid3118Code]
LowToModerateRisk: _Final[_groups.Cid3118Code]
ModerateRisk: _Final[_groups.Cid3118Code]
ModerateToHighRisk: _Final[_groups.Cid3118Code]
HighRisk: _Final[_groups.Cid3118Code]
UncertainRisk: _Final[_groups.Cid3118Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3118Code]]
