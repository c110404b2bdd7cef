"""CID 12140 Pelvic Vasculature Anatomical Location.

Extensible, version 20040322, UID 1.2.840.10008.6.1.591.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

UmbilicalArtery: _Final[_groups.Cid12140Code]
UmbilicalVein: _Final[_groups.Cid12140Code]
OvarianArtery: _Final[_groups.Cid12140Code]
OvarianVein: _Final[_groups.Cid12140Code]
UterineArtery: _Final[_groups.Cid12140Code]
UterineVein: _Final[_groups.Cid12140Code]
VitellineArteryOfPlacenta: _Final[_groups.Cid12140Code]
VitellineVeinOfPlacenta: _Final[_groups.Cid12140Code]
CommonIliacArtery: _Final[_groups.Cid12140Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12140Code]]
