"""CID 6161 Pathological Regional Lymph Node Assessment for Breast.

Extensible, version 20230630, UID 1.2.840.10008.6.1.475.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Pnx: _Final[_groups.Cid6161Code]
Pn0: _Final[_groups.Cid6161Code]
Pn1: _Final[_groups.Cid6161Code]
Pn2: _Final[_groups.Cid6161Code]
Pn2a: _Final[_groups.Cid6161Code]
Pn2b: _Final[_groups.Cid6161Code]
Pn3: _Final[_groups.Cid6161Code]
Pn3a: _Final[_groups.Cid6161Code]
Pn3b: _Final[_groups.Cid6161Code]
Pn3c: _Final[_groups.Cid6161Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6161Code]]
