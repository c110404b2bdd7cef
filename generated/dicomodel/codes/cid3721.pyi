"""CID 3721 Cardiovascular Surgery.

Extensible, version 20190817, UID 1.2.840.10008.6.1.222.

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
PercutaneousCoronaryIntervention: _Final[_Code]
CoronaryArteryBypassGraft: _Final[_Code]
OperationOnHeartValve: _Final[_Code]
AblationOperationForArrhythmia: _Final[_Code]
ImplantationOfCardiacPacemaker: _Final[_Code]
ImplantationOfAutomaticCardiacDefibrillator: _Final[_Code]
AbdominalAorticAneurysmStenting: _Final[_Code]
HeartTransplant: _Final[_Code]
CorrectionOfCongenitalCardiovascularDeformity: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
