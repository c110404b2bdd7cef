"""CID 6313 History of Prostate Disease.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1370.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Prostatitis: _Final[_groups.Cid6313Code]
ProstateCancer: _Final[_groups.Cid6313Code]
BenignProstateHyperplasia: _Final[_groups.Cid6313Code]
UtricleCyst: _Final[_groups.Cid6313Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6313Code]]
