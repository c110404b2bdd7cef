"""CID 3037 EOG Annotation – Neurophysiological Enumeration.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1335.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EyeBlink: _Final[_groups.Cid3037Code]
Saccade: _Final[_groups.Cid3037Code]
REM: _Final[_groups.Cid3037Code]
SlowEyeMovement: _Final[_groups.Cid3037Code]
OtherEyeMovement: _Final[_groups.Cid3037Code]
EyesClosed: _Final[_groups.Cid3037Code]
EyesOpen: _Final[_groups.Cid3037Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3037Code]]
