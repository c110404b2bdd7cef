"""CID 3607 Venous Source Location.

Extensible, version 20210328, UID 1.2.840.10008.6.1.157.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnomalousPulmonaryVein: _Final[_groups.Cid3607Code]
AntecubitalVein: _Final[_groups.Cid3607Code]
AxillaryVein: _Final[_groups.Cid3607Code]
AzygosVein: _Final[_groups.Cid3607Code]
BasilicVein: _Final[_groups.Cid3607Code]
BoydPerforatingVein: _Final[_groups.Cid3607Code]
BrachialVein: _Final[_groups.Cid3607Code]
CentralVenousSystem: _Final[_groups.Cid3607Code]
CephalicVein: _Final[_groups.Cid3607Code]
DoddPerforatingVein: _Final[_groups.Cid3607Code]
FemoralVein: _Final[_groups.Cid3607Code]
GastricVein: _Final[_groups.Cid3607Code]
GreatSaphenousVein: _Final[_groups.Cid3607Code]
HepaticVein: _Final[_groups.Cid3607Code]
HunterianPerforatingVein: _Final[_groups.Cid3607Code]
InferiorVenaCava: _Final[_groups.Cid3607Code]
InnominateVein: _Final[_groups.Cid3607Code]
InternalJugularVein: _Final[_groups.Cid3607Code]
MesentericVein: _Final[_groups.Cid3607Code]
PortalVein: _Final[_groups.Cid3607Code]
PosteriorMedialTributary: _Final[_groups.Cid3607Code]
PulmonaryVein: _Final[_groups.Cid3607Code]
PulmonaryVeinConfluence: _Final[_groups.Cid3607Code]
RenalVein: _Final[_groups.Cid3607Code]
SaphenofemoralJunction: _Final[_groups.Cid3607Code]
SaphenousVein: _Final[_groups.Cid3607Code]
SplenicVein: _Final[_groups.Cid3607Code]
SubclavianVein: _Final[_groups.Cid3607Code]
SuperiorVenaCava: _Final[_groups.Cid3607Code]
UmbilicalVein: _Final[_groups.Cid3607Code]
Vein: _Final[_groups.Cid3607Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3607Code]]
