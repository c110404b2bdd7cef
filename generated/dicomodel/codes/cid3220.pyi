"""CID 3220 Stress Symptom.

Extensible, version 20160314, UID 1.2.840.10008.6.1.771.
Includes CID 3202.

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
Dyspnea: _Final[_Code]
Claudication: _Final[_Code]
Syncope: _Final[_Code]
Flushing: _Final[_Code]
Nausea: _Final[_Code]
Dizziness: _Final[_Code]
Fatigue: _Final[_Code]
ChestPain: _Final[_Code]
ChestDiscomfort: _Final[_Code]
StableAngina: _Final[_Code]
UnstableAngina: _Final[_Code]
AtypicalAngina: _Final[_Code]
NoncardiacChestPain: _Final[_Code]
ChestPainNotPresent: _Final[_Code]
TypicalAngina: _Final[_Code]
AnginalEquivalent: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
