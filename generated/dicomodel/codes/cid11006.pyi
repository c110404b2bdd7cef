"""CID 11006 Photoacoustic Imaged Property.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1476.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BloodOxygenationLevel: _Final[_groups.Cid11006Code]
BloodDeoxygenationLevel: _Final[_groups.Cid11006Code]
Hemoglobin: _Final[_groups.Cid11006Code]
Elasticity: _Final[_groups.Cid11006Code]
Perfusion: _Final[_groups.Cid11006Code]
Melanin: _Final[_groups.Cid11006Code]
Water: _Final[_groups.Cid11006Code]
Lipid: _Final[_groups.Cid11006Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid11006Code]]
