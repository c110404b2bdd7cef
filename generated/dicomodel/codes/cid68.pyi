"""CID 68 Imaging Agent Administration Pharmaceutical Presentation Unit.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1258.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Syringe: _Final[_groups.Cid68Code]
Cartridge: _Final[_groups.Cid68Code]
ParenteralEnteralSolutionBag: _Final[_groups.Cid68Code]
Bottle: _Final[_groups.Cid68Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid68Code]]
