"""CID 12031 Protocol Interval Event.

Extensible, version 20090409, UID 1.2.840.10008.6.1.806.

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
StartOfDrugDoseAdministration: _Final[_groups.Cid12031Code]
StartOfContrastAgentAdministration: _Final[_groups.Cid12031Code]
DestructionOfMicrobubbles: _Final[_groups.Cid12031Code]
OnsetOfExercise: _Final[_groups.Cid12031Code]
CessationOfExercise: _Final[_groups.Cid12031Code]
OnsetOfStimulation: _Final[_groups.Cid12031Code]
CessationOfStimulation: _Final[_groups.Cid12031Code]
MEMBERS: _Final[tuple[_groups.Cid12031Code, ...]]
