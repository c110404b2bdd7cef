"""CID 617 Airway Management Method Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1082.
Includes CID 618.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NoseCone: _Final[_groups.Cid617Code]
ControlledVentilation: _Final[_groups.Cid617Code]
ArtificialRespiration: _Final[_groups.Cid617Code]
OxygenTherapy: _Final[_groups.Cid617Code]
LaryngealMaskAirwayLMA: _Final[_groups.Cid617Code]
IntubationOfRespiratoryTract: _Final[_groups.Cid617Code]
AnestheticFaceMask: _Final[_groups.Cid617Code]
NasalCannula: _Final[_groups.Cid617Code]
ViaTracheostomy: _Final[_groups.Cid617Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid617Code]]
