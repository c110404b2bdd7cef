"""CID 6063 Interventional Procedure Result.

Extensible, version 20040112, UID 1.2.840.10008.6.1.392.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Benign: _Final[_groups.Cid6063Code]
HighRiskTumor: _Final[_groups.Cid6063Code]
Malignant: _Final[_groups.Cid6063Code]
InsufficientSample: _Final[_groups.Cid6063Code]
IndeterminateResult: _Final[_groups.Cid6063Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6063Code]]
