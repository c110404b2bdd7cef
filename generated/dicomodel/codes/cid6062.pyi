"""CID 6062 Interventional Procedure Complication.

Extensible, version 20181110, UID 1.2.840.10008.6.1.391.

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
HemorrhagePostprocedure: _Final[_Code]
AbnormalDischarge: _Final[_Code]
HematomaPostoperative: _Final[_Code]
Weal: _Final[_Code]
HealthcareAssociatedInfection: _Final[_Code]
PersistentPainFollowingProcedure: _Final[_Code]
Pneumothorax: _Final[_Code]
Rash: _Final[_Code]
Swelling: _Final[_Code]
VasovagalSyncope: _Final[_Code]
NoComplications: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
