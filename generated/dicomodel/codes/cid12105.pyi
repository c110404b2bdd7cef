"""CID 12105 Intracranial Cerebral Vessel.

Extensible, version 20160314, UID 1.2.840.10008.6.1.572.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid12105Code, ...]]
