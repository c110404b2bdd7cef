"""CID 12105 Intracranial Cerebral Vessel.

Extensible, version 20160314, UID 1.2.840.10008.6.1.572.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnteriorCerebralArtery: _Final[_groups.Cid12105Code]
AnteriorCommunicatingArtery: _Final[_groups.Cid12105Code]
AnteriorMiddleCerebralArteryBifurcation: _Final[_groups.Cid12105Code]
AnteriorPosteriorCerebralArteryBifurcation: _Final[_groups.Cid12105Code]
CarotidSiphon: _Final[_groups.Cid12105Code]
CentralRetinalArtery: _Final[_groups.Cid12105Code]
CentralRetinalVein: _Final[_groups.Cid12105Code]
InternalCarotidArtery: _Final[_groups.Cid12105Code]
InternalCarotidArteryC5Segment: _Final[_groups.Cid12105Code]
InternalCarotidArteryC6Segment: _Final[_groups.Cid12105Code]
TerminalInternalCarotidArtery: _Final[_groups.Cid12105Code]
MiddleCerebralArtery: _Final[_groups.Cid12105Code]
MiddleCerebralArteryM1Segment: _Final[_groups.Cid12105Code]
MiddleCerebralArteryM2Segment: _Final[_groups.Cid12105Code]
OphthalmicArtery: _Final[_groups.Cid12105Code]
PosteriorCerebralArtery: _Final[_groups.Cid12105Code]
PosteriorCerebralArteryP1Segment: _Final[_groups.Cid12105Code]
PosteriorCerebralArteryP2Segment: _Final[_groups.Cid12105Code]
PosteriorCommunicatingArtery: _Final[_groups.Cid12105Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12105Code]]
