"""CID 644 Exogenous Substance Administration Site.

Extensible, version 20170124, UID 1.2.840.10008.6.1.1109.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Flank: _Final[_groups.Cid644Code]
Brain: _Final[_groups.Cid644Code]
Tumor: _Final[_groups.Cid644Code]
Liver: _Final[_groups.Cid644Code]
BoneMarrow: _Final[_groups.Cid644Code]
MouseMammaryFatPad: _Final[_groups.Cid644Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid644Code]]
