"""CID 6332 PI-RADS® v2 DCE Lesion Assessment Category.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1389.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PIRADSDCEVe_RID50320: _Final[_groups.Cid6332Code]
PIRADSDCEVe_RID50321: _Final[_groups.Cid6332Code]
PIRADSXDCEInadequateOrAbsent: _Final[_groups.Cid6332Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6332Code]]
