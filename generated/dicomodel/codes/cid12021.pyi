"""CID 12021 Fetal Long Bone Anatomic Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1006.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Clavicle: _Final[_groups.Cid12021Code]
Femur: _Final[_groups.Cid12021Code]
Fibula: _Final[_groups.Cid12021Code]
Radius: _Final[_groups.Cid12021Code]
Tibia: _Final[_groups.Cid12021Code]
Ulna: _Final[_groups.Cid12021Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12021Code]]
