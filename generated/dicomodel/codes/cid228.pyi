"""CID 228 Equation or Table.

Extensible, version 20030327, UID 1.2.840.10008.6.1.33.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Equation: _Final[_groups.Cid228Code]
EquationCitation: _Final[_groups.Cid228Code]
TableOfValues: _Final[_groups.Cid228Code]
TableOfValuesCitation: _Final[_groups.Cid228Code]
MethodCitation: _Final[_groups.Cid228Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid228Code]]
