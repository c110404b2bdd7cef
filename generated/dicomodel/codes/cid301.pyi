"""CID 301 Multi-energy Material Unit.

Extensible, version 20181109, UID 1.2.840.10008.6.1.1209.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

mgcm3: _Final[_groups.Cid301Code]
HounsfieldUnit: _Final[_groups.Cid301Code]
ElectronDensity: _Final[_groups.Cid301Code]
EffectiveAtomicNumber: _Final[_groups.Cid301Code]
ModifiedHounsfieldUnit: _Final[_groups.Cid301Code]
mgml: _Final[_groups.Cid301Code]
Percent: _Final[_groups.Cid301Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid301Code]]
