"""CID 618 Airway Management Method Code Type from Anesthesia Quality Initiative.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1083.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ControlledVentilation: _Final[_groups.Cid618Code]
ArtificialRespiration: _Final[_groups.Cid618Code]
OxygenTherapy: _Final[_groups.Cid618Code]
LaryngealMaskAirwayLMA: _Final[_groups.Cid618Code]
IntubationOfRespiratoryTract: _Final[_groups.Cid618Code]
AnestheticFaceMask: _Final[_groups.Cid618Code]
NasalCannula: _Final[_groups.Cid618Code]
ViaTracheostomy: _Final[_groups.Cid618Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid618Code]]
