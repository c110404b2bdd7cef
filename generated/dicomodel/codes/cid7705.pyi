"""CID 7705 Commissural Fiber.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1017.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnteriorCommissure: _Final[_groups.Cid7705Code]
CorpusCallosum: _Final[_groups.Cid7705Code]
GenuOfCorpusCallosum: _Final[_groups.Cid7705Code]
SpleniumOfCorpusCallosum: _Final[_groups.Cid7705Code]
TapetumOfCorpusCallosum: _Final[_groups.Cid7705Code]
ForcepsMinor: _Final[_groups.Cid7705Code]
ForcepsMajor: _Final[_groups.Cid7705Code]
PosteriorCommissure: _Final[_groups.Cid7705Code]
HabenularCommissure: _Final[_groups.Cid7705Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7705Code]]
