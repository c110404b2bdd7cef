"""CID 637 Exogenous Substance Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1102.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

GraftMaterial: _Final[_groups.Cid637Code]
TumorGraft: _Final[_groups.Cid637Code]
Fibril: _Final[_groups.Cid637Code]
Virus: _Final[_groups.Cid637Code]
Cytokine: _Final[_groups.Cid637Code]
Toxin: _Final[_groups.Cid637Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid637Code]]
