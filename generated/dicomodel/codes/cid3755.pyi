"""CID 3755 Cath Complication.

Extensible, version 20160314, UID 1.2.840.10008.6.1.250.

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
CardiogenicShock: _Final[_groups.Cid3755Code]
Arrhythmia: _Final[_groups.Cid3755Code]
CerebrovascularAccidentOrStroke: _Final[_groups.Cid3755Code]
CardiacTamponade: _Final[_groups.Cid3755Code]
ContrastMediaAdverseReaction: _Final[_groups.Cid3755Code]
CongestiveHeartFailure: _Final[_groups.Cid3755Code]
RenalFailure: _Final[_groups.Cid3755Code]
EmergencyPercutaneousCoronaryIntervention: _Final[_groups.Cid3755Code]
EmergencyCoronaryArteryBypass: _Final[_groups.Cid3755Code]
CardiacArrest: _Final[_groups.Cid3755Code]
MEMBERS: _Final[tuple[_groups.Cid3755Code, ...]]
