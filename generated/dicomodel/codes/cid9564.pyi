"""CID 9564 Treatment Session Confirmation Assertion.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1321.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BolusPresent: _Final[_groups.Cid9564Code]
Conepresent: _Final[_groups.Cid9564Code]
BlockPresent: _Final[_groups.Cid9564Code]
ApplicatorPresent: _Final[_groups.Cid9564Code]
HeadframePresent: _Final[_groups.Cid9564Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9564Code]]
