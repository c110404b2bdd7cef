"""CID 3339 Electrophysiology Annotation.

Extensible, version 20020904, UID 1.2.840.10008.6.1.64.

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
AblationOff: _Final[_Code]
AblationOn: _Final[_Code]
HISBundleWave: _Final[_Code]
PWave: _Final[_Code]
QWave: _Final[_Code]
RWave: _Final[_Code]
SWave: _Final[_Code]
StartOfAtrialContraction_109045: _Final[_Code]
StartOfAtrialContraction_109046: _Final[_Code]
StimulationAtRate1Interval: _Final[_Code]
StimulationAtRate2Interval: _Final[_Code]
StimulationAtRate3Interval: _Final[_Code]
StimulationAtRate4Interval: _Final[_Code]
TWave: _Final[_Code]
VWave: _Final[_Code]
VWaveOfNextBeat: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
