"""CID 6062 Interventional Procedure Complication.

Extensible, version 20181110, UID 1.2.840.10008.6.1.391.

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
HemorrhagePostprocedure: _Final[_groups.Cid6062Code]
AbnormalDischarge: _Final[_groups.Cid6062Code]
HematomaPostoperative: _Final[_groups.Cid6062Code]
Weal: _Final[_groups.Cid6062Code]
HealthcareAssociatedInfection: _Final[_groups.Cid6062Code]
PersistentPainFollowingProcedure: _Final[_groups.Cid6062Code]
Pneumothorax: _Final[_groups.Cid6062Code]
Rash: _Final[_groups.Cid6062Code]
Swelling: _Final[_groups.Cid6062Code]
VasovagalSyncope: _Final[_groups.Cid6062Code]
NoComplications: _Final[_groups.Cid6062Code]
MEMBERS: _Final[tuple[_groups.Cid6062Code, ...]]
