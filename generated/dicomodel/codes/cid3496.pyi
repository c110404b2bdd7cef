"""CID 3496 IVUS Fiducial Point.

Extensible, version 20040614, UID 1.2.840.10008.6.1.130.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CollateralBranchOfVessel: _Final[_groups.Cid3496Code]
Stent: _Final[_groups.Cid3496Code]
VascularCalcification: _Final[_groups.Cid3496Code]
FibrousPlaque: _Final[_groups.Cid3496Code]
Vein: _Final[_groups.Cid3496Code]
VesselOrigin: _Final[_groups.Cid3496Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3496Code]]
