"""CID 7027 Segmented Radiotherapeutic Dose Measurement Device.

Extensible, version 20221201, UID 1.2.840.10008.6.1.1276.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DiodeArray: _Final[_groups.Cid7027Code]
IonChamberArray: _Final[_groups.Cid7027Code]
ThermoluminescentRadiationDosimeter: _Final[_groups.Cid7027Code]
Diode: _Final[_groups.Cid7027Code]
LiquidIonChamber: _Final[_groups.Cid7027Code]
MOSFETRadiationTherapyDosimetrySystemDosimeter: _Final[_groups.Cid7027Code]
OSLD: _Final[_groups.Cid7027Code]
IonChamber: _Final[_groups.Cid7027Code]
DigitalImager: _Final[_groups.Cid7027Code]
DiamondDetector: _Final[_groups.Cid7027Code]
RPLGD: _Final[_groups.Cid7027Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7027Code]]
