"""CID 8 Angiographic Interventional Device.

Extensible, version 20160314, UID 1.2.840.10008.6.1.6.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Stent: _Final[_groups.Cid8Code]
Catheter: _Final[_groups.Cid8Code]
Laser: _Final[_groups.Cid8Code]
Glue: _Final[_groups.Cid8Code]
AtherectomyDevice: _Final[_groups.Cid8Code]
EmbolizationBall: _Final[_groups.Cid8Code]
PercutaneousTransluminalAngioplastyBalloon: _Final[_groups.Cid8Code]
EmbolizationCoil: _Final[_groups.Cid8Code]
DetachableBalloon: _Final[_groups.Cid8Code]
GuidingCatheter: _Final[_groups.Cid8Code]
EmbolizationParticulate: _Final[_groups.Cid8Code]
RotationalAtherectomyDevice: _Final[_groups.Cid8Code]
MeasuringRuler: _Final[_groups.Cid8Code]
Sphere: _Final[_groups.Cid8Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8Code]]
