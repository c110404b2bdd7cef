"""CID 12110 Lower Extremity Vein.

Extensible, version 20180605, UID 1.2.840.10008.6.1.577.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnteriorTibialVein: _Final[_groups.Cid12110Code]
LateralCalfPerforator: _Final[_groups.Cid12110Code]
CommonFemoralVein: _Final[_groups.Cid12110Code]
CommonIliacVein: _Final[_groups.Cid12110Code]
ExternalIliacVein: _Final[_groups.Cid12110Code]
GastrocnemiusVein: _Final[_groups.Cid12110Code]
GiacominiVein: _Final[_groups.Cid12110Code]
GreatSaphenousVein: _Final[_groups.Cid12110Code]
GreatSaphenousVeinOfThigh: _Final[_groups.Cid12110Code]
GreatSaphenousVeinOfCalf: _Final[_groups.Cid12110Code]
LesserSaphenousVein: _Final[_groups.Cid12110Code]
PeronealVein: _Final[_groups.Cid12110Code]
PoplitealVein: _Final[_groups.Cid12110Code]
PosteriorArchVein: _Final[_groups.Cid12110Code]
PosteriorTibialVein: _Final[_groups.Cid12110Code]
ProfundaFemorisVein: _Final[_groups.Cid12110Code]
SaphenofemoralJunction: _Final[_groups.Cid12110Code]
SaphenousVein: _Final[_groups.Cid12110Code]
SolealVein: _Final[_groups.Cid12110Code]
SuperficialFemoralVein: _Final[_groups.Cid12110Code]
ThighPerforator: _Final[_groups.Cid12110Code]
InternalIliacVein: _Final[_groups.Cid12110Code]
SaphenopoplitealJunction: _Final[_groups.Cid12110Code]
HunterianPerforatingVein: _Final[_groups.Cid12110Code]
CockettPerforatingVein: _Final[_groups.Cid12110Code]
BoydPerforatingVein: _Final[_groups.Cid12110Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12110Code]]
