"""CID 10024 Water Equivalent Diameter Method.

Extensible, version 20200919, UID 1.2.840.10008.6.1.1114.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

WaterEquivalentDiameterRepresentativeValue: _Final[_groups.Cid10024Code]
WaterEquivalentDiameterIntegratedAcrossScanRange: _Final[_groups.Cid10024Code]
WaterEquivalentDiameterFromRawData: _Final[_groups.Cid10024Code]
WaterEquivalentDiameterFromLocalizer: _Final[_groups.Cid10024Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10024Code]]
