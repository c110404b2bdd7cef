"""CID 6333 mpMRI Assessment Type.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1390.
Includes CID 6334.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Abnormality: _Final[_groups.Cid6333Code]
Shape: _Final[_groups.Cid6333Code]
Margin: _Final[_groups.Cid6333Code]
SignalCharacteristic: _Final[_groups.Cid6333Code]
EnhancementPattern: _Final[_groups.Cid6333Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6333Code]]
