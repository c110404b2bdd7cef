"""CID 10063 Radiation Dose Estimate Distribution Representation.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1157.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Isodose: _Final[_groups.Cid10063Code]
SkinDoseMap: _Final[_groups.Cid10063Code]
V3DDoseMap: _Final[_groups.Cid10063Code]
DoseGradient: _Final[_groups.Cid10063Code]
DosePointCloud: _Final[_groups.Cid10063Code]
DoseImage: _Final[_groups.Cid10063Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10063Code]]
