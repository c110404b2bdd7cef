"""CID 8115 Specimen Embedding Media.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1053.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ParaffinWax: _Final[_groups.Cid8115Code]
TissueFreezingMedium: _Final[_groups.Cid8115Code]
Plastic: _Final[_groups.Cid8115Code]
Agar: _Final[_groups.Cid8115Code]
EpoxyResin: _Final[_groups.Cid8115Code]
AcrylicResin: _Final[_groups.Cid8115Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8115Code]]
