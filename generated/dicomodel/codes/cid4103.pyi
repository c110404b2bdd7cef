"""CID 4103 Arterial Input Function Measurement Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.988.

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
AIFIgnored: _Final[_groups.Cid4103Code]
PopulationAveragedAIF: _Final[_groups.Cid4103Code]
UserDefinedAIFROI: _Final[_groups.Cid4103Code]
AutomaticallyDetectedAIFROI: _Final[_groups.Cid4103Code]
BlindEstimationOfAIF: _Final[_groups.Cid4103Code]
MEMBERS: _Final[tuple[_groups.Cid4103Code, ...]]
