"""CID 3339 Electrophysiology Annotation.

Extensible, version 20020904, UID 1.2.840.10008.6.1.64.

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
AblationOff: _Final[_groups.Cid3339Code]
AblationOn: _Final[_groups.Cid3339Code]
HISBundleWave: _Final[_groups.Cid3339Code]
PWave: _Final[_groups.Cid3339Code]
QWave: _Final[_groups.Cid3339Code]
RWave: _Final[_groups.Cid3339Code]
SWave: _Final[_groups.Cid3339Code]
StartOfAtrialContraction_109045: _Final[_groups.Cid3339Code]
StartOfAtrialContraction_109046: _Final[_groups.Cid3339Code]
StimulationAtRate1Interval: _Final[_groups.Cid3339Code]
StimulationAtRate2Interval: _Final[_groups.Cid3339Code]
StimulationAtRate3Interval: _Final[_groups.Cid3339Code]
StimulationAtRate4Interval: _Final[_groups.Cid3339Code]
TWave: _Final[_groups.Cid3339Code]
VWave: _Final[_groups.Cid3339Code]
VWaveOfNextBeat: _Final[_groups.Cid3339Code]
MEMBERS: _Final[tuple[_groups.Cid3339Code, ...]]
