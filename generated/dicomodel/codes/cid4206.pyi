"""CID 4206 Ophthalmic Channel Description.

Extensible, version 20040921, UID 1.2.840.10008.6.1.322.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Blue: _Final[_groups.Cid4206Code]
FullSpectrum: _Final[_groups.Cid4206Code]
Green: _Final[_groups.Cid4206Code]
Infrared: _Final[_groups.Cid4206Code]
Red: _Final[_groups.Cid4206Code]
RedFree: _Final[_groups.Cid4206Code]
Ultraviolet: _Final[_groups.Cid4206Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4206Code]]
