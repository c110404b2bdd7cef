"""CID 3525 Blood Gas Content.

Extensible, version 20030327, UID 1.2.840.10008.6.1.139.

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
BloodCarbonDioxideContent: _Final[_groups.Cid3525Code]
ArterialBloodCarbonDioxideContent: _Final[_groups.Cid3525Code]
VenousBloodCarbonDioxideContent: _Final[_groups.Cid3525Code]
BloodOxygenContent: _Final[_groups.Cid3525Code]
ArterialOxygenContent: _Final[_groups.Cid3525Code]
VenousOxygenContent: _Final[_groups.Cid3525Code]
AorticRootOxygenContent: _Final[_groups.Cid3525Code]
PulmonaryArteryMainOxygenContent: _Final[_groups.Cid3525Code]
PulmonaryWedgeOxygenContent: _Final[_groups.Cid3525Code]
MEMBERS: _Final[tuple[_groups.Cid3525Code, ...]]
