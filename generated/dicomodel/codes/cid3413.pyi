"""CID 3413 Adverse Outcome.

Extensible, version 20030327, UID 1.2.840.10008.6.1.78.
Includes CID 3754, CID 3755.

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
DeathDuringCatheterization: _Final[_Code]
Bleeding: _Final[_Code]
OcclusionOfArtery: _Final[_Code]
LossOfDistalPulse: _Final[_Code]
ArterialDissection: _Final[_Code]
Pseudoaneurysm: _Final[_Code]
AVFistula: _Final[_Code]
CardiogenicShock: _Final[_Code]
Arrhythmia: _Final[_Code]
CerebrovascularAccidentOrStroke: _Final[_Code]
CardiacTamponade: _Final[_Code]
ContrastMediaAdverseReaction: _Final[_Code]
CongestiveHeartFailure: _Final[_Code]
RenalFailure: _Final[_Code]
EmergencyPercutaneousCoronaryIntervention: _Final[_Code]
EmergencyCoronaryArteryBypass: _Final[_Code]
CardiacArrest: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
