"""CID 3039 Device-related and Environment-related Event.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1337.

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
LeadDisconnected: _Final[_Code]
PowerLineProblem: _Final[_Code]
PowerSupplyProblem: _Final[_Code]
Artifact: _Final[_Code]
VideoRecordingOn: _Final[_Code]
VideoRecordingOff: _Final[_Code]
PreamplifierConnected: _Final[_Code]
PreamplifierDisconnected: _Final[_Code]
BreakoutBoxConnected: _Final[_Code]
BreakoutBoxDisconnected: _Final[_Code]
EventButtonPressed: _Final[_Code]
EventButtonTest: _Final[_Code]
TapTestBegin: _Final[_Code]
TapTestEnd: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
