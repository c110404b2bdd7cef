"""CID 12283 Cardiac Ultrasound Venous Return Pulmonary Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.863.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PulmonaryVein: _Final[_groups.Cid12283Code]
PulmonaryVeinGreatVessel: _Final[_groups.Cid12283Code]
CorTriatriatumOrifice: _Final[_groups.Cid12283Code]
PulmonaryVeinToAtriumConnection: _Final[_groups.Cid12283Code]
MustardOrSenningPulmonaryVenousPathway: _Final[_groups.Cid12283Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12283Code]]
