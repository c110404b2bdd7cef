"""CID 3815 Source of Vascular Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.274.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Thrombosis: _Final[_groups.Cid3815Code]
Embolism: _Final[_groups.Cid3815Code]
Hyperplasia: _Final[_groups.Cid3815Code]
Vasculitis: _Final[_groups.Cid3815Code]
Tumor: _Final[_groups.Cid3815Code]
Trauma: _Final[_groups.Cid3815Code]
Surgical: _Final[_groups.Cid3815Code]
AfterProcedure: _Final[_groups.Cid3815Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3815Code]]
