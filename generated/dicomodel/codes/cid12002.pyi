"""CID 12002 Ultrasound Protocol Stage Type.

Extensible, version 20081027, UID 1.2.840.10008.6.1.551.
Includes CID 3207, CID 12102.

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
CardiacPacing: _Final[_groups.Cid12002Code]
HandGrip: _Final[_groups.Cid12002Code]
ValsalvaManeuver: _Final[_groups.Cid12002Code]
RestingState: _Final[_groups.Cid12002Code]
CardiacStressState: _Final[_groups.Cid12002Code]
PeakCardiacStressState: _Final[_groups.Cid12002Code]
CardiacStressRecoveryState: _Final[_groups.Cid12002Code]
Hyperventilation: _Final[_groups.Cid12002Code]
AfterProcedure: _Final[_groups.Cid12002Code]
DuringProcedure: _Final[_groups.Cid12002Code]
BeforeProcedure: _Final[_groups.Cid12002Code]
MEMBERS: _Final[tuple[_groups.Cid12002Code, ...]]
