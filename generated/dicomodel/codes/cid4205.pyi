"""CID 4205 Ophthalmic Lens.

Extensible, version 20040921, UID 1.2.840.10008.6.1.321.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IndirectOphthalmoscopyLens: _Final[_groups.Cid4205Code]
ConcaveContactFundusLens: _Final[_groups.Cid4205Code]
ConcaveNoncontactFundusLens: _Final[_groups.Cid4205Code]
ContactFundusLens: _Final[_groups.Cid4205Code]
Goniolens: _Final[_groups.Cid4205Code]
ConvexNoncontactFundusLens: _Final[_groups.Cid4205Code]
NoncontactFundusLens: _Final[_groups.Cid4205Code]
ConvexContactFundusLens: _Final[_groups.Cid4205Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4205Code]]
