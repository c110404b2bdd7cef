"""CID 643 Toxin.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1108.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Lysophosphatidylcholine: _Final[_groups.Cid643Code]
EthidiumBromide: _Final[_groups.Cid643Code]
V6Hydroxydopamine: _Final[_groups.Cid643Code]
Lipopolysaccharide: _Final[_groups.Cid643Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid643Code]]
