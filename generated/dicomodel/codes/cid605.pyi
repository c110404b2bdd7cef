"""CID 605 Animal Bedding Material.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1070.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AspenChipBedding: _Final[_groups.Cid605Code]
AspenShavingBedding: _Final[_groups.Cid605Code]
CornCobBedding: _Final[_groups.Cid605Code]
PaperBasedBedding: _Final[_groups.Cid605Code]
PineChipBedding: _Final[_groups.Cid605Code]
PineShavingBedding: _Final[_groups.Cid605Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid605Code]]
