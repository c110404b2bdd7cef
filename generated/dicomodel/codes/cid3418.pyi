"""CID 3418 Lesion Risk.

Extensible, version 20030327, UID 1.2.840.10008.6.1.82.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LowRiskLesion: _Final[_groups.Cid3418Code]
ModerateRiskLesion: _Final[_groups.Cid3418Code]
HighRiskLesion: _Final[_groups.Cid3418Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3418Code]]
