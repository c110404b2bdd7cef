"""CID 5 Transducer Approach.

Extensible, version 20220628, UID 1.2.840.10008.6.1.3.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Right: _Final[_groups.Cid5Code]
Left: _Final[_groups.Cid5Code]
Lateral: _Final[_groups.Cid5Code]
Anterior: _Final[_groups.Cid5Code]
Posterior: _Final[_groups.Cid5Code]
Caudal: _Final[_groups.Cid5Code]
Medial: _Final[_groups.Cid5Code]
Central: _Final[_groups.Cid5Code]
Peripheral: _Final[_groups.Cid5Code]
External: _Final[_groups.Cid5Code]
Internal: _Final[_groups.Cid5Code]
Inferior: _Final[_groups.Cid5Code]
Superior: _Final[_groups.Cid5Code]
Transverse: _Final[_groups.Cid5Code]
Proximal: _Final[_groups.Cid5Code]
Distal: _Final[_groups.Cid5Code]
Apical: _Final[_groups.Cid5Code]
Surface: _Final[_groups.Cid5Code]
Ascending: _Final[_groups.Cid5Code]
Descending: _Final[_groups.Cid5Code]
SubcutaneousTissue: _Final[_groups.Cid5Code]
DuraMater: _Final[_groups.Cid5Code]
PiaMater: _Final[_groups.Cid5Code]
ExternalProsthesisForSonographicProcedureStandOff: _Final[_groups.Cid5Code]
WaterBagProsthesisForImagingProcedure: _Final[_groups.Cid5Code]
SalineBagProsthesisForImagingProcedure: _Final[_groups.Cid5Code]
GelProsthesisForImagingProcedure: _Final[_groups.Cid5Code]
Cranial: _Final[_groups.Cid5Code]
Midline: _Final[_groups.Cid5Code]
MidLongitudinal: _Final[_groups.Cid5Code]
Parasagittal: _Final[_groups.Cid5Code]
Intraluminal: _Final[_groups.Cid5Code]
Capsular: _Final[_groups.Cid5Code]
Lumen: _Final[_groups.Cid5Code]
ContactWith: _Final[_groups.Cid5Code]
Parenchyma: _Final[_groups.Cid5Code]
Intercostal: _Final[_groups.Cid5Code]
Subcostal: _Final[_groups.Cid5Code]
FirstIntercostalSpace: _Final[_groups.Cid5Code]
SecondIntercostalSpace: _Final[_groups.Cid5Code]
ThirdIntercostalSpace: _Final[_groups.Cid5Code]
FourthIntercostalSpace: _Final[_groups.Cid5Code]
FifthIntercostalSpace: _Final[_groups.Cid5Code]
SixthIntercostalSpace: _Final[_groups.Cid5Code]
SeventhIntercostalSpace: _Final[_groups.Cid5Code]
EighthIntercostalSpace: _Final[_groups.Cid5Code]
NinthIntercostalSpace: _Final[_groups.Cid5Code]
TenthIntercostalSpace: _Final[_groups.Cid5Code]
EleventhIntercostalSpace: _Final[_groups.Cid5Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid5Code]]
