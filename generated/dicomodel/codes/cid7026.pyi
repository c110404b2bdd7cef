"""CID 7026 Radiotherapeutic Dose Measurement Device.

Extensible, version 20221201, UID 1.2.840.10008.6.1.1177.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MedicalXRayFilm: _Final[_groups.Cid7026Code]
V3DGel: _Final[_groups.Cid7026Code]
DiodeArray: _Final[_groups.Cid7026Code]
IonChamberArray: _Final[_groups.Cid7026Code]
ThermoluminescentRadiationDosimeter: _Final[_groups.Cid7026Code]
Diode: _Final[_groups.Cid7026Code]
LiquidIonChamber: _Final[_groups.Cid7026Code]
MOSFETRadiationTherapyDosimetrySystemDosimeter: _Final[_groups.Cid7026Code]
OSLD: _Final[_groups.Cid7026Code]
IonChamber: _Final[_groups.Cid7026Code]
DigitalImager: _Final[_groups.Cid7026Code]
DiamondDetector: _Final[_groups.Cid7026Code]
RPLGD: _Final[_groups.Cid7026Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7026Code]]
