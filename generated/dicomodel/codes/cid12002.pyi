"""CID 12002 Ultrasound Protocol Stage Type.

Extensible, version 20081027, UID 1.2.840.10008.6.1.551.
Includes CID 3207, CID 12102.

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
CardiacPacing: _Final[_Code]
HandGrip: _Final[_Code]
ValsalvaManeuver: _Final[_Code]
RestingState: _Final[_Code]
CardiacStressState: _Final[_Code]
PeakCardiacStressState: _Final[_Code]
CardiacStressRecoveryState: _Final[_Code]
Hyperventilation: _Final[_Code]
AfterProcedure: _Final[_Code]
DuringProcedure: _Final[_Code]
BeforeProcedure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
