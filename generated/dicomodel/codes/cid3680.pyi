"""CID 3680 ECG Lead Noise Description.

Extensible, version 20110330, UID 1.2.840.10008.6.1.194.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NoNoise: _Final[_groups.Cid3680Code]
ModerateNoise: _Final[_groups.Cid3680Code]
SevereNoise: _Final[_groups.Cid3680Code]
NoSignal: _Final[_groups.Cid3680Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3680Code]]
