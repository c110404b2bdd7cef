"""CID 6162 Assessment of Metastasis for Breast.

Extensible, version 20240611, UID 1.2.840.10008.6.1.476.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MX: _Final[_groups.Cid6162Code]
Cm0: _Final[_groups.Cid6162Code]
Pm1: _Final[_groups.Cid6162Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6162Code]]
