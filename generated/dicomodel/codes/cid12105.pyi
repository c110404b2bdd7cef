"""CID 12105 Intracranial Cerebral Vessel.

Extensible, version 20160314, UID 1.2.840.10008.6.1.572.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AnteriorCerebralArtery: _Final[_Code]
AnteriorCommunicatingArtery: _Final[_Code]
AnteriorMiddleCerebralArteryBifurcation: _Final[_Code]
AnteriorPosteriorCerebralArteryBifurcation: _Final[_Code]
CarotidSiphon: _Final[_Code]
CentralRetinalArtery: _Final[_Code]
CentralRetinalVein: _Final[_Code]
InternalCarotidArtery: _Final[_Code]
InternalCarotidArteryC5Segment: _Final[_Code]
InternalCarotidArteryC6Segment: _Final[_Code]
TerminalInternalCarotidArtery: _Final[_Code]
MiddleCerebralArtery: _Final[_Code]
MiddleCerebralArteryM1Segment: _Final[_Code]
MiddleCerebralArteryM2Segment: _Final[_Code]
OphthalmicArtery: _Final[_Code]
PosteriorCerebralArtery: _Final[_Code]
PosteriorCerebralArteryP1Segment: _Final[_Code]
PosteriorCerebralArteryP2Segment: _Final[_Code]
PosteriorCommunicatingArtery: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
