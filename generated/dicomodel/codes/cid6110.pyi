"""CID 6110 Lung Anatomy Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.430.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LobeOfLung: _Final[_groups.Cid6110Code]
MidlungWindow: _Final[_groups.Cid6110Code]
SecondaryPulmonaryLobule: _Final[_groups.Cid6110Code]
SegmentOfLung: _Final[_groups.Cid6110Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6110Code]]
