"""CID 69 Imaging Agent Administration Consumable.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1259.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Syringe: _Final[_groups.Cid69Code]
Catheter: _Final[_groups.Cid69Code]
Tube: _Final[_groups.Cid69Code]
Needle: _Final[_groups.Cid69Code]
Bottle: _Final[_groups.Cid69Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid69Code]]
