"""CID 4208 Mydriatic Agent.

Extensible, version 20190817, UID 1.2.840.10008.6.1.324.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Atropine: _Final[_groups.Cid4208Code]
Homatropine: _Final[_groups.Cid4208Code]
Cyclopentolate: _Final[_groups.Cid4208Code]
Phenylephrine: _Final[_groups.Cid4208Code]
Tropicamide: _Final[_groups.Cid4208Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4208Code]]
