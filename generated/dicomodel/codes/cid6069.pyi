"""CID 6069 Nottingham Combined Histologic Grade.

Extensible, version 20040112, UID 1.2.840.10008.6.1.398.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NottinghamCombinedGradeCannotBeDetermined: _Final[_groups.Cid6069Code]
NottinghamCombinedGradeI3To5Points: _Final[_groups.Cid6069Code]
NottinghamCombinedGradeII6To7Points: _Final[_groups.Cid6069Code]
NottinghamCombinedGradeIII8To9Points: _Final[_groups.Cid6069Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6069Code]]
