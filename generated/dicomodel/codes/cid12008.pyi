"""CID 12008 OB-GYN Amniotic Sac Measurement.

Extensible, version 20210120, UID 1.2.840.10008.6.1.557.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FirstQuadrantDiameter: _Final[_groups.Cid12008Code]
SecondQuadrantDiameter: _Final[_groups.Cid12008Code]
ThirdQuadrantDiameter: _Final[_groups.Cid12008Code]
FourthQuadrantDiameter: _Final[_groups.Cid12008Code]
Diameter: _Final[_groups.Cid12008Code]
AmnioticFluidIndex: _Final[_groups.Cid12008Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12008Code]]
